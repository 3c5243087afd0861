"""`member-of-quoted`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import rule_memberships

RULE = "member-of-quoted"


def uruguay(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Uruguay is a founding member of the "Andes Dialogue", a forum of the region.',
            [("URY", "Andes Dialogue")],
        ),
        # the name holds a state's adjective; the clause after "as"
        (
            'Relations are cool as Chile is a member of the "Peruvian coalition" since 2015.',
            [("CHL", "Peruvian coalition")],
        ),
        # "as a member of" in apposition, with the states "along with" it
        (
            'Brazil, as a member of "the Friends of Haiti", along with Chile and Peru, backed '
            "the accords.",
            [("BRA", "Friends of Haiti"), ("CHL", "Friends of Haiti"), ("PER", "Friends of Haiti")],
        ),
        # a body the registry knows, by its name
        ('Uruguay is a member of the "Rio Group".', [("URY", "Rio Group")]),
    ],
)
def test_the_states_are_members_of_the_body_quoted(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Uruguay is a member of the "club of the rich".',  # no name of a body
        'Uruguay is an associate member of the "Andes Club".',
        'Uruguay is not a member of the "Andes Club".',
        'Uruguay\'s president is a member of the "Andes Club".',
        'Uruguay will be a member of the "Andes Club".',
    ],
)
def test_no_quoted_membership_read(text):
    assert uruguay(text) == []
