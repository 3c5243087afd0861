"""`founded` and `founded-by`: short sentences written for them (a paragraph of "Foreign
relations of Uruguay"; facts as (member, organization, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

FOUNDED = "founded"
FOUNDED_BY = "founded-by"


def uruguay(text: str, rule: str) -> list[tuple[str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted(
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == rule
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile helped create the Rio Group in 1986.", [("CHL", "Rio Group")]),
        ("Uruguay helped to establish Mercosur.", [("URY", "Mercosur")]),
        (
            "In the 1990s, Chile was instrumental in launching the Asia-Europe Meeting process.",
            [("CHL", "ASEM")],
        ),
        (
            "Paraguay has played a leading role in the formation of the regional Latin American "
            "Integration Association.",
            [("PRY", "ALADI")],
        ),
        ("It played a key role in the creation of Mercosur.", [("URY", "Mercosur")]),
        (
            "In 1991, Brazil under Collor and Argentina under Menem became the founders of "
            "Mercosur.",
            [("ARG", "Mercosur"), ("BRA", "Mercosur")],
        ),
        (
            "Brazil helped create Mercosur and the Rio Group.",
            [("BRA", "Mercosur"), ("BRA", "Rio Group")],
        ),
        ("Chile is part of launching the Pacific Alliance.", [("CHL", "Pacific Alliance")]),
        (
            "For the regional trade efforts Chile took part in launching the Pacific Alliance.",
            [("CHL", "Pacific Alliance")],
        ),
    ],
)
def test_the_opening_state_founded_the_organizations_named(text, expected):
    assert uruguay(text, FOUNDED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # supporting, proposing or calling for a body is not founding it (M21)
        "Chile supported the creation of the Rio Group.",
        "Chile called for the establishment of the Pacific Alliance.",
        # a passive says who founded the state, not what it founded
        "Liberia was founded by the American Colonization Society.",
        # negation and unreal mood between the state and its founding
        "Chile never helped create the Rio Group.",
        "Chile wants to be instrumental in launching the Pacific Alliance.",
        # what is launched is no body with members
        "Chile launched the Mercosur negotiations.",
        "Chile initiated the NATO operation in the region.",
        # another state between the subject and its founding: whose founding is unclear
        "Chile, unlike Peru, helped create the Rio Group.",
        "Peru said that Chile helped create the Rio Group.",
        "For the talks Peru and Chile took part in planning the Rio Group.",
        # no organization right after the verb
        "Chile helped create a rival to the Rio Group.",
    ],
)
def test_no_founding_read(text):
    assert uruguay(text, FOUNDED) == []


def test_both_countries_in_a_row_are_the_subject_and_the_counterpart():
    tables = row_facts(
        ["Both countries helped create the Rio Group."],
        "Foreign_relations_of_Uruguay.md",
        country="Ghana",
    )
    got = sorted(
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == FOUNDED
    )
    assert got == [("GHA", "Rio Group"), ("URY", "Rio Group")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay's defence rests on the Rio Group, which Chile co-founded in 1986.",
            [("CHL", "Rio Group")],
        ),
        (
            "Uruguay attends the Asia Cooperation Dialogue (ACD) initiated by Thailand in 2002.",
            [("THA", "ACD")],
        ),
        (
            "Mercosur was founded in 1991 by Argentina, Brazil, Paraguay and Uruguay.",
            [("ARG", "Mercosur"), ("BRA", "Mercosur"), ("PRY", "Mercosur"), ("URY", "Mercosur")],
        ),
    ],
)
def test_the_states_of_the_relative_or_by_phrase_founded_it(text, expected):
    assert uruguay(text, FOUNDED_BY) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an organization founded by another organization, not by a state
        "The Rio Group was founded by the Organization of American States.",
        # the people of a state, not the state
        "Mercosur was founded by Brazil's and Argentina's presidents.",
        # supporting a body founded by others says nothing of the supporter's founding
        "Uruguay supports the Rio Group, which was proposed by Chile.",
    ],
)
def test_no_founded_by_read(text):
    assert uruguay(text, FOUNDED_BY) == []
