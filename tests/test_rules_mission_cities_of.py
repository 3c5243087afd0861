"""Places after a mission written "in the cities of A and B" or "in (A and B)" are its cities
(`has-mission`, `mission-list-with-count`): rows of "Foreign relations of Peru" written for
it, and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

PERU = "Foreign_relations_of_Peru.md"


def missions(item: str) -> list[tuple[str, str, str | None, str, str]]:
    found = row_facts([f"-   {item}"], PERU, "Chile")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status) for m in found)


@pytest.mark.parametrize(
    "places",
    ["in the cities of Cusco and Arequipa", "in (Cusco and Arequipa)"],
)
def test_the_cities_of_a_list(places):
    assert missions(f"Chile has an embassy in Lima and consulates {places}.") == [
        ("CHL", "PER", "Arequipa", "consulate", "open"),
        ("CHL", "PER", "Cusco", "consulate", "open"),
        ("CHL", "PER", "Lima", "embassy", "open"),
    ]


def test_a_counted_list_in_brackets_after_in():
    assert missions("Chile has two consulates in (Cusco and Arequipa).") == [
        ("CHL", "PER", "Arequipa", "consulate", "open"),
        ("CHL", "PER", "Cusco", "consulate", "open"),
    ]


@pytest.mark.parametrize(
    "item",
    [
        "Chile has consulates in the cities of the south.",  # no city named
        "Chile has consulates in (see below) several cities.",  # no place in the bracket
    ],
)
def test_no_city_read(item):
    assert [m for m in missions(item) if m[2] is not None] == []
