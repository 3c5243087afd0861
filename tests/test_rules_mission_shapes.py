"""Issue 19's shapes of a missions sentence, read through the shared grammar (`item_head`,
`places`, the vocabulary's terms) by the rules that read a verb of having or opening
(`has-mission`, `opened-mission`, `mission-list-with-count`): short sentences written for each
shape in a row of "Foreign relations of Uruguay" (counterpart Spain), the facts as (sender,
host, kind, city, status, rule), and traps that must read nothing more."""

from __future__ import annotations

import pytest

from tests.conftest import facts, relations_doc

URUGUAY = "Foreign_relations_of_Uruguay.md"
HAS = "has-mission"
COUNTED = "mission-list-with-count"

Fact = tuple[str, str, str, str | None, str, str]


def missions(sentence: str, country: str = "Spain") -> list[Fact]:
    found = facts(relations_doc([sentence], country=country), URUGUAY)["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.kind, m.city, m.status, m.rule) for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fronted time phrase inside the clause: its date is the next item's, not the one's
        # before it
        (
            "Uruguay has an embassy in Madrid and, since 2010, a consulate in Seville.",
            [
                ("URY", "ESP", "consulate", "Seville", "opened", HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
            ],
        ),
        (
            "Spain has an embassy in Montevideo and since 1998 consulates in Salto and Rivera.",
            [
                ("ESP", "URY", "consulate", "Rivera", "opened", HAS),
                ("ESP", "URY", "consulate", "Salto", "opened", HAS),
                ("ESP", "URY", "embassy", "Montevideo", "open", HAS),
            ],
        ),
        (
            "Uruguay has an embassy in Madrid and, from 2005, a consulate-general in Bilbao.",
            [
                ("URY", "ESP", "consulate-general", "Bilbao", "opened", HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
            ],
        ),
        # a comma between the kind and its places
        (
            "Spain has an embassy in Montevideo and two consulates, in Salto and Rivera.",
            [
                ("ESP", "URY", "consulate", "Rivera", "open", COUNTED),
                ("ESP", "URY", "consulate", "Salto", "open", COUNTED),
                ("ESP", "URY", "embassy", "Montevideo", "open", HAS),
            ],
        ),
        (
            "In 2004 Uruguay opened an honorary consulate, in Valencia.",
            [("URY", "ESP", "honorary-consulate", "Valencia", "opened", "opened-mission")],
        ),
        # the cities after their country and a colon, or a comma and "in": the country is
        # every city's (Barcelona and Valencia are also in Venezuela)
        (
            "Uruguay has 2 consulates-general in Spain: Barcelona and Valencia.",
            [
                ("URY", "ESP", "consulate-general", "Barcelona", "open", COUNTED),
                ("URY", "ESP", "consulate-general", "Valencia", "open", COUNTED),
            ],
        ),
        (
            "Uruguay has two consulates in Spain: in Barcelona and Valencia.",
            [
                ("URY", "ESP", "consulate", "Barcelona", "open", COUNTED),
                ("URY", "ESP", "consulate", "Valencia", "open", COUNTED),
            ],
        ),
        (
            "Uruguay has two consulates-general in Spain, in Barcelona and in Valencia.",
            [
                ("URY", "ESP", "consulate-general", "Barcelona", "open", COUNTED),
                ("URY", "ESP", "consulate-general", "Valencia", "open", COUNTED),
            ],
        ),
        # an em dash inside a kind's name is a hyphen (the masking keeps it between words)
        (
            "Uruguay has an embassy in Madrid and a consulate\u2014general in Bilbao.",
            [
                ("URY", "ESP", "consulate-general", "Bilbao", "open", HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
            ],
        ),
        (
            "Uruguay has consulates\u2014general in Bilbao and Seville.",
            [
                ("URY", "ESP", "consulate-general", "Bilbao", "open", HAS),
                ("URY", "ESP", "consulate-general", "Seville", "open", HAS),
            ],
        ),
    ],
)
def test_shapes(sentence: str, expected: list[Fact]) -> None:
    assert missions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a phrase that ends or opposes the next mission is not a fronted time phrase of it
        (
            "Uruguay has an embassy in Madrid and, until 2005, a consulate in Seville.",
            [("URY", "ESP", "embassy", "Madrid")],
        ),
        (
            "Uruguay has an embassy in Madrid, while a consulate in Seville is planned.",
            [("URY", "ESP", "embassy", "Madrid")],
        ),
        # a date right after a place, with no joint, is the place's: no item starts there
        (
            "Uruguay opened a trade office in Madrid in 2001, its embassy in June 2005 in Madrid.",
            [("URY", "ESP", "trade-office", "Madrid")],
        ),
        # a colon or ", in" followed by no city of the country: the country alone
        (
            "Uruguay has two consulates in Spain: they are in Barcelona and Seville.",
            [("URY", "ESP", "consulate", None)],
        ),
        (
            "Uruguay has embassies in Spain, in Portugal and in France.",
            [
                ("URY", "ESP", "embassy", None),
                ("URY", "FRA", "embassy", None),
                ("URY", "PRT", "embassy", None),
            ],
        ),
        (
            "Uruguay has an embassy in Spain: Spain has an embassy in Montevideo.",
            [("URY", "ESP", "embassy", None)],
        ),
        # a negated mission after the fronted phrase
        (
            "Uruguay has an embassy in Madrid and, since 2010, no consulate in Seville.",
            [("URY", "ESP", "embassy", "Madrid")],
        ),
    ],
)
def test_traps(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [m[:4] for m in missions(sentence)] == expected
