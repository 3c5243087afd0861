"""`org-member-and-list`: "S is an O (ACRONYM) member, a member of O2, and of O3" (short
sentences written for it, and traps that must not read)."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "org-member-and-list"


def read(text: str, name: str = "Foreign_relations_of_Uruguay.md") -> list[tuple[str, str]]:
    tables = facts(f"Overview\n\n{text}\n", name)
    return sorted(
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == RULE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The government is an Asian Development Bank (ADB) member, a member of ASEAN, and of "
            "the WTO.",
            [("URY", "ADB"), ("URY", "ASEAN"), ("URY", "WTO")],
        ),
        # the plain modifier is an-org-member's too, and the fact keeps that rule
        ("Chile is a founding Mercosur member and a member of the OAS.", [("CHL", "OAS")]),
        ("It is an Organization of American States (OAS) member state.", [("URY", "OAS")]),
    ],
)
def test_an_organization_as_a_modifier_and_the_list_after_it(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay is not an Asian Development Bank (ADB) member, but a member of the WTO.",
        "Uruguay is a non-Mercosur member.",
        "Uruguay is an Asian Development Bank (ADB) candidate.",
        # a state other than the subject
        "Uruguay said that Chile is a Mercosur member.",
    ],
)
def test_org_member_traps(text):
    assert read(text) == []


def test_it_in_a_row_is_no_ones():
    tables = row_facts(["It is an Asian Development Bank (ADB) member."], country="Ghana")
    assert [m for m in tables["memberships"] if m.rule == RULE] == []
