"""Stages 5 and 6 a batch of documents at a time: validate, compare with the previous version,
write.

Documents are taken in `doc_id` order, a batch at a time (`ROWS_PER_BATCH` fact rows): the
facts of the batch are validated, written as one row group of each table, compared with the
previous rows of the same documents, and let go. A run therefore holds one batch of facts,
whatever the number of documents. The facts of a document that was not read again (same text,
same code) are the previous version's rows, carried over as they are stored; its `documents`
row is checked again only when its source changed (that row also says where the text came
from). An edited document that could not be read this time for a reason of the run's, not of
its text (a time-out, a worker that died, an internal error) keeps its previous facts the same
way, marked as carried over with the reason: a one-time failure never shows its facts as
removed (and added again by the next run). Every table is sorted by `doc_id` first, so rows
written batch after batch are in the table's order.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow
import pyarrow.compute as pc

from pipeline.derive import COVERAGE_SOURCES, READS, coverage_rows
from pipeline.diff import compute_changes
from pipeline.errors import ValidationFailed, shown
from pipeline.previous import PreviousTables, rows_of_documents
from pipeline.publish import VersionWriter, arrow_schema, conform, frame_table
from pipeline.sources import SourceInfo, with_source
from pipeline.validate import prepare, validate_tables
from pipeline.workers import Outcome, Records, close_outcomes
from schemas import TABLES, collector
from schemas.names import DERIVED_TABLES, FACT_TABLES

if TYPE_CHECKING:
    import pandas as pd

#: fact rows per batch (a batch ends with the document that reaches it): the facts a run holds
#: at once, and a row group of every table; pandera's cost per call makes much smaller ones slow
ROWS_PER_BATCH = 10_000


@dataclass(frozen=True, slots=True)
class Entry:
    """One document of the run: its text read again (`fresh`), carried over from the previous
    version, or gone from the inputs (`source` None)."""

    doc_id: str
    path: Path | None
    source: SourceInfo | None
    fresh: bool


@dataclass
class Streamed:
    """What the batches left behind: the documents kept, the counts of changes, and (only when
    asked, for the history tables) every kept document's records."""

    kept: list[str] = field(default_factory=list)
    #: the kept documents whose facts were extracted by this run (not carried over)
    extracted: list[str] = field(default_factory=list)
    reused: int = 0
    file_names: dict[str, str] = field(default_factory=dict)
    changes: Counter[tuple[str, str]] = field(default_factory=Counter)
    records: dict[str, Records] = field(default_factory=dict)
    coverage: list[dict[str, object]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: edited documents not read this time, whose previous facts are kept: doc_id -> reason
    carried_over: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Loaded:
    """An entry with what the batch needs of it: the records to validate (a fresh document's;
    for a carried-over one whose source changed, its new `documents` row alone), its
    `documents` row, and its number of fact rows, which decides where batches end. A gone or
    skipped document has no row; a carried-over one whose row is as before has no records."""

    entry: Entry
    records: Records | None
    document: dict[str, object] | None
    rows: int

    @property
    def carried(self) -> bool:
        """Are its facts (but perhaps its `documents` row) the previous version's?"""
        return not self.entry.fresh and self.document is not None


def stream_documents(
    entries: list[Entry],
    outcome_of: Callable[[str], Outcome],
    previous: PreviousTables,
    compared: list[str],
    writer: VersionWriter,
    keep_records: bool = False,
) -> Streamed:
    """Every entry (in doc_id order) validated, written and compared, batch by batch.
    `outcome_of(doc_id)` gives a fresh document's outcome; `compared`: the tables whose changes
    are computed (those of the previous version that passed verification)."""
    _prepare()
    done = Streamed()
    loaded = (_load(entry, outcome_of, previous, done) for entry in entries)
    for batch in batches(loaded, ROWS_PER_BATCH):
        _write_batch(batch, previous, compared, writer, keep_records, done)
    for name in FACT_TABLES:
        writer.close(name)
    writer.close("changes")
    return done


def _prepare() -> None:
    """What the first batch would otherwise build, built before the first document is waited
    for (the workers are extracting meanwhile): the file and pandera schemas of the tables a
    run writes (every one is written, with rows or not) and pandera's backends."""
    for name in (*FACT_TABLES, "changes", *DERIVED_TABLES, "organizations", "states"):
        arrow_schema(name)
        TABLES[name].pandera()
    prepare()


def batches(items: Iterable[Loaded], budget: int) -> Iterator[list[Loaded]]:
    """The items in runs that end once they hold `budget` fact rows. A document's rows are the
    same whether it is extracted or carried over, and a gone one has none: row groups thus
    depend on the documents present and their facts only, and a rerun writes the files a first
    run on the same inputs writes."""
    batch: list[Loaded] = []
    rows = 0
    for item in items:
        batch.append(item)
        rows += item.rows
        if rows >= budget:
            yield batch
            batch, rows = [], 0
    if batch:
        yield batch


def _load(
    entry: Entry, outcome_of: Callable[[str], Outcome], previous: PreviousTables, done: Streamed
) -> Loaded:
    if entry.source is None:
        return Loaded(entry, None, None, 0)
    if entry.fresh:
        outcome = outcome_of(entry.doc_id)
        records = _fresh_records(entry, outcome, done)
        if records is None:
            kept = _carry_over(entry, previous, outcome.transient, done)
            return kept or Loaded(entry, None, None, 0)
        rows = sum(len(records[n]) for n in FACT_TABLES)
        return Loaded(entry, records, records["documents"][0], rows)
    stored = previous.records("documents", [entry.doc_id])
    if not stored:
        done.skipped.append(f"{entry.doc_id}: internal error (no documents row to carry over)")
        return Loaded(entry, None, None, 0)
    row = with_source(stored[0], entry.source)
    # a row as it was is carried like the other facts; one whose source changed is checked
    records = None if row == stored[0] else {**{n: [] for n in FACT_TABLES}, "documents": [row]}
    return Loaded(entry, records, row, previous.rows_per_document()[entry.doc_id])


def _carry_over(
    entry: Entry, previous: PreviousTables, reason: str | None, done: Streamed
) -> Loaded | None:
    """The previous facts of a document not read this time for `reason` (None: its text is at
    fault, and nothing is kept), carried over as an unchanged document's are, its `documents`
    row as stored (it names the text those facts were read from); None when the previous
    version has no facts of it, or not in the tables this code writes."""
    if reason is None or not _can_carry(previous):
        return None
    stored = previous.records("documents", [entry.doc_id])
    if not stored:
        return None
    done.carried_over[entry.doc_id] = reason
    done.warnings.append(
        f"{entry.doc_id}: not read this time ({reason}); its facts of the previous version are "
        "kept, carried over, until it is read"
    )
    rows = previous.rows_per_document()[entry.doc_id]
    return Loaded(replace(entry, fresh=False), None, stored[0], rows)


def _can_carry(previous: PreviousTables) -> bool:
    """Whether the previous version holds every fact table, with every column this code writes
    and of the same type (an earlier release's may lack a column)."""
    for name in FACT_TABLES:
        schema = previous.schema(name)
        if schema is None:
            return False
        for column in arrow_schema(name):
            index = schema.get_field_index(column.name)
            if index < 0 or schema.field(index).type != column.type:
                return False
    return True


def _write_batch(
    batch: list[Loaded],
    previous: PreviousTables,
    compared: list[str],
    writer: VersionWriter,
    keep_records: bool,
    done: Streamed,
) -> None:
    docs = {i.entry.doc_id: i.records for i in batch if i.records is not None}
    frames = valid_frames(docs, done.skipped)  # drops from `docs` what fails its schema
    batch = [
        (
            _carry_over(i.entry, previous, "internal error", done) or i
            if i.entry.fresh and i.records is not None and i.entry.doc_id not in docs
            else i
        )
        for i in batch
    ]
    kept = [
        i for i in batch if i.document is not None and (i.records is None or i.entry.doc_id in docs)
    ]
    carried = [i.entry.doc_id for i in kept if i.carried]
    as_stored = [i.entry.doc_id for i in kept if i.carried and i.records is None]
    done.kept.extend(i.entry.doc_id for i in kept)
    done.extracted.extend(i.entry.doc_id for i in kept if not i.carried)
    done.reused += len([d for d in carried if d not in done.carried_over])
    rows = {i.entry.doc_id: i.document for i in kept if i.document is not None}
    done.file_names.update((d, str(row["file_name"])) for d, row in rows.items())
    tables: dict[str, pyarrow.Table] = {}
    for name in FACT_TABLES:
        table = (
            frame_table(name, frames[name]) if name in frames else arrow_schema(name).empty_table()
        )
        from_previous = as_stored if name == "documents" else carried
        if from_previous:
            table = _with_carried(name, table, previous.rows(name, from_previous))
        writer.append(name, table)
        tables[name] = table
    with collector.paused():
        done.coverage.extend(coverage_rows({n: _read_columns(tables[n]) for n in COVERAGE_SOURCES}))
    whole = {i.entry.doc_id for i in batch}
    _write_changes(whole, carried, tables, previous, compared, writer, done)
    if keep_records:
        for doc_id in carried:
            stored = {n: previous.records(n, [doc_id]) for n in FACT_TABLES}
            docs[doc_id] = {**stored, "documents": [rows[doc_id]]}
        done.records.update(docs)


def _write_changes(
    whole: set[str],
    carried: list[str],
    tables: dict[str, pyarrow.Table],
    previous: PreviousTables,
    compared: list[str],
    writer: VersionWriter,
    done: Streamed,
) -> None:
    """The batch's changes against the latest version, counted and written: the carried
    documents' facts are their previous facts, so only the others can differ."""
    touched = whole - set(carried)
    before = {
        n: previous.records(n, whole if n == "documents" else touched)
        for n in compared
        if previous.has(n)
    }
    after = {
        n: rows_of_documents(tables[n], whole if n == "documents" else touched).to_pylist()
        for n in compared
    }
    changes = compute_changes(before, after)
    done.changes.update((str(c["table"]), str(c["change"])) for c in changes)
    if changes:
        frame = validate_tables({"changes": TABLES["changes"].frame(changes)})["changes"]
        writer.append("changes", frame_table("changes", frame))


def _fresh_records(entry: Entry, outcome: Outcome, done: Streamed) -> Records | None:
    assert entry.path is not None and entry.source is not None
    named = entry.source.name_in_messages(entry.path)
    if outcome.records is None:
        done.skipped.append(named(outcome.error or f"{shown(entry.path)}: skipped"))
        return None
    done.warnings.extend(named(w) for w in outcome.warnings)
    records = outcome.records
    return {**records, "documents": [with_source(records["documents"][0], entry.source)]}


def _with_carried(name: str, fresh: pyarrow.Table, carried: pyarrow.Table | None) -> pyarrow.Table:
    """The fresh rows and the carried rows of a batch, in doc_id order (a stable sort keeps
    each document's rows in their order)."""
    if carried is None or carried.num_rows == 0:
        return fresh
    table = pyarrow.concat_tables([fresh, conform(name, carried)])
    return table.take(pc.sort_indices(table, sort_keys=[("doc_id", "ascending")]))


def _read_columns(table: pyarrow.Table) -> list[dict[str, object]]:
    """The rows of `table`, only the columns derived tables read."""
    return table.select([c for c in table.column_names if c in READS]).to_pylist()


def valid_frames(docs: dict[str, Records], skipped: list[str]) -> dict[str, pd.DataFrame]:
    """The fact tables of `docs` that hold rows, validated. Should the whole fail its schema,
    each document is checked on its own and the ones at fault are reported and left out
    (removed from `docs`), so one document's facts never sink the others'."""
    try:
        return _frames(docs)
    except Exception:  # which document is at fault is found below
        pass
    for doc_id in sorted(docs):
        try:
            _frames({doc_id: docs[doc_id]})
        except ValidationFailed as exc:
            skipped.append(f"{doc_id}: internal error: {exc}; skipped; please report it")
            del docs[doc_id]
        except Exception as exc:  # a value no column can hold
            if os.environ.get("PIPELINE_DEBUG"):
                raise
            skipped.append(
                f"{doc_id}: internal error (a fact no table can hold: {type(exc).__name__}: "
                f"{exc}); skipped; please report it"
            )
            del docs[doc_id]
    return _frames(docs)


def _frames(docs: dict[str, Records]) -> dict[str, pd.DataFrame]:
    """The tables of `docs` that hold rows, validated (a table without rows is not made: its
    empty file is written from the table's schema)."""
    rows = {name: [r for doc in docs.values() for r in doc[name]] for name in FACT_TABLES}
    return validate_tables({n: TABLES[n].frame(r) for n, r in rows.items() if r})


def in_doc_order(
    outcomes: Iterator[Outcome],
    fresh: list[str],
    progress: Callable[[int, int, str], None] | None,
) -> Callable[[str], Outcome]:
    """`outcome_of(doc_id)` over an executor's outcomes, which come in the order documents
    finish: those that come early wait (a few, as the executors work in order)."""
    position = {doc_id: i for i, doc_id in enumerate(fresh)}
    waiting: dict[int, Outcome] = {}
    received = 0

    def outcome_of(doc_id: str) -> Outcome:
        nonlocal received
        wanted = position[doc_id]
        while wanted not in waiting:
            outcome = next(outcomes)
            received += 1
            if progress:
                progress(received, len(fresh), shown(Path(outcome.path).name))
            waiting[outcome.index] = outcome
            if received == len(fresh):
                close_outcomes(outcomes)  # the workers stop (and let go of the output's lock) now
        return waiting.pop(wanted)

    return outcome_of
