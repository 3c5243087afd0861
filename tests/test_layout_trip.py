"""The layout's trip from `extract_layout` (`bench/layout_trip.py`, read from the code): it
follows every fact family's step, and the document goes down the stages, every family's
readings before any family resolves, climbing back at most 8 times (issue 18)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import REPO


def _trip_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("layout_trip", REPO / "bench" / "layout_trip.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


TRIP = _trip_module()
RESOLVE = 3


def test_the_trip_follows_every_family_step_that_resolves():
    where = {w.split(":")[0] for _, _, w in TRIP.walk()}
    for family in ("counterparts", "missions", "relations", "events", "recognitions"):
        assert f"families/{family}.py" in where
    assert {"families/memberships.py", "families/claims.py"} <= where


def test_no_family_step_goes_back_to_reading():
    trip = TRIP.walk()
    first = next(i for i, (stage, _, _) in enumerate(trip) if stage == RESOLVE)
    assert [callee for stage, callee, _ in trip[first:] if stage != RESOLVE] == []
    assert TRIP.climbs(trip) <= 8


def test_a_climb_is_a_call_into_an_earlier_stage_than_the_one_before():
    trip = [(1, "a", ""), (2, "b", ""), (3, "c", ""), (2, "d", ""), (2, "e", ""), (1, "f", "")]
    assert TRIP.climbs(trip) == 2
    assert TRIP.climbs(trip[:3]) == 0
