"""A rerun makes again only the dyads of the states whose articles changed, and writes the table
a first run on the same articles writes, byte for byte."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from pipeline.derive.dyads import dyad_rows
from pipeline.knowledge.codes import CountryCodes
from pipeline.run import run
from tests.documents import article
from tests.test_dyads import ARTICLES, fact_rows

STATES = ("ARG", "BOL", "BTN", "CHL", "PER")


def test_the_rows_of_some_states_are_those_of_the_whole_table():
    codes = CountryCodes.from_data()
    whole = dyad_rows(fact_rows(), codes)
    assert whole
    for size in range(len(STATES) + 1):
        for only in combinations(STATES, size):
            expected = [r for r in whole if r["iso3_1"] in only or r["iso3_2"] in only]
            assert dyad_rows(fact_rows(), codes, only=set(only)) == expected


def _write(folder: Path, articles: dict[str, list[tuple[str, str, str]]]) -> None:
    for path in folder.glob("*.md"):
        path.unlink()
    for country, table in articles.items():
        (folder / f"Foreign_relations_of_{country}.md").write_text(
            article(country, table), encoding="utf-8"
        )


EDITS = {
    "a year changed": {
        **ARTICLES,
        "Bolivia": [("Chile", "1994", "Chile is accredited to Bolivia from its embassy in Lima.")],
    },
    "a pair gone": {**ARTICLES, "Chile": ARTICLES["Chile"][:2]},
    "an article gone": {k: v for k, v in ARTICLES.items() if k != "Peru"},
    "an article added": {
        **ARTICLES,
        "Argentina": [("Chile", "1850", "Argentina has an embassy in Santiago.")],
    },
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_rerun_writes_the_dyads_a_first_run_writes(tmp_path: Path, edit: str):
    inputs = tmp_path / "in"
    inputs.mkdir()
    _write(inputs, ARTICLES)
    assert run([inputs], tmp_path / "rerun", workers=0).published is not None
    _write(inputs, EDITS[edit])
    again = run([inputs], tmp_path / "rerun", workers=0).published
    first = run([inputs], tmp_path / "first", workers=0).published
    assert again is not None and first is not None and not again.unchanged
    for name in ("dyads", "coverage", "relations", "missions", "documents"):
        assert (again.path / f"{name}.parquet").read_bytes() == (
            first.path / f"{name}.parquet"
        ).read_bytes(), name
