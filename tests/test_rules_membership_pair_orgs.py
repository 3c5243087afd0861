"""`pair-org-list-members`: short sentences written for it (a relations row, or a paragraph of
"Foreign relations of Uruguay"; facts as (member, organization)), and traps that must not
read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "pair-org-list-members"


def _read(tables) -> list[tuple[str, str]]:
    return sorted(
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == RULE
    )


def in_row(text: str) -> list[tuple[str, str]]:
    return _read(row_facts([text], "Foreign_relations_of_Uruguay.md", country="Ghana"))


def uruguay(text: str) -> list[tuple[str, str]]:
    return _read(facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md"))


def test_both_countries_of_a_row_are_members_of_every_organization_named():
    assert in_row("Also both countries are BSEC and WTO members.") == [
        ("GHA", "BSEC"),
        ("GHA", "WTO"),
        ("URY", "BSEC"),
        ("URY", "WTO"),
    ]


def test_two_states_named_are_members_of_every_organization_named():
    assert uruguay("Chile and Peru are APEC and Rio Group member states.") == [
        ("CHL", "APEC"),
        ("CHL", "Rio Group"),
        ("PER", "APEC"),
        ("PER", "Rio Group"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "both countries" outside a row names no pair
        "Both countries are BSEC and WTO members.",
        # another standing, a negation
        "Chile and Peru are APEC and Rio Group observer members.",
        "Chile and Peru are not APEC and Rio Group members.",
        # the names are no organizations
        "Chile and Peru are France and Spain members.",
    ],
)
def test_no_pair_read(text):
    assert uruguay(text) == []
