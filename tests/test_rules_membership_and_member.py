"""`and-member-of`: a membership stated by a later predicate of the sentence's subject, after
"and". Sentences written for each shape (a state, "It", a pair in a row), with traps that must
not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "and-member-of"


def in_prose(text: str) -> set[tuple[str, str]]:
    """(member, organization) the rule reads in a paragraph of "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == RULE
    }


def in_row(text: str) -> set[tuple[str, str]]:
    """(member, organization) the rule reads in a Ghana row of "Foreign relations of Uruguay"."""
    tables = row_facts([text], "Foreign_relations_of_Uruguay.md", country="Ghana")
    return {
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == RULE
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile participates in a number of UN specialized agencies and is a member of the "
            "World Bank, the IMF and the OAS.",
            {("CHL", "World Bank"), ("CHL", "IMF"), ("CHL", "OAS")},
        ),
        (
            "In 1990, Peru signed a treaty with Ecuador and became a full member of the OAS.",
            set(),  # "became" is the entry rules' (admitted-to), not a predicate of being
        ),
        (
            "It contributes through UN programmes and is also a member of the Colombo Plan.",
            {("URY", "Colombo Plan")},
        ),
        (
            "Peru has close ties with Chile, and has been a founding member of the OAS.",
            {("PER", "OAS")},
        ),
    ],
)
def test_a_later_predicate_of_a_state(text, expected):
    assert in_prose(text) == expected


def test_the_pair_of_a_row_and_every_later_predicate():
    got = in_row(
        "They enjoy friendly relations and were members of the OAS during the war, formed an "
        "alliance during the Cold War, and are full members of the European Union and NATO."
    )
    assert got == {(s, o) for s in ("URY", "GHA") for o in ("OAS", "EU", "NATO")}
    got = in_row("Both nations are regional powers and members of the G-20.")
    assert got == {("URY", "G20"), ("GHA", "G20")}


@pytest.mark.parametrize(
    "text",
    [
        # another subject after "and", or a list of subjects
        "Chile and Peru are neighbours and are members of the OAS.",
        "Chile signed a treaty with Peru, which participates in UN agencies and is a member of "
        "the OAS.",
        # objects, not the subject
        "Chile has close ties with Peru and members of the OAS.",
        "Chile is close to Peru and members of the OAS.",
        # negation, unreal, other standings
        "Chile does not take part in UN agencies and is a member of the OAS.",
        "Chile wants to join UN agencies and be a member of the OAS.",
        "Chile participates in UN agencies and is an observer of the OAS.",
        "Chile participates in UN agencies and is a candidate for membership of the OAS.",
        # "they" outside a row stands for nobody the sentence names
        "They enjoy friendly relations and are full members of the OAS.",
    ],
)
def test_traps(text):
    assert in_prose(text) == set()


SEAT_RULE = "and-council-seat"


def seats(text: str) -> set[tuple[str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id) for m in tables["memberships"] if m.rule == SEAT_RULE}


@pytest.mark.parametrize(
    "text",
    [
        "It is a member of the United Nations and has served one term in the UN Security Council.",
        "Uruguay is a member of the OAS (and most UN agencies) and has served three terms on the "
        "UN Security Council.",
    ],
)
def test_a_seat_as_a_later_predicate(text):
    assert seats(text) == {("URY", "UNSC")}


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay is a member of the OAS and has never served on the UN Security Council.",
        "Uruguay backs Chile, which is a member of the OAS and has served on the UN Security "
        "Council.",
        "Uruguay is a member of the OAS and has served in the United Nations.",  # no council
        "Uruguay is a member of the OAS and Chile has served on the UN Security Council.",
    ],
)
def test_seat_traps(text):
    assert seats(text) == set()
