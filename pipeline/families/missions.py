"""The missions family: embassies, consulates and accreditations, in relations rows (with the
row's counterpart as the other state) and in running text."""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.missions import MissionClaim
from pipeline.extract.relations import RelationRow
from pipeline.families.counterparts import COUNTERPARTS
from pipeline.families.extractors import Extractors
from pipeline.families.readings import Given
from pipeline.family_run import Key, Made
from pipeline.records import MissionRecord, cities_kept, merged
from pipeline.resolve.counterpart import Counterpart
from pipeline.resolve.missions import RowContext, with_residence

MISSIONS: Key[list[MissionRecord]] = Key("missions")


def step(g: Given, made: Made) -> dict[str, object]:
    cps = made.get(COUNTERPARTS).rows
    claims = g.readings.missions
    listed = _missions(g.rows, claims.rows, cps, g.ex, g.doc_id, g.subject)
    return {
        MISSIONS.name: listed + _table_missions(claims.table, g.ex, g.doc_id, g.subject),
        "prose_missions": _prose_missions(claims.prose, g.ex, g.doc_id, g.subject),
    }


def _missions(
    rows: list[RelationRow],
    row_claims: list[list[list[MissionClaim]]],
    counterparts: list[Counterpart],
    ex: Extractors,
    doc_id: str,
    subject: str | None,
) -> list[MissionRecord]:
    out: list[MissionRecord] = []
    for row, claims, cp in zip(rows, row_claims, counterparts, strict=True):
        ctx = RowContext(subject, cp.iso3, row.section, row.source_line)
        for claim in (c for own in claims for c in own):
            record = ex.mission_resolver.record(claim, ctx, doc_id)
            if record is not None:
                out.append(record)
    return with_residence(cities_kept(merged(out)))


def _table_missions(
    table: list[tuple[str, MissionClaim]], ex: Extractors, doc_id: str, subject: str | None
) -> list[MissionRecord]:
    """The missions of the tables that list the subject's missions, one per row (kept apart
    from the relations rows' missions: a table row is a statement of its own)."""
    out: list[MissionRecord] = []
    for first_cell, claim in table:
        ctx = RowContext(subject, None, first_cell, None)
        record = ex.mission_resolver.record(claim, ctx, doc_id)
        if record is not None:
            out.append(replace(record, extractor="missions.mission-table"))
    return with_residence(merged(out))


def _prose_missions(
    prose: list[tuple[str, list[MissionClaim]]], ex: Extractors, doc_id: str, subject: str | None
) -> list[MissionRecord]:
    out: list[MissionRecord] = []
    for section, claims in prose:
        ctx = RowContext(subject, None, section, None)
        for claim in claims:
            record = ex.mission_resolver.record(claim, ctx, doc_id)
            if record is not None:
                out.append(record)
    return with_residence(cities_kept(merged(out)))
