"""`coverage`: what each article states, family by family, beside the counts it claims.

A fact absent from an article is not stated, not false: an article that lists 40 embassies
says nothing about the others. This table lets an analyst see, before counting, how much each
article states (facts, rows whose counterpart is known, distinct counterparts) and what it says
it should hold ("diplomatic relations with 182 countries"), read by the `claims` rules.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from schemas.families import Measure, fact_tables
from schemas.tables import COVERAGE_FAMILIES as FAMILIES

Row = dict[str, object]

#: the claim kind (a `claims` rule) that states a family's count (schemas/families.py); "no
#: relations with N countries" counts what the family does not hold and is left out
CLAIMED = {t.name: t.claimed for t in fact_tables() if t.claimed is not None}


def coverage_rows(facts: Mapping[str, Sequence[Row]]) -> list[Row]:
    """One row per document and fact family, in document then family order."""
    by_doc: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for family in FAMILIES:
        for row in facts.get(family, []):
            by_doc[(str(row["doc_id"]), family)].append(row)
    out = []
    documents = sorted(facts.get("documents", []), key=lambda d: str(d["doc_id"]))
    for doc in documents:
        doc_id, subject = str(doc["doc_id"]), doc.get("subject_iso3")
        claims = by_doc[(doc_id, "claims")]
        for family in FAMILIES:
            rows = by_doc[(doc_id, family)]
            resolved, counterparts = _MEASURES[family](rows, subject)
            out.append(
                {
                    "doc_id": doc_id,
                    "subject_iso3": subject,
                    "family": family,
                    "facts": len(rows),
                    "resolved": resolved,
                    "counterparts": counterparts,
                    **_claimed([c for c in claims if c["claim_kind"] == CLAIMED.get(family)]),
                }
            )
    return out


MeasureOf = Callable[[list[Row], object], tuple[int | None, int | None]]


def _relations(rows: list[Row], subject: object) -> tuple[int | None, int | None]:
    """Rows whose counterpart is named (a state, an organization or another entity), and the
    distinct states among them."""
    named = [r for r in rows if r.get("counterpart_kind")]
    states = {r["counterpart_iso3"] for r in rows if r.get("counterpart_iso3")}
    return len(named), len(states)


def _missions(rows: list[Row], subject: object) -> tuple[int | None, int | None]:
    """Every mission has both its states; the other states the subject's missions pair it with."""
    others = {
        str(r["host_iso3"] if r["sender_iso3"] == subject else r["sender_iso3"])
        for r in rows
        if subject in (r["sender_iso3"], r["host_iso3"])
    }
    return len(rows), len(others)


def _recognitions(rows: list[Row], subject: object) -> tuple[int | None, int | None]:
    resolved = [r for r in rows if r.get("recognized_iso3")]
    others = {
        str(r["recognizer_iso3"] if r["recognized_iso3"] == subject else r["recognized_iso3"])
        for r in resolved
        if subject in (r["recognizer_iso3"], r["recognized_iso3"])
    }
    return len(resolved), len(others)


def _organizations(rows: list[Row], subject: object) -> tuple[int | None, int | None]:
    known = [r for r in rows if r.get("org_known")]
    return len(known), len({r.get("org_id") or r["org_name"] for r in rows})


def _unmeasured(rows: list[Row], subject: object) -> tuple[int | None, int | None]:
    return None, None


#: how each kind of table is measured (the names schemas/families.py gives them)
MEASURES: dict[Measure, MeasureOf] = {
    "counterparts": _relations,
    "missions": _missions,
    "recognitions": _recognitions,
    "organizations": _organizations,
    "facts": _unmeasured,
}

#: each counted table's measure, as its family declares it
_MEASURES: dict[str, MeasureOf] = {
    t.name: MEASURES[t.coverage] for t in fact_tables() if t.coverage is not None
}


def _claimed(claims: list[Row]) -> Row:
    """The count the article claims: of several, the one of the latest date it gives ("As of
    2017, ... 178 states"), else the first stated; every claim's value and fact kept, in the
    order of their lines (two on one line: the smaller first)."""
    ordered = sorted(claims, key=_line_order)
    chosen = max(ordered, key=_as_of, default=None)
    return {
        "claimed": chosen["value"] if chosen else None,
        "claimed_qualifier": chosen["qualifier"] if chosen else None,
        "claimed_as_of": chosen.get("as_of") if chosen else None,
        "claimed_values": [c["value"] for c in ordered],
        "claim_fact_ids": [str(c["fact_id"]) for c in ordered],
    }


def _as_of(claim: Row) -> dt.date:
    when = claim.get("as_of")
    return when if isinstance(when, dt.date) else dt.date.min


def _line_order(claim: Row) -> tuple[int, int, str]:
    return (int(claim["source_line"]), int(claim["value"]), str(claim["fact_id"]))  # type: ignore[call-overload]
