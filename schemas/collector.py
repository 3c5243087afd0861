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


#: allocations between two young collections in `rarer` (Python's default: 700)
YOUNG_COLLECTION_EVERY = 50_000


@contextmanager
def rarer() -> Iterator[None]:
    """The collector run less often for the block: a command or a run imports and makes
    millions of small objects that live on (modules, records, rows) and next to none in cycles,
    and every 700 allocations a collection walked the young ones, every ten of those a larger
    one, every hundred one of the whole heap (importing what a run needs: some 400 collections,
    0.2 s; a corpus run in one process: some 2,000, 3.4 s, freeing about 3,000 objects). Young
    collections come every `YOUNG_COLLECTION_EVERY` allocations instead; the thresholds are
    restored after (worker processes forked meanwhile keep the block's)."""
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, 20, 10)
    try:
        yield
    finally:
        gc.set_threshold(*before)
