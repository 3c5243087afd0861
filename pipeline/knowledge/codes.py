"""The codes other datasets join on: Correlates of War and Gleditsch-Ward state codes by ISO3,
and when each COW state was a member of the state system.

COW codes come from `data/cow_codes.csv` (the COW State System Membership list, v2016): no
well-kept package with a licence compatible with this project's has them (country_converter
has none; countrycode's are GPL-3.0). Gleditsch-Ward codes are country_converter's `GWcode`,
with `data/gw_codes.csv` filling in former states and correcting the few it gets wrong.

A fact of the past is about the state of its date: `data/cow_codes_by_date.csv` says which
COW state an ISO3 code stood for before a date (Germany before 1990 is the Federal Republic,
260), and `data/cow_system_membership.csv` holds the list's spells, so that two dates of one
pair can be placed in the spells they fall in (Estonia and Lithuania 1919 and 1991: two
different spells, so two events) and a date before the state entered the system is flagged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pipeline.knowledge.files import coco_rows, read_data

#: the list's closing date: a spell ending then was still going on
LIST_END = dt.date(2016, 12, 31)
#: a date before the state (or its predecessor) entered the COW state system
BEFORE = "before-state-system"
#: a date after the state first entered but outside its spells (occupied, merged, not yet back)
OUTSIDE = "outside-state-system"

Spell = tuple[dt.date, dt.date | None]
#: (from, until, ccode, continued): an ISO3 code stood for `ccode` from `from` to `until`
#: (None: open); `continued`: today's state of the code is that one continued, not a successor
#: of it that dissolved
Period = tuple[dt.date | None, dt.date | None, int, bool]


@dataclass(frozen=True)
class CountryCodes:
    """COW and GW state codes by ISO 3166-1 (or 3166-3, for former states) alpha-3 code; the
    COW spells of state system membership by ccode and the codes an ISO3 stood for before a
    date (empty when built by hand: every date then has today's code and no flag)."""

    cow: dict[str, int]
    gw: dict[str, int]
    spells: dict[int, tuple[Spell, ...]] = field(default_factory=dict)
    periods: dict[str, tuple[Period, ...]] = field(default_factory=dict)

    @classmethod
    def from_data(cls) -> CountryCodes:
        cow = {r["iso3"]: int(r["cow_code"]) for r in read_data("cow_codes.csv") if r["iso3"]}
        gw = {r["ISO3"]: int(r["GWcode"]) for r in coco_rows() if r["GWcode"].strip()}
        gw.update({r["iso3"]: int(r["gw_code"]) for r in read_data("gw_codes.csv")})
        spells: dict[int, list[Spell]] = {}
        for r in read_data("cow_system_membership.csv"):
            end = dt.date.fromisoformat(r["end"])
            spells.setdefault(int(r["ccode"]), []).append(
                (dt.date.fromisoformat(r["start"]), None if end >= LIST_END else end)
            )
        periods: dict[str, list[Period]] = {}
        for r in read_data("cow_codes_by_date.csv"):
            periods.setdefault(r["iso3"], []).append(
                (_day(r["from"]), _day(r["until"]), int(r["cow_code"]), r["continued"] == "yes")
            )
        return cls(
            cow,
            gw,
            {c: tuple(sorted(s)) for c, s in spells.items()},
            {i: tuple(p) for i, p in periods.items()},
        )

    def cow_of(self, iso3: object) -> int | None:
        return self.cow.get(iso3) if isinstance(iso3, str) else None

    def gw_of(self, iso3: object) -> int | None:
        return self.gw.get(iso3) if isinstance(iso3, str) else None

    def cow_on(self, iso3: object, when: object, *, continued_only: bool = False) -> int | None:
        """The COW code of the state `iso3` stood for on `when` (a date): its predecessor's
        before the date it took over (`cow_codes_by_date.csv`), else today's. No date: today's.
        `continued_only`: only a predecessor that today's state continues (for a state the fact
        brings into being, as a recognition does: Slovakia recognised in 1992 is Slovakia)."""
        if not isinstance(iso3, str):
            return None
        if isinstance(when, dt.date):
            for start, until, ccode, continued in self.periods.get(iso3, ()):
                during = (start is None or start <= when) and (until is None or when <= until)
                if during and (continued or not continued_only):
                    return ccode
        return self.cow.get(iso3)

    def spell_on(self, iso3: object, when: dt.date) -> tuple[int, int] | None:
        """(ccode, index of the spell) of the state `iso3` stood for on `when`, when that state
        was a member of the state system then; None otherwise."""
        ccode = self.cow_on(iso3, when)
        if ccode is None:
            return None
        for index, (start, end) in enumerate(self.spells.get(ccode, ())):
            if start <= when and (end is None or when <= end):
                return ccode, index
        return None

    def era_on(self, iso3: object, when: dt.date) -> tuple[int, int] | None:
        """(ccode, index of a spell) that a date of the state `iso3` belongs to: the spell it
        falls in, or else the next one, which a date in a gap leads up to (Lithuania's
        relations restored in August 1991, before its second spell opens on 6 September);
        the last spell after the state left. None for a state COW does not list. Two dates of
        different eras are about different states, or the same state in different spells."""
        ccode = self.cow_on(iso3, when)
        if ccode is None or not (spells := self.spells.get(ccode, ())):
            return None
        for index, (_start, end) in enumerate(spells):
            if end is None or when <= end:
                return ccode, index
        return ccode, len(spells) - 1

    def date_flag(self, iso3: object, when: object) -> str | None:
        """`before-state-system` for a date before the state, and every COW state its code
        stood for, first entered the state system (France-Romania in 1396); `outside-state-
        system` for a later date outside its spells (Estonia in 1960, Germany in 1950); None
        inside a spell, without a date, or for a state COW does not list."""
        if not isinstance(when, dt.date) or not isinstance(iso3, str) or not self.spells:
            return None
        codes = {c for _, _, c, _ in self.periods.get(iso3, ())} | {self.cow.get(iso3)}
        starts = [s[0] for c in codes if c is not None for s in self.spells.get(c, ())]
        if not starts:
            return None
        if when < min(starts):
            return BEFORE
        return None if self.spell_on(iso3, when) else OUTSIDE


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
