"""Every column says what it holds, on its schema and on its Parquet field, and the committed data
dictionary is the one the schemas give."""

from __future__ import annotations

import re

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.dictionary import DICTIONARY, read_examples, render
from schemas import TABLES
from schemas.constraints import allowed
from schemas.names import HISTORY_TABLES
from tests.conftest import REPO
from tests.reference_run import reference_latest

COLUMNS = [(table, col) for table, spec in TABLES.items() for col in spec.columns]


@pytest.mark.parametrize(("table", "col"), COLUMNS, ids=[f"{t}.{c.name}" for t, c in COLUMNS])
def test_every_schema_column_has_a_description(table, col):
    assert len(col.doc.split()) >= 2, f"{table}.{col.name} has no description"
    assert TABLES[table].pandera().columns[col.name].description == col.doc


def test_every_table_has_a_description():
    assert all(spec.doc.strip() for spec in TABLES.values())


def test_wikidata_names_a_property():
    named = [c.wikidata for _, c in COLUMNS if c.wikidata]
    assert named, "no column names its Wikidata property"
    assert all(re.match(r"^P\d+\b", w) for w in named)


def test_the_named_wikidata_properties():
    cols = {(t, c.name): c.wikidata for t, c in COLUMNS}
    assert cols[("relations", "counterpart_iso3")] == "P530"
    assert cols[("memberships", "org_id")] == "P463"
    assert (cols[("missions", "sender_iso3")], cols[("missions", "host_iso3")]) == ("P137", "P17")
    assert cols[("missions", "city")] == "P131"
    assert "P571" in str(cols[("missions", "date")]) and "P576" in str(cols[("missions", "date")])


@pytest.mark.parametrize("table", sorted(TABLES))
def test_each_published_parquet_field_carries_its_description(table):
    path = reference_latest() / f"{table}.parquet"
    if table in HISTORY_TABLES:  # published by runs with --revisions all only
        assert not path.exists()
        pytest.skip(f"{table} is published by runs with --revisions all only")
    schema = pq.read_schema(path)
    spec = TABLES[table]
    assert schema.names == spec.names
    for col in spec.columns:
        meta = schema.field(col.name).metadata or {}
        assert meta.get(b"description", b"").decode() == col.doc, f"{table}.{col.name}"
        assert meta.get(b"wikidata", b"").decode() == (col.wikidata or "")
    assert schema.metadata[b"description"].decode() == spec.doc


def test_the_committed_dictionary_is_up_to_date():
    committed = (REPO / DICTIONARY).read_text(encoding="utf-8")
    assert committed == render(read_examples(reference_latest())), (
        f"{DICTIONARY} is out of date: run `make docs` and commit it"
    )


def test_the_dictionary_lists_every_column_with_its_allowed_values():
    text = render({})
    for table, spec in TABLES.items():
        section = text.split(f"\n## {table}\n", 1)[1].split("\n## ", 1)[0]
        for col in spec.columns:
            row = next(
                line for line in section.splitlines() if line.startswith(f"| `{col.name}` |")
            )
            for value in allowed(spec.pandera().columns[col.name]).values:
                assert f"`{value}`" in row
            assert row.endswith("| — |")  # no run, no example


def test_an_example_is_the_most_frequent_value_and_the_first_of_equals():
    frame = pd.DataFrame(
        {
            "kind": pd.Series(["consulate", "embassy", "embassy", None], dtype="string"),
            "tie": pd.Series(["b", "a", "a", "b"], dtype="string"),
            "lines": pd.Series([[], [3, 4], [3, 4], [5]], dtype=object),
            "empty": pd.Series([None, None, None, None], dtype="string"),
            "pipe": pd.Series(["a | b"] * 4, dtype="string"),
        }
    )
    from pipeline.dictionary import _example

    assert _example(frame["kind"]) == "embassy"
    assert _example(frame["tie"]) == "b"
    assert _example(frame["lines"]) == "[3, 4]"
    assert _example(frame["empty"]) is None
    assert _example(frame["pipe"]) == "a | b"
