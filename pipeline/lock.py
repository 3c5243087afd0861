"""One writer per output directory.

An advisory `flock` on `output/.lock`: the kernel drops it when the holding process dies, so a
crashed or killed run never blocks the next one, and the file's content (pid, start time) only
serves the message shown to a second run.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import OutputLocked, PublishFailed

LOCK_NAME = ".lock"


@contextmanager
def output_lock(output: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the output directory's lock; wait up to `wait` seconds for another run to finish."""
    output.mkdir(parents=True, exist_ok=True)
    path = output / LOCK_NAME
    try:
        # never through a link: a `.lock` planted as a link would have us write where it points
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PublishFailed(
                f"{path} is a symbolic link; remove it (the lock is a plain file) and run again; "
                "latest is unchanged"
            ) from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise PublishFailed(
            f"{path} is not a plain file; remove it and run again; latest is unchanged"
        )
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = path.read_text(encoding="utf-8", errors="replace").strip()
                    raise OutputLocked(
                        f"{output}: another run is writing here ({holder or 'unknown holder'}); "
                        "try again when it has finished, or pass --wait SECONDS"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} since {time.strftime('%Y-%m-%dT%H:%M:%S')}".encode())
        yield
    finally:
        os.close(fd)  # closing releases the flock
