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
        # a place set off between the members and the lead word
        (
            "Tensions rose, as NATO members in Eastern Europe, especially Latvia and Poland, "
            "felt threatened.",
            [("LVA", "NATO"), ("POL", "NATO")],
        ),
    ],
)
def test_members_named(text, expected):
    assert read_by(prose(text), "members-named") == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the organization as the modifier of "member" before the state
        (
            "Interceptors could be placed in NATO member Turkey.",
            [("TUR", "NATO")],
        ),
        (
            "Spain's support for fellow EU member Portugal was decisive.",
            [("ESP", "EU"), ("PRT", "EU")],
        ),
        (
            "The summit welcomed NATO members Poland and Hungary.",
            [("HUN", "NATO"), ("POL", "NATO")],
        ),
        # a choice: only the first is named as a member
        (
            "Interceptors could be placed in NATO member Turkey or Iraq.",
            [("TUR", "NATO")],
        ),
    ],
)
def test_members_named_after_the_organization_as_a_modifier(text, expected):
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
        "Sweden, a non-NATO member, sent troops; Serbia is a prospective EU member.",
        "Talks with would-be EU member Serbia resumed.",
        "Non-NATO members in Eastern Europe, especially Serbia and Moldova, felt threatened.",
        # the lead word after a clause of its own, not a place
        "NATO members in talks with Serbia, especially over Kosovo, felt threatened.",
    ],
)
def test_members_named_traps(text):
    assert read_by(prose(text), "members-named") == []


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "Both states embrace membership of the European Union, NATO and the OSCE.",
            {"EU", "NATO", "OSCE"},
        ),
        (
            "Both countries share the use of English as well as memberships in the Commonwealth "
            "and the Francophonie.",
            {"Commonwealth", "Francophonie"},
        ),
    ],
)
def test_shared_membership_gives_the_subject_and_the_rows_counterpart(notes, expected):
    tables = row_facts([notes], country="Mexico")
    found = read_by(tables, "both-share-membership")
    assert found == sorted((m, o) for m in ("AZE", "MEX") for o in expected)


def members(tables) -> list[tuple[str, str | None]]:
    return sorted({(m.member_iso3, m.org_id) for m in tables["memberships"]})


def test_a_named_pair_that_share_membership():
    """Two named states that share a membership: they are members, the article's subject
    (Azerbaijan here) is not."""
    tables = prose("Indonesia and Bangladesh share membership in the OIC and the D-8.")
    assert members(tables) == [("BGD", "D-8"), ("BGD", "OIC"), ("IDN", "D-8"), ("IDN", "OIC")]


@pytest.mark.parametrize(
    "notes",
    [
        "Both countries are partners in trade and investment.",
        "Both countries share membership in international organizations.",
        "Both countries do not share membership in the OIC.",
        # partners in, or cooperating within, an organization: no membership (M1)
        "Both countries are partners in multilateral organizations, such as the WTO and the OIC.",
        "Since 1992 the two countries have been partners within the framework of "
        "international organizations (United Nations, OSCE, Council of Europe).",
        "Indonesia and Bangladesh are partners in the OIC and the D-8.",
    ],
)
def test_shared_membership_traps(notes):
    tables = row_facts([notes], country="Mexico")
    assert read_by(tables, "both-share-membership") == []
    assert tables["memberships"] == []


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As a member of CARICOM Grenada strongly backs regional integration.",
            [("GRD", "CARICOM")],
        ),
        (
            "As one of the founding members of the Andean Community Peru has supported it.",
            [("PER", "CAN")],
        ),
    ],
)
def test_as_a_member(text, expected):
    assert read_by(prose(text), "as-a-member") == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "As a member of the EU, it supports sanctions.",
        "As an observer of the Arab League, Eritrea attends summits.",
        "As a candidate for membership of the EU, Serbia reformed its courts.",
        "As a member of the EU, Ireland and Sweden opposed it.",
    ],
)
def test_as_a_member_traps(text):
    assert read_by(prose(text), "as-a-member") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it": the one state named before, or the document's subject
        (
            "A cornerstone of Peru's policy is the Andean Community, of which it was a founding "
            "member in 1969 with Bolivia and Chile.",
            [("BOL", "CAN"), ("CHL", "CAN"), ("PER", "CAN")],
        ),
        (
            "Peru was a founding member of the Andean Community in 1969 with Bolivia and Chile.",
            [("BOL", "CAN"), ("CHL", "CAN"), ("PER", "CAN")],
        ),
    ],
)
def test_founded_with(text, expected):
    tables = prose(text, "Foreign_relations_of_Peru.md")
    found = {(m.member_iso3, m.org_id) for m in tables["memberships"]}
    assert found == set(expected)
    assert {"BOL", "CHL"} <= {
        m.member_iso3 for m in tables["memberships"] if m.rule == "founded-with"
    }


@pytest.mark.parametrize(
    "text",
    [
        # not founders: the states are only compared or joined in something else
        "Peru was a founding member of the Andean Community, unlike Bolivia and Chile.",
        "Peru joined Bolivia and Chile in opposing the plan of the Andean Community.",
        "Peru was a candidate member of the Andean Community in 1969 with Bolivia and Chile.",
    ],
)
def test_founded_with_traps(text):
    tables = prose(text, "Foreign_relations_of_Peru.md")
    assert read_by(tables, "founded-with") == []


def test_a_list_goes_on_after_the_members_named_after_an_organization():
    """ "the G-20 major economies, ...", "the Developing 8 (D-8) countries and ...": the plural
    after an organization names its members and does not end the list."""
    tables = row_facts(
        [
            "Both countries are members of the G-20 major economies, the Non-Aligned Movement "
            "and the Developing 8 (D-8) countries and the Next Eleven."
        ],
        country="Mexico",
    )
    found = {(m.member_iso3, m.org_id) for m in tables["memberships"]}
    assert found == {(s, o) for s in ("AZE", "MEX") for o in ("G20", "NAM", "D-8", "Next Eleven")}


def test_they_in_a_relations_row_are_the_rows_two_states():
    tables = row_facts(
        ["Both countries are members of the D-8. They are also members of the OIC and the NAM."],
        country="Mexico",
    )
    assert read_by(tables, "they-in-row") == [
        ("AZE", "NAM"),
        ("AZE", "OIC"),
        ("MEX", "NAM"),
        ("MEX", "OIC"),
    ]


def test_they_take_part_in_organisations_named_in_a_relations_row():
    tables = row_facts(
        ["They also participate in other regional organisations including the Rio Group."],
        country="Mexico",
    )
    assert read_by(tables, "they-in-row") == [("AZE", "Rio Group"), ("MEX", "Rio Group")]
    # taking part in talks, or in organisations none of which is named, is no membership
    for text in (
        "They also participate in talks including the Rio Group summit.",
        "They also participate in several regional organisations.",
        "They do not participate in regional organisations such as the Rio Group.",
    ):
        assert read_by(row_facts([text], country="Mexico"), "they-in-row") == []


@pytest.mark.parametrize(
    "text",
    [
        # outside a relations row "they" is not known
        "They are also members of the Non-Aligned Movement.",
        # not members
        "They are not members of the OIC.",
        "They are observers of the OIC.",
    ],
)
def test_they_in_row_traps(text):
    assert read_by(prose(text), "they-in-row") == []
    if text.startswith("They are not") or "observers" in text:
        assert read_by(row_facts([text], country="Mexico"), "they-in-row") == []


def test_an_observing_member_is_an_observer():
    tables = prose("Eritrea is a member of the African Union and an observing member of the OIC.")
    assert {(m.member_iso3, m.org_id) for m in tables["memberships"]} == {("ERI", "AU")}
    assert ("ERI", "OIC", "observer") in {
        (r.member_iso3, r.org_id, r.status) for r in tables["organization_roles"]
    }
