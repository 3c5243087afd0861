"""Workers that load their own knowledge (`ForkPool(setup=...)`): a document is sent only to
a ready worker, so its time limit never includes the set-up; a set-up that fails is said
plainly; and a run whose set-up cache is warm never loads spaCy or the knowledge in the main
process when it needs only one worker (several share the main process's copy)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.workers import ForkPool, Outcome, WorkerSetupError

REPO = Path(__file__).resolve().parent.parent

_SET_UP: list[str] = []


def _slow_setup() -> None:
    time.sleep(1.5)  # longer than the documents' time limit below
    _SET_UP.append("done")


def _needs_setup(index: int, path: Path) -> Outcome:
    # a worker that got a document before its set-up ended would say so here
    return Outcome(index, str(path), {"setup": [{"done": _SET_UP == ["done"]}]})


def test_a_document_is_timed_from_when_its_worker_is_ready(tmp_path):
    paths = [tmp_path / f"doc{i}" for i in range(3)]
    outcomes = list(ForkPool(_needs_setup, 2, seconds=1.0, setup=_slow_setup).outcomes(paths))
    assert sorted(o.index for o in outcomes) == [0, 1, 2]
    assert all(o.error is None for o in outcomes), [o.error for o in outcomes]
    assert all(o.records == {"setup": [{"done": True}]} for o in outcomes)


def _broken_setup() -> None:
    raise FileNotFoundError("knowledge file gone")


def test_a_setup_that_fails_is_said_with_its_reason(tmp_path):
    pool = ForkPool(_needs_setup, 1, seconds=0, setup=_broken_setup)
    with pytest.raises(WorkerSetupError, match="FileNotFoundError: knowledge file gone"):
        list(pool.outcomes([tmp_path / "doc"]))


def _dying_setup() -> None:
    os._exit(3)


def test_a_worker_that_dies_setting_up_is_said(tmp_path):
    pool = ForkPool(_needs_setup, 1, seconds=0, setup=_dying_setup)
    with pytest.raises(WorkerSetupError, match="exit code 3"):
        list(pool.outcomes([tmp_path / "doc"]))


MAIN_MODULES = """
import sys
from pipeline.cli import main
code = main(sys.argv[1:])
print("loaded:", sorted(m for m in ("spacy", "pipeline.document") if m in sys.modules))
sys.exit(code)
"""


def test_with_a_warm_setup_cache_the_main_process_never_loads_the_knowledge(tmp_path):
    env = {**os.environ, "PIPELINE_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("PIPELINE_CACHE", None)
    doc = REPO / "fixtures" / "Foreign_relations_of_Azerbaijan.md"

    def run(output: str, *docs: Path, workers: str = "1") -> str:
        args = ["run", "--quiet", "--workers", workers, "--output", str(tmp_path / output)]
        done = subprocess.run(
            [sys.executable, "-c", MAIN_MODULES, *args, *map(str, docs or (doc,))],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        return done.stdout

    assert "loaded: ['pipeline.document', 'spacy']" in run("first")  # builds and caches
    assert "loaded: []" in run("second")
    first = (tmp_path / "first" / "latest" / "missions.parquet").read_bytes()
    assert (tmp_path / "second" / "latest" / "missions.parquet").read_bytes() == first
    # several workers share this process's copy instead of loading one each
    excerpt = REPO / "fixtures" / "Foreign_relations_of_Azerbaijan_excerpt.wiki"
    assert "loaded: ['pipeline.document', 'spacy']" in run("two", doc, excerpt, workers="2")


def test_a_run_whose_worker_cannot_get_ready_says_so_and_keeps_latest(
    tmp_path, monkeypatch, capsys
):
    import pipeline.run.execute
    from pipeline.cli import main

    doc = REPO / "fixtures" / "Foreign_relations_of_Azerbaijan_excerpt.wiki"
    output = tmp_path / "out"
    assert main(["run", "--quiet", "--workers", "0", "--output", str(output), str(doc)]) == 0
    before = (output / "latest").resolve()
    edited = tmp_path / doc.name
    edited.write_text(doc.read_text(encoding="utf-8") + "\nMore text.\n", encoding="utf-8")

    def broken(*args, **kwargs):
        return ForkPool(_needs_setup, 1, seconds=0, setup=_broken_setup)

    monkeypatch.setattr(pipeline.run.execute, "local_executor", broken)
    assert main(["run", "--quiet", "--output", str(output), str(edited)]) == 1
    said = capsys.readouterr().err.strip().splitlines()
    assert said[-1].startswith("internal error: nothing published: a worker process could not")
    assert (output / "latest").resolve() == before
