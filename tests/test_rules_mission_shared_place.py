"""`missions-sharing-a-place`: short sentences written for it (a row of Croatia in "Foreign
relations of Ireland"; facts as (sender, host, city, kind, status, rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

IRELAND = "Foreign_relations_of_Ireland.md"
RULE = "missions-sharing-a-place"
BOTH = [
    ("HRV", "IRL", "Dublin", "embassy", "open", RULE),
    ("HRV", "IRL", "Dublin", "honorary-consulate", "open", RULE),
]


def missions(sentence: str) -> list[tuple[str, str, str | None, str, str, str]]:
    found = row_facts([sentence], IRELAND, "Croatia")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule) for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Croatia has both an embassy and an honorary consulate in Dublin.", BOTH),
        ("Croatia has an embassy and an honorary consulate, both in Dublin.", BOTH),
        # an office that is no mission is left out
        (
            "Croatia has an embassy and a cultural centre in Dublin.",
            [("HRV", "IRL", "Dublin", "embassy", "open", RULE)],
        ),
        (
            "Croatia has an embassy, a visa office and a passport office in Dublin.",
            [("HRV", "IRL", "Dublin", "embassy", "open", RULE)],
        ),
    ],
)
def test_missions_listed_before_the_place_they_share(sentence, expected):
    assert missions(sentence) == expected


def test_the_older_readers_list_stays_its_own():
    assert {
        m[5] for m in missions("Croatia has an embassy and an honorary consulate in Dublin.")
    } == {"has-mission"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Croatia has no embassy and no consulate in Dublin.",
        "Croatia has trade links and investments in Dublin.",
        "Croatia has a cultural centre and a school in Dublin.",
    ],
)
def test_nothing_shared_without_a_mission(sentence):
    assert missions(sentence) == []
