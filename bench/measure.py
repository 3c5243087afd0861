"""Measure one whole process: wall time, CPU time and peak memory, interpreter start included.

Peak RSS is the kernel's `ru_maxrss` from `wait4`, as `/usr/bin/time -v` reports it: the largest
resident set of the process or any of its descendants (worker processes), each on its own. As a
run with forked workers shares most of its pages between the processes, their sum overstates
it; the whole tree's proportional set size (PSS: each shared page divided among the processes
that map it), sampled ten times a second from /proc, is reported beside it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Sample:
    """One process: how long it took, the CPU it used, its memory, and how it ended."""

    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    peak_tree_pss_mb: float | None
    code: int
    said: str
    last: str


def run_process(command: Sequence[str], *, cwd: Path, env: dict[str, str] | None = None) -> Sample:
    """Run `command` to its end and measure it."""
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    sampler = _PssSampler(process.pid)
    sampler.start()
    # the pipes are read by threads so that a chatty process never blocks on a full pipe
    out: list[str] = []
    err: list[str] = []
    readers = [
        threading.Thread(target=lambda: out.append(process.stdout.read()), daemon=True),
        threading.Thread(target=lambda: err.append(process.stderr.read()), daemon=True),
    ]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    sampler.stop()
    for reader in readers:
        reader.join()
    said = (out[0] if out else "").strip().splitlines()
    if process.returncode not in (0, 1):
        tail = (err[0] if err else "").strip().splitlines()[-5:]
        raise SystemExit(
            f"bench: {' '.join(command)} exited {process.returncode}:\n" + "\n".join(tail)
        )
    return Sample(
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=usage.ru_maxrss / 1024,
        peak_tree_pss_mb=sampler.peak_mb,
        code=process.returncode,
        said=said[0] if said else "",
        last=said[-1] if said else "",
    )


def median_of(samples: list[Sample]) -> dict:
    """The median of each figure over several runs, and every run's figures."""

    def med(values: list[float | None]) -> float | None:
        present = [v for v in values if v is not None]
        return round(statistics.median(present), 3) if present else None

    return {
        "seconds": med([s.seconds for s in samples]),
        "cpu_seconds": med([s.cpu_seconds for s in samples]),
        "peak_rss_mb": med([s.peak_rss_mb for s in samples]),
        "peak_tree_pss_mb": med([s.peak_tree_pss_mb for s in samples]),
        "runs": [asdict(s) for s in samples],
    }


class _PssSampler(threading.Thread):
    """The peak of the summed PSS of a process and its descendants, sampled every 0.1 s."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self.available = Path(f"/proc/{pid}/smaps_rollup").exists()
        self._done = threading.Event()

    @property
    def peak_mb(self) -> float | None:
        return round(self.peak_kb / 1024, 1) if self.available and self.peak_kb else None

    def run(self) -> None:
        while self.available and not self._done.wait(0.1):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in _tree(self.pid)))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return out


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0
