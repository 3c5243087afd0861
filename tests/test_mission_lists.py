"""Several missions of one sender in one sentence: the kinds a list names and the cities after
each (short sentences written for each shape, in a row of "Foreign relations of Finland"; facts
as (sender, host, city, kind, status, rule)), and the traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

FINLAND = "Foreign_relations_of_Finland.md"


def missions(
    sentence: str, name: str = FINLAND
) -> list[tuple[str, str, str | None, str, str, str]]:
    found = row_facts([sentence], name, "")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule) for m in found)


def cities(sentence: str, name: str = FINLAND) -> list[tuple[str | None, str]]:
    return sorted((m[2], m[3]) for m in missions(sentence, name))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "other" and "further" before the kind
        (
            "Norway has an embassy in Helsinki and other honorary consulates in Turku, Kotka "
            "and Pori.",
            [
                ("Helsinki", "embassy"),
                ("Kotka", "honorary-consulate"),
                ("Pori", "honorary-consulate"),
                ("Turku", "honorary-consulate"),
            ],
        ),
        # plurals of the compound kinds as the articles write them
        (
            "Norway has an embassy in Helsinki and consulate generals in Turku and Oulu.",
            [
                ("Helsinki", "embassy"),
                ("Oulu", "consulate-general"),
                ("Turku", "consulate-general"),
            ],
        ),
        (
            "Norway has an embassy in Helsinki and two honorary consulate generals in Turku and "
            "Oulu.",
            [
                ("Helsinki", "embassy"),
                ("Oulu", "honorary-consulate"),
                ("Turku", "honorary-consulate"),
            ],
        ),
        (
            "Norway has an embassy in Helsinki and a general consul in Turku.",
            [("Helsinki", "embassy"), ("Turku", "consulate-general")],
        ),
        # an outpost of an embassy, a deputy high commission
        (
            "Norway has an embassy in Helsinki and an embassy outpost in Turku.",
            [("Helsinki", "embassy"), ("Turku", "embassy-office")],
        ),
        (
            "India has a high commission in Helsinki and a deputy high commission in Turku.",
            [("Helsinki", "high-commission"), ("Turku", "high-commission")],
        ),
    ],
)
def test_every_kind_of_a_list_is_read(sentence, expected):
    assert cities(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "other" without a mission noun of the sender's own
        "Norway has hosted other delegations in Turku.",
        # a general, not a consul
        "Norway sent a general to Turku.",
    ],
)
def test_no_mission_without_a_mission_noun(sentence):
    assert missions(sentence) == []
