"""Issue 21, what the pipeline reads and writes itself: the set-up cache, the sidecar, the report,
the output folder and the readers of published versions."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import setup_cache
from pipeline.cli import main
from pipeline.sidecar import SIDECAR, SIDECAR_LIMIT, read_sidecar
from tests.conftest import REPO
from tests.documents import good_document
from tests.test_dumps_history import peru_page, write_dump


def _run(out: Path, *inputs: Path, extra: tuple[str, ...] = ()) -> int:
    return main(["run", "--output", str(out), "--quiet", *extra, *map(str, inputs)])


def _published_docs(out: Path) -> set[str]:
    return set(pd.read_parquet(out / "latest" / "documents.parquet")["doc_id"])


class _Plant:
    """A pickle whose loading creates a file: what another user would plant."""

    def __init__(self, witness: Path) -> None:
        self.witness = witness

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.touch, (self.witness,))


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(folder))
    monkeypatch.delenv("PIPELINE_CACHE", raising=False)
    monkeypatch.setattr(setup_cache, "_warned", set())
    return folder


def _cache_file(folder: Path) -> Path:
    (found,) = folder.glob("numbers-*.pickle")
    return found


def _builder(calls: list[int]):  # type: ignore[no-untyped-def]
    def build() -> dict:
        calls.append(1)
        return {"built": len(calls)}

    return build


def test_the_cache_loads_what_it_stored(cache_folder):
    calls: list[int] = []
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 1}
    assert setup_cache.is_cached("numbers")
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 1}
    assert calls == [1]
    key = cache_folder / setup_cache.KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(_cache_file(cache_folder).stat().st_mode) & 0o077 == 0


@pytest.mark.parametrize("framing", ["bare pickle", "forged tag"])
def test_a_planted_pickle_never_runs_and_the_cache_is_rebuilt(cache_folder, tmp_path, framing):
    calls: list[int] = []
    setup_cache.cached("numbers", _builder(calls), dict)
    path = _cache_file(cache_folder)
    witness = tmp_path / "pwned"
    planted = pickle.dumps(_Plant(witness))
    if framing == "forged tag":
        planted = setup_cache.MAGIC + b"\0" * setup_cache.TAG_BYTES + planted
    path.write_bytes(planted)
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}
    assert not witness.exists()
    assert path.read_bytes().startswith(setup_cache.MAGIC)
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}
    assert not witness.exists()


def test_a_value_of_the_wrong_type_is_rebuilt(cache_folder):
    setup_cache.cached("numbers", lambda: ["a list"], list)
    calls: list[int] = []
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 1}
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 1}


def test_a_fifo_at_the_cache_path_does_not_hang(cache_folder, capsys):
    calls: list[int] = []
    setup_cache.cached("numbers", _builder(calls), dict)
    path = _cache_file(cache_folder)
    path.unlink()
    os.mkfifo(path)
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "named pipe" in err[0]


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_cache_others_can_write_is_refused_in_one_line(cache_folder, tmp_path, capsys, what):
    calls: list[int] = []
    setup_cache.cached("numbers", _builder(calls), dict)
    path = _cache_file(cache_folder)
    witness = tmp_path / "pwned"
    path.write_bytes(pickle.dumps(_Plant(witness)))
    if what == "folder":
        cache_folder.chmod(0o777)
    else:
        path.chmod(0o666)
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}
    assert not witness.exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "written by other users" in err[0]
    if what == "folder":
        assert not setup_cache.is_cached("numbers")


@pytest.mark.parametrize("damage", ["readable by others", "short", "a folder"])
def test_a_key_others_can_read_or_no_key_is_replaced(cache_folder, capsys, damage):
    calls: list[int] = []
    setup_cache.cached("numbers", _builder(calls), dict)
    key = cache_folder / setup_cache.KEY_FILE
    old = key.read_bytes()
    if damage == "readable by others":
        key.chmod(0o644)
    elif damage == "short":
        key.write_bytes(old[:5])
    else:
        key.unlink()
        key.mkdir()
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "key" in err[0]
    if damage == "a folder":  # cannot be replaced: no cache, but the knowledge is built
        assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 3}
        return
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and key.read_bytes() != old
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}


# case 3: the sidecar fetch.json beside the inputs goes through the guarded opener


@pytest.mark.parametrize("kind", ["fifo", "device", "huge", "deep"])
def test_a_hostile_sidecar_neither_hangs_nor_sinks_the_run(tmp_path, kind):
    folder = tmp_path / "in"
    good = good_document(folder)
    sidecar = folder / SIDECAR
    if kind == "fifo":
        os.mkfifo(sidecar)  # reading it would block for ever
    elif kind == "device":
        sidecar.symlink_to("/dev/zero")  # reading it would never end
    elif kind == "huge":
        with sidecar.open("wb") as handle:
            handle.truncate(SIDECAR_LIMIT + 1)  # sparse: over the limit, nothing read
    else:
        sidecar.write_text("[" * 100_000)
    assert read_sidecar(folder) == {}
    assert _run(tmp_path / "out", good) == 0
    assert _published_docs(tmp_path / "out") == {good.stem}


# case 4: report never writes through a link


@pytest.fixture()
def published(tmp_path: Path) -> tuple[Path, list[Path]]:
    docs = [good_document(tmp_path / "in", "Chile"), good_document(tmp_path / "in", "Peru")]
    out = tmp_path / "out"
    assert _run(out, *docs) == 0
    return out, docs


def _no_traceback_one_error(err: str) -> str:
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("planted", [".report.html.partial", "report.html"])
def test_report_never_writes_through_a_planted_link(published, tmp_path, capsys, planted):
    out, _ = published
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    (out / "latest" / planted).symlink_to(victim)
    assert main(["report", "--output", str(out)]) == 0
    assert victim.read_text() == "keep me"
    report = out / "latest" / "report.html"
    assert not report.is_symlink() and "<html" in report.read_text()


# case 11: a damaged output folder


@pytest.mark.parametrize("what", ["fifo", "device"])
def test_a_manifest_entry_naming_a_device_hangs_neither_run_nor_diff(published, capsys, what):
    out, docs = published
    folder = (out / "latest").resolve()
    if what == "fifo":
        os.mkfifo(folder / "pipe")
        named = "pipe"
    else:
        (folder / "zero").symlink_to("/dev/zero")
        named = "zero"
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["tables"]["missions"]["file"] = named
    manifest_path.write_text(json.dumps(manifest))
    assert main(["diff", "--output", str(out)]) == 1
    assert "missions" in _no_traceback_one_error(capsys.readouterr().err)
    assert _run(out, *docs) == 0
    assert "missions no longer match the manifest" in capsys.readouterr().err
    assert _published_docs(out) == {d.stem for d in docs}


def test_a_version_named_folder_with_an_impossible_date_is_ignored(published, capsys):
    out, docs = published
    bogus = out / "versions" / "20261399T999999999999Z-0badc0de"
    shutil.copytree(out / "latest", bogus)
    docs[0].write_text(docs[0].read_text().replace("1990", "1991"))
    assert _run(out, *docs) == 0
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if bogus.name in line] == [
        f"warning: {out / 'versions' / bogus.name}: not a version of this tool; ignored"
    ]
    assert bogus.is_dir() and (out / "latest").resolve().name != bogus.name
    assert main(["versions", "--output", str(out)]) == 0
    assert bogus.name not in capsys.readouterr().out


def test_a_link_in_versions_neither_fails_keep_nor_stops_pruning(published, tmp_path, capsys):
    out, docs = published
    first = (out / "latest").resolve().name
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(out / "latest", elsewhere)
    link = out / "versions" / "20000101T000000000000Z-11111111"
    link.symlink_to(elsewhere, target_is_directory=True)
    docs[0].write_text(docs[0].read_text().replace("1990", "1991"))
    assert main(["run", "--output", str(out), "--quiet", "--keep", "1", *map(str, docs)]) == 0
    captured = capsys.readouterr()
    assert "nothing published" not in captured.err
    assert f"removed 1 old version(s): {first}" in captured.out
    assert not (out / "versions" / first).exists()
    assert link.is_symlink() and (elsewhere / "manifest.json").is_file()


# case 15: a stray directory among the output's temporary names


@pytest.mark.parametrize("where", [".tmp-latest-1", "versions/.tmp-stray"])
def test_a_stray_directory_or_file_with_a_temporary_name_does_not_block_runs(published, where):
    out, docs = published
    (out / where).mkdir()
    (out / where / "inside").write_text("x")
    docs[0].write_text(docs[0].read_text().replace("1990", "1991"))
    assert _run(out, *docs) == 0
    assert not (out / where).exists()
    (out / where).write_text("a file")
    docs[0].write_text(docs[0].read_text().replace("1991", "1992"))
    assert _run(out, *docs) == 0
    assert not (out / where).exists()


# case 12: readers verify what they read


def _damage(out: Path, table: str) -> None:
    target = out / "latest" / f"{table}.parquet"
    target.write_bytes(target.read_bytes()[:-40])


def test_explain_and_report_say_a_damaged_version_in_one_line(published, capsys):
    out, _ = published
    fact_id = str(pd.read_parquet(out / "latest" / "relations.parquet")["fact_id"].iloc[0])
    _damage(out, "relations")
    for argv in (
        ["explain", "--output", str(out), fact_id],
        ["explain", "--output", str(out), "--doc", "Foreign_relations_of_Chile", "--line", "3"],
        ["report", "--output", str(out)],
        ["diff", "--output", str(out)],
    ):
        assert main(argv) == 1, argv
        line = _no_traceback_one_error(capsys.readouterr().err)
        assert "relations no longer match its manifest" in line, argv
    assert not (out / "latest" / "report.html").exists()


@pytest.mark.parametrize(
    "damage",
    [
        {"tables": {"relations": 5}},
        {"changes": [1, 2]},
        {"inputs": 3},
        {"changes": {"relations": "many"}},
    ],
)
def test_versions_says_a_malformed_manifest_in_one_line(published, capsys, damage):
    out, _ = published
    path = out / "latest" / "manifest.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), **damage}))
    assert main(["versions", "--output", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    (line,) = [line for line in captured.out.splitlines() if line.startswith("!")]
    assert "damaged" in line


def test_versions_says_a_damaged_table(published, capsys):
    out, _ = published
    _damage(out, "missions")
    assert main(["versions", "--output", str(out)]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("!")]
    assert "missions no longer match" in line


# case 13: asof dates and --into


@pytest.fixture()
def with_history(tmp_path: Path) -> Path:
    (tmp_path / "d").mkdir()
    dump = write_dump(tmp_path / "d" / "history.xml", [peru_page(4)])
    out = tmp_path / "hist"
    assert main(["run", "--output", str(out), "--quiet", "--revisions", "all", str(dump)]) == 0
    return out


def _asof(out: Path, when: str, into: Path) -> int:
    return main(["asof", when, "--output", str(out), "--into", str(into)])


@pytest.mark.parametrize(
    "when", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "9999-12-31T23:00:00-23:59"]
)
def test_asof_an_extreme_date_with_an_offset_is_one_line(with_history, tmp_path, capsys, when):
    assert _asof(with_history, when, tmp_path / "a") == 2
    assert "out of range" in _no_traceback_one_error(capsys.readouterr().err)


def test_asof_the_last_moment_in_utc_is_a_correct_answer(with_history, tmp_path):
    assert _asof(with_history, "9999-12-31T23:00:00+01:00", tmp_path / "a") == 0
    assert len(pd.read_parquet(tmp_path / "a" / "documents.parquet")) == 1


@pytest.mark.parametrize("when", ["0999-12-31", "0100-06-01T00:00:00Z"])
def test_asof_dates_before_the_year_1000_are_before_every_revision(with_history, tmp_path, when):
    assert _asof(with_history, when, tmp_path / "a") == 0
    assert len(pd.read_parquet(tmp_path / "a" / "documents.parquet")) == 0
    assert len(pd.read_parquet(tmp_path / "a" / "relations.parquet")) == 0


def test_asof_can_be_rerun_into_its_own_folder_but_not_a_foreign_one(
    with_history, tmp_path, capsys
):
    into = tmp_path / "a"
    assert _asof(with_history, "2021-02-20", into) == 0
    first = pd.read_parquet(into / "relations.parquet")
    assert _asof(with_history, "2021-12-31", into) == 0
    assert _asof(with_history, "2021-02-20", into) == 0
    pd.testing.assert_frame_equal(pd.read_parquet(into / "relations.parquet"), first)
    (into / "notes.txt").write_text("mine")
    assert _asof(with_history, "2021-02-20", into) == 2
    assert "notes.txt" in _no_traceback_one_error(capsys.readouterr().err)
    assert (into / "notes.txt").read_text() == "mine"


def test_asof_says_a_damaged_history_in_one_line(with_history, tmp_path, capsys):
    _damage(with_history, "fact_revisions")
    assert _asof(with_history, "2021-12-31", tmp_path / "a") == 1
    assert "fact_revisions" in _no_traceback_one_error(capsys.readouterr().err)
    assert not (tmp_path / "a").exists()


# case 7: a file name that is not UTF-8


def test_a_file_name_that_is_not_utf8_is_named_escaped_and_the_others_published(tmp_path, capsys):
    folder = tmp_path / "in"
    good = good_document(folder, "Chile")
    raw = good_document(tmp_path / "elsewhere", "Peru").read_bytes()
    bad = os.fsencode(folder) + b"/Foreign_relations_of_Peru\xff.md"
    with open(bad, "wb") as handle:
        handle.write(raw)
    assert _run(tmp_path / "out", folder) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err
    (line,) = [line for line in err.splitlines() if "Peru" in line]
    assert "Foreign_relations_of_Peru\\xff.md" in line and "not UTF-8" in line
    line.encode("utf-8")  # printable as it is
    assert _published_docs(tmp_path / "out") == {good.stem}


# case 10: a one-time skip of an edited document keeps its previous facts


def _misbehaving(kind: str):  # type: ignore[no-untyped-def]
    """An extraction that fails on Peru's article the way a run can fail once."""
    from functools import partial

    from pipeline.limits import Limits
    from pipeline.workers import extract_outcome
    from tests.conftest import extractors

    normal = partial(extract_outcome, extractors=extractors(), limits=Limits())

    def extract(index: int, path: Path):  # type: ignore[no-untyped-def]
        if "Peru" in path.name:
            if kind == "died":
                os.kill(os.getpid(), signal.SIGKILL)
            elif kind == "time-out":
                time.sleep(3600)  # stopped by the pool's time limit
        return normal(index, path)

    return extract


def _fact_rows(folder: Path, doc_id: str) -> dict[str, list[dict]]:
    return {
        name: [
            r
            for r in pq.read_table(folder / f"{name}.parquet").to_pylist()
            if r["doc_id"] == doc_id
        ]
        for name in ("documents", "relations", "missions", "memberships")
    }


@pytest.mark.parametrize("kind", ["died", "time-out", "internal error"])
def test_an_edited_document_skipped_once_keeps_its_previous_facts(
    tmp_path, monkeypatch, capsys, kind
):
    from pipeline.run import run
    from pipeline.workers import ForkPool, InProcess

    folder = tmp_path / "in"
    chile, peru = good_document(folder, "Chile"), good_document(folder, "Peru")
    out = tmp_path / "out"
    first = run([folder], out, workers=0)
    assert first.published is not None
    before = _fact_rows(first.published.path, peru.stem)
    assert before["relations"]
    peru_entry = next(
        i
        for i in json.loads((out / "latest" / "manifest.json").read_text())["inputs"]
        if i["doc_id"] == peru.stem
    )
    for doc in (chile, peru):  # both edited: Chile is read, Peru is not
        doc.write_text(doc.read_text().replace("1990", "1991"))
    if kind == "internal error":
        import pipeline.document

        original = pipeline.document.extract_document

        def broken(path: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if "Peru" in path.name:
                raise RuntimeError("a bug")
            return original(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(pipeline.document, "extract_document", broken)
        executor: object = InProcess(_misbehaving("none"))
    else:
        executor = ForkPool(_misbehaving(kind), 1, seconds=2.0)
    second = run([folder], out, executor=executor)  # type: ignore[arg-type]
    assert second.published is not None and not second.published.unchanged
    latest = second.published.path
    assert _fact_rows(latest, peru.stem) == before
    changes = pd.read_parquet(latest / "changes.parquet")
    assert set(changes["change"]) == {"changed"}  # Chile's date; nothing of Peru's removed
    assert all(peru.stem not in str(row) for row in changes["before"].tolist())
    manifest = json.loads((latest / "manifest.json").read_text())
    assert set(manifest["carried_over"]) == {peru.stem}
    entry = next(i for i in manifest["inputs"] if i["doc_id"] == peru.stem)
    assert entry["sha256"] == peru_entry["sha256"] and entry["carried_over"]
    assert second.carried_over == manifest["carried_over"]
    assert any("carried over" in w and peru.stem in w for w in second.warnings)
    # the next run that can read it reads the edited text: a change, not an addition
    monkeypatch.undo()
    third = run([folder], out, workers=0)
    assert third.published is not None and not third.carried_over
    changes = pd.read_parquet(third.published.path / "changes.parquet")
    assert set(changes["change"]) == {"changed"}
    assert all(peru.stem in str(row) for row in changes["after"].tolist())


def test_the_run_summary_names_the_document_carried_over(tmp_path, monkeypatch, capsys):
    import pipeline.document

    folder = tmp_path / "in"
    chile, peru = good_document(folder, "Chile"), good_document(folder, "Peru")
    assert _run(tmp_path / "out", folder, extra=("--workers", "0")) == 0
    for doc in (chile, peru):
        doc.write_text(doc.read_text().replace("1990", "1991"))
    original = pipeline.document.extract_document

    def broken(path: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if "Peru" in path.name:
            raise RuntimeError("a bug")
        return original(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline.document, "extract_document", broken)
    capsys.readouterr()
    assert _run(tmp_path / "out", folder, extra=("--workers", "0")) == 1  # Peru was not read
    out = capsys.readouterr().out
    assert (
        f"previous facts kept (carried over) of documents not read this time: {peru.stem} "
        "(internal error)" in out
    )
    assert "removed" not in out


def test_an_edited_document_whose_text_is_at_fault_is_not_carried_over(tmp_path):
    from pipeline.run import run

    folder = tmp_path / "in"
    good_document(folder, "Chile")
    peru = good_document(folder, "Peru")
    assert run([folder], tmp_path / "out", workers=0).published is not None
    peru.write_bytes(b"\xff\xfe not UTF-8 any more")
    second = run([folder], tmp_path / "out", workers=0)
    assert second.published is not None and not second.carried_over
    assert _published_docs(tmp_path / "out") == {"Foreign_relations_of_Chile"}


# case 15: SIGTERM cleans up as SIGINT does


def test_sigterm_leaves_no_spool_of_article_text(tmp_path):
    from tests.test_reruns import _wait_for

    (tmp_path / "d").mkdir()
    dump = write_dump(tmp_path / "d" / "pages.xml", [peru_page(3)])
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    marker = tmp_path / "paused"
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--output", str(out), "--quiet", str(dump)],
        cwd=REPO,
        env={
            **os.environ,
            "TMPDIR": str(scratch),
            "PIPELINE_PAUSE_AT": "tables-written",
            "PIPELINE_PAUSE_MARKER": str(marker),
            "PIPELINE_PAUSE_SECONDS": "120",
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_for(marker, proc)
    assert [p.name for p in scratch.iterdir() if p.name.startswith("pipeline-spool-")]
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "terminated: nothing published; latest is unchanged" in err
    assert "Traceback" not in err
    assert [p.name for p in scratch.iterdir() if p.name.startswith("pipeline-spool-")] == []
    assert not (out / "latest").exists()
    assert [p.name for p in (out / "versions").iterdir()] == []


# case 15: the manifest and the documents table agree on a document's format


@pytest.mark.parametrize("newline", ["\n", "\r"])
def test_the_manifest_and_the_documents_table_agree_on_the_format(tmp_path, newline):
    folder = tmp_path / "in"
    folder.mkdir()
    blank = "\n" * 70_000  # the headings come past the first 64 KiB
    text = f"Foreign relations of Peru\n\nPeru is a member of the United Nations.{blank}" + (
        "== Africa ==\n\n== Asia ==\n\nSome text.\n"
    )
    path = folder / "Foreign_relations_of_Peru.txt"
    path.write_bytes(text.replace("\n", newline).encode())
    out = tmp_path / "out"
    assert _run(out, path) == 0
    documents = pd.read_parquet(out / "latest" / "documents.parquet")
    manifest = json.loads((out / "latest" / "manifest.json").read_text())
    assert [i["format"] for i in manifest["inputs"]] == documents["format"].tolist()


def test_a_folder_name_that_is_not_utf8_sinks_only_its_documents(tmp_path, capsys):
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/in\xff"))
    inside = good_document(folder, "Peru")
    good = good_document(tmp_path / "in", "Chile")
    assert _run(tmp_path / "out", folder, good) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err
    (line,) = [line for line in err.splitlines() if inside.name in line]
    assert "in\\xff" in line and "not UTF-8" in line
    assert _published_docs(tmp_path / "out") == {good.stem}
