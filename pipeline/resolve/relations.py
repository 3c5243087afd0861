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


def relation_state(
    readings: RowReadings, subject: str | None, counterpart: str | None, has_missions: bool
) -> RelationState:
    began = readings.began[0] if readings.began else None
    date = began.date if began else None
    source = began.source if began else None
    pair = {subject, counterpart} - {None}
    changes = [c for c in readings.changes if _between(c, pair)]
    last_none = max((c.sentence for c in changes if c.status == "none"), default=None)
    if last_none is not None and not any(
        c.status in ("established", "restored") and c.sentence > last_none for c in changes
    ):
        text = next(c.text for c in changes if c.status == "none" and c.sentence == last_none)
        return RelationState("none", R.RELATIONS_NONE.name, text, date, source)
    moves = [c for c in changes if c.status in ("severed", "suspended", "restored")]
    if moves:
        last = max(c.sentence for c in moves)
        in_last = [c for c in moves if c.sentence == last]
        later_established = any(c.status == "established" and c.sentence > last for c in changes)
        if any(c.status == "restored" for c in in_last) or later_established:
            status = "established"
        elif has_missions:
            # an open mission between the two is today's state: the break is history
            return RelationState("established", R.MISSIONS_IMPLY_RELATIONS.name, None, date, source)
        else:
            status = sorted({c.status for c in in_last})[0]
        return RelationState(status, R.RELATIONS_CHANGED.name, in_last[0].text, date, source)
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
    return RelationState("unknown", None, None, None, None)


def _between(change: StateChange, pair: set[str | None]) -> bool:
    """Is the change between the row's two states? Its agent (the sentence's first state) and
    its object (the first state named after it) must be among them."""
    if pair & change.excluded:
        return False
    return all(code is None or code in pair for code in (change.agent, change.object))
