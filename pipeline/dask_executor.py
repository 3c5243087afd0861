"""Per-document extraction on Dask: `python -m pipeline run --executor dask [--scheduler ADDRESS]`.

Extraction is a pure function of a document's bytes and the knowledge, so it can run on any
machine of a cluster: each task carries the document's name and bytes (never a path, so workers
need no access to the inputs), and each worker process builds the knowledge and rules once, on
its first document (`pipeline.own_knowledge.process_extractors`, loaded from the set-up cache
when the worker has one). Without an address, a `LocalCluster` of one single-threaded worker
process per core (or `--workers N`) is started for the run and stopped after it.

The rest is as with the local executors (`pipeline.workers`): a document that fails is skipped
with one line and the others go on; outcomes come back with their index and the run puts them
in input order, so the tables are the same, byte for byte. The time limit counts from when the
document is handed to the cluster, which is given at most one document per worker thread at a
time; a document still running at its limit is cancelled and its worker restarted by its nanny
(the only way to stop work inside C code); a worker without a nanny cannot be restarted, the
document is skipped all the same.

Dask is an optional dependency (the `cluster` extra) and is imported only here, only when this
executor runs.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import InputError, UsageError, shown
from pipeline.limits import Limits
from pipeline.read import read_bytes
from pipeline.workers import Outcome

if TYPE_CHECKING:
    from distributed import Client, Future

#: how long to try to reach a scheduler before giving up
CONNECT_SECONDS = 10.0
#: the longest the workers' warm-up is waited for (building the knowledge takes seconds from
#: the set-up cache, a minute or two without it); past it, a worker builds on its first document
WARM_UP_SECONDS = 600.0
#: how often the warm-up looks for finished jobs and lost workers
WARM_UP_POLL = 0.2
INSTALL_HINT = "pip install 'foreign-relations-pipeline[cluster]' (or 'dask[distributed]')"


class ClusterUnavailable(UsageError):
    """Dask is not installed, or the scheduler cannot be reached (exit code 2, one line)."""


def dask_executor(
    limits: Limits, scheduler: str | None = None, workers: int | None = None
) -> DaskExecutor:
    """A Dask executor, once it is known that Dask can be imported (nothing is started yet:
    a run with nothing to extract never starts or reaches a cluster)."""
    if importlib.util.find_spec("distributed") is None:
        raise ClusterUnavailable(f"--executor dask needs Dask, not installed: {INSTALL_HINT}")
    return DaskExecutor(limits, scheduler, workers)


@dataclass
class DaskExecutor:
    """Documents extracted on the Dask cluster at `scheduler`, or on a local cluster of
    `workers` processes (None: one per core) when no address is given."""

    limits: Limits
    scheduler: str | None = None
    workers: int | None = None

    def outcomes(self, paths: Sequence[Path]) -> Iterator[Outcome]:
        with self._client() as client:
            yield from self._run(client, paths)

    @contextlib.contextmanager
    def _client(self) -> Iterator[Client]:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ClusterUnavailable(f"cannot import Dask ({exc}): {INSTALL_HINT}") from None
        if self.scheduler is not None:
            try:
                client = Client(self.scheduler, timeout=CONNECT_SECONDS)
            except (OSError, TimeoutError, ValueError, TypeError) as exc:
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise ClusterUnavailable(
                    f"cannot reach the Dask scheduler at {shown(self.scheduler)} ({reason})"
                ) from None
            with client:
                yield client
            return
        cluster = LocalCluster(
            n_workers=self.workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        with cluster, Client(cluster) as client:
            yield client

    def _run(self, client: Client, paths: Sequence[Path]) -> Iterator[Outcome]:
        from distributed import wait

        seconds = self.limits.document_seconds
        _warm_up(client)
        window = max(1, sum(client.nthreads().values()))
        pending = deque(enumerate(paths))
        running: dict[Future, tuple[int, Path, float]] = {}
        try:
            while pending or running:
                while pending and len(running) < window:
                    index, path = pending.popleft()
                    try:  # the file is read here; the worker gets its bytes
                        raw = read_bytes(path, self.limits.max_input_bytes)
                    except InputError as exc:
                        yield Outcome(index, str(path), None, error=str(exc))
                        continue
                    future = client.submit(_extract, index, str(path), raw, self.limits, pure=False)
                    running[future] = (index, path, time.monotonic() + seconds)
                if not running:
                    continue
                timeout = None
                if seconds > 0:
                    timeout = max(0.01, min(d for _, _, d in running.values()) - time.monotonic())
                try:
                    done = wait(list(running), timeout=timeout, return_when="FIRST_COMPLETED").done
                except TimeoutError:
                    done = set()
                for future in [f for f in running if f in done]:
                    index, path, _ = running.pop(future)
                    yield _outcome(future, index, path)
                now = time.monotonic()
                for future, (index, path, deadline) in list(running.items()):
                    if seconds > 0 and now >= deadline and not future.done():
                        del running[future]
                        _stop(client, future)
                        yield Outcome(
                            index,
                            str(path),
                            None,
                            error=f"{shown(path)}: took longer than {seconds:g} s to extract "
                            "(--doc-timeout); it was cancelled on the cluster and the document "
                            "skipped. If it is an ordinary article, please report it",
                            transient="time-out",
                        )
        finally:
            for future in running:
                future.cancel()


def _extract(index: int, name: str, raw: bytes, limits: Limits) -> Outcome:
    """On a worker: one document from its bytes, with the worker's extractors."""
    from pipeline.own_knowledge import extract_with_own_knowledge

    return extract_with_own_knowledge(index, Path(name), limits, raw)


def _build() -> str:
    """On a worker: build (or load) its extractors before it is timed on a document, and say
    which code it runs."""
    from pipeline.own_knowledge import process_extractors
    from pipeline.versions import code_fingerprint

    process_extractors()
    return code_fingerprint()


def _warm_up(client: Client, build: Callable[[], str] | None = None) -> None:
    """Every worker present builds its extractors now, in parallel, so that no document's
    time limit includes them (a worker that joins later builds them on its first document).
    A worker running other code (another version of the pipeline or of a package that shapes
    the facts) would publish other facts under this version's fingerprint: refused.

    Each job is pinned to its worker, so the scheduler would keep the job of a worker that
    died waiting for that worker for ever: a job whose worker has left the cluster is dropped,
    a worker that joins meanwhile (the dead one's replacement, started by its nanny) is warmed
    up too, and the warm-up waits at most `WARM_UP_SECONDS` in all."""
    from pipeline.versions import code_fingerprint

    job = build or _build

    def pinned(address: str) -> Future:
        return client.submit(job, workers=[address], allow_other_workers=False, pure=False)

    pending = {address: pinned(address) for address in client.nthreads()}
    asked = set(pending)
    answers: dict[str, Future] = {}
    deadline = time.monotonic() + WARM_UP_SECONDS
    while pending:
        for address, future in list(pending.items()):
            if future.done():
                answers[address] = pending.pop(address)
        if not pending:
            break
        present = _present(client)
        for address in [a for a in pending if present is not None and a not in present]:
            pending.pop(address).cancel()
        for address in sorted((present or set()) - asked):  # a worker restarted or joined
            asked.add(address)
            pending[address] = pinned(address)
        if time.monotonic() >= deadline:
            for future in pending.values():
                future.cancel()
            break
        time.sleep(WARM_UP_POLL)
    mine = code_fingerprint()
    for address, future in answers.items():
        theirs = future.result() if future.status == "finished" else mine
        if theirs != mine:
            raise ClusterUnavailable(
                f"the Dask worker at {address} runs other pipeline code or package versions "
                f"(code fingerprint {str(theirs)[:12]}, here {mine[:12]}); install the same "
                "version on the workers"
            )


def _present(client: Client) -> set[str] | None:
    """The addresses of the cluster's workers now (None when the scheduler cannot say)."""
    try:
        return set(client.nthreads())
    except Exception:  # the scheduler is busy or briefly unreachable: ask again later
        return None


def _outcome(future: Future, index: int, path: Path) -> Outcome:
    """The outcome a finished task holds, or a one-line reason when it holds none."""
    try:
        result: Outcome = future.result()
        return result
    except Exception as exc:
        kind = type(exc).__name__
        transient = "its workers died" if kind == "KilledWorker" else "error on the cluster"
        if kind == "KilledWorker":
            error = (
                f"{shown(path)}: the workers extracting it died (KilledWorker); skipped. If it "
                "is an ordinary article, please report it"
            )
        else:
            error = (
                f"{shown(path)}: error on the cluster ({kind}: {exc}); skipped. Rerun with "
                "--workers 0 to see whether the document or the cluster is at fault"
            )
        return Outcome(index, str(path), None, error=error, transient=transient)


def _stop(client: Client, future: Future) -> None:
    """Cancel a task past its time limit and restart the worker running it."""
    processing: dict[str, Any] = {}
    with contextlib.suppress(Exception):
        processing = client.processing()
    future.cancel()
    where = [address for address, keys in processing.items() if future.key in keys]
    if where:
        with contextlib.suppress(Exception):  # a worker without a nanny cannot be restarted
            client.restart_workers(where)
