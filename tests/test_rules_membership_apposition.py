"""`member-apposition`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import rule_memberships

RULE = "member-apposition"


def uruguay(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1932, Bolivia invaded Paraguay, an active member of the League of Nations.",
            [("PRY", "League of Nations")],
        ),
        (
            "Uruguay kept close relations with Brazil and Argentina, two of the most important "
            "members of Mercosur and the Rio Group.",
            [
                ("ARG", "Mercosur"),
                ("ARG", "Rio Group"),
                ("BRA", "Mercosur"),
                ("BRA", "Rio Group"),
            ],
        ),
        (
            "Uruguay signed a pact with Chile and Peru, both members of the Rio Group.",
            [("CHL", "Rio Group"), ("PER", "Rio Group")],
        ),
    ],
)
def test_the_states_the_apposition_describes_are_members(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a copula before: the subject's second predicate, not the neighbour's
        "Uruguay is a neighbour of Brazil, a member of the Rio Group.",
        # a singular apposition after a list: which state is meant is unclear
        "Uruguay traded with Brazil and Chile, a member of the Rio Group.",
        # another standing
        "Uruguay traded with Chile, an associate member of Mercosur.",
        "Uruguay traded with Chile, a former member of the Andean Community.",
        # a state's people, not the state
        "Uruguay hosted Chile's president, a member of the Rio Group.",
    ],
)
def test_no_apposition_read(text):
    assert uruguay(text) == []
