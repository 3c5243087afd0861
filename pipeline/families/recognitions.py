"""The recognitions family: recognitions of one state by another, in relations rows (where
the row's counterpart may be the recognized state) and in running text."""

from __future__ import annotations

from pipeline.extract.relations import RelationRow
from pipeline.families.counterparts import COUNTERPARTS
from pipeline.families.extractors import Extractors
from pipeline.families.readings import Given, RecognitionReadings
from pipeline.family_run import Key, Made
from pipeline.records import RecognitionRecord
from pipeline.resolve.counterpart import Counterpart
from pipeline.resolve.heading import heading_state
from pipeline.resolve.recognitions import merge_occasions, recognition_record
from schemas.iso3 import historic_iso3_codes, iso3_codes

RECOGNITIONS: Key[list[RecognitionRecord]] = Key("recognitions")


def step(g: Given, made: Made) -> dict[str, object]:
    cps = made.get(COUNTERPARTS).rows
    found = g.readings.recognitions
    return {RECOGNITIONS.name: _recognitions(g.rows, cps, found, g.ex, g.doc_id, g.subject)}


def _recognitions(
    rows: list[RelationRow],
    counterparts: list[Counterpart],
    found: RecognitionReadings,
    ex: Extractors,
    doc_id: str,
    subject: str | None,
) -> list[RecognitionRecord]:
    valid = iso3_codes() | historic_iso3_codes()
    names = {code: c.name for code, c in ex.knowledge.gazetteer.countries.items()}
    records = []
    for row, cp, claims in zip(rows, counterparts, found.rows, strict=True):
        for r in claims:
            record = recognition_record(
                r.claim,
                doc_id,
                row.section,
                valid,
                cp.iso3,
                names,
                subject,
                r.previous,
                r.dated,
                r.earlier,
            )
            if record is not None:
                records.append(record)
    gazetteer = ex.knowledge.gazetteer
    for r in found.prose:
        heading = r.section.split(" > ") if r.section else []
        record = recognition_record(
            r.claim,
            doc_id,
            r.section,
            valid,
            subject=subject,
            previous=r.previous,
            previous_date=r.dated,
            earlier_date=r.earlier,
            section_state=heading_state(heading, gazetteer, subject),
        )
        if record is not None:
            records.append(record)
    return merge_occasions(records)
