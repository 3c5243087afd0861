"""`dyads`: one row per directed pair of states (1, 2) that an article mentions, with what state
1's article ("a") and state 2's article ("b") each say about the pair, side by side.

Each article speaks for itself: nothing is averaged. Where both articles state the relations'
status or the year they began, `*_agreement` says whether they agree; a disagreement is kept
and shown as `conflict`, with the facts behind each side. A pair is in the table when the
article of either state names the other in a relations row or in a mission between the two;
both directions are written, so the row (1, 2) and the row (2, 1) say the same about the
relations and each says where its state 1 is represented. Only articles about a state today
speak for a side: those about a territory, a body that is not a state or a past period are left
out (`documents.subject_is_state`, `documents.past_period`).

The columns `ccode1`, `ccode2`, `DR_at_1`, `DR_at_2` and `DE` follow the Correlates of War
Diplomatic Exchange data (v2006.1): `DR_at_1` is the level at which state 2 is represented in
state 1 (0 none, 1 chargé d'affaires, 2 minister, 3 ambassador, 9 other), `DR_at_2` the level of
state 1 in state 2, `DE` whether there is any diplomatic exchange between them. They are read
from the missions the two articles state (`representation_level`); where the articles tell
nothing, they are null, never 0. `DR_resident_at_*` counts only missions located in the host:
a non-resident accreditation ("accredited from its embassy in Rome") never counts as resident.

Per direction, each article's word on the mission (`mission_at_*_a`/`_b`: resident,
non-resident, none, unstated) is set side by side and compared (`mission_at_*_agreement`); the
overall `agreement` counts those disagreements as conflicts too.

Dates are placed in the Correlates of War state system (`StateSystem`, the knowledge's
`CountryCodes`): two years of a pair's start that fall in different spells of membership of
either state date different events (Estonia-Lithuania, 1919 and 1991), not a conflict, and a
date before either state (or its predecessor) entered the system is flagged (`began_flag_*`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from typing import Protocol

from schemas import rules
from schemas.families import tables_of
from schemas.rules import rank

Row = dict[str, object]

#: the tables of the missions family (schemas/families.py)
MISSION_TABLES = tables_of("missions")
#: a mission the text says exists (planned and closed ones do not)
EXISTING = frozenset({"open", "opened"})
#: represented in the host by a mission elsewhere
NON_RESIDENT = frozenset({"accredited-from", "represented-via"})
EMBASSIES = frozenset({"embassy", "high-commission"})
#: missions headed by an ambassador or high commissioner, resident or not
AMBASSADORIAL = EMBASSIES | {"non-resident-embassy"}
#: diplomatic offices below an embassy: branch, representative, economic and trade offices
OFFICES = frozenset({"embassy-office", "representative-office", "economic-office", "trade-office"})
NO_RELATIONS = frozenset({"none", "severed", "suspended"})
#: COW Diplomatic Exchange codes
AMBASSADOR, OTHER, NONE = 3, 9, 0
#: which level says more when two missions give two (9, "other", is below a chargé)
LEVEL_ORDER = {NONE: 0, OTHER: 1, 1: 2, 2: 3, AMBASSADOR: 4}
#: what an article says of one state's diplomatic mission in the other
RESIDENT, NON_RESIDENT_MISSION = "resident", "non-resident"
NO_MISSION, UNSTATED = "none", "unstated"
#: `CountryCodes.date_flag` of a date before a state (or its predecessor) entered the system
BEFORE_SYSTEM = "before-state-system"
#: missions that stand for no present mission: planned, closed
NOT_THERE = frozenset({"planned", "closed"})


class StateSystem(Protocol):
    """What the dyads need of the COW codes (`pipeline.knowledge.codes.CountryCodes`)."""

    def cow_of(self, iso3: object) -> int | None: ...

    def era_on(self, iso3: object, when: dt.date) -> tuple[int, int] | None: ...

    def date_flag(self, iso3: object, when: object) -> str | None: ...


class _TodaysCodes:
    """COW codes from a plain mapping, without spells: no date is placed or flagged."""

    def __init__(self, cow: Mapping[str, int]) -> None:
        self.cow = cow

    def cow_of(self, iso3: object) -> int | None:
        return self.cow.get(iso3) if isinstance(iso3, str) else None

    def era_on(self, iso3: object, when: dt.date) -> tuple[int, int] | None:
        return None

    def date_flag(self, iso3: object, when: object) -> str | None:
        return None


def representation_level(mission: Row) -> int | None:
    """The COW Diplomatic Exchange level a mission of its sender in its host shows: an embassy
    or high commission, resident or accredited from elsewhere, has an ambassador (3); an office
    below an embassy, or interests looked after by another state's mission, is "other" (9).
    Consulates are not diplomatic representation, and planned or closed missions are none: they
    give no level. Our texts never name a chargé d'affaires (1) or a minister (2)."""
    status, kind = mission["status"], mission["kind"]
    if mission.get("rule") == rules.INTERESTS_REPRESENTED_BY.name:
        return OTHER
    if kind in AMBASSADORIAL and (status in EXISTING or status in NON_RESIDENT):
        return AMBASSADOR
    if kind in OFFICES and status in EXISTING:
        return OTHER
    return None


def dyad_rows(
    facts: Mapping[str, Sequence[Row]],
    codes: StateSystem | Mapping[str, int] | None = None,
    only: Collection[str] | None = None,
) -> list[Row]:
    """The `dyads` rows of a run's fact tables, ordered by (iso3_1, iso3_2). `codes`: the COW
    codes and spells (or a plain ISO3 -> COW code mapping, which places no date); without it
    `ccode1`/`ccode2` are null. `only`: the rows of the pairs with one of these states alone
    (a pair's row depends only on the articles of its two states).

    Each fact table is read once into groups by (subject, counterpart) or (subject, pair), each
    group in document order (`_where`), so that no pair scans or sorts more than its own facts."""
    subject = {
        str(d["doc_id"]): str(d["subject_iso3"])
        for d in facts.get("documents", [])
        if d.get("subject_iso3") and _speaks_for_its_state(d)
    }
    docs_of: dict[str, list[str]] = defaultdict(list)
    for doc_id, iso3 in sorted(subject.items()):
        docs_of[iso3].append(doc_id)

    relations: dict[tuple[str, str], list[Row]] = defaultdict(list)  # (subject, counterpart)
    missions: dict[tuple[str, frozenset[str]], list[Row]] = defaultdict(list)  # (subject, pair)
    pairs: set[frozenset[str]] = set()
    for r in _in_document_order(facts.get("relations", [])):
        own, other = subject.get(str(r["doc_id"])), r.get("counterpart_iso3")
        if own and isinstance(other, str) and other != own:
            relations[(own, other)].append(r)
            pairs.add(frozenset((own, other)))
    for m in _in_document_order([m for table in MISSION_TABLES for m in facts.get(table, [])]):
        own = subject.get(str(m["doc_id"]))
        pair = frozenset((str(m["sender_iso3"]), str(m["host_iso3"])))
        if own and len(pair) == 2:
            missions[(own, pair)].append(m)
            if own in pair:
                pairs.add(pair)

    system = _TodaysCodes(codes or {}) if codes is None or isinstance(codes, Mapping) else codes
    no_rows: list[Row] = []
    rows = []
    # both directions of every pair, in the table's order: no sort of the rows themselves
    for one, two in sorted((a, b) for pair in pairs for a in pair for b in pair if a != b):
        if only is not None and one not in only and two not in only:
            continue
        pair = frozenset((one, two))
        rows.append(
            _dyad(
                one,
                two,
                docs_of,
                relations.get((one, two), no_rows),
                relations.get((two, one), no_rows),
                missions.get((one, pair), no_rows),
                missions.get((two, pair), no_rows),
                system,
            )
        )
    return rows


def _in_document_order(rows: Sequence[Row]) -> list[Row]:
    """The rows sorted once by `_where` (a stable sort: rows of one place keep their order):
    every group filled from them is then in document order, which `_status`, `_began` and
    `_ids` rely on instead of sorting each group again."""
    return sorted(rows, key=_where)


def _speaks_for_its_state(document: Row) -> bool:
    """Is the article one of a state today? One of a territory or a body that is not a state
    (Hong Kong, the Syrian Opposition) or of a past period ("... under Muammar Gaddafi") does
    not speak for a state's side of a pair."""
    return bool(document.get("subject_is_state", True)) and not document.get("past_period", False)


def _dyad(
    one: str,
    two: str,
    docs_of: Mapping[str, list[str]],
    relations_a: list[Row],
    relations_b: list[Row],
    missions_a: list[Row],
    missions_b: list[Row],
    system: StateSystem,
) -> Row:
    status_a, status_b = _status(relations_a), _status(relations_b)
    began_a, began_b = _began(relations_a), _began(relations_b)
    status_agreement = _agreement(_known(status_a), _known(status_b))
    began_agreement = _agreement(_year(began_a), _year(began_b))
    flag_a, flag_b = _began_flag(one, two, began_a, system), _began_flag(one, two, began_b, system)
    if began_agreement == "conflict" and (
        _different_events(began_a, began_b)
        or _different_spells(one, two, began_a, began_b, system)
        or (flag_a == BEFORE_SYSTEM) != (flag_b == BEFORE_SYSTEM)
    ):
        # one date before the pair's states were in the system (France-Romania 1396), the
        # other after: contacts of the predecessors, then the relations of the states
        began_agreement = "different-events"
    every_mission = missions_a + missions_b
    in_1 = [m for m in every_mission if m["sender_iso3"] == two]
    in_2 = [m for m in every_mission if m["sender_iso3"] == one]
    at_1, at_2 = _level(in_1), _level(in_2)
    resident_at_1, resident_at_2 = _resident_level(in_1), _resident_level(in_2)
    no_relations = bool(
        not {status_a, status_b} & {"established"} and {status_a, status_b} & NO_RELATIONS
    )
    if no_relations:
        at_1 = NONE if at_1 is None else at_1
        at_2 = NONE if at_2 is None else at_2
        resident_at_1 = NONE if resident_at_1 is None else resident_at_1
        resident_at_2 = NONE if resident_at_2 is None else resident_at_2
    own_a = [m for m in missions_a if m["sender_iso3"] == one]
    own_b = [m for m in missions_b if m["sender_iso3"] == one]
    said = {
        side: {
            "1": _mission_said([m for m in rows if m["sender_iso3"] == two], status),
            "2": _mission_said([m for m in rows if m["sender_iso3"] == one], status),
        }
        for side, rows, status in (("a", missions_a, status_a), ("b", missions_b, status_b))
    }
    at_1_agreement = _agreement(_stated(said["a"]["1"]), _stated(said["b"]["1"]))
    at_2_agreement = _agreement(_stated(said["a"]["2"]), _stated(said["b"]["2"]))
    return {
        "iso3_1": one,
        "iso3_2": two,
        # today's COW codes: the pair as it is at the articles' snapshot (the panel gives the
        # codes of each year)
        "ccode1": system.cow_of(one),
        "ccode2": system.cow_of(two),
        "docs_a": list(docs_of.get(one, [])),
        "docs_b": list(docs_of.get(two, [])),
        "status_a": status_a,
        "status_b": status_b,
        "status_agreement": status_agreement,
        **_began_columns(began_a, "a"),
        **_began_columns(began_b, "b"),
        "began_flag_a": flag_a,
        "began_flag_b": flag_b,
        "began_agreement": began_agreement,
        "mission_at_2_a": said["a"]["2"],
        "mission_at_2_b": said["b"]["2"],
        "mission_at_2_agreement": at_2_agreement,
        "mission_at_1_a": said["a"]["1"],
        "mission_at_1_b": said["b"]["1"],
        "mission_at_1_agreement": at_1_agreement,
        "agreement": _overall(status_agreement, began_agreement, at_1_agreement, at_2_agreement),
        "relation_fact_ids_a": _ids(relations_a),
        "relation_fact_ids_b": _ids(relations_b),
        "embassy_a": _embassy(own_a),
        "embassy_b": _embassy(own_b),
        "mission_kinds_a": _existing(own_a, "kind"),
        "mission_cities_a": _existing(own_a, "city"),
        "mission_kinds_b": _existing(own_b, "kind"),
        "mission_cities_b": _existing(own_b, "city"),
        "mission_fact_ids_a": _ids(missions_a),
        "mission_fact_ids_b": _ids(missions_b),
        "DR_at_1": at_1,
        "DR_at_2": at_2,
        "DE": _exchange(at_1, at_2),
        "DR_resident_at_1": resident_at_1,
        "DR_resident_at_2": resident_at_2,
    }


def _status(rows: list[Row]) -> str | None:
    """The status one article states: the statement of its best-ranked status rule (then the
    first in the document: `rows` are in document order and `min` keeps the first of equals);
    "unknown" when its rows say nothing; None without rows."""
    known = [r for r in rows if r["status"] != "unknown"]
    if not known:
        return "unknown" if rows else None
    best = min(known, key=lambda r: _rank("relation-status", r.get("status_rule")))
    return str(best["status"])


def _began(rows: list[Row]) -> Row | None:
    """The row whose date of the relations' start one article states: the best-ranked source
    (a table cell, a sentence, a footnote's date), then the first in the document (`rows` are
    in document order)."""
    dated = [r for r in rows if r.get("began") is not None]
    if not dated:
        return None
    return min(dated, key=lambda r: _rank("relation-began", r.get("began_source")))


def _began_columns(row: Row | None, side: str) -> Row:
    return {
        f"began_{side}": row["began"] if row else None,
        f"began_precision_{side}": row.get("began_precision") if row else None,
        f"began_source_{side}": row.get("began_source") if row else None,
        f"began_kind_{side}": row.get("began_kind") if row else None,
    }


#: what a date of the relations' start can date; two of these are not the same event
FIRST_AND_AGAIN = {"established", "re-established"}


def _different_events(a: Row | None, b: Row | None) -> bool:
    """Do the two articles date different events: one the relations' first establishment,
    the other their re-establishment ("1919" and "1991" for Estonia and Lithuania)?"""
    kinds = {a.get("began_kind") if a else None, b.get("began_kind") if b else None}
    return kinds == FIRST_AND_AGAIN


def _different_spells(
    one: str, two: str, a: Row | None, b: Row | None, system: StateSystem
) -> bool:
    """Do the two dates fall in different spells of either state's membership of the state
    system, or in spells of different states (Estonia 1919 and 1991: its first spell and its
    second; Germany 1930 and 1972: the Reich's and the Federal Republic's)? A date in a gap
    between spells belongs to the spell it leads up to (`CountryCodes.era_on`)."""
    when_a, when_b = (r.get("began") if r else None for r in (a, b))
    if not isinstance(when_a, dt.date) or not isinstance(when_b, dt.date):
        return False
    for state in (one, two):
        spell_a, spell_b = system.era_on(state, when_a), system.era_on(state, when_b)
        if spell_a and spell_b and spell_a != spell_b:
            return True
    return False


def _began_flag(one: str, two: str, row: Row | None, system: StateSystem) -> str | None:
    """The state-system flag of one article's start date: `before-state-system` when either
    state (or its predecessor) had not yet entered the system, else `outside-state-system`
    when either was out of it then; null when both were members or the date is not the
    relations' own (a footnote's publication date)."""
    if row is None or row.get("began_source") == "footnote-date":
        return None
    when = _last_day(row.get("began"), row.get("began_precision"))
    flags = {f for state in (one, two) if (f := system.date_flag(state, when))}
    return min(flags) if flags else None  # "before-..." sorts before "outside-..."


def _last_day(when: object, precision: object) -> object:
    """The last day a date can stand for: "1991" (year precision) is any day of 1991, so it is
    before a state that entered the system on 26 December 1991 only if all of it is."""
    if not isinstance(when, dt.date):
        return when
    if precision == "year":
        return dt.date(when.year, 12, 31)
    if precision == "month":
        following = dt.date(when.year + when.month // 12, when.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return when


def _mission_said(missions: list[Row], status: str | None) -> str:
    """What one article says of one state's diplomatic mission in the other: `resident` (an
    embassy, high commission or office of it located there), `non-resident` (accredited from
    elsewhere, represented through a third state, interests looked after by another state), or
    `none` (only planned or closed, or the article says there are no relations); `unstated`
    otherwise. Consulates are not diplomatic missions and say nothing here."""
    diplomatic = [m for m in missions if representation_level(m) is not None or _gone(m)]
    if any(_resident(m) for m in diplomatic):
        return RESIDENT
    if any(representation_level(m) is not None for m in diplomatic):
        return NON_RESIDENT_MISSION
    if diplomatic or status in NO_RELATIONS:
        return NO_MISSION
    return UNSTATED


def _gone(mission: Row) -> bool:
    """A planned or closed embassy, high commission or office: no mission there now."""
    return mission["status"] in NOT_THERE and mission["kind"] in AMBASSADORIAL | OFFICES


def _resident(mission: Row) -> bool:
    """Is the mission one of the sender located in the host, which the text says exists? A
    non-resident accreditation, representation through a third state and an interests
    section in another state's embassy are not."""
    return (
        representation_level(mission) is not None
        and mission["status"] in EXISTING
        and mission["kind"] != "non-resident-embassy"
        and mission.get("rule") != rules.INTERESTS_REPRESENTED_BY.name
    )


def _stated(said: str) -> str | None:
    return None if said == UNSTATED else said


def _resident_level(missions: list[Row]) -> int | None:
    """The COW level of the missions located in the host only; 0 when the articles state the
    sender's representation there and all of it is non-resident (no resident mission), null
    when they state none."""
    level = _level(m for m in missions if _resident(m))
    if level is None and any(representation_level(m) is not None for m in missions):
        return NONE
    return level


def _known(status: str | None) -> str | None:
    return None if status in (None, "unknown") else status


def _year(row: Row | None) -> int | None:
    """The year an article states the relations began; a footnote's publication date is only
    a bound (they began by then), so it is not compared."""
    if row is None or row.get("began_source") == "footnote-date":
        return None
    began = row["began"]
    return began.year if isinstance(began, dt.date) else None


def _agreement(a: object, b: object) -> str | None:
    if a is None and b is None:
        return None
    if a is None or b is None:
        return "one-sided"
    return "agree" if a == b else "conflict"


def _overall(*agreements: str | None) -> str | None:
    """A conflict on any (status, began, either direction's mission) is a conflict; else
    agreement on any is agreement; else one-sided; else different-events."""
    flags = set(agreements)
    for flag in ("conflict", "agree", "one-sided", "different-events"):
        if flag in flags:
            return flag
    return None


def _embassy(own: list[Row]) -> bool | None:
    """Does the article say state 1 has an embassy (or high commission) in state 2? True for an
    open one; False when all it says of state 1's embassy there is that it is represented from
    elsewhere, planned or closed; None when it says nothing about one."""
    embassies = [m for m in own if m["kind"] in AMBASSADORIAL]
    if any(m["kind"] in EMBASSIES and m["status"] in EXISTING for m in embassies):
        return True
    return False if embassies else None


def _existing(own: list[Row], column: str) -> list[str]:
    """Kinds or cities of state 1's missions in state 2 that the article says exist."""
    return sorted({str(m[column]) for m in own if m["status"] in EXISTING and m.get(column)})


def _level(missions: Iterable[Row]) -> int | None:
    """The highest COW level the missions show (9, other, below 1), or None."""
    levels = [lv for m in missions if (lv := representation_level(m)) is not None]
    return max(levels, key=LEVEL_ORDER.__getitem__) if levels else None


def _exchange(at_1: int | None, at_2: int | None) -> int | None:
    if (at_1 or 0) > 0 or (at_2 or 0) > 0:
        return 1
    if at_1 == NONE and at_2 == NONE:
        return 0
    return None


@cache
def _rank(family: str, rule: object) -> int:
    """A rule's rank (99 without a rule), looked up once per rule: it is asked for every row."""
    return rank(family, str(rule)) if rule else 99


def _where(row: Row) -> tuple[str, int, str]:
    """Document order, whatever order the rows came in (extracted or reused)."""
    return (str(row["doc_id"]), int(row["source_line"]), str(row["fact_id"]))  # type: ignore[call-overload]


def _ids(rows: list[Row]) -> list[str]:
    """The rows' fact ids; `rows` are in document order already (`_in_document_order`)."""
    return [str(r["fact_id"]) for r in rows]
