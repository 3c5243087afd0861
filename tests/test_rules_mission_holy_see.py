"""`mission-to-holy-see`: short sentences written for it (a row of "Foreign relations of Chile";
facts as (sender, host, city, kind, status, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

CHILE = "Foreign_relations_of_Chile.md"
RULE = "mission-to-holy-see"


def missions(sentence: str) -> list[tuple[str, str, str | None, str, str, str]]:
    found = row_facts([sentence], CHILE, "")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule) for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the city before "to the Holy See", after it, after "based in", or none
        (
            "Chile has an embassy in Rome to the Holy See.",
            [("CHL", "VAT", "Rome", "embassy", "open", RULE)],
        ),
        (
            "Chile has an embassy to the Holy See based in Rome.",
            [("CHL", "VAT", "Rome", "embassy", "open", RULE)],
        ),
        (
            "Chile has a resident embassy to the Holy See in Rome.",
            [("CHL", "VAT", "Rome", "embassy", "open", RULE)],
        ),
        (
            "Chile also maintains an embassy to the Holy See.",
            [("CHL", "VAT", None, "embassy", "open", RULE)],
        ),
    ],
)
def test_mission_to_the_holy_see(sentence, expected):
    assert missions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile does not have an embassy to the Holy See.",
        # an ambassador is no mission
        "Chile has an ambassador to the Holy See in Rome.",
    ],
)
def test_no_mission_to_the_holy_see(sentence):
    assert missions(sentence) == []


def test_a_mission_in_rome_to_another_body_is_not_read_as_one_to_the_holy_see():
    assert all(m[1] != "VAT" for m in missions("Chile has an embassy in Rome to Italy."))
