"""Stable fact identity: a `fact_id` from what the fact is about, never from where it was read.

A mission is the sender's mission of a kind in a city of the host; a relation is the subject's
relation with its counterpart (or, while the counterpart is unknown, the row's own words). The
same fact keeps its id when lines move, so that a new date shows as "changed", not as one fact
removed and another added. Facts with the same key in one document are told apart by the order
in which they appear.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable

from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK

Record = dict[str, object]


def _relation_key(r: Record) -> tuple[object, ...]:
    family = "list" if r["table_kind"] == "no-relations-list" else "table"
    party = (
        r["counterpart_iso3"]
        or (f"org:{r['counterpart_org_id']}" if r["counterpart_org_id"] else None)
        or (f"entity:{r['counterpart_name']}" if r["counterpart_name"] else None)
    )
    if party is None:
        cells = " ".join(FOOTNOTE_MARK.sub(" ", str(c)) for c in r["cells"])  # type: ignore[union-attr]
        party = "row:" + " ".join(cells.split())
    return (r["doc_id"], family, party)


KEYS: dict[str, Callable[[Record], tuple[object, ...]]] = {
    "documents": lambda r: (r["doc_id"],),
    "relations": _relation_key,
    "missions": lambda r: (r["doc_id"], r["sender_iso3"], r["host_iso3"], r["city"], r["kind"]),
    "recognitions": lambda r: (
        r["doc_id"],
        r["recognizer_iso3"],
        r["recognized_iso3"],
        r["recognized_name"],
    ),
    "memberships": lambda r: (
        r["doc_id"],
        r["member_iso3"],
        r["org_id"] or r["org_name"],
        r["status"],
    ),
    "claims": lambda r: (r["doc_id"], r["claim_kind"], str(r["as_of"])),
    "references": lambda r: (r["doc_id"], r["ref_id"]),
}

#: columns that say where a fact was read, not what it is: a change there is not a change
POSITIONAL = frozenset(
    {
        "fact_id",
        "source_line",
        "end_line",
        "source_lines",
        "relation_line",
        "row_index",
        "table_index",
        "evidence",
        "cells",
        "notes_text",
        "began_text",
        "country_text",
        "counterpart_evidence",
        "status_evidence",
        "ref_ids",
        "section",
    }
)


def assign_fact_ids(table: str, records: list[Record]) -> None:
    """Set `fact_id` on each record (records in document order)."""
    seen: Counter[str] = Counter()
    key_of = KEYS[table]
    for record in records:
        base = json.dumps([table, *key_of(record)], default=str, ensure_ascii=False)
        seen[base] += 1
        if seen[base] > 1:
            base = f"{base}#{seen[base]}"
        record["fact_id"] = hashlib.sha256(base.encode()).hexdigest()[:16]


def fact_values(record: Record) -> dict[str, object]:
    """The columns whose change is a change of the fact."""
    return {k: v for k, v in record.items() if k not in POSITIONAL}
