"""The organization registry as a published table, so that `org_id` joins without the code."""

from __future__ import annotations

from pipeline.knowledge.organizations import Registry

Row = dict[str, object]


def organization_rows(registry: Registry) -> list[Row]:
    """One row per organization: its id, acronym, full name, kind, aliases, Factbook token and
    source. Aliases are every other form it is known by (never its id or full name)."""
    rows: list[Row] = []
    for org in registry.orgs.values():
        aliases = [a for a in org.aliases if a not in (org.org_id, org.name)]
        rows.append(
            {
                "org_id": org.org_id,
                "acronym": org.acronym,
                "full_name": org.name,
                "kind": org.kind,
                "aliases": list(dict.fromkeys(aliases)),
                "factbook": org.factbook,
                "source": org.source,
            }
        )
    return rows
