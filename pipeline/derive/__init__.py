"""Tables derived from the whole run's facts, after every document is extracted: what no single
article can say alone (`dyads`: each pair of states as both their articles state it) and what
each article says at all (`coverage`). They read the fact tables' rows and add no fact."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.derive.coverage import coverage_rows
from pipeline.derive.dyads import Row, dyad_rows
from schemas import collector


def derived_tables(
    facts: Mapping[str, Sequence[Row]], cow: Mapping[str, int] | None = None
) -> dict[str, list[Row]]:
    """The derived tables' rows from the fact tables' rows (`cow`: ISO3 -> COW state code),
    built with the garbage collector paused (`schemas.collector`: a third of the time else)."""
    with collector.paused():
        return {"dyads": dyad_rows(facts, cow), "coverage": coverage_rows(facts)}
