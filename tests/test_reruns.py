"""Scheduled reruns: fact-level diffs, incremental runs, retention, and publishing under faults."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.versions import list_versions
from tests.conftest import REFERENCE, REPO

ROW_BORDER_BEFORE_CHILE = (
    84  # "+---------+-----..." above "| | [34] | -   Azerbaijan has an embassy in Santiago."
)


def _lines() -> list[str]:
    return REFERENCE.read_text(encoding="utf-8").split("\n")


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "edited" / REFERENCE.name
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _cell_line(template: str, text: str) -> str:
    """A notes-cell line shaped like `template` (a line of the same table) holding `text`."""
    start = template.rindex("|", 0, len(template) - 1) + 1
    width = len(template) - start - 1
    return template[:start] + (" " + text).ljust(width) + "|"


def _edit(path: Path, old: str, new: str) -> None:
    """Replace `old` by `new` in a table cell, keeping the row's width."""
    lines = path.read_text(encoding="utf-8").split("\n")
    (i,) = [k for k, line in enumerate(lines) if old in line]
    line = lines[i].replace(old, new)
    end = line.rindex("|")
    body = line[:end].rstrip() if len(line) > len(lines[i]) else line[:end]
    lines[i] = body.ljust(len(lines[i]) - 1) + "|"
    path.write_text("\n".join(lines), encoding="utf-8")


def _bump(path: Path, year: int = 2012) -> None:
    """Some change: -   Palestine has an embassy in Baku since 2011."""
    text = path.read_text(encoding="utf-8")
    start = text.index("Palestine has an embassy in Baku since ") + len(
        "Palestine has an embassy in Baku since "
    )
    path.write_text(text[:start] + str(year) + text[start + 4 :], encoding="utf-8")


def _changes(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "latest" / "changes.parquet")


def _run(out: Path, *inputs: Path, extra: tuple[str, ...] = ()) -> int:
    return main(["run", "--output", str(out), "--quiet", *extra, *map(str, inputs)])


def _kinds(changes: pd.DataFrame) -> Counter:
    return Counter(zip(changes["table"], changes["change"], strict=True))


@pytest.fixture()
def baseline(tmp_path):
    out = tmp_path / "out"
    path = _write(tmp_path, _lines())
    assert _run(out, path) == 0
    return out, path


def test_moving_a_row_changes_no_fact(baseline):
    out, path = baseline
    lines = _lines()
    # swap the Chile row (lines 85-86) with the Colombia row (lines 88-89), borders kept
    chile, colombia = lines[84:86], lines[87:89]
    lines[84:86], lines[87:89] = colombia, chile
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _run(out, path) == 0
    assert _kinds(_changes(out)) == Counter({("documents", "changed"): 1})


def test_changing_a_date_shows_as_changed(baseline):
    out, path = baseline
    # -   Azerbaijan has an embassy in Tokyo since 12 October 2005.[61]
    _edit(path, "since 12 October 2005", "since 13 October 2005")
    assert _run(out, path) == 0
    changes = _changes(out)
    assert _kinds(changes) == Counter({("documents", "changed"): 1, ("missions", "changed"): 1})
    (mission,) = changes[changes["table"] == "missions"].itertuples()
    assert list(mission.changed_columns) == ["date", "date_text"]
    assert json.loads(mission.before)["date"] == "2005-10-12"
    assert json.loads(mission.after)["date"] == "2005-10-13"


def test_adding_an_embassy_sentence_adds_one_mission(baseline):
    out, path = baseline
    lines = _lines()
    # Peru row: |  | [47] | -   Azerbaijan has an embassy in Lima. / -   Peru has an embassy in Baku.[48]
    peru = next(i for i, line in enumerate(lines) if "Peru has an embassy in Baku" in line)
    lines.insert(peru + 1, _cell_line(lines[peru], "-   Peru has an honorary consulate in Ganja."))
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _run(out, path) == 0
    changes = _changes(out)
    assert _kinds(changes) == Counter({("documents", "changed"): 1, ("missions", "added"): 1})
    added = json.loads(changes[changes["table"] == "missions"].iloc[0]["after"])
    assert (added["sender_iso3"], added["host_iso3"], added["kind"], added["city"]) == (
        "PER",
        "AZE",
        "honorary-consulate",
        "Ganja",
    )


def test_deleting_a_row_removes_its_facts(baseline):
    out, path = baseline
    lines = _lines()
    # Oceania: |  | [118] | -   Azerbaijan is accredited to New Zealand from its embassy in ...
    nz = next(i for i, line in enumerate(lines) if "accredited to New Zealand" in line)
    del lines[nz : nz + 3]  # the row's two lines and its bottom border
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _run(out, path) == 0
    changes = _changes(out)
    assert _kinds(changes) == Counter(
        {
            ("documents", "changed"): 1,
            ("relations", "removed"): 1,
            ("missions", "removed"): 2,
            # "As of 2017, ... with 178 states": one counterpart fewer listed to check it against
            ("claims", "changed"): 1,
        }
    )
    removed = changes[(changes["table"] == "relations")].iloc[0]
    assert json.loads(removed["before"])["counterpart_iso3"] == "NZL"
    claim = changes[changes["table"] == "claims"].iloc[0]
    assert list(claim["changed_columns"]) == ["listed_count"]


def test_diff_command_prints_and_writes(baseline, capsys, tmp_path):
    out, path = baseline
    _edit(path, "since 12 October 2005", "since 2006")
    assert _run(out, path) == 0
    capsys.readouterr()
    target = tmp_path / "changes.parquet"
    assert main(["diff", "--output", str(out), "--write", str(target)]) == 0
    printed = capsys.readouterr().out
    assert "missions: 1 changed" in printed
    assert "date: '2005-10-12' -> '2006-01-01'" in printed
    written = pd.read_parquet(target)
    assert set(written["fact_id"]) == set(_changes(out)["fact_id"])
    old, new = list_versions(out)
    assert main(["diff", "--output", str(out), new, old]) == 0
    assert "missions: 1 changed" in capsys.readouterr().out
    assert main(["diff", "--output", str(out), "nonsense"]) == 2


def test_versions_listing(baseline, capsys):
    out, path = baseline
    _bump(path)
    assert _run(out, path) == 0
    capsys.readouterr()
    assert main(["versions", "--output", str(out)]) == 0
    printed = capsys.readouterr().out
    versions = list_versions(out)
    assert all(v in printed for v in versions)
    assert f"* {versions[-1]}" in printed
    assert "relations 106 added" in printed  # what the first version brought


def test_fact_ids_do_not_depend_on_lines(baseline, tmp_path):
    out, path = baseline
    before = pd.read_parquet(out / "latest" / "missions.parquet").set_index("fact_id")
    lines = _lines()
    lines[0:0] = ["", "A new opening paragraph.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _run(out, path) == 0
    after = pd.read_parquet(out / "latest" / "missions.parquet").set_index("fact_id")
    assert set(before.index) == set(after.index)
    assert (after.loc[before.index, "source_line"] == before["source_line"] + 3).all()


def test_rerun_reuses_unchanged_documents(tmp_path, capsys):
    out = tmp_path / "out"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / REFERENCE.name).write_text(REFERENCE.read_text(encoding="utf-8"), encoding="utf-8")
    other = docs / "Foreign_relations_of_Peru.md"
    other.write_text(
        "Peru is a member of the United Nations and the Andean Community.\n", encoding="utf-8"
    )
    assert _run(out, docs) == 0
    first = pd.read_parquet(out / "latest" / "missions.parquet")
    assert _run(out, docs) == 0
    assert "unchanged" in capsys.readouterr().out
    other.write_text(
        "Peru is a member of the United Nations and the Pacific Alliance.\n", encoding="utf-8"
    )
    assert _run(out, docs) == 0
    printed = capsys.readouterr().out
    assert "1 reused unchanged" in printed
    manifest = json.loads((out / "latest" / "manifest.json").read_text())
    assert manifest["reused"] == 1
    missions = pd.read_parquet(out / "latest" / "missions.parquet")
    assert missions.equals(first)  # carried over from the reused document


def test_keep_retains_the_newest_versions_and_latest(tmp_path):
    out = tmp_path / "out"
    path = _write(tmp_path, _lines())
    for year in range(2012, 2016):
        _bump(path, year)
        assert _run(out, path) == 0
    assert len(list_versions(out)) == 4
    latest = (out / "latest").resolve().name
    assert _run(out, path, extra=("--keep", "2")) == 0  # unchanged: prunes nothing
    _bump(path, 2016)
    assert _run(out, path, extra=("--keep", "2")) == 0
    kept = list_versions(out)
    assert len(kept) == 2
    assert (out / "latest").resolve().name == kept[-1] != latest


# -- faults ----------------------------------------------------------------------------------------


def _spawn(out: Path, path: Path, env: dict[str, str], *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipeline",
            "run",
            "--output",
            str(out),
            "--quiet",
            *extra,
            str(path),
        ],
        cwd=REPO,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _paused_run(out: Path, path: Path, marker: Path, point: str, seconds: str = "60"):
    """A run that stops at `point` of publishing (for `seconds`), once it has got there."""
    proc = _spawn(
        out,
        path,
        {
            "PIPELINE_PAUSE_AT": point,
            "PIPELINE_PAUSE_MARKER": str(marker),
            "PIPELINE_PAUSE_SECONDS": seconds,
        },
    )
    _wait_for(marker, proc)
    return proc


def _wait_for(marker: Path, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not marker.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never reached its pause point"
        time.sleep(0.05)


def _assert_complete(out: Path, version: str) -> None:
    latest = out / "latest"
    assert latest.resolve().name == version
    manifest = json.loads((latest / "manifest.json").read_text())
    for table, info in manifest["tables"].items():
        assert len(pd.read_parquet(latest / info["file"])) == info["rows"], table


def _assert_no_partial_version(out: Path) -> None:
    """Every version a reader can see (not dot-prefixed) is complete."""
    for version in (out / "versions").iterdir():
        if version.name.startswith("."):
            continue
        manifest = json.loads((version / "manifest.json").read_text())
        for table, info in manifest["tables"].items():
            assert len(pd.read_parquet(version / info["file"])) == info["rows"], table


@pytest.mark.parametrize("point", ["tables-written", "before-rename", "before-latest"])
def test_killed_while_publishing_leaves_latest_complete(baseline, tmp_path, point):
    out, path = baseline
    before = (out / "latest").resolve().name
    _bump(path)
    marker = tmp_path / "paused"
    proc = _paused_run(out, path, marker, point)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _assert_complete(out, before)
    _assert_no_partial_version(out)
    assert _run(out, path) == 0  # the next run succeeds and sweeps the leftovers
    assert not [p for p in (out / "versions").iterdir() if p.name.startswith(".tmp-")]
    _assert_complete(out, (out / "latest").resolve().name)
    assert (out / "latest").resolve().name != before


def test_killed_after_switching_latest_keeps_the_new_version(baseline, tmp_path):
    out, path = baseline
    _bump(path)
    marker = tmp_path / "paused"
    proc = _paused_run(out, path, marker, "published")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _assert_complete(out, list_versions(out)[-1])
    assert _run(out, path) == 0


def test_disk_full_publishes_nothing(baseline, monkeypatch, capsys):
    import errno

    import pipeline.publish as publish

    out, path = baseline
    before = (out / "latest").resolve().name
    _bump(path)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(publish.pq, "write_table", full)
    assert _run(out, path) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "latest is unchanged" in err
    assert "Traceback" not in err
    _assert_complete(out, before)
    assert not [p for p in (out / "versions").iterdir() if p.name.startswith(".tmp-")]


def test_second_concurrent_run_exits_cleanly(baseline, tmp_path):
    out, path = baseline
    _bump(path)
    marker = tmp_path / "paused"
    first = _paused_run(out, path, marker, "tables-written", seconds="15")
    second = _spawn(out, path, {})
    _, err = second.communicate(timeout=120)
    assert second.returncode == 3
    assert "another run is writing here" in err and "pid" in err
    assert first.wait(timeout=120) == 0
    _assert_complete(out, list_versions(out)[-1])


def test_second_run_can_wait_for_the_first(baseline, tmp_path):
    out, path = baseline
    _bump(path)
    marker = tmp_path / "paused"
    first = _paused_run(out, path, marker, "tables-written", seconds="2")
    second = _spawn(out, path, {}, "--wait", "60")
    assert first.wait(timeout=120) == 0
    stdout, _ = second.communicate(timeout=120)
    assert second.returncode == 0
    assert "unchanged" in stdout  # the first run already published these inputs
    _assert_complete(out, list_versions(out)[-1])


def test_a_crashed_lock_holder_does_not_block(baseline, tmp_path):
    out, path = baseline
    marker = tmp_path / "paused"
    _bump(path)
    proc = _paused_run(out, path, marker, "tables-written")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert (out / ".lock").exists()
    assert _run(out, path) == 0  # no waiting: the dead holder's lock is gone
