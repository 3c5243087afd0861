"""`with-other-members`: the state a sentence is about, named "with the other members of O" or
"with other O members", is one of O's members (short sentences written for it, and traps)."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts, rule_memberships

RULE = "with-other-members"


def read(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India is currently seeking a permanent seat in the UN Security Council, along with "
            "the other G4 nations.",
            [("IND", "G4")],
        ),
        (
            "The country maintains missions in Washington and Brussels and is represented "
            "jointly with other Organisation of Eastern Caribbean States (OECS) members in Canada.",
            [("URY", "OECS")],
        ),
        (
            "Its principal objective is to develop good relations with its neighbours in the "
            "Southern African Development Community and the other members of the African Union.",
            [("URY", "AU")],
        ),
        (
            "Chile, like other Mercosur member states, voted for the resolution.",
            [("CHL", "Mercosur")],
        ),
    ],
)
def test_the_state_named_with_the_other_members_is_a_member(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the other members are another state's fellows
        "Uruguay sent aid to Chile and other Mercosur members.",
        "Uruguay sent aid to Chile and the other members of Mercosur.",
        # negated
        "Uruguay did not vote with the other members of Mercosur.",
        # no organization named
        "Uruguay has close ties with other Latin American nations.",
    ],
)
def test_other_members_traps(text):
    assert read(text) == []


def test_its_in_a_row_is_no_ones():
    tables = row_facts(["It voted with the other members of Mercosur."], country="Ghana")
    assert [m for m in tables["memberships"] if m.rule == RULE] == []
