"""`modified-member-of`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "modified-member-of"


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay has been a fully independent member state of the Latin American "
            "Integration Association since 1980.",
            [("URY", "ALADI", RULE)],
        ),
        (
            "Although Uruguay became a republic in 1830, Uruguay has been a member state of the "
            "Organization of American States since 1948.",
            [("URY", "OAS", RULE)],
        ),
        (
            "Uruguay is a long-standing and active member of the Rio Group and Mercosur.",
            [("URY", "Mercosur", RULE), ("URY", "Rio Group", RULE)],
        ),
        (
            "In 1995, Uruguay again was a fully integrated Mercosur member.",
            [("URY", "Mercosur", RULE)],
        ),
        (
            "Uruguay is one of the two Mercosur members not to recognise Taiwan.",
            [("URY", "Mercosur", RULE)],
        ),
        (
            "The government is an Asian Development Bank (ADB) member, a member of Mercosur, "
            "and of the World Trade Organization.",
            [("URY", "ADB", RULE), ("URY", "Mercosur", RULE), ("URY", "WTO", RULE)],
        ),
    ],
)
def test_the_organizations_after_a_described_membership_are_the_states(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another standing than a member's
        "Uruguay was a former associate member of the Rio Group.",
        "Uruguay is a prospective new member of the European Union.",
        "Uruguay is an honorary founding member of the Rio Group.",
        "Uruguay is a non-voting member of the Rio Group.",
        "Uruguay is a prospective new Mercosur member.",
        "Uruguay is a non-Mercosur member of the Rio Group.",
        # negated, unreal
        "Uruguay has never been a fully independent member of the Rio Group.",
        "Uruguay would become a full voting member of the Rio Group.",
    ],
)
def test_no_membership_read(text):
    assert [f for f in uruguay(text) if f[2] == RULE and f[0] == "URY"] == []


def test_the_subject_is_the_main_clauses_not_the_subordinate_clauses():
    assert [
        f
        for f in uruguay(
            "Although Chile became a republic in 1818, Argentina has been a member state of the "
            "Rio Group since 1990."
        )
        if f[2] == RULE
    ] == [("ARG", "Rio Group", RULE)]


def test_in_a_relations_row_it_is_not_the_subject():
    found = row_facts(
        ["It is a long-standing active member of the Rio Group."],
        "Foreign_relations_of_Uruguay.md",
        "Chile",
    )["memberships"]
    assert [m for m in found if m.rule == RULE] == []
