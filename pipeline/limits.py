"""How much one input may take: bytes read, time spent, characters the rules read at once.

Every limit turns a hostile or broken input into a one-line message instead of a hang, an
exhausted memory or a run that never ends; the defaults are far above anything a real article
needs (the corpus's largest file is 1.4 MB and takes under 5 s; its longest sentence is 2,360
characters).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from pipeline.errors import DocumentTimeout

#: a paragraph or table cell longer than this is not read (spaCy refuses 1,000,000 and more)
MAX_PARAGRAPH_CHARS = 200_000
#: a sentence longer than this is not read by the rules: their patterns look a bounded distance
#: ahead, so a bounded sentence keeps every rule linear in the length of the document
MAX_SENTENCE_CHARS = 5_000
#: a run of characters without a space longer than this is blanked before tokenizing: no name
#: is that long, and the tokenizer's affix search is quadratic in a token's length
MAX_TOKEN_CHARS = 100


DEFAULT_INPUT_BYTES = 20 * 1024 * 1024
DEFAULT_DOCUMENT_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits of one run, set from the command line."""

    max_input_bytes: int = DEFAULT_INPUT_BYTES
    document_seconds: float = DEFAULT_DOCUMENT_SECONDS


@contextmanager
def time_limit(seconds: float, path: Path) -> Iterator[None]:
    """Raise `DocumentTimeout` naming `path` after `seconds` (a POSIX interval timer; off the
    main thread, where signals cannot be received, there is no limit)."""
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise DocumentTimeout(
            str(path),
            f"took longer than {seconds:g} s to extract (--doc-timeout); skipped. If it is an "
            "ordinary article, please report it",
        )

    before = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)
