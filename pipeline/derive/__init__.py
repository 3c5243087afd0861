"""Tables derived from the whole run's facts, after every document is extracted: what no single
article can say alone (`dyads`: each pair of states as both their articles state it) and what
each article says at all (`coverage`). They read the fact tables' rows and add no fact."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from pipeline.derive.coverage import coverage_rows
from pipeline.derive.dyads import Row, dyad_rows


def derived_tables(
    facts: Mapping[str, Sequence[Row]], cow: Mapping[str, int] | None = None
) -> dict[str, list[Row]]:
    """The derived tables' rows from the fact tables' rows (`cow`: ISO3 -> COW state code)."""
    with _collector_paused():
        return {"dyads": dyad_rows(facts, cow), "coverage": coverage_rows(facts)}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the rows are built: they are tens of
    thousands of new dicts and lists, which set off collections that walk the young objects
    and now and then the whole heap of facts (a third of the time on the corpus), and none of
    them is in a reference cycle, so there is nothing for a collection to free. Whether it was
    running before is restored after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
