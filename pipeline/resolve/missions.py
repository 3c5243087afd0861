"""Mission claims -> mission records: the parties a sentence left to its row filled in, the host
of a city decided within what the sentence allows, and repeated statements merged.

Where a mission is: a country named with the place wins ("Tehran, Iran"). Otherwise, in a row
whose two states are known, a city that exists in the row's other state is there (Syracuse in
the Italy row is Siracusa); a city known by its own name to lie in a third state is there
(Budapest in the Croatia row); anything else is placed by the sentence's structure in the row's
other state, never in a same-name city elsewhere (Kolonia, a Polish name of Cologne, in the
Micronesia row). Outside rows only a city that resolves to one state places a mission.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline.dates import parse_date
from pipeline.extract.grammar import Place
from pipeline.extract.missions import OTHER, ROW, MissionClaim
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.records import MissionRecord
from pipeline.rules.missions import COVERING_STATUSES, PROTECTING_POWER_RULES
from schemas import rules as R

COVERING = COVERING_STATUSES
#: statuses of a mission located in its host, whether it exists, opened, is planned or closed
RESIDENT_STATUSES = frozenset({"open", "opened", "planned", "closed"})


#: the rules whose host is the row's other state: a covering mission found in it is open
IN_THE_ROW = frozenset({R.REPRESENTED_IN_THE_ROW.name, R.REPRESENTED_IN_ITSELF.name})


@dataclass(frozen=True, slots=True)
class RowContext:
    """The row a claim was read in: the document's subject and the row's counterpart."""

    subject: str | None
    counterpart: str | None
    section: str
    line: int | None  # the row's first line; None for running text


class MissionResolver:
    def __init__(self, gazetteer: Gazetteer, valid_codes: frozenset[str]) -> None:
        self.g = gazetteer
        self.valid = valid_codes

    def record(self, claim: MissionClaim, ctx: RowContext, doc_id: str) -> MissionRecord | None:
        pair = {ctx.subject, ctx.counterpart} - {None}
        sender: str | None = claim.sender
        if sender == ROW:
            sender = ctx.counterpart
        host = self._host(claim, ctx, sender)
        if sender == OTHER:
            sender = _other(pair, host) if len(pair) == 2 and host in pair else None
        if sender is None or host is None or sender == host:
            return None
        if sender not in self.valid or host not in self.valid:
            return None
        via = claim.via
        status = claim.status
        if claim.status in COVERING and via is None and claim.place is not None:
            via = self._country(claim.place)
        if via == host and claim.rule in IN_THE_ROW:
            status = "open"  # "S is represented through its embassy in C", C in the row's host
        if via == host:
            via = None if claim.rule not in PROTECTING_POWER_RULES else via
        date = parse_date(claim.date_text) if claim.date_text else None
        return MissionRecord(
            doc_id=doc_id,
            source_line=claim.line,
            extractor="missions.table-row" if ctx.line is not None else "missions.prose",
            rule=claim.rule,
            evidence=claim.text,
            sender_iso3=sender,
            host_iso3=host,
            city=claim.place.city if claim.place else None,
            kind=claim.kind,
            kind_text=claim.kind_text,
            status=status,
            resident=is_resident(status, claim.kind, via),
            via_iso3=via,
            date=date.date if date else None,
            date_precision=date.precision if date and date.date else None,
            date_text=claim.date_text if date and date.date else None,
            date_note=date.note if date else None,
            note=claim.note,
            section=ctx.section,
            relation_line=ctx.line,
            source_lines=[claim.line],
        )

    def _host(self, claim: MissionClaim, ctx: RowContext, sender: str | None) -> str | None:
        if claim.host == ROW:
            return ctx.counterpart
        if claim.host is not None:
            return claim.host
        place = claim.place
        if place is None:
            return None
        if place.country is not None:
            return place.country
        pair = {ctx.subject, ctx.counterpart} - {None}
        if len(pair) == 2 and (sender in pair or sender == OTHER):
            known = sorted(p for p in pair if p is not None)
            others = [p for p in known if p != sender] if sender in pair else known
            for other in others:
                if other in place.city_anywhere or any(
                    self.g.sovereign(c) == other for c in place.city_anywhere
                ):
                    return other
            if place.strong and len(place.city_countries) == 1:
                return next(iter(place.city_countries))
            return others[0] if len(others) == 1 else None
        return self._country(place)

    def _country(self, place: Place) -> str | None:
        if place.country:
            return place.country
        return next(iter(place.city_countries)) if len(place.city_countries) == 1 else None


def is_resident(status: str, kind: str, via: str | None) -> bool:
    """Is the mission the sender's own and located in the host, whatever the status wording?
    Not for a mission elsewhere that covers the host, nor one through a third state."""
    return status in RESIDENT_STATUSES and kind != "non-resident-embassy" and via is None


def with_residence(records: list[MissionRecord]) -> list[MissionRecord]:
    """`resident` decided again once repeated statements are merged (a merge may fill
    `via_iso3` or change the status); a record whose answer stays is kept as it is, not
    copied."""
    out = []
    for m in records:
        resident = is_resident(m.status, m.kind, m.via_iso3)
        out.append(m if resident is m.resident else replace(m, resident=resident))
    return out


def _other(pair: set[str | None], host: str | None) -> str | None:
    rest = [p for p in pair if p != host]
    return rest[0] if len(rest) == 1 else None
