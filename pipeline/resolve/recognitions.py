"""Recognition claims -> records: one per recognition, so that "recognised Estonia on 20 May
1921 and re-recognised Estonia on 26 August 1991" stays two facts while a second statement of
the same recognition (same states, no other date) is merged into the first."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from pipeline.dates import parse_date
from pipeline.knowledge.files import read_data
from pipeline.records import RecognitionRecord
from pipeline.rules.recognitions import (
    PREVIOUS,
    PREVIOUS_DATE,
    ROW_OBJECT,
    SUBJECT,
    RecognitionClaim,
)


def recognition_record(
    claim: RecognitionClaim,
    doc_id: str,
    section: str,
    valid: frozenset[str],
    counterpart: str | None = None,
    names: dict[str, str] | None = None,
    subject: str | None = None,
    previous: str | None = None,
    previous_date: str | None = None,
) -> RecognitionRecord | None:
    """`counterpart`: the row's, for a claim whose object is the row's state; `names`: display
    names by code, for such a claim's `recognized_name`; `previous`: the state the sentence
    before is about, for a claim whose recognizer is "it"; `previous_date`: the date that sentence
    gives, for a claim whose sentence opens "By this agreement"."""
    stands_for = {SUBJECT: subject, ROW_OBJECT: counterpart, PREVIOUS: previous}
    recognizer = stands_for.get(claim.recognizer, claim.recognizer)
    recognizer = successors().get(recognizer, recognizer) if recognizer else recognizer
    recognized, name = claim.recognized, claim.recognized_name
    recognized = successors().get(recognized, recognized) if recognized else recognized
    if recognized in stands_for:
        recognized = stands_for[recognized]
        if recognized is not None and recognized == recognizer and claim.recognized == ROW_OBJECT:
            # "the new republic" recognized by the row's own state: the row's other state
            recognized = subject
        if recognized is None:
            return None
    if recognized and not name:
        name = (names or {}).get(recognized, recognized)
    if recognizer is None or recognizer not in valid or (recognized and recognized not in valid):
        return None
    if recognized == recognizer:
        return None
    if claim.date_text == PREVIOUS_DATE:
        claim = replace(claim, date_text=previous_date)
    date = parse_date(claim.date_text) if claim.date_text else None
    dated = date is not None and date.date is not None
    return RecognitionRecord(
        doc_id=doc_id,
        source_line=claim.line,
        extractor="recognitions.sentence",
        rule=claim.rule,
        evidence=claim.text,
        recognizer_iso3=recognizer,
        recognized_iso3=recognized,
        recognized_name=name,
        date=date.date if date and dated else None,
        date_precision=date.precision if date and dated else None,
        date_text=claim.date_text if dated else None,
        ordinal=claim.ordinal,
        ordinal_text=claim.ordinal_text,
        ordinal_is_approximate=claim.approximate,
        after_iso3=claim.after,
        section=section,
        source_lines=[claim.line],
    )


@cache
def successors() -> dict[str, str]:
    """A former state's code -> the code of the state that continues it (the Soviet Union's
    recognitions are Russia's), from `successor_states.csv`."""
    return {r["former_iso3"]: r["iso3"] for r in read_data("successor_states.csv")}


def merge_occasions(records: list[RecognitionRecord]) -> list[RecognitionRecord]:
    """Statements of one recognition merged; different dates stay different recognitions.
    Dated statements are placed first, so that an undated one joins the first dated one."""
    out: list[RecognitionRecord] = []
    ordered = sorted(records, key=lambda r: r.date is None)
    for record in ordered:
        for i, kept in enumerate(out):
            if kept.same_occasion(record):
                first, then = sorted((kept, record), key=lambda r: r.source_line)
                out[i] = first.merge(then)
                break
        else:
            out.append(record)
    return sorted(out, key=lambda r: (r.source_line, str(r.date)))
