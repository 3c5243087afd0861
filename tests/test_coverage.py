"""Coverage: how much each article states, family by family, beside the counts it claims; and
the claim rules that read those counts."""

from __future__ import annotations

import pytest

from pipeline.derive.coverage import coverage_rows
from schemas.tables import COVERAGE_FAMILIES
from tests.conftest import facts
from tests.documents import article

PROSE = (
    "Chile maintains diplomatic relations with 180 countries.\n\nAs of 2020, Chile maintains "
    "diplomatic relations with 185 countries. Chile has 60 embassies."
)
ROWS = [
    ("Peru", "1990", "Chile has an embassy in Lima. Peru has an embassy in Santiago."),
    ("Bolivia", "1 May 1992", "Chile has a consulate-general in La Paz."),
]


def coverage() -> dict[str, dict[str, object]]:
    tables = facts(article("Chile", ROWS, PROSE), "Foreign_relations_of_Chile.md")
    rows = {name: [r.as_row() for r in records] for name, records in tables.items()}
    return {str(r["family"]): r for r in coverage_rows(rows)}


def test_every_family_has_a_row_even_when_the_article_states_none():
    rows = coverage()
    assert list(rows) == list(COVERAGE_FAMILIES)
    assert rows["recognitions"]["facts"] == 0
    assert rows["recognitions"]["claimed"] is None  # nothing claimed: not stated, not zero
    assert rows["references"]["resolved"] is None


def test_rows_facts_and_counterparts():
    rows = coverage()
    relations = rows["relations"]
    assert (relations["facts"], relations["resolved"], relations["counterparts"]) == (2, 2, 2)
    missions = rows["missions"]
    assert missions["facts"] == 3 and missions["counterparts"] == 2


def test_the_claimed_count_is_the_latest_dated_and_every_claim_is_kept():
    rows = coverage()
    relations = rows["relations"]
    assert relations["claimed"] == 185
    assert relations["claimed_values"] == [180, 185]
    assert len(relations["claim_fact_ids"]) == 2  # type: ignore[arg-type]
    assert rows["missions"]["claimed"] == 60
    assert rows["missions"]["claimed_qualifier"] == "exact"


def claims(text: str):
    return facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Chile.md")["claims"]


@pytest.mark.parametrize(
    ("text", "rule", "value"),
    [
        (
            "Chile maintains diplomatic relations with 164 independent states.",
            "relations-count",
            164,
        ),
        ("Chile has diplomatic relations with 130 sovereign entities.", "relations-count", 130),
        ("Chile maintains a network of 51 embassies abroad.", "embassies-count", 51),
        ("Chile hasn't established diplomatic relations with 13 states.", "no-relations-count", 13),
    ],
)
def test_count_wordings(text, rule, value):
    (claim,) = claims(text)
    assert (claim.rule, claim.value) == (rule, value)
