"""What a relations row says about when relations began and where they stand.

Readings, not decisions: the date in the "Formal relations began" cell, the publication date of
the footnote the cell cites, and, read by the sentence rules (`pipeline.rules.status`), the
date a sentence attaches to establishing relations and every change of state a sentence states
(no relations, severed, suspended, restored, established) with the two states it is between.
`pipeline.resolve.relations` decides, once the counterpart is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates import ParsedDate, find_date, parse_date
from pipeline.extract.references import parse_reference
from pipeline.extract.relations import RelationRow
from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from pipeline.model import Layout
from schemas import rules as R

CITED = re.compile(r"\[(\d{1,6})\]")
YEAR = re.compile(r"\b(1[6-9]\d{2}|20\d{2})\b")


@dataclass(frozen=True, slots=True)
class StateChange:
    """A change of state a sentence states, and between whom."""

    #: none, severed, suspended, restored, established, downgraded, upgraded, present
    status: str
    sentence: int
    position: int
    agent: str | None
    object: str | None
    text: str
    #: states the sentence leaves out of it ("... with the exception of China and Romania")
    excluded: frozenset[str] = frozenset()
    #: the event it records (`relation_events.event`): the status, or a finer name
    #: (re-established, recognition-ended); None for a statement of the present
    event: str | None = None
    #: the date the sentence gives the change, where it gives one
    date: ParsedDate | None = None
    #: the rule that read it (schemas/rules.py, family relation-event)
    rule: str = R.EVENT_VERB.name


@dataclass(frozen=True, slots=True)
class BeganReading:
    date: ParsedDate
    source: str  # table-cell | sentence | footnote-date
    text: str


@dataclass(frozen=True, slots=True)
class RowReadings:
    changes: tuple[StateChange, ...]
    began: tuple[BeganReading, ...]  # strongest source first
    #: (sentence index, year) of every year the row's sentences name
    years: tuple[tuple[int, int], ...] = ()


def row_readings(
    row: RelationRow,
    layout: Layout,
    changes: list[StateChange],
    sentence_began: list[BeganReading],
) -> RowReadings:
    """A row's readings: the changes of state and the dates its sentences' rules read
    (`pipeline.rules.status`), with the row's own began cell and its footnote."""
    began: list[BeganReading] = []
    cell = _cell_date(row.began_text)
    if cell is not None:
        began.append(
            BeganReading(cell, R.TABLE_CELL.name, " ".join((row.began_text or "").split()))
        )
    began.extend(sentence_began[:1])
    footnote = _footnote_date(row, layout)
    if footnote is not None:
        began.append(footnote)
    years = tuple(
        (i, int(y)) for i, sentence in enumerate(row.sentences) for y in YEAR.findall(sentence.text)
    )
    return RowReadings(tuple(changes), tuple(began), years)


def _cell_date(text: str | None) -> ParsedDate | None:
    cleaned = FOOTNOTE_MARK.sub(" ", text or "")
    first = next((ln.strip(" ,;") for ln in cleaned.split("\n") if ln.strip(" ,;")), "")
    if not first:
        return None
    parsed = parse_date(first)
    if parsed.date is not None:
        return parsed
    return find_date(first)


def _footnote_date(row: RelationRow, layout: Layout) -> BeganReading | None:
    """Publication date of the footnote the began cell cites, if it cites one."""
    for ref in (int(m) for m in CITED.findall(row.began_text or "")):
        note = layout.footnotes.get(ref)
        if note is None or not note.text.strip():
            continue
        published = parse_reference(note.text).date
        if published is not None:
            return BeganReading(published, R.FOOTNOTE_DATE.name, f"[{ref}] {note.text}")
    return None
