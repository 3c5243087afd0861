"""The adjective of a region whose last word is a state's demonym ("Latin American", "North
American", "West Indian") names the region, not the state (`non_country_entities.csv`, kind
region-adjective): no mention of it is a state's, while the state's own demonym, and a
state's demonym of two words ("South African"), still are; an unknown organization's name
keeps the adjective in it."""

from __future__ import annotations

import pytest

from tests.conftest import facts, sentences


def mentions(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.label, m.code) for s in sentences(text) for m in s.mentions]


@pytest.mark.parametrize(
    "text",
    [
        # the corpus's shape (Brazil:356, Mexico:954): "the first Latin American country to"
        "Brazil was the first Latin American country to open an embassy in Hanoi.",
        "The Latin-American states and the North American states met.",
        "The Central American, South American, Ibero-American and Pan-American delegates met.",
        "West Indian cricket is popular.",
    ],
)
def test_a_regions_adjective_names_no_state(text):
    found = mentions(text)
    assert all(code not in ("USA", "IND") for _, _, code in found)
    assert any(label == "NONCOUNTRY" for _, label, _ in found)


def test_the_states_own_demonyms_still_name_it():
    found = mentions("American and South African envoys met Indian diplomats.")
    assert [(text, code) for text, label, code in found if label == "DEMONYM"] == [
        ("American", "USA"),
        ("South African", "ZAF"),
        ("Indian", "IND"),
    ]


def test_an_unknown_bodys_name_keeps_the_adjective():
    tables = facts(
        "Overview\n\nIn 2015 Uruguay joined the Inter-American Convention on Mutual Assistance in "
        "Criminal Matters.\n",
        "Foreign_relations_of_Uruguay.md",
    )
    names = [m.org_name for m in tables["memberships"]]
    assert names and all(n.startswith("Inter-American Convention") for n in names)
