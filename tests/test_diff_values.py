"""The comparison of two facts' values (`pipeline.diff`) answers as reading both back from JSON
and comparing does, and a fact's text in `changes` is `json.dumps`' text."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from pipeline.diff import _dump, _json_values, _same_values

#: the values a fact's cells hold once read back from Parquet, and a few no table holds
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "AZE", "1", "true", "NaN", "é", "2020-01-01"]),
    st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 1, 3)),
    st.lists(st.one_of(st.integers(0, 2), st.sampled_from(["AZE", "FRA"])), max_size=2),
)
RECORDS = st.dictionaries(st.sampled_from(["doc_id", "status", "began", "source_line"]), VALUES)


@given(RECORDS, RECORDS)
def test_values_compare_as_their_json_read_back(old, new):
    assert _same_values(old, new) == (_json_values(old) == _json_values(new))


@given(RECORDS)
def test_a_fact_compares_as_its_json_read_back(record):
    assert _same_values(record, dict(record)) == (_json_values(record) == _json_values(record))


@given(RECORDS)
def test_the_dump_is_json_dumps(record):
    assert _dump(record) == json.dumps(record, default=str, sort_keys=True, ensure_ascii=False)
