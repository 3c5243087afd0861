"""Governments that claim to represent the same country (`data/rival_governments.csv`): read
once per process, used by the status rules (switching recognition to one ends relations with
the other) and the recognition rules (recognising one is recognising a government, not a
state)."""

from __future__ import annotations

from functools import cache

from pipeline.knowledge.files import read_data


@cache
def rival_governments() -> dict[str, str]:
    """Each government's ISO3 code -> the ISO3 code of its rival."""
    return {r["iso3"]: r["rival_iso3"] for r in read_data("rival_governments.csv")}
