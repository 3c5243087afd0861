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
nothing, they are null, never 0.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from schemas import rules
from schemas.rules import rank

Row = dict[str, object]

MISSION_TABLES = ("missions", "prose_missions")
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
_LEVEL_ORDER = {NONE: 0, OTHER: 1, 1: 2, 2: 3, AMBASSADOR: 4}


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
    facts: Mapping[str, Sequence[Row]], cow: Mapping[str, int] | None = None
) -> list[Row]:
    """The `dyads` rows of a run's fact tables, ordered by (iso3_1, iso3_2). `cow` maps ISO3 to
    COW state codes; without it `ccode1`/`ccode2` are null.

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

    no_rows: list[Row] = []
    rows = []
    # both directions of every pair, in the table's order: no sort of the rows themselves
    for one, two in sorted((a, b) for pair in pairs for a in pair for b in pair if a != b):
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
                cow or {},
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
    cow: Mapping[str, int],
) -> Row:
    status_a, status_b = _status(relations_a), _status(relations_b)
    began_a, began_b = _began(relations_a), _began(relations_b)
    status_agreement = _agreement(_known(status_a), _known(status_b))
    began_agreement = _agreement(_year(began_a), _year(began_b))
    if began_agreement == "conflict" and _different_events(began_a, began_b):
        began_agreement = "different-events"
    every_mission = missions_a + missions_b
    at_1 = _level(m for m in every_mission if m["sender_iso3"] == two)
    at_2 = _level(m for m in every_mission if m["sender_iso3"] == one)
    if not {status_a, status_b} & {"established"} and {status_a, status_b} & NO_RELATIONS:
        at_1 = NONE if at_1 is None else at_1
        at_2 = NONE if at_2 is None else at_2
    own_a = [m for m in missions_a if m["sender_iso3"] == one]
    own_b = [m for m in missions_b if m["sender_iso3"] == one]
    return {
        "iso3_1": one,
        "iso3_2": two,
        # COW state codes: filled from the `cow` mapping (pipeline.knowledge's COW codes, once
        # they exist; issue 12, "Codes"); null until then
        "ccode1": cow.get(one),
        "ccode2": cow.get(two),
        "docs_a": list(docs_of.get(one, [])),
        "docs_b": list(docs_of.get(two, [])),
        "status_a": status_a,
        "status_b": status_b,
        "status_agreement": status_agreement,
        **_began_columns(began_a, "a"),
        **_began_columns(began_b, "b"),
        "began_agreement": began_agreement,
        "agreement": _overall(status_agreement, began_agreement),
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


def _overall(status: str | None, began: str | None) -> str | None:
    """A conflict on either is a conflict; else agreement on either is agreement."""
    flags = {status, began}
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
    levels = [lv for m in missions if (lv := representation_level(m)) is not None]
    return max(levels, key=_LEVEL_ORDER.__getitem__) if levels else None


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
