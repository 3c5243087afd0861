"""`missions-opened-without-sender`: short sentences written for it (a row of South Africa in
"Foreign relations of Turkey"; facts as (sender, host, city, kind, status, rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

TURKEY = "Foreign_relations_of_Turkey.md"
RULE = "missions-opened-without-sender"


def missions(sentence: str) -> list[tuple[str, str, str | None, str, str, str]]:
    found = row_facts([sentence], TURKEY, "South Africa")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule) for m in found)


def test_each_mission_is_the_state_it_is_not_in():
    assert missions(
        "Relations were established at consular level in 1991 and consulates-general were "
        "opened in Istanbul and Johannesburg respectively."
    ) == [
        ("TUR", "ZAF", "Johannesburg", "consulate-general", "opened", RULE),
        ("ZAF", "TUR", "Istanbul", "consulate-general", "opened", RULE),
    ]


def test_after_a_leading_phrase():
    assert [
        m
        for m in missions(
            "Following the opening of the Turkish Embassy in Pretoria in 1993, "
            "general-consulates were set up in Durban and Cape Town."
        )
        if m[5] == RULE
    ] == [
        ("TUR", "ZAF", "Cape Town", "consulate-general", "opened", RULE),
        ("TUR", "ZAF", "Durban", "consulate-general", "opened", RULE),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the sender named before the mission noun: not this rule's
        "Turkish consulates were opened in Durban and Cape Town.",
        "Its consulates were opened in Durban and Cape Town.",
        # negated
        "Consulates were never opened in Durban and Cape Town.",
        "Consulates were not opened in Durban and Cape Town.",
    ],
)
def test_no_mission_without_sender(sentence):
    assert [m for m in missions(sentence) if m[5] == RULE] == []
