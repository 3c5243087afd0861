"""`mission-without-place`: short sentences written for it (a row of Argentina in "Foreign
relations of Chile"; facts as (sender, host, city, kind, status, rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

CHILE = "Foreign_relations_of_Chile.md"
RULE = "mission-without-place"


def missions(sentence: str) -> list[tuple[str, str, str | None, str, str, str]]:
    found = row_facts([sentence], CHILE, "Argentina")["missions"]
    return sorted(
        (m.sender_iso3, m.host_iso3, m.city or "", m.kind, m.status, m.rule) for m in found
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count without cities: one mission, its city unknown (never eight)
        (
            "Argentina has an embassy in Santiago and 8 honorary consulates.",
            [
                ("ARG", "CHL", "", "honorary-consulate", "open", RULE),
                ("ARG", "CHL", "Santiago", "embassy", "open", "has-mission"),
            ],
        ),
        (
            "Chile has an embassy in Buenos Aires and an honorary consulate general.",
            [
                ("CHL", "ARG", "", "honorary-consulate", "open", RULE),
                ("CHL", "ARG", "Buenos Aires", "embassy", "open", "has-mission"),
            ],
        ),
    ],
)
def test_a_mission_without_its_city(sentence, expected):
    assert missions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # with its cities, the list rules read it
        (
            "Argentina has an embassy in Santiago and 3 honorary consulates in Valparaíso.",
            [
                ("ARG", "CHL", "Santiago", "embassy", "open", "has-mission"),
                ("ARG", "CHL", "Valparaíso", "honorary-consulate", "open", "has-mission"),
            ],
        ),
        # "throughout the country": not read (the labels disagree on it)
        (
            "Argentina has an embassy in Santiago and several consulates throughout the country.",
            [("ARG", "CHL", "Santiago", "embassy", "open", "has-mission")],
        ),
        # missions elsewhere are not in the host
        (
            "Argentina has an embassy in Santiago and several consulates in other countries.",
            [("ARG", "CHL", "Santiago", "embassy", "open", "has-mission")],
        ),
        ("Argentina has no embassy in Santiago and no consulates.", []),
    ],
)
def test_no_mission_without_its_city_where_the_sentence_goes_on(sentence, expected):
    assert missions(sentence) == expected
