"""The references family: the footnotes, parsed (`Given.readings.references`: parsing a
footnote is all there is to it, done with the other families' readings)."""

from __future__ import annotations

from pipeline.families.readings import Given
from pipeline.family_run import Made


def step(g: Given, _made: Made) -> dict[str, object]:
    return {"references": g.readings.references}
