"""Facts through a page's revisions: when each was first and last stated, and as of a date.

With `--revisions all` every revision of a page is read. A fact keeps its `fact_id` from one
revision to the next (the id is made of what the fact is about, never of its line), so the
revisions that state a fact are a set of revision ids, and from them:

- `revisions`: one row per revision read, with whether its text could be read;
- `fact_history`: per fact, the first and last revision that stated it, the revision that
  removed it (if the latest does not state it) and the revisions in between that did not;
- `fact_revisions`: each distinct statement of a fact (all its columns, as JSON) with the
  revisions that made it and its position there, from which `facts_as_of` rebuilds exactly the
  tables a run on the chosen revisions alone would publish.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from schemas.names import FACT_TABLES

Row = dict[str, object]
Records = Mapping[str, Sequence[Row]]


@dataclass(frozen=True, slots=True)
class RevisionRead:
    """One revision and what became of its text: its records, or why it was not read."""

    doc_id: str
    title: str
    page_id: int | None
    rev_id: int
    timestamp: str
    text_sha256: str
    records: Records | None
    error: str | None = None

    @property
    def order(self) -> tuple[str, int]:
        return (self.timestamp, self.rev_id)


def history_rows(reads: Sequence[RevisionRead]) -> dict[str, list[Row]]:
    """The rows of `revisions`, `fact_history` and `fact_revisions` for every page read."""
    pages: dict[str, list[RevisionRead]] = {}
    for read in reads:
        pages.setdefault(read.doc_id, []).append(read)
    revisions: list[Row] = []
    history: list[Row] = []
    statements: dict[tuple[str, str, str], Row] = {}
    for doc_id in sorted(pages):
        ordered = sorted(pages[doc_id], key=lambda r: r.order)
        for read in ordered:
            revisions.append(
                {
                    "doc_id": doc_id,
                    "title": read.title,
                    "page_id": read.page_id,
                    "rev_id": read.rev_id,
                    "rev_timestamp": read.timestamp,
                    "text_sha256": read.text_sha256,
                    "read": read.records is not None,
                    "skip_reason": read.error,
                }
            )
        history.extend(_page_history(doc_id, ordered))
        for read in ordered:
            for table in FACT_TABLES:
                for position, row in enumerate((read.records or {}).get(table, [])):
                    text = _encode(row)
                    key = (table, str(row["fact_id"]), text)
                    kept = statements.setdefault(
                        key,
                        {
                            "table_name": table,
                            "fact_id": str(row["fact_id"]),
                            "doc_id": doc_id,
                            "row": text,
                            "rev_ids": [],
                            "positions": [],
                        },
                    )
                    kept["rev_ids"].append(read.rev_id)  # type: ignore[attr-defined]
                    kept["positions"].append(position)  # type: ignore[attr-defined]
    return {
        "revisions": revisions,
        "fact_history": history,
        "fact_revisions": [statements[k] for k in sorted(statements)],
    }


def _page_history(doc_id: str, ordered: list[RevisionRead]) -> list[Row]:
    """Per fact of one page: first, last and removing revision, and the gaps between."""
    read = [r for r in ordered if r.records is not None]
    stated: dict[tuple[str, str], list[int]] = {}  # (table, fact_id) -> indexes into `read`
    for i, revision in enumerate(read):
        assert revision.records is not None
        for table in FACT_TABLES:
            for fact_id in dict.fromkeys(
                str(r["fact_id"]) for r in revision.records.get(table, [])
            ):
                stated.setdefault((table, fact_id), []).append(i)
    rows: list[Row] = []
    for (table, fact_id), where in sorted(stated.items()):
        first, last = read[where[0]], read[where[-1]]
        removed = read[where[-1] + 1] if where[-1] + 1 < len(read) else None
        present = set(where)
        rows.append(
            {
                "table_name": table,
                "fact_id": fact_id,
                "doc_id": doc_id,
                "first_rev_id": first.rev_id,
                "first_timestamp": first.timestamp,
                "last_rev_id": last.rev_id,
                "last_timestamp": last.timestamp,
                "removed_rev_id": removed.rev_id if removed else None,
                "removed_timestamp": removed.timestamp if removed else None,
                "revisions_stated": len(where),
                "absent_rev_ids": [
                    read[i].rev_id for i in range(where[0], where[-1] + 1) if i not in present
                ],
                "in_latest": removed is None,
            }
        )
    return rows


def _encode(row: Row) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, default=_default)


def _default(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


def date_columns() -> dict[str, set[str]]:
    """Per fact table, its date columns: JSON holds them as text, the tables as dates."""
    from schemas import TABLES

    return {t: {c.name for c in TABLES[t].columns if c.kind == "date"} for t in FACT_TABLES}


def chosen_revisions(revisions: Sequence[Row], when: dt.datetime) -> dict[str, int]:
    """Per page, the revision in force at `when`: the last one saved at or before it whose
    text could be read. Pages created after `when` have none. Times are compared as times, not
    as text ("999-12-31" is not after "2020-01-01"); a revision whose time cannot be read is in
    force at no time."""
    chosen: dict[str, tuple[dt.datetime, int]] = {}
    for rev in revisions:
        saved = revision_time(rev["rev_timestamp"])
        if not rev["read"] or saved is None or saved > when:
            continue
        key = (saved, int(str(rev["rev_id"])))
        doc = str(rev["doc_id"])
        if doc not in chosen or key >= chosen[doc]:
            chosen[doc] = key
    return {doc: rev_id for doc, (_, rev_id) in chosen.items()}


def revision_time(stamp: object) -> dt.datetime | None:
    """A revision's timestamp (`2021-03-01T12:00:00Z`) as a naive UTC time."""
    if not isinstance(stamp, str):
        return None
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        if when.tzinfo is not None:
            when = when.astimezone(dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None
    return when


def facts_as_of(
    statements: Sequence[Row], chosen: Mapping[str, int], date_columns: Mapping[str, set[str]]
) -> dict[str, list[Row]]:
    """Every fact table's rows as the chosen revisions stated them, in their original order."""
    found = records_of_revisions(statements, set(chosen.items()), date_columns)
    return {
        table: [row for key in sorted(found) for row in found[key][table]] for table in FACT_TABLES
    }


def records_of_revisions(
    statements: Sequence[Row],
    wanted: set[tuple[str, int]],
    date_columns: Mapping[str, set[str]],
) -> dict[tuple[str, int], dict[str, list[Row]]]:
    """The records of each wanted (page, revision), rebuilt from `fact_revisions` in one pass:
    each table's rows in the order the revision stated them."""
    placed: dict[tuple[str, int], dict[str, list[tuple[int, Row]]]] = {}
    revs_of_doc: dict[str, set[int]] = {}
    for doc, rev in wanted:
        revs_of_doc.setdefault(doc, set()).add(rev)
    for statement in statements:
        doc = str(statement["doc_id"])
        revs = revs_of_doc.get(doc)
        if not revs:
            continue
        rev_ids = list(statement["rev_ids"])  # type: ignore[call-overload]
        hits = [(r, p) for r, p in zip(rev_ids, statement["positions"], strict=True) if r in revs]  # type: ignore[call-overload]
        if not hits:
            continue
        table = str(statement["table_name"])
        row = json.loads(str(statement["row"]))
        for name in date_columns.get(table, set()):
            if row.get(name) is not None:
                row[name] = dt.date.fromisoformat(row[name])
        for rev, position in hits:
            tables = placed.setdefault((doc, rev), {t: [] for t in FACT_TABLES})
            tables[table].append((int(position), dict(row)))
    return {
        key: {t: [row for _, row in sorted(rows, key=lambda x: x[0])] for t, rows in tables.items()}
        for key, tables in placed.items()
    }
