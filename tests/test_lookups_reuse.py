"""The lookups (`organizations`, `states`) of a rerun by the same code are read back from the
latest version, not built and validated again, and give the same files; any other run builds
them."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline.run.publish as publish
from pipeline.cli import main
from pipeline.run.publish import LOOKUPS, lookup_tables
from tests.documents import article


def _write(folder: Path, country: str, year: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    rows = [("Argentina", year, f"{country} has an embassy in Buenos Aires.")]
    path = folder / f"Foreign_relations_of_{country}.md"
    path.write_text(article(country, rows), encoding="utf-8")


def _run(out: Path, docs: Path) -> Path:
    assert main(["run", "--output", str(out), "--quiet", "--workers", "0", str(docs)]) == 0
    return (out / "latest").resolve()


def _not_built(*_: object) -> None:
    raise AssertionError("the lookups were built again")


def test_a_rerun_by_the_same_code_reads_its_lookups_back(tmp_path, monkeypatch):
    docs, out = tmp_path / "docs", tmp_path / "out"
    _write(docs, "Chile", "1990")
    _write(docs, "Peru", "1990")
    first = _run(out, docs)
    monkeypatch.setattr(publish, "_organizations", _not_built)
    monkeypatch.setattr(publish, "_states", _not_built)
    _write(docs, "Peru", "1995")  # edited: a new version is published
    second = _run(out, docs)
    assert second != first
    for name in LOOKUPS:
        path = f"{name}.parquet"
        assert (second / path).read_bytes() == (first / path).read_bytes(), name


def test_a_version_without_its_lookups_has_them_built(tmp_path):
    tables = lookup_tables(None, tmp_path)  # an empty folder: nothing to read back
    assert set(tables) == set(LOOKUPS)
    assert all(table.num_rows > 0 for table in tables.values())


def test_a_first_run_builds_its_lookups(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    _write(docs, "Chile", "1990")
    monkeypatch.setattr(publish, "_states", _not_built)
    with pytest.raises(AssertionError, match="built again"):
        _run(tmp_path / "out", docs)
