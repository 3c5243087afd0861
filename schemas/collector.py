"""Python's cyclic garbage collector, paused while many new acyclic objects are built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector paused for the block. Building rows or frames makes tens of thousands of
    dicts and lists at once: each few hundred of them sets off a collection that walks the young
    objects, and now and then one that walks the whole heap (every fact of the run), yet none of
    them is in a reference cycle, so there is nothing to free. Whether the collector was running
    before is restored after, and anything cyclic made meanwhile is collected later as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
