"""`through-membership`: the state a sentence is about acts through (via, by virtue of) its
membership of, participation in or seat on an organization. Sentences written for the rule, with
traps that must read nothing."""

from __future__ import annotations

import pytest

from tests.conftest import facts, rule_memberships

RULE = "through-membership"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile opened relations with many states via membership of the League of Nations.",
            [("CHL", "League of Nations")],
        ),
        (
            "In recent years, it has sought dialogue with India and China through participation "
            "in international groupings such as IBSA and BRICS.",
            [("URY", "BRICS"), ("URY", "IBSA")],
        ),
        (
            "Peru gained influence in the region by virtue of membership in the Andean Community.",
            [("PER", "CAN")],
        ),
        (
            "It has sought a higher profile in the UN through its permanent seat on the United "
            "Nations Security Council.",
            [("URY", "UNSC")],
        ),
        (
            "Bolivia helps Paraguay through its participation in organisations like Mercosur.",
            [("BOL", "Mercosur")],
        ),
    ],
)
def test_the_opening_state_acts_through_its_membership(text, expected):
    assert rule_memberships(text, RULE) == expected


@pytest.mark.parametrize(
    "text",
    [
        # negation, unreal mood, a goal
        "Chile did not gain influence via membership of the OAS.",
        "Chile would gain influence through membership of the OAS.",
        "Chile hopes to gain influence through a seat on the United Nations Security Council.",
        # another state is the subject of a clause of its own
        "Chile has relations with Peru, which cooperates through membership of the OAS.",
        "Chile is small, and Peru acts through membership of the OAS.",
        # another state's membership
        "Chile supports Peru's role through Peru's membership of the OAS.",
        # the state's own membership noun with "its": its-membership's
        "Chile acts through its membership of the OAS.",
        # no state opens the sentence
        "Trade grew through membership of the OAS.",
    ],
)
def test_traps(text):
    assert rule_memberships(text, RULE) == []


def test_its_membership_stays_with_its_rule():
    """ "through its membership of ⟪O⟫" is read once, by `its-membership`."""
    tables = facts(
        "Overview\n\nChile acts through its membership of the OAS.\n",
        "Foreign_relations_of_Uruguay.md",
    )
    got = {(m.member_iso3, m.org_id, m.rule) for m in tables["memberships"]}
    assert ("CHL", "OAS", "its-membership") in got
    assert not {g for g in got if g[2] == RULE}


def test_corpus_line_estonia():
    """Foreign_relations_of_Estonia.md line 1, the sentence as the article has it."""
    text = (
        "The Republic of Estonia gained its independence from the Russian Empire on 24 February "
        "1918 and established diplomatic relations with many countries via membership of the "
        "League of Nations."
    )
    assert rule_memberships(text, RULE) == [("EST", "League of Nations")]
