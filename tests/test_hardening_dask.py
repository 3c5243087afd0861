"""A Dask worker lost at any moment costs only time (issue 21, case 1).

A real `LocalCluster` (worker processes with their nannies, as `--executor dask` starts them);
a worker kills its own process in the middle of a job, once. The warm-up and the documents are
stand-ins that do no extraction (the knowledge is not built), so the tests stay light; each is
bounded: it runs in a daemon thread that must finish within `BOUND` seconds, so a hang fails
the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.limits import Limits
from pipeline.workers import Outcome

pytest.importorskip("distributed", reason="Dask is not installed (the `cluster` extra)")

#: seconds a test may take before it counts as a hang (a LocalCluster starts in a few seconds)
BOUND = 90.0
#: where the stand-ins learn which marker file says "a worker already died"
MARKER = "HARDENING_DASK_MARKER"


def _die_once() -> None:
    """Kill this worker process the first time any worker gets here (a marker file says so)."""
    marker = os.environ[MARKER]
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return
    os.close(fd)
    os._exit(1)  # as an out-of-memory kill would: no clean-up, no answer


def dying_build() -> str:
    """The warm-up stand-in: the first worker to run it dies; the others answer as `_build`."""
    from pipeline.versions import code_fingerprint

    _die_once()
    return code_fingerprint()


def quick_build() -> str:
    from pipeline.versions import code_fingerprint

    return code_fingerprint()


def dying_extract(index: int, name: str, raw: bytes, limits: Limits) -> Outcome:
    """The extraction stand-in: the first document to reach a worker kills it."""
    _die_once()
    return Outcome(index, name, {"documents": [{"doc_id": Path(name).stem, "bytes": len(raw)}]})


def bounded(job: Callable[[], object]) -> object:
    """`job()`'s result, or a failed test if it has not returned within `BOUND` seconds."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["result"] = job()
        except BaseException as exc:  # handed to the test's thread
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(BOUND)
    if thread.is_alive():
        pytest.fail(f"still running after {BOUND:g} s: the run hangs")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("result")


@pytest.fixture
def marker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "a-worker-died"
    monkeypatch.setenv(MARKER, str(path))  # the workers are started after this: they inherit it
    return path


def _documents(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n):
        path = folder / f"Foreign_relations_of_Land{i}.md"
        path.write_text(f"Land{i} " * (i + 1), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_worker_dying_during_warm_up_does_not_hang_the_run(
    tmp_path: Path, marker: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warm-up job pinned to the dead worker used to wait for it for ever, the output's
    lock held; now the run goes on with the workers there are, and every document is done."""
    from pipeline import dask_executor

    monkeypatch.setattr(dask_executor, "_build", dying_build)
    monkeypatch.setattr(dask_executor, "_extract", dying_extract)
    paths = _documents(tmp_path / "docs", 5)
    executor = dask_executor.DaskExecutor(Limits(document_seconds=60), workers=2)
    outcomes = bounded(lambda: list(executor.outcomes(paths)))
    assert marker.exists()  # a worker did die, during the warm-up
    assert isinstance(outcomes, list)
    assert sorted(o.index for o in outcomes) == list(range(len(paths)))
    assert [o.error for o in outcomes] == [None] * len(paths)
    for outcome in outcomes:
        assert outcome.records is not None
        [row] = outcome.records["documents"]
        assert row["bytes"] == Path(outcome.path).stat().st_size


def test_a_worker_dying_on_a_document_costs_only_time(
    tmp_path: Path, marker: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The document it held is given to another worker; every document comes back done."""
    from pipeline import dask_executor

    monkeypatch.setattr(dask_executor, "_build", quick_build)
    monkeypatch.setattr(dask_executor, "_extract", dying_extract)
    paths = _documents(tmp_path / "docs", 6)
    executor = dask_executor.DaskExecutor(Limits(document_seconds=60), workers=2)
    outcomes = bounded(lambda: list(executor.outcomes(paths)))
    assert marker.exists()
    assert isinstance(outcomes, list)
    assert sorted(o.index for o in outcomes) == list(range(len(paths)))
    assert [o.error for o in outcomes] == [None] * len(paths)


def test_the_warm_up_gives_up_on_a_worker_that_left(tmp_path: Path, marker: Path) -> None:
    """A worker without a nanny (`dask worker --no-nanny`) that dies is gone for good: its
    warm-up job is dropped (the scheduler would keep it waiting for that worker for ever) once
    the worker is known lost, and the warm-up checks the workers that answered."""
    import subprocess
    import sys
    import time

    from distributed import Client, LocalCluster

    from pipeline import dask_executor

    repo = Path(__file__).resolve().parent.parent

    def job() -> None:
        with (
            LocalCluster(n_workers=0, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            command = [
                sys.executable,
                "-m",
                "distributed.cli.dask_worker",
                cluster.scheduler_address,
            ]
            options = ["--no-nanny", "--nthreads", "1", "--no-dashboard"]
            workers = [
                subprocess.Popen([*command, *options], cwd=repo, stderr=subprocess.DEVNULL)
                for _ in range(2)
            ]
            try:
                client.wait_for_workers(2, timeout=BOUND / 2)
                dask_executor._warm_up(client, build=dying_build)
                assert len(client.nthreads()) == 1
            finally:
                for worker in workers:
                    worker.terminate()
                deadline = time.monotonic() + 10
                for worker in workers:
                    worker.wait(max(0.1, deadline - time.monotonic()))

    bounded(job)
    assert marker.exists()


def test_the_warm_up_drops_a_lost_worker_and_warms_up_its_replacement(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a scheduler played by a stand-in: worker b dies (its job never finishes) and c
    joins in its place; b's job is cancelled, c gets one, and the warm-up ends."""
    from pipeline import dask_executor
    from pipeline.versions import code_fingerprint

    monkeypatch.setattr(dask_executor, "WARM_UP_POLL", 0.0)
    mine = code_fingerprint()

    class Job:
        def __init__(self, address: str, finishes: bool) -> None:
            self.address, self.finishes, self.cancelled = address, finishes, False
            self.status = "finished" if finishes else "pending"

        def done(self) -> bool:
            return self.finishes

        def result(self) -> str:
            return mine

        def cancel(self) -> None:
            self.cancelled = True

    class Cluster:
        def __init__(self) -> None:
            self.calls = 0
            self.jobs: dict[str, Job] = {}

        def nthreads(self) -> dict[str, int]:
            self.calls += 1
            return (
                {"tcp://a:1": 1, "tcp://b:1": 1}
                if self.calls == 1
                else {"tcp://a:1": 1, "tcp://c:1": 1}
            )

        def submit(self, fn, *, workers, **kwargs):
            self.jobs[workers[0]] = Job(workers[0], finishes=workers[0] != "tcp://b:1")
            return self.jobs[workers[0]]

    cluster = Cluster()
    dask_executor._warm_up(cluster)  # type: ignore[arg-type]
    assert sorted(cluster.jobs) == ["tcp://a:1", "tcp://b:1", "tcp://c:1"]
    assert cluster.jobs["tcp://b:1"].cancelled
    assert not cluster.jobs["tcp://c:1"].cancelled
