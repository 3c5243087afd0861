"""The membership rules with patterns of their own (`pipeline.rules.memberships`): members the
text names for an organization, a pair of states that are partners in organizations, and states
"along with" the subject. Sentences written for each rule, with the rule that reads them, and
traps that must read nothing for it."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts


def prose(text: str, name: str = "Foreign_relations_of_Azerbaijan.md"):
    return facts(f"Overview\n\n{text}\n", name)


def read_by(tables, rule: str) -> list[tuple[str, str | None]]:
    return sorted((m.member_iso3, m.org_id) for m in tables["memberships"] if m.rule == rule)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "fellow" / "other": the state the sentence opens with is a member too
        (
            "Norway's relations with its fellow NATO members - Denmark and Iceland - are close.",
            [("DNK", "NATO"), ("ISL", "NATO"), ("NOR", "NATO")],
        ),
        (
            "Peru favors close relations with other members of the Andean Community, "
            "particularly Bolivia and Colombia.",
            [("BOL", "CAN"), ("COL", "CAN"), ("PER", "CAN")],
        ),
        # without "fellow", only the states named
        (
            "Portugal enjoys close relations with many members of the African Union, such as "
            "Angola and Mozambique.",
            [("AGO", "AU"), ("MOZ", "AU")],
        ),
        (
            "The minister visited several EU member states, including Belgium and Sweden.",
            [("BEL", "EU"), ("SWE", "EU")],
        ),
        # an organization, its acronym in brackets, then "which includes"
        (
            "Chad is a member of the Economic Community of West African States (ECOWAS), which "
            "includes Ghana, Mali and Niger.",
            [("GHA", "ECOWAS"), ("MLI", "ECOWAS"), ("NER", "ECOWAS")],
        ),
        (
            "The members of the Nordic Council are Denmark, Finland, Iceland, Norway and Sweden.",
            [
                ("DNK", "Nordic Council"),
                ("FIN", "Nordic Council"),
                ("ISL", "Nordic Council"),
                ("NOR", "Nordic Council"),
                ("SWE", "Nordic Council"),
            ],
        ),
    ],
)
def test_members_named(text, expected):
    assert read_by(prose(text), "members-named") == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # not (or not yet) members
        "Austria works with non-members of NATO, such as Sweden and Finland.",
        "The talks included former members of the Warsaw Pact, such as Poland and Hungary.",
        "Brussels courted prospective EU members such as Serbia and Montenegro.",
        # what follows the organization is no list of states
        "The UN agencies, such as UNESCO and UNICEF, have offices in Baku.",
        # no organization: countries only
        "Azerbaijan has good relations with its neighbours, such as Georgia and Turkey.",
    ],
)
def test_members_named_traps(text):
    assert read_by(prose(text), "members-named") == []


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "Both countries are partners in multilateral organizations, such as the World Trade "
            "Organization and the OIC.",
            {"WTO", "OIC"},
        ),
        (
            "Both states embrace membership of the European Union, NATO and the OSCE.",
            {"EU", "NATO", "OSCE"},
        ),
        (
            "Both countries share the use of English as well as memberships in the Commonwealth "
            "and the Francophonie.",
            {"Commonwealth", "Francophonie"},
        ),
        (
            "Since 1992 the two countries have been partners within the framework of "
            "international organizations (United Nations, OSCE, Council of Europe).",
            {"UN", "OSCE", "CoE"},
        ),
    ],
)
def test_both_partners_in_gives_the_subject_and_the_rows_counterpart(notes, expected):
    tables = row_facts([notes], country="Mexico")
    found = read_by(tables, "both-partners-in")
    assert found == sorted((m, o) for m in ("AZE", "MEX") for o in expected)


def test_a_named_pair_that_are_partners_in_organizations():
    tables = prose("Indonesia and Bangladesh are partners in the OIC and the D-8.")
    assert read_by(tables, "both-partners-in") == [
        ("BGD", "D-8"),
        ("BGD", "OIC"),
        ("IDN", "D-8"),
        ("IDN", "OIC"),
    ]


@pytest.mark.parametrize(
    "notes",
    [
        "Both countries are partners in trade and investment.",
        "Both countries are partners in international organizations.",
        "Both countries do not share membership in the OIC.",
        "Both countries are partners in the fight against terrorism.",
    ],
)
def test_both_partners_in_traps(notes):
    assert read_by(row_facts([notes], country="Mexico"), "both-partners-in") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lesotho, along with Swaziland and Tonga, is a Commonwealth member state with its own "
            "monarchy.",
            [("LSO", "Commonwealth"), ("SWZ", "Commonwealth"), ("TON", "Commonwealth")],
        ),
        (
            "Slovenia, together with Austria and Croatia, is a member of the Central European "
            "Initiative.",
            [("AUT", "CEI"), ("HRV", "CEI"), ("SVN", "CEI")],
        ),
    ],
)
def test_members_along_with(text, expected):
    assert read_by(prose(text), "members-along-with") == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # not a membership
        "Lesotho, along with Swaziland, is a monarchy.",
        "Lesotho, along with Swaziland, is a candidate for membership of the Commonwealth.",
        "Lesotho, along with Swaziland, was an observer of the Commonwealth.",
    ],
)
def test_members_along_with_traps(text):
    assert read_by(prose(text), "members-along-with") == []
