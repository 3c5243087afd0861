"""`ranked-org-member`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "ranked-org-member"


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank among the members, right after the state
        (
            "Chile became the very first Commonwealth republic in 1950.",
            [("CHL", "Commonwealth", RULE)],
        ),
        (
            "Chile is consistently the most pro-European of EU member states.",
            [("CHL", "EU", RULE)],
        ),
        (
            "Similarly, Chile is one of only six UN members that is not a member of the "
            "Universal Postal Union.",
            [("CHL", "UN", RULE)],
        ),
        # the description as the state's second predicate
        (
            "Chile supports Peru's bid to join the European Union and is the first EU member "
            "that imports gas from it.",
            [("CHL", "EU", RULE)],
        ),
        (
            "Chile became a firm supporter of Peru's Mercosur membership and was the fifth "
            "Mercosur member state to ratify the treaty.",
            [("CHL", "Mercosur", RULE)],
        ),
        (
            "Chile was the fifth state to recognize Peru and the first Mercosur country to "
            "open an embassy in Lima.",
            [("CHL", "Mercosur", RULE)],
        ),
        (
            "Chile is the 8th largest investor in Peru and the largest amongst Mercosur member "
            "nations.",
            [("CHL", "Mercosur", RULE)],
        ),
        (
            "Under the junta, Chile was never declared a republic, but remained a Commonwealth "
            "realm.",
            [("CHL", "Commonwealth", RULE)],
        ),
    ],
)
def test_the_state_ranked_is_a_member(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # words between the superlative and "of": a rank among others than the members
        "Chile is the largest trading partner of EU member states.",
        # no member: a prefix or a word between the name and the noun
        "Chile is the first non-EU country to sign the treaty.",
        "Chile is one of the few EU candidate countries.",
        # negated
        "Chile was never the first EU country to act.",
        "Chile was not a republic and did not remain a Commonwealth realm.",
        # a relative or reported clause: said of another state
        "Chile welcomed Peru, which is the first EU member to do so.",
        "Chile said that Peru is active and is the first EU member to do so.",
        # the second conjunct without a verb after a first predicate that is no description
        "Chile recognised Peru and the first EU country to do so.",
        # a region or a people, not an organization
        "Chile is the first South American country to recognise it.",
    ],
)
def test_no_membership_read(text):
    assert [f for f in uruguay(text) if f[2] == RULE] == []


def test_an_it_in_a_relations_row_is_not_the_subject():
    found = row_facts(
        ["It became the first Mercosur country to open an embassy in Santiago."],
        "Foreign_relations_of_Uruguay.md",
        "Chile",
    )["memberships"]
    assert [m for m in found if m.rule == RULE] == []
