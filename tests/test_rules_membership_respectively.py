"""`members-respectively`: states and organizations paired in order by "respectively".
Sentences written for it, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "members-respectively"


def read(text: str) -> list[tuple[str, str | None]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id) for m in tables["memberships"] if m.rule == RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and Ghana, as the largest members of the Organization of American States (OAS) "
            "and the African Union, respectively, take similar positions.",
            [("CHL", "OAS"), ("GHA", "AU")],
        ),
        (
            "Chile, Ghana and Austria are members of the OAS, the AU and the EU respectively.",
            [("AUT", "EU"), ("CHL", "OAS"), ("GHA", "AU")],
        ),
    ],
)
def test_paired_in_order(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # as many states as organizations, or nothing
        "Chile, Ghana and Peru are members of the OAS and the AU respectively.",
        # every item of the first list a state
        "Chile and the OAS are members of the UN and the AU respectively.",
        "Chile and Ghana are not members of the OAS and the AU respectively.",
        "Chile and Ghana are observers of the OAS and the AU respectively.",
        # no "respectively": not paired in order
        "Chile and Ghana are members of the OAS and the AU.",
    ],
)
def test_traps(text):
    assert read(text) == []


def test_no_rule_reads_every_state_of_every_organization():
    tables = facts(
        "Overview\n\nChile, Ghana and Austria are members of the OAS, the AU and the EU "
        "respectively.\n",
        "Foreign_relations_of_Uruguay.md",
    )
    got = {(m.member_iso3, m.org_id) for m in tables["memberships"]}
    assert got == {("CHL", "OAS"), ("GHA", "AU"), ("AUT", "EU")}
