"""The counterparts family: the counterpart of each relations row and 'no relations' entry,
from the row's evidence and its mission claims (missions, recognitions and memberships read
them too; the relations table publishes them)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.families.readings import Given
from pipeline.family_run import Key, Made
from pipeline.resolve.counterpart import Counterpart


@dataclass(frozen=True)
class RowCounterparts:
    """The counterpart of each relations row and of each 'no relations' entry, in order."""

    rows: list[Counterpart]
    listed: list[Counterpart]


COUNTERPARTS: Key[RowCounterparts] = Key("row.counterpart")


def step(g: Given, _made: Made) -> dict[str, object]:
    resolve, footnotes = g.ex.counterparts.resolve, g.analysis.footnotes
    rows = [
        resolve(row, claims, footnotes, g.subject)
        for row, claims in zip(g.rows, g.readings.missions.rows, strict=True)
    ]
    listed = [resolve(row, [], footnotes, g.subject) for row in g.listed]
    return {COUNTERPARTS.name: RowCounterparts(rows, listed)}
