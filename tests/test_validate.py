"""Validation's fast path (`pipeline.validate.passes`) says a frame passes exactly when pandera
does, on the reference document's tables and on copies of them with values broken at random;
a broken frame's error still names its rows. And the ISO3 check answers as pandas' `isin`."""

from __future__ import annotations

from functools import cache

import pandas as pd
import pandera.pandas as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import ValidationFailed
from pipeline.validate import passes, validate_tables
from schemas import TABLES
from schemas.iso3 import iso3_codes
from schemas.spec import null_or_in
from tests.reference_run import reference_latest

#: tables of the reference run with rows, each a different mix of checks
TABLE_NAMES = ("documents", "relations", "missions", "memberships", "references", "dyads")
#: values put in a cell: wrong types, nulls, empty and unknown texts, lists, out-of-range numbers
BROKEN: list[object] = [None, "", "XXX", "AZE", "relations", -1, 0, 3, 1.5, True, [], ["XXX"], [1]]


@cache
def _records(name: str) -> list[dict[str, object]]:
    return pq.read_table(reference_latest() / f"{name}.parquet").to_pylist()


def _pandera_passes(name: str, frame: pd.DataFrame) -> bool:
    try:
        TABLES[name].pandera().validate(frame, lazy=True)
    except pa.errors.SchemaErrors:
        return False
    return True


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_published_tables_pass_both_ways(name):
    frame = TABLES[name].frame(_records(name))
    assert len(frame) and passes(TABLES[name].pandera(), frame)
    assert _pandera_passes(name, frame)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(TABLE_NAMES),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(BROKEN))),
    st.booleans(),
)
def test_the_fast_path_agrees_with_pandera(name, edits, duplicate):
    records = [dict(r) for r in _records(name)[:40]]
    columns = TABLES[name].names
    for row, column, value in edits:
        records[row % len(records)][columns[column % len(columns)]] = value
    if duplicate:
        records.append(dict(records[0]))
    try:
        frame = TABLES[name].frame(records)
    except (TypeError, ValueError):  # a value no column can hold: never validated
        return
    try:
        expected = _pandera_passes(name, frame)
    except Exception:  # a check pandera cannot answer raises: the fast path leaves it to pandera
        expected = False
    assert passes(TABLES[name].pandera(), frame) == expected


def test_a_check_that_cannot_answer_is_left_to_pandera():
    records = [dict(r) for r in _records("references")[:5]]
    records[0]["access_date"] = []  # pandera's own date check raises on a list
    frame = TABLES["references"].frame(records)
    assert not passes(TABLES["references"].pandera(), frame)
    with pytest.raises(ValueError):
        validate_tables({"references": frame})


def test_a_broken_frame_is_named_by_pandera():
    records = [dict(r) for r in _records("missions")]
    records[2]["kind"] = "palace"
    with pytest.raises(ValidationFailed, match=r"missions is invalid: column kind failed isin"):
        validate_tables({"missions": TABLES["missions"].frame(records)})


@given(st.lists(st.one_of(st.none(), st.sampled_from(["AZE", "FRA", "XKX", "SUN", "", "aze"]))))
def test_the_iso3_check_answers_as_isin(values):
    codes = iso3_codes()
    for series in (pd.Series(values, dtype="string"), pd.Series(values, dtype=object)):
        expected = series.isna() | series.isin(codes)
        assert null_or_in(codes)(series).tolist() == expected.tolist()
