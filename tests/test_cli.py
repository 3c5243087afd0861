"""The main job end to end: `python -m pipeline run`, its outputs, exit codes and messages."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pytest

from pipeline.cli import main
from schemas.names import DERIVED_TABLES, FACT_TABLES
from tests.conftest import REFERENCE, REPO, reference_line
from tests.documents import good_document


def _latest(out: Path) -> Path:
    return out / "latest"


def _version_dirs(out: Path) -> list[str]:
    return sorted(p.name for p in (out / "versions").iterdir())


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert main(["run", "--output", str(out), "--quiet"]) == 0
    return out


def _table_rows(published):
    rel = pd.read_parquet(_latest(published) / "relations.parquet")
    return rel[rel["table_kind"] != "no-relations-list"]


def test_default_run_publishes_one_row_per_table_body_row(published):
    rel = _table_rows(published)
    assert len(rel) == 91
    assert Counter(rel["region"]) == {
        "Africa": 17,
        "Americas": 19,
        "Asia": 15,
        "Europe": 32,
        "Oceania": 8,
    }
    assert set(rel["doc_id"]) == {"Foreign_relations_of_Azerbaijan"}
    assert rel[["table_index", "row_index"]].duplicated().sum() == 0


def test_each_row_points_at_its_first_content_line(published):
    rel = _table_rows(published)
    for _, row in rel.iterrows():
        above = reference_line(row["source_line"] - 1)
        assert above.startswith("+-") or above.startswith("+="), row["source_line"]
        assert reference_line(row["source_line"]).startswith("|")
    hungary = rel[rel["country_text"] == "Hungary"].iloc[0]
    assert reference_line(hungary["source_line"]).startswith("| Hungary |")
    assert hungary["counterpart_iso3"] == "HUN"
    assert hungary["counterpart_method"] == "country-cell"


def test_rows_carry_their_cells_and_footnote_citations(published):
    rel = pd.read_parquet(_latest(published) / "relations.parquet")
    # |         | [18]                   | -   Azerbaijan has an embassy in Rabat since 2005. |
    morocco = rel[rel["source_line"] == 49].iloc[0]
    assert pd.isna(morocco["began_text"])  # the cell is only a footnote marker
    assert list(morocco["ref_ids"]) == [18]
    assert morocco["notes_text"].splitlines() == [
        "-   Azerbaijan has an embassy in Rabat since 2005.",
        "-   Morocco has an embassy in Baku.",
    ]
    assert list(morocco["cells"])[1] == "[18]"


def test_tables_are_typed_for_pandas_duckdb_and_polars(published):
    latest = _latest(published)
    rel = pd.read_parquet(latest / "relations.parquet")
    assert str(rel["source_line"].dtype) == "Int64"
    assert str(rel["counterpart_iso3"].dtype).startswith("string")
    schema = pl.read_parquet(latest / "relations.parquet").schema
    assert schema["source_line"] == pl.Int64
    assert schema["ref_ids"] == pl.List(pl.Int64)
    n = duckdb.sql(
        f"select count(*) from '{latest / 'relations.parquet'}' where region = 'Europe'"
    ).fetchall()[0][0]
    assert n == 32
    docs = pd.read_parquet(latest / "documents.parquet")
    assert docs.loc[0, "subject_iso3"] == "AZE"
    assert docs.loc[0, "line_count"] == len(REFERENCE.read_text(encoding="utf-8").split("\n"))
    refs = pd.read_parquet(latest / "references.parquet")
    assert refs.set_index("ref_id").loc[23, "text"].startswith("Azərbaycan ilə Toqo")


def test_manifest_records_inputs_counts_and_schema_versions(published):
    manifest = json.loads((_latest(published) / "manifest.json").read_text())
    assert manifest["inputs"][0]["doc_id"] == "Foreign_relations_of_Azerbaijan"
    assert len(manifest["inputs"][0]["sha256"]) == 64
    assert manifest["tables"]["relations"]["rows"] == 91 + 15  # table rows, "no relations" list
    assert manifest["tables"]["relations"]["schema_version"] >= 1
    assert manifest["version"] == (published / "latest").resolve().name
    assert manifest["pipeline_version"]


def test_rerun_with_same_inputs_says_unchanged_and_writes_nothing(published, capsys):
    before = _version_dirs(published)
    assert main(["run", "--output", str(published), "--quiet"]) == 0
    assert "unchanged" in capsys.readouterr().out
    assert _version_dirs(published) == before


def test_output_is_byte_identical_across_runs(tmp_path):
    for name in ("a", "b"):
        assert main(["run", "--output", str(tmp_path / name), "--quiet"]) == 0
    tables = sorted(p.name for p in (tmp_path / "a" / "latest").glob("*.parquet"))
    assert tables == sorted(
        f"{n}.parquet"
        for n in (*FACT_TABLES, *DERIVED_TABLES, "changes", "organizations", "states")
    )
    for table in tables:
        a = (tmp_path / "a" / "latest" / table).read_bytes()
        b = (tmp_path / "b" / "latest" / table).read_bytes()
        assert a == b, table


def test_output_does_not_depend_on_the_number_of_workers(tmp_path):
    """In this process, one worker, two workers: the same tables, byte for byte."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for country in ("Chile", "Peru", "Bolivia"):
        good_document(docs, country)
    (docs / REFERENCE.name).write_bytes(REFERENCE.read_bytes())
    for workers in ("0", "1", "2"):
        out = tmp_path / f"w{workers}"
        assert main(["run", "--output", str(out), "--quiet", "--workers", workers, str(docs)]) == 0
    for table in sorted(p.name for p in (tmp_path / "w0" / "latest").glob("*.parquet")):
        first = (tmp_path / "w0" / "latest" / table).read_bytes()
        for workers in ("1", "2"):
            assert (tmp_path / f"w{workers}" / "latest" / table).read_bytes() == first, table


BAD_INPUTS = {
    "empty.md": (b"", "empty file"),
    "binary.md": (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    "latin1.md": (b"Caf\xe9 in Baku\n", "not UTF-8"),
    "no_border.md": (b"+------+\n| Chad |\n+======+\n| 1992 |\n", "no closing border"),
    "ragged.md": (b"+------+\n| Chad |\n+======+\n| 1992  |\n+------+\n", "ragged"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_exit_1_and_latest_intact(tmp_path, capsys, name):
    content, message = BAD_INPUTS[name]
    out = tmp_path / "out"
    assert main(["run", "--output", str(out), "--quiet", str(REFERENCE)]) == 0
    before = (out / "latest").resolve()
    bad = tmp_path / f"Foreign_relations_of_{name}"
    bad.write_bytes(content)
    code = main(["run", "--output", str(out), "--quiet", str(bad)])
    err = capsys.readouterr().err
    assert code == 1
    assert message in err and str(bad) in err
    assert "Traceback" not in err
    assert (out / "latest").resolve() == before


def test_missing_path_and_empty_directory(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code = main(
        [
            "run",
            "--output",
            str(tmp_path / "out"),
            "--quiet",
            str(tmp_path / "nowhere.md"),
            str(tmp_path / "empty"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "nowhere.md: no such file" in err
    assert "holds no documents" in err
    assert not (tmp_path / "out" / "latest").exists()


def test_good_inputs_are_published_and_bad_ones_reported(tmp_path, capsys):
    bad = tmp_path / "Foreign_relations_of_Chad.md"
    bad.write_bytes(b"\xff\xfe")
    out = tmp_path / "out"
    code = main(["run", "--output", str(out), "--quiet", str(REFERENCE), str(bad)])
    captured = capsys.readouterr()
    assert code == 1
    assert "skipped:" in captured.err and "Foreign_relations_of_Chad.md" in captured.err
    manifest = json.loads((out / "latest" / "manifest.json").read_text())
    assert [i["doc_id"] for i in manifest["inputs"]] == ["Foreign_relations_of_Azerbaijan"]
    assert any("Foreign_relations_of_Chad.md" in s for s in manifest["skipped"])


def test_document_without_tables_is_a_warning_not_a_failure(tmp_path, capsys):
    doc = tmp_path / "Foreign_relations_of_Peru.md"
    doc.write_text("Peru is a member of the United Nations.\n", encoding="utf-8")
    assert main(["run", "--output", str(tmp_path / "out"), "--quiet", str(doc)]) == 0
    assert "no grid tables" in capsys.readouterr().err


def test_usage_error_exits_2(capsys):
    assert main(["run", "--keep", "0"]) == 2
    assert main(["frobnicate"]) == 2


def test_module_entry_point_runs_as_a_process(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--output", str(tmp_path), "--quiet"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "published version" in done.stdout


def test_unwritable_output_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    assert main(["run", "--output", str(blocker / "out"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: nothing published:") and "Traceback" not in err
