"""`group-names-members`: a grouping named with the states that make it up, in words that say
so (M3). Sentences written for each shape, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "group-names-members"


def read(text: str) -> set[tuple[str, str, str]]:
    """(member, organization, rule) read in a paragraph of "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"]}


@pytest.mark.parametrize(
    ("text", "org", "states"),
    [
        (
            "Uruguay backs the G4, an alliance among Brazil, Germany, India, and Japan.",
            "G4",
            {"BRA", "DEU", "IND", "JPN"},
        ),
        (
            "Uruguay follows the regional grouping BIMSTEC involving Bangladesh, India and Nepal.",
            "BIMSTEC",
            {"BGD", "IND", "NPL"},
        ),
        (
            "It was welcomed by the three member states (Oman, Qatar and Kuwait) of the Gulf "
            "Cooperation Council.",
            "GCC",
            {"OMN", "QAT", "KWT"},
        ),
        (
            "Uruguay courted members of the Association of Southeast Asian Nations (ASEAN) "
            "(Brunei, Laos and Malaysia).",
            "ASEAN",
            {"BRN", "LAO", "MYS"},
        ),
    ],
)
def test_the_states_a_grouping_is_named_with(text, org, states):
    assert {f for f in read(text) if f[2] == RULE} == {(s, org, RULE) for s in states}


@pytest.mark.parametrize(
    "text",
    [
        # a bare parenthesis names no relation (M3)
        "Uruguay criticised the Gulf Cooperation Council (Oman, Qatar) in 2012.",
        # a series, not an apposition
        "Uruguay met the NATO countries, Russia and China.",
        # the list is of something else
        "Uruguay is a member of La Francophonie, an organization of French speaking countries.",
        "Uruguay joined the G4, an alliance among Brazil, Germany and other states.",
        # partners, not members
        "Uruguay and Brazil are partners in the G4, whose partners include India.",
        # negated
        "Uruguay says the G4 is no longer an alliance among Brazil, Germany, India and Japan.",
    ],
)
def test_traps(text):
    assert not {f for f in read(text) if f[2] == RULE}


def test_a_list_that_goes_on_past_its_states_names_none():
    text = "Uruguay joined the G4, an alliance among Brazil, Germany, Japan and other states."
    assert not {f for f in read(text) if f[2] == RULE}
