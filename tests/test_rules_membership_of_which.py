"""`of-which-member` and `fronted-member`: short sentences written for them (a paragraph of
"Foreign relations of Uruguay"; facts as (member, organization, rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import facts

OF_WHICH = "of-which-member"
FRONTED = "fronted-member"


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Rio Group, of which Chile is a founding member, is becoming important.",
            [("CHL", "Rio Group", OF_WHICH)],
        ),
        (
            "Uruguay supports the Latin American Integration Association (ALADI), of which it "
            "is a founding member.",
            [("URY", "ALADI", OF_WHICH)],
        ),
    ],
)
def test_the_state_of_the_relative_clause_is_a_member(text, expected):
    assert [f for f in uruguay(text) if f[2] == OF_WHICH] == expected


def test_a_founding_member_that_withdrew_is_one_former_membership():
    """The relative clause still reads the founding membership, but the sentence says it
    ended: one fact, the former membership (`memberships.standing`), not a current one."""
    tables = facts(
        "Overview\n\nChile has withdrawn from the Rio Group, a regional organization of which it "
        "was a founding member.\n",
        "Foreign_relations_of_Uruguay.md",
    )
    got = [(m.member_iso3, m.org_id, m.standing, m.rule) for m in tables["memberships"]]
    assert got == [("CHL", "Rio Group", "former", "withdrew-from")]


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay supports the Rio Group, of which Chile is not a member.",
        "Uruguay supports the Rio Group, of which it is an observer.",
        "Uruguay supports the Rio Group, of which Chile was a candidate member.",
        # "it" with two states named before: which one is unknown
        "Chile and Argentina support the Rio Group, of which it is a founding member.",
    ],
)
def test_no_relative_membership_read(text):
    assert [f for f in uruguay(text) if f[2] == OF_WHICH] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Although a member of the Non-Aligned Movement, Uruguay was once described as "
            "pro-Western.",
            [("URY", "NAM", FRONTED)],
        ),
        (
            "While a full member of Mercosur and the Rio Group, Chile keeps its own tariffs.",
            [("CHL", "Mercosur", FRONTED), ("CHL", "Rio Group", FRONTED)],
        ),
    ],
)
def test_the_fronted_membership_is_the_following_states(text, expected):
    assert [f for f in uruguay(text) if f[2] == FRONTED] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Although not a member of the European Union, Uruguay trades with it.",
        "Although an observer member of the Rio Group, Uruguay is active in it.",
        "Although a candidate member of Mercosur, Chile keeps its own tariffs.",
        # no state right after the phrase
        "Although a member of Mercosur, the country's exports go to China.",
        # two states after it: whose membership is unknown
        "Being a member of Mercosur, Chile and Peru trade freely.",
    ],
)
def test_no_fronted_membership_read(text):
    assert [f for f in uruguay(text) if f[2] == FRONTED] == []


def test_two_entities_of_which_gives_both():
    text = (
        "Its closest partners are the NATO countries and the EU states, two entities of which "
        "Portugal is a founding member."
    )
    assert [f for f in uruguay(text) if f[2] == OF_WHICH] == [
        ("PRT", "EU", OF_WHICH),
        ("PRT", "NATO", OF_WHICH),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Its partners are the NATO countries and the EU states, two entities of which Peru is "
        "an observer.",
        "Its partners are the NATO countries and the EU states, two entities of which Peru is "
        "not a member.",
    ],
)
def test_two_entities_of_which_traps(text):
    assert [f for f in uruguay(text) if f[2] == OF_WHICH] == []
