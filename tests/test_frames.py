"""A table's frame (`TableSpec.frame`) is the one pandas' own coercion of every column makes,
text columns made straight into Arrow included: on the reference document's tables and on
copies with values changed at random (other types, nulls, NaN, bytes)."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pandas as pd
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.publish import frame_table
from schemas import TABLES
from schemas.spec import TableSpec, _coerce
from tests.reference_run import reference_latest

TABLE_NAMES = ("documents", "relations", "missions", "references", "dyads", "changes")
VALUES: list[object] = [
    None,
    "",
    "AZE",
    "é",
    float("nan"),
    0,
    7,
    True,
    b"AZE",
    ["AZE"],
    dt.date(2020, 1, 2),
]


def _as_before(spec: TableSpec, records: list[dict[str, object]]) -> pd.DataFrame:
    """The frame as pandas makes it from the columns' values, each column then coerced."""
    frame = pd.DataFrame({n: [r.get(n) for r in records] for n in spec.names}, columns=spec.names)
    for c in spec.columns:
        frame[c.name] = _coerce(frame[c.name], c.kind)
    if spec.sort:
        frame = frame.sort_values(list(spec.sort), kind="stable").reset_index(drop=True)
    return frame


@cache
def _records(name: str) -> list[dict[str, object]]:
    return pq.read_table(reference_latest() / f"{name}.parquet").to_pylist()


def _outcome(make, spec, records):  # type: ignore[no-untyped-def]
    try:
        return make(spec, records), None
    except (TypeError, ValueError) as exc:
        return None, type(exc)


def test_published_tables_frame_as_before():
    for name in TABLE_NAMES:
        records = _records(name)
        new, old = TABLES[name].frame(records), _as_before(TABLES[name], records)
        pd.testing.assert_frame_equal(new, old, check_exact=True)
        assert frame_table(name, new).equals(frame_table(name, old))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(TABLE_NAMES),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(VALUES))),
    st.integers(0, 30),
)
def test_frames_are_made_as_before(name, edits, rows):
    spec = TABLES[name]
    records = [dict(r) for r in _records(name)[:rows]]
    for row, column, value in edits if records else []:
        records[row % len(records)][spec.names[column % len(spec.names)]] = value
    new, new_error = _outcome(TableSpec.frame, spec, records)
    old, old_error = _outcome(_as_before, spec, records)
    assert new_error == old_error
    if new is not None:
        pd.testing.assert_frame_equal(new, old, check_exact=True)
