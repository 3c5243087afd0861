"""`its-membership`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "its-membership"


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The foreign policy of the country is substantially influenced by its membership of "
            "Mercosur.",
            [("URY", "Mercosur", RULE)],
        ),
        (
            "In 2015, Chile marked 70 years of its membership in the United Nations.",
            [("CHL", "UN", RULE)],
        ),
        (
            "The government gives its Mercosur membership the highest priority.",
            [("URY", "Mercosur", RULE)],
        ),
    ],
)
def test_the_organization_is_the_states_its_stands_for(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # lost, restored, sought, supported, opposed
        "In 1971, Uruguay lost its membership in the United Nations.",
        "Uruguay regained its membership of the Rio Group in 1990.",
        "Uruguay is seeking its membership of the European Union.",
        "Chile opposed its membership in the Rio Group.",
        # a bid, not a membership
        "Uruguay is preparing its NATO membership bid.",
        # "its" may be the organization's
        "Uruguay supports the African Union and its membership of the United Nations.",
        # two states named before it: which one is unknown
        "Chile and Argentina discussed its membership of the Rio Group.",
    ],
)
def test_no_membership_read(text):
    assert [f for f in uruguay(text) if f[2] == RULE] == []


def test_in_a_relations_row_it_is_not_the_subject():
    found = row_facts(
        ["Trade is influenced by its membership of Mercosur."],
        "Foreign_relations_of_Uruguay.md",
        "Chile",
    )["memberships"]
    assert [m for m in found if m.rule == RULE] == []
