"""`it-has-mission`: rows of "Foreign relations of India" whose sentence goes on about a state
as "It" (facts as (sender, host, city, kind, status, rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

INDIA = "Foreign_relations_of_India.md"
RULE = "it-has-mission"


def missions(
    item: str, country: str = "Sweden"
) -> list[tuple[str, str, str | None, str, str, str]]:
    found = row_facts([f"-   {item}"], INDIA, country)["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule) for m in found)


def test_it_is_the_state_whose_missions_are_in_the_other():
    found = missions(
        "Sweden has an embassy in New Delhi. It has honorary consulates in Chennai and Mumbai."
    )
    assert [m for m in found if m[5] == RULE] == [
        ("SWE", "IND", "Chennai", "honorary-consulate", "open", RULE),
        ("SWE", "IND", "Mumbai", "honorary-consulate", "open", RULE),
    ]


def test_it_may_be_the_articles_state():
    found = missions("India has an embassy in Stockholm. It also has a consulate in Gothenburg.")
    assert [m for m in found if m[5] == RULE] == [
        ("IND", "SWE", "Gothenburg", "consulate", "open", RULE)
    ]


def test_cities_after_their_country():
    found = missions(
        "It also has two honorary consulates in Sweden in the cities of Malmö and Gothenburg."
    )
    assert [m[2] for m in found if m[5] == RULE] == ["Gothenburg", "Malmö"]


@pytest.mark.parametrize(
    "item",
    [
        "It has no consulate in Chennai.",  # negated
        "It has a consulate in Lyon.",  # a place in neither state of the row
        "Sweden says it has a consulate in Chennai.",  # "it" not opening the sentence
    ],
)
def test_no_it_reading(item):
    assert [m for m in missions(item) if m[5] == RULE] == []


def test_running_text_is_not_read():
    text = "It has honorary consulates in Chennai and Mumbai.\n"
    assert [m for m in facts(text, INDIA)["prose_missions"] if m.rule == RULE] == []
