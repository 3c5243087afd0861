"""Where relations stand and when they began, for a row whose counterpart is decided.

Status, by the rules of the `relation-status` family (best first): the row is an entry of a
"no relations" list; a sentence says the two states have no relations; the last change of
state between the two states (within a sentence a restoration wins: "restored relations, which
were broken off in 1975"; across sentences the later one does); a sentence says relations were
established; the row dates them; a resident mission between the two implies them. A change of
state between other states ("Panama severed ties with Taiwan" in the China row) does not count.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.dates import ParsedDate
from pipeline.extract.status import RowReadings, StateChange
from schemas import rules as R


@dataclass(frozen=True, slots=True)
class RelationState:
    status: str
    rule: str | None
    evidence: str | None
    began: ParsedDate | None
    began_source: str | None


#: changes after which there are no relations, and changes of relations that go on
BREAKS = ("severed", "suspended")
GOING_ON = ("restored", "downgraded", "upgraded")


def relation_state(
    readings: RowReadings, subject: str | None, counterpart: str | None, has_missions: bool
) -> RelationState:
    began = readings.began[0] if readings.began else None
    date = began.date if began else None
    source = began.source if began else None
    pair = {subject, counterpart} - {None}
    between = [c for c in readings.changes if _between(c, pair)]
    present = [c for c in between if c.status == "present"]
    changes = [c for c in between if c.status != "present"]
    last_none = max((c.sentence for c in changes if c.status == "none"), default=None)
    if last_none is not None and not any(
        c.status in ("established", "restored") and c.sentence > last_none for c in changes
    ):
        text = next(c.text for c in changes if c.status == "none" and c.sentence == last_none)
        return RelationState("none", R.RELATIONS_NONE.name, text, date, source)
    moves = [c for c in changes if c.status in (*BREAKS, *GOING_ON)]
    if moves:
        last = _latest(moves)
        later_established = any(
            c.status == "established" and _after(c, last) for c in changes if c is not last
        )
        if last.status in GOING_ON or later_established:
            return RelationState("established", R.RELATIONS_CHANGED.name, last.text, date, source)
        # the last change is a break: is it today's state?
        told_now = next((c for c in present if _after(c, last)), None)
        if told_now is not None:
            return RelationState(
                "established", R.RELATIONS_PRESENT.name, told_now.text, date, source
            )
        if has_missions:
            # an open mission between the two is today's state: the break is history
            return RelationState("established", R.MISSIONS_IMPLY_RELATIONS.name, None, date, source)
        if _later_dates(readings, last):
            # the row goes on to later events: the break is history, today's state unstated
            return RelationState("unknown", R.BREAK_THEN_LATER_EVENTS.name, last.text, date, source)
        return RelationState(last.status, R.RELATIONS_CHANGED.name, last.text, date, source)
    established = [c for c in changes if c.status == "established"]
    if established:
        return RelationState(
            "established", R.RELATIONS_ESTABLISHED.name, established[0].text, date, source
        )
    if date is not None:
        return RelationState(
            "established", R.DATED_RELATIONS.name, began.text if began else None, date, source
        )
    if has_missions:
        return RelationState("established", R.MISSIONS_IMPLY_RELATIONS.name, None, None, None)
    if present:
        return RelationState("established", R.RELATIONS_PRESENT.name, present[0].text, date, source)
    return RelationState("unknown", None, None, None, None)


def relation_events(
    readings: RowReadings, subject: str | None, counterpart: str | None
) -> list[StateChange]:
    """The events between the row's two states that the row states, in the order they
    happened where their dates tell, else in the order the text states them."""
    if subject is None or counterpart is None:
        return []  # whose event it is cannot be told: none is kept rather than guessed
    pair: set[str | None] = {subject, counterpart}
    events = [c for c in readings.changes if c.event is not None and _between(c, pair)]
    return sorted(events, key=lambda c: (c.sentence, c.position))


def _latest(moves: list[StateChange]) -> StateChange:
    """The change that happened last: by date where both are dated, else the later sentence;
    within a sentence without dates a restoration wins ("restored relations, which were broken
    off in 1975")."""
    best = moves[0]
    for c in moves[1:]:
        if _after(c, best):
            best = c
    return best


def _after(a: StateChange, b: StateChange) -> bool:
    """Did `a` happen after `b`?"""
    da = a.date.date if a.date is not None else None
    db = b.date.date if b.date is not None else None
    if da is not None and db is not None and da != db:
        return da > db
    if a.sentence != b.sentence:
        return a.sentence > b.sentence
    if a.status in GOING_ON and b.status not in GOING_ON:
        return True
    if b.status in GOING_ON and a.status not in GOING_ON:
        return False
    return a.position > b.position


def _later_dates(readings: RowReadings, change: StateChange) -> bool:
    """Does the row date something after the change, in a later sentence? (A visit in 1999
    after a break in 1941: the break is history.)"""
    if change.date is None or change.date.date is None:
        return False
    year = change.date.date.year
    return any(y > year for i, y in readings.years if i > change.sentence)


def _between(change: StateChange, pair: set[str | None]) -> bool:
    """Is the change between the row's two states? Its agent (the sentence's first state) and
    its object (the first state named after it) must be among them."""
    if pair & change.excluded:
        return False
    return all(code is None or code in pair for code in (change.agent, change.object))
