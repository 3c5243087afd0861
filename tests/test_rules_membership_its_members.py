"""`its-members-are`: the members of an organization listed after the words that say they are
its members. Sentences written for each shape, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "its-members-are"


def read(text: str) -> set[tuple[str, str, str]]:
    """(member, organization, rule) read in a paragraph of "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"]}


@pytest.mark.parametrize(
    ("text", "org", "states"),
    [
        (
            "The Andean Community was founded in 1969; its members are Bolivia, Colombia, "
            "Ecuador and Peru.",
            "CAN",
            {"BOL", "COL", "ECU", "PER"},
        ),
        (
            "The Andean Community's member states are Bolivia, Colombia and Peru.",
            "CAN",
            {"BOL", "COL", "PER"},
        ),
        (
            "Mercosur held its summit in 2019, and the organization's members are now Argentina, "
            "Brazil and Paraguay.",
            "Mercosur",
            {"ARG", "BRA", "PRY"},
        ),
        (
            "After the Mercosur summit of 2012 the total number of member states increased to "
            "five: Argentina, Brazil, Paraguay, Uruguay and Venezuela.",
            "Mercosur",
            {"ARG", "BRA", "PRY", "URY", "VEN"},
        ),
    ],
)
def test_the_members_listed_after_the_organization(text, org, states):
    assert {f for f in read(text) if f[2] == RULE} == {(s, org, RULE) for s in states}


@pytest.mark.parametrize(
    ("text", "org", "states"),
    [
        (
            "Uruguay follows the Andean Community. Its members are Bolivia, Colombia and Peru.",
            "CAN",
            {"BOL", "COL", "PER"},
        ),
        # the state set apart by "Other than" is a member too
        (
            "Ties are handled through the South Asian Association for Regional Cooperation "
            "(SAARC). Other than India, its members are Nepal, Pakistan and Sri Lanka.",
            "SAARC",
            {"IND", "NPL", "PAK", "LKA"},
        ),
        (
            "Uruguay hosted the Mercosur summit in 2012. The total number of member states "
            "increased to three: Argentina, Brazil and Paraguay.",
            "Mercosur",
            {"ARG", "BRA", "PRY"},
        ),
    ],
)
def test_the_organization_of_the_sentence_before(text, org, states):
    assert {f for f in read(text) if f[2] == RULE} == {(s, org, RULE) for s in states}


@pytest.mark.parametrize(
    "text",
    [
        # two organizations in the sentence before
        "Mercosur met the Andean Community. Its members are Bolivia, Colombia and Peru.",
        # none in the sentence before, one two sentences back
        "Uruguay joined the Andean Community. It met Ghana. Its members are Bolivia and Peru.",
        # another paragraph
        "Uruguay joined the Andean Community.\n\nIts members are Bolivia and Peru.",
        # a state named before "its" in the sentence
        "Uruguay joined the Andean Community. Ghana says its members are Bolivia and Peru.",
    ],
)
def test_an_organization_not_told_reads_nothing(text):
    assert not {f for f in read(text) if f[2] == RULE}


@pytest.mark.parametrize(
    "text",
    [
        # not members
        "The Andean Community was founded in 1969; its partners are Bolivia, Colombia and Peru.",
        "The Andean Community was founded in 1969; its neighbours are Bolivia and Peru.",
        "The Andean Community was founded in 1969; its observers are Bolivia and Peru.",
        "The Andean Community was founded in 1969; its candidate members are Bolivia and Peru.",
        "The states that applied to join the Andean Community were Bolivia and Peru.",
        "The Andean Community's members are not Bolivia and Peru.",
        # a list with more than states, or an item qualified
        "The Andean Community was founded in 1969; its members are Bolivia, Colombia and "
        "several Asian states.",
        "The Andean Community's members are Bolivia, Colombia and the European Union.",
        "The Andean Community's members are Bolivia (observer) and Peru.",
        # "its" after a state may be the state's
        "Ghana joined the Andean Community in 1990, and its members are Bolivia and Peru.",
        # two organizations: "its" / "the organization's" cannot be told
        "Mercosur met the Andean Community in Lima; its members are Chile and Peru.",
        "Mercosur met the Andean Community; the organization's members are Chile and Peru.",
        # no organization in the sentence
        "The total number of member states increased to three: Chile, Peru and Bolivia.",
    ],
)
def test_traps_read_nothing(text):
    assert not {f for f in read(text) if f[2] == RULE}


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay courted the Andean Community, whose member states are Bolivia, Colombia and Peru.",
        "The member states of the Andean Community are Bolivia, Colombia and Peru.",
        "The Andean Community has three members: Bolivia, Colombia and Peru.",
        "The Andean Community now has three member countries, namely Bolivia, Colombia and Peru.",
    ],
)
def test_the_members_named_with_the_organization(text):
    want = {(s, "CAN", RULE) for s in ("BOL", "COL", "PER")}
    assert {f for f in read(text) if f[2] == RULE} == want


@pytest.mark.parametrize(
    "text",
    [
        "The Andean Community has four observers: Bolivia, Colombia and Peru.",
        "The Andean Community has three candidate members: Bolivia, Colombia and Peru.",
        "Uruguay courted the Andean Community, whose partners are Bolivia and Peru.",
        "The member states of the Andean Community are not Bolivia and Peru.",
        "The Andean Community has four members: Bolivia, Colombia and the European Union.",
        "The Andean Community has four members, Bolivia and Peru among them.",
    ],
)
def test_traps_with_the_organization_named(text):
    assert not {f for f in read(text) if f[2] == RULE}
