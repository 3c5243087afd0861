"""`an-org-member`: a state described by an organization's name used as a modifier (M15).
Sentences written for each shape, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "an-org-member"


def read(text: str) -> set[tuple[str, str, str]]:
    """(member, organization, rule) read in a paragraph of "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"]}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The talks were slowed by the insistence of Slovenia, an EU member state, that the "
            "border be settled first.",
            ("SVN", "EU"),
        ),
        ("In 2009, France again was a fully integrated NATO member.", ("FRA", "NATO")),
        ("Ireland was the only EU country that did not have relations with Chile.", ("IRL", "EU")),
        (
            "France is one of the two European Union members not to recognise North Korea.",
            ("FRA", "EU"),
        ),
        ("Spain is one of only three NATO members to abstain.", ("ESP", "NATO")),
        # set off by dashes
        (
            "The dispute grew, with Spain – a NATO member – blocking Chile from the talks.",
            ("ESP", "NATO"),
        ),
    ],
)
def test_the_state_the_organization_describes(text, fact):
    assert (*fact, RULE) in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey is an EU candidate country.",
        "Norway is a non-EU country.",
        "Norway is a NATO partner country.",
        "Mexico was the first Latin American country to recognise Croatia.",
        "Jamaica is a Caribbean country.",
        "Chile is not an EU member.",
        "Chile has relations with the EU member states.",
        "Chile applied to join the EU and wants to be an EU member.",
        "Relations with Serbia – a non-EU country – remain cool.",
        "Relations with Serbia – an EU candidate country – remain cool.",
        # a dash opened, a comma closing: no apposition set off
        "The dispute grew, with Spain – a NATO member, blocking Chile from the talks.",
    ],
)
def test_traps(text):
    assert not {f for f in read(text) if f[2] == RULE}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Malaysia and other ASEAN members decided not to defend Myanmar.", ("MYS", "ASEAN")),
        ("Indonesia and other ASEAN member countries played a role.", ("IDN", "ASEAN")),
    ],
)
def test_a_state_and_the_other_members(text, fact):
    got = read(text)
    assert (*fact, RULE) in got
    assert ("MMR", "ASEAN", RULE) not in got


def test_other_states_of_a_region_give_nothing():
    assert not {f for f in read("Chile and other South American countries met.") if f[2] == RULE}


def test_the_other_of_two_members_named_after_it():
    got = read(
        "Spain is one of only two NATO members not to recognise Kosovo, the other being Chile."
    )
    assert {("ESP", "NATO", RULE), ("CHL", "NATO", RULE)} <= got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a second noun of the same copula
        ("Canada is a large federation and a G7 country.", ("CAN", "G7")),
        # "(and the other ⟪O⟫)" where the name says what its members are
        ("Chile broke off ties with Japan (and the other Axis Powers) in 1942.", ("JPN", "Axis")),
    ],
)
def test_a_second_noun_and_the_other_powers(text, fact):
    assert (*fact, RULE) in read(text)


@pytest.mark.parametrize(
    "text",
    [
        # three members: "the other" is not the only other one
        "Spain is one of three NATO members not to recognise Kosovo, the other being Chile.",
        # another clause
        "Spain is one of two NATO members not to recognise Kosovo; the other is a candidate, "
        "the other being Chile.",
    ],
)
def test_the_other_not_read(text):
    assert ("CHL", "NATO", RULE) not in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Canada is not a small country and a G7 country.",
        "Canada is a federation and an EU candidate country.",
        "Chile broke off ties with Japan (and the other European Union) in 1942.",
    ],
)
def test_a_second_noun_and_the_other_powers_traps(text):
    assert not {f for f in read(text) if f[2] == RULE}
