"""`state-membership-noun`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay", or a relations row of it; facts as (member, organization)), and traps that must not
read."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts, rule_memberships

RULE = "state-membership-noun"


def read(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's European Union membership represents an important part of its policy.",
            [("CHL", "EU")],
        ),
        (
            "Relations stemmed initially from Chilean Mercosur membership at independence.",
            [("CHL", "Mercosur")],
        ),
        ("Chile outlined priorities during its UNSC tenure.", [("CHL", "UNSC")]),
        (
            "Notwithstanding its membership in the Organisation of Islamic Cooperation, Chile "
            "has good relations with Israel.",
            [("CHL", "OIC")],
        ),
    ],
)
def test_the_states_membership_as_a_noun(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # sought, supported, opposed, still to come
        "Peru supports Chile's European Union membership.",
        "Peru became a firm supporter of Chile's European Union membership.",
        "Peru opposes Chilean EU membership.",
        "Chile's EU membership bid stalled.",
        "Chile's EU membership talks stalled.",
        "Chilean EU membership is unlikely before 2030.",
        # two states before "its": whose is unknown
        "Chile and Peru discussed its UNSC seat.",
    ],
)
def test_no_membership_read(text):
    assert read(text) == []


def test_a_fronted_its_in_a_relations_row_is_the_state_after_it():
    found = row_facts(
        ["Notwithstanding its membership in the OAS, Chile has good relations with Cuba."],
        "Foreign_relations_of_Uruguay.md",
        "Chile",
    )["memberships"]
    assert sorted((m.member_iso3, m.org_id) for m in found if m.rule == RULE) == [("CHL", "OAS")]
