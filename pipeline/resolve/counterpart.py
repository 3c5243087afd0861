"""Who each relations row is about."""

from __future__ import annotations

from pipeline.extract.relations import RelationRow, country_cell_name
from pipeline.model import Layout
from pipeline.resolve.gazetteer import gazetteer


def resolve_counterparts(rows: list[RelationRow], layout: Layout) -> None:
    g = gazetteer()
    for row in rows:
        name = country_cell_name(row.country_text)
        if not name:
            row.counterpart_evidence = "country cell empty"
            continue
        codes = g.country(name)
        if len(codes) == 1:
            row.counterpart_iso3 = next(iter(codes))
            row.counterpart_name = g.display_name(row.counterpart_iso3)
            row.counterpart_method = "country-cell"
            row.counterpart_evidence = name
        else:
            row.counterpart_evidence = f"country cell {name!r} is not one known country"
            row.counterpart_candidates = sorted(codes)
