"""`chaired-by`: short sentences written for it (a paragraph of "Foreign relations of Uruguay";
facts as (member, organization)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import rule_memberships

RULE = "chaired-by"


def uruguay(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Rio Group is co-chaired by Chile, Peru, and Brazil and meets every year.",
            [("BRA", "Rio Group"), ("CHL", "Rio Group"), ("PER", "Rio Group")],
        ),
        ("Since 2010, Mercosur has been chaired by Paraguay.", [("PRY", "Mercosur")]),
        # a meeting of the body: the body (M13)
        (
            "Tariffs were cut at the Third Ministerial Meeting of Mercosur as chaired by Chile "
            "in 1994.",
            [("CHL", "Mercosur")],
        ),
        # an organ of the body, with a state in its name: the body, the state after the comma
        (
            "As Chair of the United Nations Security Council's Haiti Sanctions Committee, Chile "
            "pressed for an embargo.",
            [("CHL", "UNSC")],
        ),
        (
            "In 2005, as chairman of the Rio Group, Peru called a summit.",
            [("PER", "Rio Group")],
        ),
    ],
)
def test_the_states_chairing_stand_in_the_body(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person chairs, not a state
        "As chairman of the African Union, Gaddafi visited Rome.",
        "As President of the UN General Assembly, Ghana's foreign minister spoke.",
        "The Rio Group is chaired by Chile's foreign minister.",
        "The summit of Mercosur was chaired by its Secretary-General.",
        # unreal mood, negation
        "The Rio Group will be chaired by Chile in 2020.",
        "The Rio Group was never chaired by Chile.",
        # the state is not the one chairing
        "As chairman of the Rio Group, Peru and Chile met in Lima.",
    ],
)
def test_no_chair_read(text):
    assert uruguay(text) == []
