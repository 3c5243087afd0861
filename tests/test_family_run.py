"""The runner of the fact families (`pipeline.family_run`): each step sees only what it
requires, must return exactly what it assigns, and runs after what it requires."""

from __future__ import annotations

import pytest

from pipeline.family_run import Key, Made, StepError, run_families
from schemas.families import Family

COUNT: Key[int] = Key("count")
DOUBLE: Key[int] = Key("double")

FAMILIES = (
    # declared before what it requires: it still runs after it
    Family("doubles", (), requires=("document", "count"), assigns=("double",)),
    Family("counts", (), requires=("document",), assigns=("count",)),
)


def counts(given: str, _made: Made) -> dict[str, object]:
    return {COUNT.name: len(given)}


def doubles(_given: str, made: Made) -> dict[str, object]:
    return {DOUBLE.name: 2 * made.get(COUNT)}


def test_steps_run_in_the_order_of_their_requirements():
    made = run_families({"doubles": doubles, "counts": counts}, "abc", FAMILIES)
    assert made == {"count": 3, "double": 6}


def test_a_step_that_reads_what_it_did_not_require_is_a_bug():
    def nosy(_given: str, made: Made) -> dict[str, object]:
        return {COUNT.name: made.get(DOUBLE)}

    with pytest.raises(StepError, match="counts reads 'double', which it does not require"):
        run_families({"doubles": doubles, "counts": nosy}, "abc", FAMILIES)


def test_a_step_that_assigns_other_than_it_declares_is_a_bug():
    def sloppy(given: str, _made: Made) -> dict[str, object]:
        return {COUNT.name: len(given), "extra": 1}

    with pytest.raises(StepError, match="counts assigned"):
        run_families({"doubles": doubles, "counts": sloppy}, "abc", FAMILIES)


def test_every_family_needs_its_step():
    with pytest.raises(StepError, match="do not match"):
        run_families({"counts": counts}, "abc", FAMILIES)
