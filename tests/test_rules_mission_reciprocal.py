"""`missions-in-the-other-capital`: short sentences written for it (a row of Portugal in "Foreign
relations of Greece"; facts as (sender, host, kind, status, rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

GREECE = "Foreign_relations_of_Greece.md"
RULE = "missions-in-the-other-capital"
BOTH_WAYS = [
    ("GRC", "PRT", "embassy", "open", RULE),
    ("PRT", "GRC", "embassy", "open", RULE),
]


def missions(sentence: str, country: str = "Portugal") -> list[tuple[str, str, str, str, str]]:
    found = row_facts([sentence], GREECE, country)["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.kind, m.status, m.rule) for m in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Both countries have a resident embassy in the other's capital.",
        "Each country has an embassy in the other one capital.",
        "Both countries are represented by an embassy in the other one's capital.",
        "Both countries have an embassy in the each other's capital.",
        "Greece and Portugal maintain embassies in the other's capital.",
    ],
)
def test_a_mission_each_way(sentence):
    assert missions(sentence) == BOTH_WAYS


def test_the_older_readers_wording_stays_its_own():
    assert {m[4] for m in missions("Both countries have embassies in each other's capitals.")} == {
        "reciprocal-missions"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither country has an embassy in the other's capital.",
        "Both countries have agreed to open embassies in the other's capital.",
        "Both countries have no embassy in the other's capital.",
        # no mission noun
        "Both countries have cultural centres in the other's capital.",
    ],
)
def test_no_mission_each_way(sentence):
    assert missions(sentence) == []
