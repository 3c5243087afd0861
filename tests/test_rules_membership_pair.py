"""`pair-members`: a pair of states said to be members together where the clause does not open
with the pair. Sentences written for each shape, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "pair-members"


def in_row(text: str) -> set[tuple[str, str, str]]:
    """(member, organization, rule) read in a Ghana row of "Foreign relations of Uruguay"."""
    tables = row_facts([text], "Foreign_relations_of_Uruguay.md", country="Ghana")
    return {(m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"]}


def in_prose(text: str) -> set[tuple[str, str, str]]:
    """(member, organization, rule) read in a paragraph of "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"]}


def pair(*orgs: str, states: tuple[str, str] = ("URY", "GHA")) -> set[tuple[str, str, str]]:
    return {(s, o, RULE) for s in states for o in orgs}


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "Despite tensions between Montevideo and Accra, the two countries are members of the "
            "OAS and the OIC.",
            ("OAS", "OIC"),
        ),
        ("Trade has grown, and both nations are full members of the OAS.", ("OAS",)),
        ("In the economic area, both are members of the OAS and the IMF.", ("OAS", "IMF")),
        ("Both countries a members of the Commonwealth of Nations", ("Commonwealth",)),
        ("Both countries are also partners and founding members of the NAM.", ("NAM",)),
        ("Trade grew in 2004, they are both founding members of the NAM.", ("NAM",)),
    ],
)
def test_the_pair_of_a_row_after_a_fronted_clause_or_a_conjunction(text, orgs):
    assert pair(*orgs) <= in_row(text)


@pytest.mark.parametrize(
    ("text", "states", "orgs"),
    [
        (
            "Relations between Brazil and India have grown as both are member nations of BRICS.",
            ("BRA", "IND"),
            ("BRICS",),
        ),
        (
            "Both India and Nigeria, are members of the Commonwealth of Nations and the G-77.",
            ("IND", "NGA"),
            ("Commonwealth", "G-77"),
        ),
        (
            "Turkey and Kazakhstan, both being Turkic nations, are founding members of the OIC.",
            ("TUR", "KAZ"),
            ("OIC",),
        ),
        ("Chile & Peru are both members of the OAS.", ("CHL", "PER"), ("OAS",)),
    ],
)
def test_the_pair_the_sentence_names(text, states, orgs):
    assert pair(*orgs, states=states) <= in_prose(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trade has grown, and both countries are partners in the OAS.",
        "Trade has grown, and both countries are not members of the OAS.",
        "Trade has grown, and both countries applied to join the OAS.",
        "Trade has grown, and both countries are observers in the OAS.",
        "Trade has grown, and both countries have relations with the EU.",
        "Trade has grown, and both countries cooperate within the OAS.",
    ],
)
def test_no_membership_is_read_from_other_standings(text):
    assert not {f for f in in_row(text) if f[2] == RULE}


def test_three_states_named_before_both_are_nobody():
    text = "Brazil, India and China have grown closer as both are members of BRICS."
    assert not {f for f in in_prose(text) if f[2] == RULE}


def test_a_state_merely_named_near_the_pair_is_no_member():
    got = in_prose("Relations between Brazil and India grew; both are members of BRICS.")
    assert ("URY", "BRICS", RULE) not in got


ORG_RULE = "pair-org-members"


@pytest.mark.parametrize(
    "text",
    [
        "Relations are quite close between the two Muslim-majority OIC members.",
        "Relations are excellent and both NATO nations have close relations nowadays.",
    ],
)
def test_a_pair_described_by_an_organization_in_a_row(text):
    org = "OIC" if "OIC" in text else "NATO"
    assert {("URY", org, ORG_RULE), ("GHA", org, ORG_RULE)} <= in_row(text)


def test_a_named_pair_described_by_an_organization():
    got = in_prose("India & Australia are both Commonwealth members.")
    assert {("IND", "Commonwealth", ORG_RULE), ("AUS", "Commonwealth", ORG_RULE)} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Relations are close between the two non-NATO countries.",
        "Relations are close between the two Latin American countries.",
        "Both EU candidate countries met in Brussels.",
        "Ghana is one of the two OIC members in the region to abstain.",
        "Both countries are NATO partner countries.",
    ],
)
def test_pair_org_traps(text):
    assert not {f for f in in_row(text) if f[2] == ORG_RULE}


def test_every_clause_of_the_pair_in_a_sentence_is_read():
    # a comma splice: the pair's second clause names other organizations
    found = in_row(
        "Trade grew, they are both members of the OAS, they are both founding members of the NAM."
    )
    assert pair("OAS", "NAM") <= found
    # the pair's second clause in negation adds nothing
    found = in_row(
        "Trade grew, they are both members of the OAS, they are not both members of the NAM."
    )
    assert pair("OAS") <= found
    assert not {f for f in found if f[1] == "NAM"}


def test_both_of_whom_are_the_two_states_named_before():
    got = in_prose("Talks began between Chile and Peru, both of whom are members of the OAS.")
    assert {("CHL", "OAS", RULE), ("PER", "OAS", RULE)} <= got
    got = in_prose("Brazil and India, both of which are members of BRICS, signed a pact.")
    assert {("BRA", "BRICS", RULE), ("IND", "BRICS", RULE)} <= got


@pytest.mark.parametrize(
    "text",
    [
        # one state named: "both of whom" is not the document's subject and a counterpart
        "Talks began with Chile and its neighbour, both of whom are members of the OAS.",
        # three states named: which two is not said
        "Brazil, India and China met; both of whom are members of BRICS.",
        "Talks began between Chile and Peru, both of whom are observers in the OAS.",
    ],
)
def test_both_of_whom_traps(text):
    assert not {f for f in in_prose(text) if f[2] == RULE}
