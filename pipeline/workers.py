"""Where documents are extracted: in this process, in forked worker processes, or on Dask.

Per-document extraction is a pure function of the file and the knowledge (`extract_outcome`):
it never raises, it returns an `Outcome` (the document's records, or the one line that says why
it was skipped). The executors only decide where it runs:

- `InProcess`: here, one after another (a time limit by SIGALRM, which cannot stop C code).
- `ForkPool`: worker processes forked from this one. Either they start with the knowledge and
  rules already in memory (this process built or loaded them before forking), or each loads them
  from the set-up cache itself (`setup`), on its own core, while this process loads what
  validating and writing need: a run then never imports spaCy or the knowledge here at all, and
  a document's time limit starts only once its worker is ready. A worker still busy when its
  document's time is up is killed, the only way to stop work inside C code (a tokenizer), and a
  new one is forked in its place; a worker that dies takes only its document with it.
- `DaskExecutor` (in `pipeline.dask_executor`, imported only when chosen): the same function
  on a Dask cluster, each document sent as its bytes.

Outcomes come back in completion order with their index; the run puts them back in input
order, so the output does not depend on the executor or the number of workers.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pipeline.errors import DocumentTimeout, InputError, WorkerSetupError, shown
from pipeline.limits import Limits, time_limit

if TYPE_CHECKING:
    from pipeline.document import Extractors

Records = dict[str, list[dict[str, Any]]]

#: outcomes a worker may have waiting for the caller
AHEAD = 2
#: how often, at least, the thread feeding the workers looks whether it should stop (s)
POLL = 0.2


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one document: its records and warnings, or why it was skipped."""

    index: int
    path: str
    records: Records | None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    #: why a document that may well be read next time was not read this time (a time-out, a
    #: worker that died, out of memory, an internal error), in a few words; None when the
    #: document itself is at fault (not UTF-8, no subject...). An edited document skipped for
    #: such a reason keeps its previous facts (`pipeline.stream`).
    transient: str | None = None


Extract = Callable[[int, Path], Outcome]


class Executor(Protocol):
    def outcomes(self, paths: Sequence[Path]) -> Iterator[Outcome]: ...


def extract_outcome(
    index: int, path: Path, extractors: Extractors, limits: Limits, raw: bytes | None = None
) -> Outcome:
    """One document through read, layout, analysis, extraction and resolution: its records as
    plain rows, or the reason it was skipped. Nothing it does can escape this function. `raw`:
    the file's bytes, for a worker that cannot read `path` itself."""
    from pipeline import document

    try:
        with time_limit(limits.document_seconds, path):
            tables, warnings = (
                document.extract_document(path, extractors, limits.max_input_bytes)
                if raw is None
                else document.extract_document(path, extractors, limits.max_input_bytes, raw)
            )
            records = document.table_rows(tables, extractors)
    except DocumentTimeout as exc:
        return Outcome(index, str(path), None, error=str(exc), transient="time-out")
    except InputError as exc:
        return Outcome(index, str(path), None, error=str(exc))
    except RecursionError:
        return Outcome(
            index,
            str(path),
            None,
            error=f"{shown(path)}: structure nested too deeply to read (markup inside markup "
            "hundreds of levels deep); skipped",
        )
    except MemoryError:
        return Outcome(
            index,
            str(path),
            None,
            error=f"{shown(path)}: ran out of memory reading it; skipped",
            transient="out of memory",
        )
    except Exception as exc:  # a bug on one document must not sink the others
        if os.environ.get("PIPELINE_DEBUG"):
            raise
        return Outcome(
            index,
            str(path),
            None,
            error=f"{shown(path)}: internal error ({type(exc).__name__}: {exc}); rerun with "
            "PIPELINE_DEBUG=1 for the traceback, and please report it",
            transient="internal error",
        )
    return Outcome(index, str(path), records, warnings)


@dataclass
class InProcess:
    """Documents extracted here, in order."""

    extract: Extract

    def outcomes(self, paths: Sequence[Path]) -> Iterator[Outcome]:
        for index, path in enumerate(paths):
            yield self.extract(index, path)


#: what a worker sends once its `setup` is done
READY = "ready"


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    task: tuple[int, Path] | None = None
    deadline: float = 0.0
    ready: bool = True


@dataclass
class ForkPool:
    """Documents extracted by `workers` forked processes, each under `seconds` (0: no limit).
    `setup`, when given, runs first in each worker (loading its knowledge); the worker gets a
    document only once it has said it is ready."""

    extract: Extract
    workers: int
    seconds: float
    setup: Callable[[], object] | None = None

    def outcomes(self, paths: Sequence[Path]) -> Iterator[Outcome]:
        """The outcomes, as documents finish. The workers start at once, and a thread of this
        process keeps them fed while the caller does other work (loading what it needs,
        validating, writing); a few outcomes wait for the caller at most (`AHEAD` per worker),
        so memory stays flat. `close()` on the result stops the workers."""
        if not paths:
            return iter(())
        context = multiprocessing.get_context("fork")
        pool = [self._start(context) for _ in range(min(self.workers, len(paths)))]
        ready: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=AHEAD * len(pool))
        stop = threading.Event()
        thread = threading.Thread(
            target=self._pump, args=(context, pool, paths, ready, stop), daemon=True
        )
        thread.start()
        return _Running(ready, stop, thread)

    def _pump(
        self,
        context: Any,
        pool: list[_Worker],
        paths: Sequence[Path],
        ready: queue.Queue[tuple[str, Any]],
        stop: threading.Event,
    ) -> None:
        try:
            for outcome in self._dispatch(context, pool, paths, stop):
                _hand(ready, ("outcome", outcome), stop)
            _hand(ready, ("end", None), stop)
        except BaseException as exc:  # handed to the caller's thread, raised there
            _hand(ready, ("error", exc), stop)

    def _dispatch(
        self, context: Any, pool: list[_Worker], paths: Sequence[Path], stop: threading.Event
    ) -> Iterator[Outcome]:
        pending = list(enumerate(paths))[::-1]
        try:
            while (pending or any(w.task for w in pool)) and not stop.is_set():
                for worker in pool:
                    if worker.ready and worker.task is None and pending:
                        worker.task = pending.pop()
                        worker.deadline = time.monotonic() + self.seconds
                        worker.conn.send(worker.task)
                busy = [w for w in pool if w.task is not None]
                timeout = (
                    max(0.0, min(w.deadline for w in busy) - time.monotonic())
                    if self.seconds > 0 and busy
                    else POLL
                )
                ready = wait(
                    [w.conn for w in pool if w.task is not None or not w.ready],
                    min(timeout, POLL),
                )
                for worker in pool:
                    if not worker.ready and worker.conn in ready:
                        _await_ready(worker)
                for i, worker in enumerate(pool):
                    if worker.task is None:
                        continue
                    if worker.conn in ready:
                        outcome = self._receive(worker)
                        if outcome is None:  # the worker died: its document is skipped
                            outcome = _died(worker)
                            pool[i] = self._replace(context, worker)
                        else:
                            worker.task = None
                        yield outcome
                    elif self.seconds > 0 and time.monotonic() >= worker.deadline:
                        index, path = worker.task
                        worker.process.kill()
                        yield Outcome(
                            index,
                            str(path),
                            None,
                            error=f"{shown(path)}: took longer than {self.seconds:g} s to "
                            "extract (--doc-timeout); its worker was stopped and the document "
                            "skipped. If it is an ordinary article, please report it",
                            transient="time-out",
                        )
                        pool[i] = self._replace(context, worker)
        finally:
            for worker in pool:
                _stop(worker)

    def _start(self, context: Any) -> _Worker:
        parent, child = context.Pipe()
        process = context.Process(
            target=_serve, args=(child, self.extract, self.setup), daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent, ready=self.setup is None)

    def _receive(self, worker: _Worker) -> Outcome | None:
        try:
            outcome: Outcome = worker.conn.recv()
        except (EOFError, OSError):
            return None
        return outcome

    def _replace(self, context: Any, worker: _Worker) -> _Worker:
        """A new worker in place of one that died or was killed."""
        _stop(worker)
        return self._start(context)


class _Running(Iterator[Outcome]):
    """The outcomes of a started pool, as its thread hands them over."""

    def __init__(
        self, ready: queue.Queue[tuple[str, Any]], stop: threading.Event, thread: threading.Thread
    ) -> None:
        self._ready, self._stop, self._thread = ready, stop, thread

    def __next__(self) -> Outcome:
        while not self._stop.is_set():
            try:
                kind, value = self._ready.get(timeout=POLL)  # a short wait lets Ctrl-C through
            except queue.Empty:
                continue
            if kind == "outcome":
                return value
            self.close()
            if kind == "error":
                raise value
            break
        raise StopIteration

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    def __del__(self) -> None:
        self._stop.set()


def close_outcomes(outcomes: Iterator[Outcome]) -> None:
    """Stop an executor's outcomes (and its workers), whether or not all were read."""
    close = getattr(outcomes, "close", None)
    if close is not None:
        close()


def _hand(
    ready: queue.Queue[tuple[str, Any]], item: tuple[str, Any], stop: threading.Event
) -> None:
    """Put `item` for the caller, unless the caller has stopped listening."""
    while not stop.is_set():
        try:
            ready.put(item, timeout=POLL)
            return
        except queue.Full:
            continue


def _died(worker: _Worker) -> Outcome:
    assert worker.task is not None
    index, path = worker.task
    worker.process.join(timeout=1)
    code = worker.process.exitcode
    how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    return Outcome(
        index,
        str(path),
        None,
        error=f"{shown(path)}: the worker extracting it died ({how}); skipped. If it is an "
        "ordinary article, please report it",
        transient=f"its worker died ({how})",
    )


def _await_ready(worker: _Worker) -> None:
    """Take the word of a worker that was setting up: ready, or why it could not be."""
    try:
        said = worker.conn.recv()
    except (EOFError, OSError):
        worker.process.join(timeout=1)
        said = f"it died (exit code {worker.process.exitcode})"
    if said != READY:
        raise WorkerSetupError(f"a worker process could not get ready: {said}")
    worker.ready = True


def _serve(conn: Connection, extract: Extract, setup: Callable[[], object] | None) -> None:
    """A worker: run `setup` and say so, then extract each (index, path) received and send
    back its outcome."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt does
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (pipeline.cli)
    if setup is not None:
        try:
            setup()
        except BaseException as exc:  # reported by the parent, which decides what to do
            conn.send(f"{type(exc).__name__}: {exc}")
            return
        conn.send(READY)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path = task
        conn.send(extract(index, path))


def _stop(worker: _Worker) -> None:
    with contextlib.suppress(OSError, ValueError):
        worker.conn.send(None)
    worker.conn.close()
    worker.process.join(timeout=1)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
