"""Nothing in an output folder can sink a run or lose published facts: `latest` is verified
against its manifest before anything is reused or compared, strangers in `versions/` are left
alone, the lock never follows a link, a failed switch leaves no orphan, and the messages say
exactly what was published."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import pipeline.versions as versions
from pipeline.cli import main
from pipeline.versions import code_fingerprint, list_versions
from schemas.names import DERIVED_TABLES, FACT_TABLES
from tests.conftest import REPO
from tests.documents import good_document
from tests.test_reruns import _paused_run


def _run(out: Path, *inputs: Path) -> int:
    return main(["run", "--output", str(out), "--quiet", *map(str, inputs)])


@pytest.fixture()
def published(tmp_path: Path) -> tuple[Path, list[Path]]:
    docs = [good_document(tmp_path / "in", "Chile"), good_document(tmp_path / "in", "Peru")]
    out = tmp_path / "out"
    assert _run(out, *docs) == 0
    return out, docs


def _rows(out: Path, table: str) -> int:
    return len(pd.read_parquet(out / "latest" / f"{table}.parquet"))


def _latest(out: Path) -> str:
    return (out / "latest").resolve().name


def _valid(out: Path) -> None:
    """latest is a complete version whose every file matches its manifest."""
    manifest, damaged = versions.verify_version(out, _latest(out))
    assert damaged == []
    assert set(manifest["tables"]) == {
        *FACT_TABLES,
        *DERIVED_TABLES,
        "changes",
        "organizations",
        "states",
    }


def test_a_truncated_table_in_latest_is_not_reused(published, capsys):
    out, docs = published
    missions = _rows(out, "missions")
    target = out / "latest" / "missions.parquet"
    target.write_bytes(target.read_bytes()[:100])
    assert _run(out, *docs) == 0
    err = capsys.readouterr().err
    assert "missions no longer match the manifest" in err
    _valid(out)
    assert _rows(out, "missions") == missions
    # diff against the damaged version says why it cannot, instead of a pyarrow traceback
    assert main(["diff", "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert "missions no longer match its manifest" in err and "Traceback" not in err


def test_a_deleted_table_in_latest_is_extracted_again_and_said(published, capsys):
    out, docs = published
    missions = _rows(out, "missions")
    (out / "latest" / "missions.parquet").unlink()
    assert _run(out, *docs) == 0
    captured = capsys.readouterr()
    assert "missions no longer match the manifest" in captured.err
    assert _rows(out, "missions") == missions
    manifest = json.loads((out / "latest" / "manifest.json").read_text())
    assert manifest["changes_unknown"] == ["missions"]
    assert manifest["reused"] == 0


def test_a_truncated_manifest_is_a_warning_not_a_traceback(published, capsys):
    out, docs = published
    manifest = out / "latest" / "manifest.json"
    manifest.write_text(manifest.read_text()[:50])
    assert _run(out, *docs) == 0
    assert "manifest.json is unreadable" in capsys.readouterr().err
    _valid(out)
    assert main(["versions", "--output", str(out)]) == 0
    assert "damaged" in capsys.readouterr().out


def test_a_folder_in_versions_that_is_no_version_is_left_alone(published, capsys):
    out, docs = published
    backup = out / "versions" / "backup-before-upgrade"
    shutil.copytree(out / "latest", backup)
    docs[0].write_text(docs[0].read_text().replace("1990", "1991"))
    assert _run(out, *docs) == 0
    assert "backup-before-upgrade: not a version of this tool; ignored" in capsys.readouterr().err
    assert backup.is_dir()
    assert "backup-before-upgrade" not in list_versions(out)
    assert main(["versions", "--output", str(out)]) == 0
    assert "backup-before-upgrade" not in capsys.readouterr().out


@pytest.mark.parametrize("where", ["latest/changes.parquet", "latest", "versions/x.parquet"])
def test_diff_never_writes_inside_the_output(published, capsys, where):
    out, _ = published
    target = out / where
    before = target.read_bytes() if target.is_file() else None
    assert main(["diff", "--output", str(out), "--write", str(target)]) == 2
    assert "inside the output directory" in capsys.readouterr().err
    assert (target.read_bytes() if target.is_file() else None) == before


def test_diff_refuses_a_damaged_version(published, capsys):
    out, _ = published
    (out / "latest" / "relations.parquet").write_bytes(b"PAR1")
    assert main(["diff", "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert "relations" in err and "Traceback" not in err


def test_the_same_bytes_in_another_format_are_extracted_again(published, capsys):
    out, docs = published
    renamed = docs[0].with_suffix(".wiki")
    docs[0].rename(renamed)
    assert _run(out, renamed, docs[1]) == 0
    assert capsys.readouterr().out.startswith("published version")
    manifest = json.loads((out / "latest" / "manifest.json").read_text())
    formats = {i["doc_id"]: i["format"] for i in manifest["inputs"]}
    assert formats == {docs[0].stem: "wikitext", docs[1].stem: "plain"}
    assert manifest["reused"] == 1


def test_package_versions_are_part_of_the_reuse_key(monkeypatch):
    before = code_fingerprint()
    monkeypatch.setattr(
        versions, "_package_version", lambda name: "9.9" if name == "spacy" else "1.0"
    )
    assert code_fingerprint() != before


def test_the_lock_never_follows_a_link(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    (out / ".lock").symlink_to(victim)
    doc = good_document(tmp_path / "in")
    assert _run(out, doc) == 1
    assert "symbolic link" in capsys.readouterr().err
    assert victim.read_text() == "keep me"
    assert not (out / "latest").exists()


def test_a_lock_that_is_not_a_file_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / ".lock")
    assert _run(out, good_document(tmp_path / "in")) == 1
    assert "not a plain file" in capsys.readouterr().err


def test_a_failed_switch_leaves_no_version_behind(published, capsys):
    out, docs = published
    versions = list_versions(out)
    target = (out / "latest").resolve()
    (out / "latest").unlink()
    shutil.copytree(target, out / "latest")  # a user turned latest into a real directory
    docs[0].write_text(docs[0].read_text().replace("1990", "1991"))
    assert _run(out, *docs) == 1
    err = capsys.readouterr().err
    assert "is a real directory" in err and "latest is unchanged" in err
    assert list_versions(out) == versions


def test_a_version_written_but_never_published_is_removed(published, tmp_path):
    out, docs = published
    docs[0].write_text(docs[0].read_text().replace("1990", "1991"))
    proc = _paused_run(out, docs[0], tmp_path / "paused", "before-latest")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    orphan = [v for v in list_versions(out) if v > _latest(out)]
    assert orphan  # complete, but latest never pointed to it
    assert _run(out, *docs) == 0
    assert not set(orphan) & set(list_versions(out))


def _spawn(out: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--output", str(out), "--quiet", *args],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_closed_stdout_does_not_turn_a_publication_into_a_failure(published):
    out, docs = published
    docs[0].write_text(docs[0].read_text().replace("1990", "1991"))
    before = _latest(out)
    proc = _spawn(out, *map(str, docs))
    assert proc.stdout is not None
    proc.stdout.close()  # `| head -0`: nobody reads what the run says
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "nothing published" not in err and "Traceback" not in err
    assert _latest(out) != before


def test_an_interrupt_after_the_switch_says_it_published(published, tmp_path):
    out, docs = published
    docs[0].write_text(docs[0].read_text().replace("1990", "1991"))
    marker = tmp_path / "paused"
    proc = _spawn(
        out,
        *map(str, docs),
        env={
            "PIPELINE_PAUSE_AT": "published",
            "PIPELINE_PAUSE_MARKER": str(marker),
            "PIPELINE_PAUSE_SECONDS": "60",
        },
    )
    from tests.test_reruns import _wait_for

    _wait_for(marker, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert f"interrupted after publishing: latest is now version {_latest(out)}" in err


def test_an_interrupt_before_the_switch_says_latest_is_unchanged(published, tmp_path):
    out, docs = published
    before = _latest(out)
    docs[0].write_text(docs[0].read_text().replace("1990", "1991"))
    proc = _paused_run(out, docs[0], tmp_path / "paused", "tables-written")
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "nothing published; latest is unchanged" in err
    assert _latest(out) == before
