"""The latest version's tables, read a few documents at a time.

A run that publishes a batch of documents at a time needs, for each batch, the previous rows of
those documents only: to carry over the facts of documents that did not change, and to compare
the others. Every table is written sorted by `doc_id` in row groups of a few documents each, so
the row groups' statistics (their least and greatest `doc_id`) say which ones to read; the rows
of earlier batches are let go as the run moves on. A version written in one row group (by an
earlier release) is read once and kept while it is needed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from pathlib import Path

import pyarrow
import pyarrow.compute as pc
import pyarrow.parquet as pq

DOC_ID = "doc_id"


class TableFile:
    """One table of a version, read by row groups."""

    def __init__(self, path: Path) -> None:
        self._file = pq.ParquetFile(path)
        self._ranges = _doc_ranges(self._file)
        self._held: dict[int, pyarrow.Table] = {}

    @property
    def schema(self) -> pyarrow.Schema:
        return self._file.schema_arrow

    def doc_ids(self) -> list[str]:
        """Every doc_id the table holds, once each, in order."""
        return sorted(self.rows_per_document())

    def rows_per_document(self) -> Counter[str]:
        column = self._file.read(columns=[DOC_ID])[DOC_ID]
        counts = pc.value_counts(column).to_pylist()
        return Counter({str(c["values"]): int(c["counts"]) for c in counts})

    def rows(self, doc_ids: Collection[str]) -> pyarrow.Table:
        """The rows of `doc_ids`, in the order the file holds them."""
        if not doc_ids:
            return self.schema.empty_table()
        low, high = min(doc_ids), max(doc_ids)
        for index in [i for i in self._held if self._ranges[i][1] < low]:
            del self._held[index]  # the run has moved past them (documents come in order)
        wanted = [i for i, (a, b) in enumerate(self._ranges) if a <= high and b >= low]
        for index in wanted:
            if index not in self._held:
                self._held[index] = self._file.read_row_group(index)
        parts = [self._held[i] for i in wanted]
        if not parts:
            return self.schema.empty_table()
        return rows_of_documents(pyarrow.concat_tables(parts), doc_ids)


def rows_of_documents(table: pyarrow.Table, doc_ids: Collection[str]) -> pyarrow.Table:
    """The rows of `table` whose doc_id is one of `doc_ids`, in their order."""
    wanted = pyarrow.array(sorted(doc_ids), pyarrow.string())
    return table.filter(pc.is_in(table[DOC_ID], value_set=wanted))


def _doc_ranges(file: pq.ParquetFile) -> list[tuple[str, str]]:
    """Each row group's least and greatest doc_id; the widest range where statistics lack."""
    column = file.schema_arrow.get_field_index(DOC_ID)
    ranges = []
    for i in range(file.metadata.num_row_groups):
        stats = file.metadata.row_group(i).column(column).statistics if column >= 0 else None
        if stats is not None and stats.has_min_max:
            ranges.append((_text(stats.min), _text(stats.max)))
        else:
            ranges.append(("", "\U0010ffff"))
    return ranges


def _text(value: object) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


class PreviousTables:
    """The tables of the version a run builds on (none when there is none), by document."""

    def __init__(self, folder: Path | None, names: Iterable[str]) -> None:
        self._tables: dict[str, TableFile] = {}
        self._counts: Counter[str] | None = None
        if folder is None:
            return
        for name in names:
            path = folder / f"{name}.parquet"
            if path.is_file():
                self._tables[name] = TableFile(path)

    def has(self, name: str) -> bool:
        return name in self._tables

    def schema(self, name: str) -> pyarrow.Schema | None:
        table = self._tables.get(name)
        return table.schema if table is not None else None

    def doc_ids(self) -> list[str]:
        """The documents of the version, from its `documents` table."""
        if "documents" not in self._tables:
            return []
        return self._tables["documents"].doc_ids()

    def rows_per_document(self) -> Counter[str]:
        """How many rows each document has in all the tables together (read once)."""
        if self._counts is None:
            self._counts = Counter()
            for table in self._tables.values():
                self._counts.update(table.rows_per_document())
        return self._counts

    def rows(self, name: str, doc_ids: Collection[str]) -> pyarrow.Table | None:
        """The rows of `doc_ids` in table `name`; None when the version has no such table."""
        table = self._tables.get(name)
        return table.rows(doc_ids) if table is not None else None

    def records(self, name: str, doc_ids: Collection[str]) -> list[dict[str, object]]:
        rows = self.rows(name, doc_ids)
        return rows.to_pylist() if rows is not None else []
