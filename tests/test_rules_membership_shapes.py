"""Shapes of membership statements the labelled documents rarely use (issue 19): an unknown
organization's name with "and" inside it, a qualifier before "a member", "each" as the
subject. Short sentences written for them, in a paragraph and in a table row's notes, and
traps that must read nothing."""

from __future__ import annotations

import pytest

from tests.conftest import facts, relations_doc

URUGUAY = "Foreign_relations_of_Uruguay.md"


def prose(text: str) -> list[tuple[str, str, str, str]]:
    """(member, organization, standing, rule) of the memberships of a paragraph."""
    tables = facts(f"Overview\n\n{text}\n", URUGUAY)
    return sorted(
        (m.member_iso3, m.org_id or m.org_name, m.standing, m.rule) for m in tables["memberships"]
    )


def row(text: str) -> list[tuple[str, str, str, str]]:
    """The same, of a relations table row (with Chile) whose notes are `text`."""
    tables = facts(relations_doc([text], country="Chile"), URUGUAY)
    return sorted(
        (m.member_iso3, m.org_id or m.org_name, m.standing, m.rule) for m in tables["memberships"]
    )


def roles(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", URUGUAY)
    return sorted(
        (r.member_iso3, r.org_id or r.org_name, r.status) for r in tables["organization_roles"]
    )


# -- an unknown organization keeps its whole name, "and" included ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay is a member of the Council of Science and Technology.",
            ["Council of Science and Technology"],
        ),
        (
            "Uruguay has been a member of the Association of Foo and Bar States since 1995.",
            ["Association of Foo and Bar States"],
        ),
        (
            "Uruguay is a member of the UN, the Council of Science and Technology, and the OAS.",
            ["Council of Science and Technology", "OAS", "UN"],
        ),
        (
            "Uruguay is a member of the Council of Science and Technology and the United Nations.",
            ["Council of Science and Technology", "UN"],
        ),
        (
            "Uruguay joined the Forum for Trade and Investment (FTI) in 2001.",
            ["Forum for Trade and Investment"],
        ),
    ],
)
def test_an_unknown_name_goes_on_past_its_and(text, expected):
    assert sorted(org for _, org, _, _ in prose(text)) == expected
    assert sorted(org for s, org, _, _ in row(text) if s == "URY") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two bodies, the second with a head word of its own
        (
            "Uruguay is a member of the Union of Foo and Council of Bar.",
            ["Council of Bar", "Union of Foo"],
        ),
        (
            "Uruguay is a member of the Union of Foo and the Council of Bar.",
            ["Council of Bar", "Union of Foo"],
        ),
        # a state after the "and" is no part of the name
        ("Uruguay is a member of the Council of Foo and Argentina.", ["Council of Foo"]),
        # nor the subject of the next clause
        (
            "Uruguay is a member of the Council of Foo and Argentina is a member of the UN.",
            ["Council of Foo", "UN"],
        ),
    ],
)
def test_the_and_between_two_items_still_parts_them(text, expected):
    assert sorted(org for _, org, _, _ in prose(text)) == expected


# -- a qualifier before "a member" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay is nominally a member of the Non-Aligned Movement.",
            [("URY", "NAM", "member", "member-of")],
        ),
        (
            "Uruguay is also nominally a member of the Non-Aligned Movement and the Group of 77.",
            [("URY", "G-77", "member", "member-of"), ("URY", "NAM", "member", "member-of")],
        ),
    ],
)
def test_a_nominal_member_is_a_member(text, expected):
    assert prose(text) == expected


def test_not_even_nominally_a_member_reads_no_membership():
    text = "Uruguay is not nominally a member of the Non-Aligned Movement."
    assert prose(text) == []
    assert roles(text) == [("URY", "NAM", "not-member")]


# -- "each" as the subject --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Each is a member of the United Nations and the OAS.", ["OAS", "UN"]),
        ("Each country is a member of the World Trade Organization.", ["WTO"]),
        (
            "Each of the two countries has been a member of the World Trade Organization since "
            "1995.",
            ["WTO"],
        ),
    ],
)
def test_each_of_the_pair_is_a_member(text, orgs):
    rows = row(text)
    expected = sorted((s, o, "member", "both-members-of") for s in ("CHL", "URY") for o in orgs)
    assert rows == expected


@pytest.mark.parametrize(
    "text",
    [
        "Each is not a member of the OECD.",
        "Each is an observer in the Non-Aligned Movement.",
        "Each state is expected to join the OECD.",
        "Each country has an embassy in the other's capital.",
        "Each would be a member of the OECD if it applied.",
    ],
)
def test_each_traps(text):
    assert row(text) == []


# -- a body described as made up of its member states -----------------------------------------


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Mercosur is made up of its member states Argentina, Brazil, Paraguay and Uruguay.",
            ["ARG", "BRA", "PRY", "URY"],
        ),
        (
            "Mercosur is made up of four member states: Argentina, Brazil, Paraguay and Uruguay.",
            ["ARG", "BRA", "PRY", "URY"],
        ),
        ("Mercosur is composed of Argentina, Brazil, and Uruguay.", ["ARG", "BRA", "URY"]),
        (
            "The Organization of American States is made up of 35 member states, including "
            "Uruguay and Chile.",
            ["CHL", "URY"],
        ),
    ],
)
def test_a_body_made_up_of_its_members(text, members):
    found = prose(text)
    assert sorted(m for m, _, _, _ in found) == members
    assert {(o, s, r) for _, o, s, r in found} == {(found[0][1], "member", "members-listed")}


@pytest.mark.parametrize(
    "text",
    [
        "Mercosur is not composed of Chile and Bolivia.",
        "Mercosur is made up of states that trade with Chile.",
        "Mercosur is made up of its members, and Chile is an associate.",
    ],
)
def test_made_up_of_traps(text):
    assert [m for m in prose(text) if m[0] != "URY"] == []


# -- a list goes on past an unknown organization's bracket --------------------------------------


def test_a_list_goes_on_past_an_unknown_bodys_year():
    text = "Uruguay has joined the WTO (1995), the Foo Bar Council (2001) and the OAS (1948)."
    assert [o for _, o, _, _ in prose(text)] == ["Foo Bar Council", "OAS", "WTO"]


def test_an_unknown_bodys_standing_in_brackets_is_its_own():
    text = "Uruguay is a member of the Foo Bar Council (observer), the United Nations and the OAS."
    assert prose(text) == [
        ("URY", "OAS", "member", "member-of"),
        ("URY", "UN", "member", "member-of"),
    ]
    assert roles(text) == [("URY", "Foo Bar Council", "observer")]


# -- a body whose name goes on past a known one's is another body --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay was accepted as a member of the OECD Development Centre in 2010.",
        "Uruguay is one of the signatories of the Nauru Agreement Concerning Fisheries Cooperation.",
    ],
)
def test_a_known_name_that_goes_on_is_another_body(text):
    assert [o for _, o, _, _ in prose(text) if o in ("OECD", "PNA")] == []


# -- plain verbs of joining, admission and approval of membership -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay gained membership in the World Trade Organization in 1995.", ["WTO"]),
        (
            "Uruguay obtained membership of the WTO and the Foo Bar Council.",
            ["Foo Bar Council", "WTO"],
        ),
        ("Uruguay was granted membership in the WTO in 1995.", ["WTO"]),
        ("Uruguay's admission to the United Nations was approved in 1945.", ["UN"]),
        ("The United Nations approved Uruguay's membership in 1945.", ["UN"]),
        ("The WTO formally approved Uruguay's accession in 1995.", ["WTO"]),
    ],
)
def test_joining_admission_and_approval(text, expected):
    found = prose(text)
    assert [o for _, o, _, _ in found] == expected
    assert {(m, s, r) for m, _, s, r in found} == {("URY", "member", "joined")}
    assert [o for s, o, _, _ in row(text) if s == "URY"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay has not gained membership in the OECD.",
        "Uruguay never obtained membership of the OECD.",
        "Uruguay hopes to gain membership in the OECD.",
        "The OECD approved Uruguay's membership application.",
        "The OECD did not approve Uruguay's membership.",
        "Uruguay's admission to the OECD was not approved.",
        "If the OECD approved Uruguay's membership, trade would grow.",
    ],
)
def test_joining_traps(text):
    assert prose(text) == []


def test_another_states_approved_membership_is_its_own():
    assert prose("The OECD approved Chile's membership in 2010.") == [
        ("CHL", "OECD", "member", "joined")
    ]
