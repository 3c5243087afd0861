"""`with-the-rest-of` (the shapes `rest-of-org` read, folded into it) and `other-org-members`: short sentences written for them (a paragraph of
"Foreign relations of Uruguay", or a relations row of it; facts as (member, organization)), and
traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

REST = "with-the-rest-of"
OTHER = "other-org-members"
#: rules merged from another branch that read some of the same shapes at a higher rank: a
#: statement counts when either published its fact (each is tested on its own sentences too)
SAME_SHAPE = {
    OTHER: ("with-other-members", "members-enumerated"),
}


def read(text: str, rule: str) -> list[tuple[str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    rules = {rule, *SAME_SHAPE.get(rule, ())}
    return sorted(
        {(m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule in rules}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Together with the rest of Mercosur, Chile imposed the tariff.", [("CHL", "Mercosur")]),
        # a negation elsewhere does not touch the membership (M20)
        (
            "Along with the rest of the European Union, Chile has not recognized the State of "
            "Palestine.",
            [("CHL", "EU")],
        ),
        ("Chile enforces the sanctions together with the rest of the EU.", [("CHL", "EU")]),
    ],
)
def test_rest_of(text, expected):
    assert read(text, REST) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the rest of a region, a people or a religion: no organization
        "Together with the rest of the Arab world, Chile condemned the coup.",
        "Chile joined the rest of South America in condemning the coup.",
        # the state set apart is not the subject
        "The rest of the AU agreed to exempt Chile.",
    ],
)
def test_no_rest_of(text):
    assert read(text, REST) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's stance was opposed by other fellow Mercosur states.", [("CHL", "Mercosur")]),
        (
            "Due to its resources, Chile funded the government of Peru (which was opposed by "
            "other fellow Mercosur states).",
            [("CHL", "Mercosur")],
        ),
        # an opening "It" of running text: the document's subject
        (
            "It has engaged cooperation with other Mercosur members and China.",
            [("URY", "Mercosur")],
        ),
        # the state after a fronted phrase, and the states "of which" names
        (
            "Aside from relations with other Mercosur states, of which Brazil and Paraguay are "
            "key partners, Chile also has ties with Asia.",
            [("BRA", "Mercosur"), ("CHL", "Mercosur"), ("PRY", "Mercosur")],
        ),
    ],
)
def test_other_members(text, expected):
    assert read(text, OTHER) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the phrase goes on from another state (an-org-member's), or is no membership
        "Chile urged Brazil and other Mercosur members to act.",
        "Chile urged other non-Mercosur states to act.",
        # a region, a language or a people (M7, M15)
        "Chile called on other Latin American states to follow.",
        # no state opens the sentence
        "The Chilean army trained, as well as involving other NATO members in the fight.",
        # another clause's subject
        "The US argued that Chile was an exception, however this has not persuaded other NATO "
        "members to sign.",
    ],
)
def test_no_other_members(text):
    assert read(text, OTHER) == []


def test_an_it_in_a_relations_row_is_not_the_subject():
    found = row_facts(
        ["It has engaged cooperation with other Mercosur members."],
        "Foreign_relations_of_Uruguay.md",
        "Chile",
    )["memberships"]
    assert [m for m in found if m.rule == OTHER] == []
