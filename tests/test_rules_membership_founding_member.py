"""`founding-member`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, rule_memberships

RULE = "founding-member"


def uruguay(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile is a founding member of the organization known as the Rio Group.",
            [("CHL", "Rio Group")],
        ),
        (
            "Paraguay is one of the founding members of what today is Mercosur.",
            [("PRY", "Mercosur")],
        ),
        (
            "Chile was one of the founding members of several international organisations—the "
            "Rio Group and the Latin American Integration Association.",
            [("CHL", "ALADI"), ("CHL", "Rio Group")],
        ),
        (
            "Peru becomes a founding member of the Andean Community.",
            [("PER", "CAN")],
        ),
        # a dated item of a timeline
        (
            "-   26 May 1969 – Peru becomes a founding member of the Andean Community.",
            [("PER", "CAN")],
        ),
        # past other states: the predicate joined to the opening state by ", and"
        (
            "Nonetheless, Chile was active in the talks that saw Peru leave the Rio Group in "
            "1990, and was a founding member of Mercosur in 1991 and the Pacific Alliance in "
            "2011.",
            [("CHL", "Mercosur"), ("CHL", "Pacific Alliance")],
        ),
        # a membership named after the founded organizations is the same state's
        (
            "Chile is a founding member of the organization known as the Rio Group, a member of "
            "Mercosur and the Andean Community.",
            [("CHL", "CAN"), ("CHL", "Mercosur"), ("CHL", "Rio Group")],
        ),
        # fronted, the state named after the list and a comment on it
        (
            "As one of the founding members of Mercosur, established in 1991, and also as the "
            "largest economy of the region, Brazil has put Mercosur first.",
            [("BRA", "Mercosur")],
        ),
    ],
)
def test_the_state_is_a_founding_member_of_the_organizations_named(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile is not a founding member of what today is Mercosur.",
        "Chile wants to be one of the founding members of what today is Mercosur.",
        # another state between the opening state and the predicate, with no ", and"
        "Chile said Peru was a founding member of the organization known as the Rio Group.",
        # the state of the ", and" predicate must be the subject of its own verb
        "Relations with Chile grew, and Peru was a founding member of what today is Mercosur.",
        # a state in the comment after the fronted list: which one is meant is unclear
        "As one of the founding members of Mercosur, along with Argentina, Brazil has grown.",
        # the state after the fronted list is a modifier, not the subject
        "As one of the founding members of Mercosur, Brazil's diplomats lead it.",
    ],
)
def test_no_founding_membership_read(text):
    assert uruguay(text) == []


def test_another_standing_after_the_list_is_not_read_as_membership():
    got = uruguay(
        "Chile is a founding member of the organization known as the Rio Group, an observer "
        "of the Andean Community."
    )
    assert got == [("CHL", "Rio Group")]


def test_a_membership_after_its_specialized_agencies_is_read_by_either_rule() -> None:
    """'... and its specialized agencies and is a member of A and B': `and-member-of` reads the
    same clause, so precedence may give a fact to either rule; both facts must be there (the
    United Nations is the clause walk's: `member-of`)."""
    text = (
        "Peru is a founding member of the United Nations (see its mission) and its "
        "specialized agencies and is a member of the Andean Community and Mercosur."
    )
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    read = {
        (m.member_iso3, m.org_id or m.org_name)
        for m in tables["memberships"]
        if m.rule in {RULE, "and-member-of"}
    }
    assert read == {("PER", "CAN"), ("PER", "Mercosur")}
