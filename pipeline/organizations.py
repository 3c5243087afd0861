"""The organization registry as a published table, so that `org_id` joins without the code."""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.knowledge.files import read_data
from pipeline.knowledge.organizations import Registry

Row = dict[str, object]


def organization_qids() -> dict[str, str]:
    """Wikidata QIDs by org_id (`data/organization_qids.csv`: only those matched in a
    published list)."""
    return {r["org_id"]: r["qid"] for r in read_data("organization_qids.csv")}


def organization_rows(registry: Registry, qids: Mapping[str, str] | None = None) -> list[Row]:
    """One row per organization: its id, acronym, full name, kind, aliases, Factbook token,
    source and Wikidata QID (`qids`; null where none is known). Aliases are every other form
    it is known by (never its id or full name)."""
    qids = qids or {}
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
                "qid": qids.get(org.org_id),
            }
        )
    return rows
