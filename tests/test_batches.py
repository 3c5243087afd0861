"""Publishing a batch of documents at a time: a run holds one batch of facts, the tables are
written in row groups of a few documents, and what carried-over documents add is the same, byte
for byte, as what a first run on the same inputs writes."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

import pipeline.stream as stream
from pipeline.cli import main
from pipeline.derive import READS, derived_tables
from pipeline.previous import TableFile
from pipeline.stream import Entry, Loaded, batches
from schemas.names import DERIVED_TABLES, FACT_TABLES
from tests.documents import article
from tests.reference_run import reference_latest

COUNTRIES = ["Chile", "Peru", "Bolivia", "Ecuador", "Paraguay", "Uruguay", "Colombia"]


def _write(folder: Path, country: str, year: str = "1990") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"Foreign_relations_of_{country}.md"
    rows = [
        ("Argentina", year, f"{country} has an embassy in Buenos Aires."),
        ("Brazil", "1 May 1992", f"Brazil has an embassy in the capital of {country}."),
    ]
    path.write_text(article(country, rows), encoding="utf-8")
    return path


def _run(out: Path, docs: Path) -> None:
    assert main(["run", "--output", str(out), "--quiet", "--workers", "0", str(docs)]) == 0


def _manifest(out: Path) -> dict:
    return json.loads((out / "latest" / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture()
def small_batches(monkeypatch):
    monkeypatch.setattr(stream, "ROWS_PER_BATCH", 1)  # a batch per document


def test_a_rerun_writes_the_files_a_first_run_on_its_inputs_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(stream, "ROWS_PER_BATCH", 12)  # about 3 of these documents a batch
    docs = tmp_path / "docs"
    for country in COUNTRIES[:6]:
        _write(docs, country)
    rerun = tmp_path / "rerun"
    _run(rerun, docs)
    _write(docs, "Bolivia", year="1995")  # edited
    (docs / "Foreign_relations_of_Ecuador.md").unlink()  # gone
    _write(docs, COUNTRIES[6])  # new
    _run(rerun, docs)
    first = tmp_path / "first"
    _run(first, docs)

    again, fresh = _manifest(rerun), _manifest(first)
    assert again["reused"] == 4  # Chile, Paraguay, Peru, Uruguay carried over
    for name in (*FACT_TABLES, *DERIVED_TABLES):
        assert again["tables"][name]["sha256"] == fresh["tables"][name]["sha256"], name
    changes = pd.read_parquet(rerun / "latest" / "changes.parquet")
    by_doc = {d: set(g["change"]) for d, g in changes.groupby("doc_id")}
    assert by_doc == {
        "Foreign_relations_of_Bolivia": {"changed"},
        "Foreign_relations_of_Colombia": {"added"},
        "Foreign_relations_of_Ecuador": {"removed"},
    }
    bolivia = changes[changes["doc_id"] == "Foreign_relations_of_Bolivia"]
    assert {"began"} <= {c for cols in bolivia["changed_columns"] for c in cols}


def test_tables_of_several_row_groups_read_as_one_table(tmp_path, small_batches):
    docs = tmp_path / "docs"
    for country in COUNTRIES:
        _write(docs, country)
    out = tmp_path / "out"
    _run(out, docs)
    path = out / "latest" / "relations.parquet"
    rows = _manifest(out)["tables"]["relations"]["rows"]
    assert pq.ParquetFile(path).metadata.num_row_groups == len(COUNTRIES)
    frame = pd.read_parquet(path)
    assert len(frame) == rows
    assert frame["doc_id"].is_monotonic_increasing
    assert len(pl.read_parquet(path)) == rows
    count = duckdb.sql(f"select count(*) from read_parquet('{path}')").fetchall()
    assert count == [(rows,)]
    assert pd.read_parquet(path)["began"].notna().all()


def test_previous_rows_come_from_the_row_groups_that_hold_them(tmp_path, monkeypatch):
    path = tmp_path / "t.parquet"
    table = pyarrow.table({"doc_id": ["a", "a", "b", "c", "c", "d"], "n": [1, 2, 3, 4, 5, 6]})
    with pq.ParquetWriter(path, table.schema) as writer:
        for start, stop in ((0, 2), (2, 4), (4, 6)):  # groups: a a | b c | c d
            writer.write_table(table.slice(start, stop - start))
    read: list[int] = []
    original = pq.ParquetFile.read_row_group

    def spy(self, index, *args, **kwargs):
        read.append(index)
        return original(self, index, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetFile, "read_row_group", spy)
    file = TableFile(path)
    assert file.rows({"a"})["n"].to_pylist() == [1, 2]
    assert read == [0]
    assert file.rows({"c"})["n"].to_pylist() == [4, 5]  # a document across two groups
    assert read == [0, 1, 2]
    assert file.rows({"d"})["n"].to_pylist() == [6]
    assert read == [0, 1, 2]  # still held
    assert file.rows({"x"}).num_rows == 0
    assert file.doc_ids() == ["a", "b", "c", "d"]


@given(st.lists(st.integers(min_value=0, max_value=9), max_size=40), st.integers(1, 20))
def test_batches_end_at_the_budget_and_gone_documents_move_no_boundary(rows, budget):
    """`rows` 0 stands for a gone document (no source)."""
    items = [
        Loaded(Entry(f"doc{i:03d}", None, object() if n else None, False), None, None, n)  # type: ignore[arg-type]
        for i, n in enumerate(rows)
    ]
    chunks = list(batches(items, budget))
    assert [i for chunk in chunks for i in chunk] == items
    for chunk in chunks[:-1]:
        assert sum(i.rows for i in chunk) >= budget > sum(i.rows for i in chunk[:-1])
    present = [i for i in items if i.entry.source is not None]

    def ids(groups):
        return [[i.entry.doc_id for i in g if i.entry.source is not None] for g in groups]

    assert [g for g in ids(chunks) if g] == [g for g in ids(batches(present, budget)) if g]


def test_derived_tables_read_no_column_outside_reads():
    latest = reference_latest()
    full = {n: pq.read_table(latest / f"{n}.parquet").to_pylist() for n in FACT_TABLES}
    projected = {
        n: [{k: v for k, v in r.items() if k in READS} for r in rows] for n, rows in full.items()
    }
    assert derived_tables(projected) == derived_tables(full)


def _mark_done(index: int, path: Path):  # a stand-in for extracting a document
    from pipeline.workers import Outcome

    path.write_text("done", encoding="utf-8")
    return Outcome(index, str(path), {"n": [{"n": index}]})


def test_the_pool_keeps_working_while_the_caller_is_busy_and_stops_when_closed(tmp_path):
    import multiprocessing
    import time

    from pipeline.workers import ForkPool

    paths = [tmp_path / f"doc{i}" for i in range(6)]
    outcomes = ForkPool(_mark_done, workers=2, seconds=0).outcomes(paths)
    first = next(outcomes)
    deadline = time.monotonic() + 60
    # the caller takes no outcome meanwhile: a pool fed only when asked would stop at two
    while sum(p.exists() for p in paths) < 4:
        assert time.monotonic() < deadline, "the workers stopped while the caller was busy"
        time.sleep(0.05)
    rest = list(outcomes)
    assert sorted(o.index for o in [first, *rest]) == list(range(6))
    outcomes.close()  # type: ignore[attr-defined]
    assert not multiprocessing.active_children()
