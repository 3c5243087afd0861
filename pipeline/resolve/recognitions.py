"""Recognition claims -> records: one per recognition, so that "recognised Estonia on 20 May
1921 and re-recognised Estonia on 26 August 1991" stays two facts while a second statement of
the same recognition (same states, no other date) is merged into the first."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from pipeline.dates import in_year_of, parse_date
from pipeline.knowledge.files import read_data
from pipeline.records import RecognitionRecord
from pipeline.rules.recognitions import (
    PREVIOUS,
    PREVIOUS_DATE,
    ROW_OBJECT,
    SECTION,
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
    earlier_date: str | None = None,
    section_state: str | None = None,
) -> RecognitionRecord | None:
    """`counterpart`: the row's, for a claim whose object is the row's state; `names`: display
    names by code, for such a claim's `recognized_name`; `previous`: the state the sentence
    before is about, for a claim whose recognizer is "it"; `previous_date`: the date that sentence
    gives, for a claim whose sentence opens "By this agreement" or whose date has no year of
    its own ("The Soviet Union recognised ⟪A⟫ on 6 September."); `earlier_date`: the last date
    of the nearest sentence before it in its row or paragraph that writes one, the year of such
    a day when the sentence just before writes none ("On 9 October, of the same year, ...");
    `section_state`: the state a prose sentence's innermost heading names, for a claim whose
    object is "the newly independent country" there."""
    stands_for = {
        SUBJECT: subject,
        ROW_OBJECT: counterpart,
        PREVIOUS: previous,
        SECTION: section_state,
    }
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
    if claim.year_from is not None and claim.date_text:
        # "on 27 December": in the year of the date written before it, else no date
        anchor = (
            (previous_date or earlier_date) if claim.year_from == PREVIOUS_DATE else claim.year_from
        )
        date = in_year_of(claim.date_text, anchor)
    else:
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
        date_text=date.text if date and dated else None,
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
    Dated statements are placed first, so that an undated one joins a dated one: the one its
    own sentence dates when there is one ("re-recognised ⟪A⟫ on 24 August 1991 ..., as one of
    the first countries to do so" is that recognition, not one of 1920 stated elsewhere), else
    the first. The facts of one line are kept in the order the line states them."""
    out: list[RecognitionRecord] = []
    #: where each fact's first statement stands among the statements, as written
    written: list[int] = []
    ordered = sorted(enumerate(records), key=lambda p: p[1].date is None)
    for at, record in ordered:
        same = [i for i, kept in enumerate(out) if kept.same_occasion(record)]
        here = [i for i in same if set(out[i].source_lines) & set(record.source_lines)]
        if same:
            i = (here or same)[0]
            first, then = sorted((out[i], record), key=lambda r: r.source_line)
            out[i] = first.merge(then)
            written[i] = min(written[i], at)
        else:
            out.append(record)
            written.append(at)
    order = sorted(range(len(out)), key=lambda i: (out[i].source_line, written[i]))
    return [out[i] for i in order]
