"""Fact-level differences between two versions: added, removed and changed facts.

Facts are matched on `fact_id` (see `pipeline.records`); a fact whose identity is unchanged
but whose values differ (a new date, a resolved counterpart) is "changed", with the columns that
differ. Where a fact was read (its line, its evidence text) is not a value: moving a row is not a
change.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.versions import version_dir
from schemas.names import FACT_TABLES

Record = dict[str, object]
MAX_LISTED = 20

#: `json.dumps(record, default=str, sort_keys=True, ensure_ascii=False)`, made once: a first run
#: writes every fact into `changes`, and an encoder built per fact, checking for cycles, took
#: a quarter of the time; facts are plain rows (no cycles), so that check is left out (same text)
_DUMPS = json.JSONEncoder(
    default=str, sort_keys=True, ensure_ascii=False, check_circular=False
).encode
#: the same with the ASCII escapes `json.dumps`' default gives (compared, never written)
_VALUES = json.JSONEncoder(default=str, sort_keys=True, check_circular=False).encode

#: columns that say where or how a fact was read, not what it is: a change there is no change
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
        "rule",
        "extractor",
        "status_rule",
    }
)


def fact_values(record: Record) -> dict[str, object]:
    """The columns whose change is a change of the fact."""
    return {k: v for k, v in record.items() if k not in POSITIONAL}


def read_tables(
    output: Path, version: str | None, only: Iterable[str] | None = None
) -> dict[str, list[Record]]:
    """A published version's fact tables as records (empty for a missing version or table, and
    for the tables not in `only` when it is given: those that failed verification)."""
    out: dict[str, list[Record]] = {name: [] for name in FACT_TABLES}
    if version is None:
        return out
    for name in FACT_TABLES if only is None else [n for n in FACT_TABLES if n in set(only)]:
        path = version_dir(output, version) / f"{name}.parquet"
        if path.is_file():
            out[name] = pq.read_table(path).to_pylist()
    return out


def compute_changes(old: dict[str, list[Record]], new: dict[str, list[Record]]) -> list[Record]:
    changes: list[Record] = []
    for name in FACT_TABLES:
        before = {str(r["fact_id"]): r for r in old.get(name, []) if "fact_id" in r}
        after = {str(r["fact_id"]): r for r in new.get(name, [])}
        for fact_id in sorted(after.keys() - before.keys()):
            changes.append(_change(name, "added", fact_id, None, after[fact_id]))
        for fact_id in sorted(before.keys() - after.keys()):
            changes.append(_change(name, "removed", fact_id, before[fact_id], None))
        for fact_id in sorted(before.keys() & after.keys()):
            if not _same_values(before[fact_id], after[fact_id]):
                changes.append(_change(name, "changed", fact_id, before[fact_id], after[fact_id]))
    return changes


def _same_values(old: Record, new: Record) -> bool:
    """Do the two facts' values read back the same from JSON? The same text reads back the same
    (but for a NaN, never equal to itself), so only two different texts are read back, to
    compare what they hold (`1` and `true` are equal there): most facts of a rerun are as
    before, and reading both back was most of the comparison's work."""
    old_text, new_text = _VALUES(fact_values(old)), _VALUES(fact_values(new))
    if old_text == new_text and "NaN" not in old_text:
        return True
    return bool(json.loads(old_text) == json.loads(new_text))


def _json_values(record: Record) -> dict[str, object]:
    return json.loads(_VALUES(fact_values(record)))


def _change(
    table: str, change: str, fact_id: str, before: Record | None, after: Record | None
) -> Record:
    changed: list[str] = []
    if before is not None and after is not None:
        old_values, new_values = _json_values(before), _json_values(after)
        changed = sorted(
            k
            for k in old_values.keys() | new_values.keys()
            if old_values.get(k) != new_values.get(k)
        )
    doc = (after or before or {}).get("doc_id")
    return {
        "table": table,
        "change": change,
        "fact_id": fact_id,
        "doc_id": doc,
        "changed_columns": changed,
        "before": _dump(before),
        "after": _dump(after),
    }


def _dump(record: Record | None) -> str | None:
    if record is None:
        return None
    return _DUMPS(record)


def summary_counts(changes: list[Record]) -> dict[str, dict[str, int]]:
    return counts_by_table(Counter((str(c["table"]), str(c["change"])) for c in changes))


def counts_by_table(counts: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """{table: {change: count}}, both sorted, as the manifest and the summary line give them."""
    out: dict[str, dict[str, int]] = {}
    for (table, change), n in sorted(counts.items()):
        out.setdefault(table, {})[change] = n
    return out


def describe(changes: list[Record], limit: int = MAX_LISTED) -> list[str]:
    """A readable summary: counts per table, then the first changes of each kind."""
    if not changes:
        return ["no changes"]
    lines = []
    for table, counts in summary_counts(changes).items():
        lines.append(f"{table}: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))
        shown = [c for c in changes if c["table"] == table][:limit]
        for c in shown:
            lines.append(f"  {c['change']:<8} {_label(c)}")
        rest = sum(1 for c in changes if c["table"] == table) - len(shown)
        if rest > 0:
            lines.append(f"  ... and {rest} more")
    return lines


def _label(change: Record) -> str:
    record = json.loads(str(change["after"] or change["before"]))
    keys = (
        "counterpart_iso3",
        "sender_iso3",
        "host_iso3",
        "city",
        "kind",
        "recognizer_iso3",
        "recognized_iso3",
        "member_iso3",
        "org_id",
        "claim_kind",
        "ref_id",
        "doc_id",
    )
    what = " ".join(f"{k}={record[k]}" for k in keys if record.get(k) not in (None, ""))
    line = f" line {record['source_line']}" if "source_line" in record else ""
    text = f"{what}{line}"
    if change["change"] == "changed":
        before = json.loads(str(change["before"]))
        columns: list[str] = list(change["changed_columns"])  # type: ignore[call-overload]
        diffs = [f"{k}: {before.get(k)!r} -> {record.get(k)!r}" for k in columns]
        text += " (" + "; ".join(diffs) + ")"
    return text
