"""`formed-with`: short sentences written for it (a paragraph of "Foreign relations of Uruguay";
facts as (member, organization id or name, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts, rule_memberships

RULE = "formed-with"


def uruguay(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1991, Uruguay joined Argentina, Brazil, and Paraguay to form Mercosur, a trade bloc.",
            [("ARG", "Mercosur"), ("BRA", "Mercosur"), ("PRY", "Mercosur"), ("URY", "Mercosur")],
        ),
        # the subject is no state: the states joined are founders all the same
        (
            "The two leaders joined with the Andean countries of Chile and Peru to found the "
            "Rio Group in 1986.",
            [("CHL", "Rio Group"), ("PER", "Rio Group")],
        ),
        (
            "It joined Chile and Peru to establish the Andes Group in 1990.",
            [("CHL", "Andes Group"), ("PER", "Andes Group"), ("URY", "Andes Group")],
        ),
        # a body the registry lacks, a bracket after its name; a city between subject and verb
        (
            "Chile captured Lima in 1881 and later formed the Southern Alliance (1885) with Bolivia "
            "and Ecuador.",
            [
                ("BOL", "Southern Alliance"),
                ("CHL", "Southern Alliance"),
                ("ECU", "Southern Alliance"),
            ],
        ),
        (
            "Together with Chile and Peru, Uruguay formed a Multinational Land Force in 1998.",
            [("CHL", "MLF"), ("PER", "MLF"), ("URY", "MLF")],
        ),
    ],
)
def test_the_states_named_with_the_forming_founded_the_body(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no body formed
        "Uruguay established diplomatic relations with Chile.",
        "Uruguay joined Peru to form a common front against the coup.",
        "Uruguay formed a government with the support of Chile.",
        # a joint commission, a treaty: no body with members (M9, M2)
        "Uruguay established the Joint Commission for Trade with Chile.",
        "Uruguay formed the Treaty of Montevideo with Chile.",
        # joining others in an act
        "Uruguay joined Peru in condemning the coup.",
        # unreal mood, negation, another state between subject and verb
        "Uruguay planned to form the Andes Group with Peru.",
        "Uruguay wanted to join Peru to form the Andes Group.",
        "Uruguay never formed the Andes Group with Peru.",
        "Uruguay, unlike Argentina, formed the Andes Group with Peru.",
        # the body's name is a modifier of a noun that names no body
        "Uruguay launched the Mercosur talks with Chile.",
        # "with" a state's people, not the state
        "Uruguay formed the Andes Group with Peru's leaders.",
    ],
)
def test_no_forming_read(text):
    assert uruguay(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2002, Uruguay formed a separate organization named Like-Minded Megadiverse "
            "Countries, consisting of countries rich in biological diversity.",
            [("URY", "LMMC")],
        ),
        (
            "Chile, along with Peru and two other countries, developed a movement called Uniting "
            "for Consensus.",
            [("CHL", "Uniting for Consensus"), ("PER", "Uniting for Consensus")],
        ),
    ],
)
def test_a_body_formed_by_name(text, expected):
    assert uruguay(text) == expected


def test_both_partners_of_a_row_formed_the_body_named():
    tables = row_facts(
        [
            "In recent years, both partners, along with Chile and six other countries, developed "
            "a movement called Uniting for Consensus."
        ],
        "Foreign_relations_of_Uruguay.md",
        country="Ghana",
    )
    got = sorted((m.member_iso3, m.org_id) for m in tables["memberships"] if m.rule == RULE)
    assert got == [
        ("CHL", "Uniting for Consensus"),
        ("GHA", "Uniting for Consensus"),
        ("URY", "Uniting for Consensus"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "developed" a policy, a plan: no body named as one
        "Uruguay developed a plan called Plan Ceibal with Chile.",
        "Uruguay developed the Mercosur tariff.",
        # "both partners" outside a row name none
        "Both partners developed a movement called Uniting for Consensus.",
    ],
)
def test_no_body_named_read(text):
    assert uruguay(text) == []


def test_a_body_formed_together_with_states_in_the_passive():
    text = (
        "The Rio Group was established on 18 December 1986 in Rio de Janeiro, with the signing "
        "of the Rio Declaration together with Argentina, Brazil and Peru."
    )
    assert uruguay(text) == [("ARG", "Rio Group"), ("BRA", "Rio Group"), ("PER", "Rio Group")]


@pytest.mark.parametrize(
    "text",
    [
        # another state between: whose founding it was is unclear
        "The Rio Group was established in 1986 by Chile's initiative together with Peru.",
        # the list does not end the clause: "together with" something else
        "The Rio Group was established in 1986 together with Peru and a fund for its work.",
    ],
)
def test_no_passive_forming_read(text):
    assert uruguay(text) == []
