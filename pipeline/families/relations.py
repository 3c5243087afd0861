"""The relations family: every row of a relations table and entry of a 'no relations' list,
its counterpart, status and since when (a row's open missions imply established relations)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.relations import RelationRow
from pipeline.extract.status import RowReadings
from pipeline.families.counterparts import COUNTERPARTS
from pipeline.families.missions import MISSIONS
from pipeline.families.readings import BeganWords, Given
from pipeline.family_run import Key, Made
from pipeline.records import MissionRecord, RelationRecord
from pipeline.resolve.began import BeganKind, began_kind
from pipeline.resolve.counterpart import Counterpart
from pipeline.resolve.relations import RelationState, relation_state
from pipeline.rules import missions as mission_rules
from schemas import rules as R

#: a mission that is or was open: it implies relations between its two states
OPEN_STATUSES = frozenset({"open", "opened"}) | mission_rules.COVERING_STATUSES


@dataclass(frozen=True)
class RowStatus:
    """What one relations row's sentences say of the relations, read once for its status and
    its events."""

    row: RelationRow
    counterpart: Counterpart
    readings: RowReadings
    began: BeganWords


RELATIONS: Key[list[RelationRecord]] = Key("relations")
ROW_STATUS: Key[list[RowStatus]] = Key("row.status")


def step(g: Given, made: Made) -> dict[str, object]:
    """Every relations row with its status and start (a table of yes/no answers is read for
    missions and recognitions, but holds no relations), and every 'no relations' entry."""
    cps = made.get(COUNTERPARTS)
    mission_pairs = _open_mission_pairs(made.get(MISSIONS))
    stated = [
        RowStatus(row, cp, reading.readings, reading.began)
        for row, cp, reading in zip(g.rows, cps.rows, g.readings.status, strict=True)
        if reading is not None
    ]
    relations = [_relation(s, g.subject, mission_pairs) for s in stated] + [
        _listed(row, cp, g.subject, began)
        for row, cp, began in zip(g.listed, cps.listed, g.readings.listed_began, strict=True)
    ]
    return {RELATIONS.name: relations, ROW_STATUS.name: stated}


def _open_mission_pairs(
    missions: list[MissionRecord],
) -> set[tuple[int | None, frozenset[str | None]]]:
    """(relations line, the two states) of each mission that is or was open: one set per
    document, looked up by each row instead of every row scanning every mission."""
    return {
        (m.relation_line, frozenset({m.sender_iso3, m.host_iso3}))
        for m in missions
        if m.status in OPEN_STATUSES
    }


def _relation(
    stated: RowStatus,
    subject: str | None,
    mission_pairs: set[tuple[int | None, frozenset[str | None]]],
) -> RelationRecord:
    """The row's relation: its status and since when."""
    row, cp, readings = stated.row, stated.counterpart, stated.readings
    has_missions = (
        cp.iso3 is not None and (row.source_line, frozenset({subject, cp.iso3})) in mission_pairs
    )
    state = relation_state(readings, subject, cp.iso3, has_missions)
    began = state.began
    kind = _began_kind(stated.began, state)
    return _row_record(
        row,
        cp,
        subject,
        extractor="relations.table-row",
        began_text=stated.began.cell_text,
        began=began.date if began else None,
        began_precision=began.precision if began else None,
        began_source=state.began_source,
        began_note=began.note if began else None,
        began_kind=kind.kind if kind else None,
        began_kind_rule=kind.rule if kind else None,
        status=state.status,
        status_rule=state.rule,
        status_evidence=state.evidence,
    )


def _listed(
    row: RelationRow, cp: Counterpart, subject: str | None, began_text: str | None
) -> RelationRecord:
    return _row_record(
        row,
        cp,
        subject,
        extractor="relations.no-relations-list",
        began_text=began_text,
        status="none",
        status_rule=R.NO_RELATIONS_LIST.name,
        status_evidence=f"listed under {row.section!r}",
    )


def _began_kind(words: BeganWords, state: RelationState) -> BeganKind | None:
    """What the row's began date dates, from the began-kind words read in the began cell, the
    sentence the date was read from (when the state's date is that sentence's), the row's
    sentences and the header."""
    from_sentence = state.began_source == R.BEGAN_SENTENCE_DATE.name
    return began_kind(
        state.began,
        state.began_source,
        words.cell,
        words.sentence if from_sentence else None,
        words.sentences,
        words.header,
    )


def _row_record(
    row: RelationRow, cp: Counterpart, subject: str | None, **values: object
) -> RelationRecord:
    return RelationRecord(
        doc_id=row.doc_id,
        source_line=row.source_line,
        evidence=row.evidence,
        end_line=row.end_line,
        subject_iso3=subject,
        region=row.region,
        section=row.section,
        table_index=row.table_index,
        row_index=row.row_index,
        table_kind=row.table_kind,
        table_header=row.table_header,
        cells=list(row.cells),
        country_text=row.country_text,
        notes_text=row.notes_text,
        ref_ids=list(row.ref_ids),
        empty_row=row.is_empty,
        counterpart_iso3=cp.iso3,
        counterpart_name=cp.name,
        counterpart_org_id=cp.org_id,
        counterpart_kind=cp.kind,
        counterpart_method=cp.method,
        counterpart_evidence=cp.evidence,
        counterpart_candidates=list(cp.candidates),
        **values,  # type: ignore[arg-type]
    )
