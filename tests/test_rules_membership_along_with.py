"""`along-with-standing`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts, rule_memberships

RULE = "along-with-standing"


def uruguay(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazil, along with Chile, remains part of the Rio Group which often backs Uruguay.",
            [("BRA", "Rio Group"), ("CHL", "Rio Group")],
        ),
        (
            "Uruguay together with Paraguay is playing an effective role in Mercosur.",
            [("PRY", "Mercosur"), ("URY", "Mercosur")],
        ),
        (
            "Chile, together with Peru and Bolivia, participates in the Rio Group.",
            [("BOL", "Rio Group"), ("CHL", "Rio Group"), ("PER", "Rio Group")],
        ),
        # companions the sentence does not name: the subject only
        (
            "Uruguay, together with other two River Plate countries, is also a member of the "
            "Inter-American Development Bank (IDB).",
            [("URY", "IDB")],
        ),
    ],
)
def test_the_state_and_those_named_with_it_stand_in_the_body(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # something done in the body, not a standing in it (M1)
        "Uruguay, together with Chile, cooperates in the Rio Group.",
        "Uruguay, along with Chile, votes in the Rio Group.",
        # negation, unreal mood
        "Uruguay, along with Chile, is not part of the Rio Group.",
        "Uruguay, along with its partners, wants to be part of the Rio Group.",
        # a companion that is no state
        "Uruguay, along with Chile's president, is part of the Rio Group.",
        "Uruguay, together with the EU, plays a key role in the Rio Group.",
    ],
)
def test_no_standing_read(text):
    assert uruguay(text) == []


def test_the_two_states_of_a_row_along_with_another_were_united_in_the_body():
    tables = row_facts(
        ["From 1961 to 1965 the two states, along with Chile, were united in the Rio Group."],
        "Foreign_relations_of_Uruguay.md",
        country="Ghana",
    )
    got = sorted((m.member_iso3, m.org_id) for m in tables["memberships"] if m.rule == RULE)
    assert got == [("CHL", "Rio Group"), ("GHA", "Rio Group"), ("URY", "Rio Group")]


def test_the_two_states_outside_a_row_are_none():
    assert uruguay("The two states, along with Chile, were united in the Rio Group.") == []


REST = "with-the-rest-of"


def _rest(text: str) -> list[tuple[str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted(
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == REST
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Together with the rest of Mercosur, Uruguay imposed the tariff on Chile.",
            [("URY", "Mercosur")],
        ),
        # a negation elsewhere does not touch the membership (M20)
        (
            "Paraguay, along with the rest of Mercosur, has not recognized Kosovo.",
            [("PRY", "Mercosur")],
        ),
    ],
)
def test_the_state_set_apart_from_the_rest_is_a_member(text, expected):
    assert _rest(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Together with the rest of South America, Uruguay condemned the coup.",
        "Together with the rest of the world, Uruguay condemned the coup.",
        "Together with the rest of Mercosur, Uruguay's president condemned the coup.",
    ],
)
def test_no_rest_read(text):
    assert _rest(text) == []
