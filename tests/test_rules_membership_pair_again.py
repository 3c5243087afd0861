"""`pair-as-members`, and `member-apposition` on two states (the shapes `pair-apposed-members` read, folded into it): short sentences written for them (a relations
row of "Foreign relations of Uruguay", or its running text; facts as (member, organization,
rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

AS_MEMBERS = "pair-as-members"
APPOSED = "member-apposition"


def in_row(text: str, rule: str) -> list[tuple[str, str]]:
    found = row_facts([text], "Foreign_relations_of_Uruguay.md", "Chile")["memberships"]
    return sorted((m.member_iso3, m.org_id or m.org_name) for m in found if m.rule == rule)


def in_text(text: str, rule: str) -> list[tuple[str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted(
        {(m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == rule}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay engages with Chile on many issues. As members of the Commonwealth, "
            "relations are at a governmental level.",
            [("CHL", "Commonwealth"), ("URY", "Commonwealth")],
        ),
        (
            "Although both member of Mercosur, the trade between the two stays small.",
            [("CHL", "Mercosur"), ("URY", "Mercosur")],
        ),
        (
            "There are common interests which the two countries share as members of the "
            "Commonwealth and the Organisation of Islamic Cooperation among others.",
            [("CHL", "Commonwealth"), ("CHL", "OIC"), ("URY", "Commonwealth"), ("URY", "OIC")],
        ),
        (
            "As farmers, they work together to open markets through membership of the Cairns "
            "Group.",
            [("CHL", "Cairns Group"), ("URY", "Cairns Group")],
        ),
        (
            "Both nations inherited many connections from British rule, such as membership in "
            "the Commonwealth of Nations and cricket.",
            [("CHL", "Commonwealth"), ("URY", "Commonwealth")],
        ),
    ],
)
def test_the_rows_pair_are_members(text, expected):
    assert in_row(text, AS_MEMBERS) == expected


def test_a_fronted_as_members_gives_the_states_that_follow():
    assert in_text("As members of the EU, France and Germany signed the treaty.", AS_MEMBERS) == [
        ("DEU", "EU"),
        ("FRA", "EU"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # in prospect, negated, a standing that is not membership
        "Both countries want to become members of the OECD.",
        "As future members of the OECD, they agreed to cooperate.",
        "Both countries are not members of the OECD.",
        "As observer members of the OAS, they attend its meetings.",
        # another pair named in the predicate
        "Both leaders of Peru and Bolivia spoke as members of the OECD.",
        # "both" after states named: those states, not the row's pair
        "Peru and Bolivia, both members of the OAS, met.",
        # one state after the fronted phrase: not the pair ("as-a-member" reads singulars)
        "As members of the EU, Peru signed the treaty.",
    ],
)
def test_no_pair_read_in_a_row(text):
    assert in_row(text, AS_MEMBERS) == []


def test_outside_a_row_the_pair_is_unknown():
    assert in_text("As members of the Commonwealth, relations are close.", AS_MEMBERS) == []
    assert in_text("Both nations share much, such as membership in the OAS.", AS_MEMBERS) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade grew between Ghana and Nigeria, two of the most important members of ECOWAS "
            "and the Commonwealth of Nations.",
            [
                ("GHA", "Commonwealth"),
                ("GHA", "ECOWAS"),
                ("NGA", "Commonwealth"),
                ("NGA", "ECOWAS"),
            ],
        ),
        (
            "Peru and Bolivia, both founding members of the OAS, met.",
            [("BOL", "OAS"), ("PER", "OAS")],
        ),
    ],
)
def test_apposed_members(text, expected):
    assert in_text(text, APPOSED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Bolivia, both prospective members of the OECD, met.",
        "Peru and Bolivia, both candidate members of the EU, met.",
    ],
)
def test_no_apposed_members(text):
    assert in_text(text, APPOSED) == []
