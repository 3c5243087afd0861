"""The present perfect of the verbs of holding a mission ("has maintained", "have operated") is
read as "has" is (`has-mission`): the mission is open, opened where a start is given; rows of
"Foreign relations of Peru" written for it, and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

PERU = "Foreign_relations_of_Peru.md"


def missions(item: str) -> list[tuple[str, str, str | None, str, str, str]]:
    found = row_facts([f"-   {item}"], PERU, "Chile")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule) for m in found)


@pytest.mark.parametrize("verb", ["has maintained", "has operated"])
def test_the_present_perfect_holds_the_mission(verb):
    assert missions(f"Chile {verb} an embassy in Lima and a consulate in Cusco.") == [
        ("CHL", "PER", "Cusco", "consulate", "open", "has-mission"),
        ("CHL", "PER", "Lima", "embassy", "open", "has-mission"),
    ]


def test_with_a_start_the_mission_opened():
    assert missions("Chile has maintained an embassy in Lima since 1990.") == [
        ("CHL", "PER", "Lima", "embassy", "opened", "has-mission"),
    ]


@pytest.mark.parametrize(
    "item",
    [
        "Chile had maintained an embassy in Lima until 2001.",  # past perfect: not held now
        "Chile has maintained good relations with Peru.",  # no mission
    ],
)
def test_no_open_mission(item):
    assert [m for m in missions(item) if m[4] == "open"] == []
