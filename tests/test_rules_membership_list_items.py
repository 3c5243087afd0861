"""Lists of organizations that used to stop early or be skipped: a bare list of full names with
their article, the kind of body written after a name ("the NATO alliance and the EU"), an
acronym in brackets followed by the item's own bracket ("the OSCE (OSCE) (1973), and the G20").
Sentences written for each shape, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts


def uruguay(text: str) -> list[tuple[str, str, str]]:
    """(member, organization id or its name as written, rule) read in a paragraph of "Foreign
    relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


def _orgs(text: str, member: str = "URY") -> set[str]:
    return {org for who, org, _ in uruguay(text) if who == member}


def test_a_bare_list_of_full_names_with_their_article_is_the_subjects():
    text = (
        "Council of Europe, International Civil Aviation Organization, International Atomic "
        "Energy Agency, UNESCO, UNICEF, International Criminal Court, the World Bank, "
        "International Monetary Fund, and the European Bank for Reconstruction and Development."
    )
    assert [f for f in uruguay(text) if f[2] == "acronym-list"] == sorted(
        ("URY", o, "acronym-list")
        for o in ("CoE", "ICAO", "IAEA", "UNESCO", "UNICEF", "ICC", "World Bank", "IMF", "EBRD")
    )


@pytest.mark.parametrize(
    "text",
    [
        # the article of a list of states is no organization's
        "The Gambia, Ghana, Kenya, Mali, Chad, Niger, Togo, Benin, and the Netherlands.",
        # too few
        "The World Bank, the International Monetary Fund and the United Nations.",
    ],
)
def test_a_bare_list_with_articles_traps(text):
    assert [f for f in uruguay(text) if f[2] == "acronym-list"] == []


def test_a_bare_list_of_names_in_a_row_is_no_ones():
    notes = [
        "Council of Europe, International Civil Aviation Organization, International Atomic "
        "Energy Agency, UNESCO, UNICEF, International Criminal Court, the World Bank, and the "
        "International Monetary Fund."
    ]
    tables = row_facts(notes, country="Ghana")
    assert [m for m in tables["memberships"] if m.rule == "acronym-list"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay is a member of the Organisation of Islamic Cooperation (OIC), the "
            "Asia-Pacific Economic Cooperation (APEC) forum and the Commonwealth of Nations.",
            {"OIC", "APEC", "Commonwealth"},
        ),
        ("Uruguay joined the NATO alliance and the EU in 2004.", {"NATO", "EU"}),
        (
            "Uruguay is a member of the Mercosur trade bloc and the Rio Group.",
            {"Mercosur", "Rio Group"},
        ),
        # the kind ends the list
        ("Uruguay is a member of the Rio Group and the APEC forum.", {"Rio Group", "APEC"}),
        (
            "Uruguay is a founding member of the UN, the Organization for Security and "
            "Co-operation in Europe (OSCE) (1973), and the G20 industrial nations (1999).",
            {"UN", "OSCE", "G20"},
        ),
    ],
)
def test_the_kind_of_body_after_its_name_does_not_end_the_list(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the organizations' names used as adjectives of another noun: no membership
        ("Uruguay takes part in NATO and EU training efforts.", set()),
        # the item's own bracket after its acronym still qualifies it
        (
            "Uruguay is a member of the Rio Group and the Organization of American States (OAS) "
            "(observer).",
            {"Rio Group"},
        ),
    ],
)
def test_kind_after_traps(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay also is active in the United Nations, the Organisation of African Unity, now "
            "the African Union, the Non-Aligned Movement, and many other organizations.",
            {"UN", "OAU", "AU", "NAM"},
        ),
        (
            "Uruguay is a member of the Organisation of African Unity, now the African Union.",
            {"OAU", "AU"},
        ),
    ],
)
def test_an_item_then_the_name_it_has_now_are_both_listed(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another standing carries to the body under its new name: no membership
        "Uruguay was an observer of the Organisation of African Unity, now the African Union.",
        # a former member
        "Uruguay is no longer a member of the Organisation of African Unity, now the African Union.",
    ],
)
def test_now_named_traps(text):
    assert "AU" not in {o for who, o, rule in uruguay(text) if rule != "withdrew-from"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Uruguay is a member of the Rio Group, "the Next Eleven" and the "D8".',
            {"Rio Group", "Next Eleven", "D-8"},
        ),
        ('Uruguay is a member of "Mercosur" and the OAS.', {"Mercosur", "OAS"}),
    ],
)
def test_a_name_in_quotes_is_a_list_item(text, expected):
    assert _orgs(text) == expected


def test_a_quoted_word_that_names_no_body_ends_the_list():
    assert _orgs('Uruguay is a member of the Rio Group and "other bodies".') == {"Rio Group"}


def test_the_central_african_republics_abbreviation_with_stops_is_the_state():
    text = "The C.A.R. is a participant in the Community of Sahel-Saharan States (CEN-SAD)."
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Chad.md")
    assert {(m.member_iso3, m.org_id) for m in tables["memberships"]} == {("CAF", "CEN-SAD")}


def test_the_italics_of_a_participation_list_item_are_no_part_of_its_name():
    text = (
        "International organization participation\n\n"
        "-   _Codex Alimentarius_ Commission\n"
        "-   Society for Worldwide Interbank Financial Telecommunication\n"
        "-   _Zeta Zone_ Quorum\n"
    )
    tables = facts(text, "Foreign_relations_of_Uruguay.md")
    got = sorted((m.org_id or "", m.org_name) for m in tables["memberships"])
    assert got == [
        ("", "Zeta Zone Quorum"),
        ("Codex Alimentarius Commission", "Codex Alimentarius Commission"),
        ("SWIFT", "Society for Worldwide Interbank Financial Telecommunication"),
    ]


def test_the_european_development_fund_is_known_by_its_acronym():
    assert _orgs("Uruguay was also a member of the OAS and the EDF.") == {"OAS", "EDF"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay is a member of the following international organizations: UN and some of "
            "its specialized and related agencies (i.e. UNCTAD, UNESCO, UNIDO), IMF, World Bank.",
            {"UN", "UNCTAD", "UNESCO", "UNIDO", "IMF", "World Bank"},
        ),
        (
            "Uruguay is a member of the United Nations and some of its specialized agencies "
            "(including UNESCO and the World Health Organization), and the OAS.",
            {"UN", "UNESCO", "WHO", "OAS"},
        ),
        # agencies not named: only the organization
        (
            "Uruguay is a member of the United Nations and several of its specialized agencies, "
            "and the OAS.",
            {"UN", "OAS"},
        ),
    ],
)
def test_the_agencies_named_after_an_organization_are_listed_too(text, expected):
    assert _orgs(text) == expected


def test_the_agencies_named_keep_the_organizations_standing():
    text = (
        "Uruguay is an observer of the United Nations and some of its specialized agencies "
        "(including UNESCO), and the OAS."
    )
    assert _orgs(text) == set()
