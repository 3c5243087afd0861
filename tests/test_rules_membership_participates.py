"""`participates-actively`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "participates-actively"


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay also actively participates as a member of the Rio Group.",
            [("URY", "Rio Group", RULE)],
        ),
        (
            "In July 2000, it began participating in the ASEAN Regional Forum (ARF).",
            [("URY", "ARF", RULE)],
        ),
        (
            "Chile fully participates in Mercosur and the Rio Group.",
            [("CHL", "Mercosur", RULE), ("CHL", "Rio Group", RULE)],
        ),
    ],
)
def test_the_organizations_taken_part_in_are_the_states(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a peacekeeping mission is taken part in, not belonged to
        "Uruguay has actively participated in the United Nations Stabilization Mission in Haiti.",
        # two states, negation, unreal mood
        "Chile and Brazil have actively participated in the Rio Group.",
        "Uruguay never actively participated in the Rio Group.",
        "Uruguay would actively participate in the Rio Group.",
        # not an organization
        "Uruguay actively participates in the Doha Round negotiations.",
    ],
)
def test_no_participation_read(text):
    assert [f for f in uruguay(text) if f[2] == RULE] == []


def test_in_a_relations_row_it_is_not_the_subject():
    found = row_facts(
        ["It actively participates in the Rio Group."], "Foreign_relations_of_Uruguay.md", "Chile"
    )["memberships"]
    assert [m for m in found if m.rule == RULE] == []
