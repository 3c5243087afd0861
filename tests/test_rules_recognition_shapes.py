"""Recognitions that name the recognized state by a description ("its neighbour under the name
...", "the former Yugoslav republic"), and statements about a state that recognize none (issue
19). Sentences written for these shapes, in a prose paragraph and in a table row's notes."""

from __future__ import annotations

import pytest

from tests.conftest import facts, relations_doc

URUGUAY = "Foreign_relations_of_Uruguay.md"
Fact = tuple[str, str, str | None, str]


def prose(text: str) -> list[Fact]:
    tables = facts(f"Overview\n\n{text}\n", URUGUAY)
    return sorted(
        (r.recognizer_iso3, r.recognized_iso3, r.date_text, r.rule) for r in tables["recognitions"]
    )


def row(text: str, country: str = "Chile") -> list[Fact]:
    tables = facts(relations_doc([text], country=country), URUGUAY)
    return sorted(
        (r.recognizer_iso3, r.recognized_iso3, r.date_text, r.rule) for r in tables["recognitions"]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay recognized its neighbour under the name Republic of Macedonia in 1993.",
            [("URY", "MKD", "1993", "recognized")],
        ),
        (
            "Paraguay formally recognised its neighbor under the name of Bolivia on 3 March 1926.",
            [("PRY", "BOL", "3 March 1926", "recognized")],
        ),
        (
            "Uruguay recognized the former Yugoslav republic of Macedonia de jure in April 1993.",
            [("URY", "MKD", "April 1993", "recognized")],
        ),
    ],
)
def test_a_state_named_by_a_description_is_recognized(text, expected):
    assert prose(text) == expected
    assert row(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay was among the first to recognize the former Yugoslav republic in 1993.",
            [("URY", "CHL", "1993", "nth-to-recognize")],
        ),
        (
            "Uruguay recognized the former Soviet republic on 5 January 1992.",
            [("URY", "CHL", "5 January 1992", "recognized-it")],
        ),
        (
            "Uruguay recognised its neighbour on 12 May 1992.",
            [("URY", "CHL", "12 May 1992", "recognized-it")],
        ),
    ],
)
def test_in_a_row_the_description_is_the_rows_other_state(text, expected):
    assert row(text) == expected
    assert prose(text) == []  # in prose, no state is named


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay has not recognized its neighbour under the name Republic of Macedonia.",
        "Uruguay refuses to recognize the former Soviet republic.",
        "Uruguay withdrew its recognition of the former Yugoslav republic in 2020.",
        "Uruguay recognizes Kashmir to be part of India.",
        "Uruguay recognizes Kashmir as part of India.",
        "Uruguay recognizes the territorial integrity of Georgia.",
        "Uruguay recognized the government of Libya in 2011.",
        "Uruguay recognized the regime of Chile in 1973.",
        "Uruguay recognized the National Transitional Council in 2011.",
        "Uruguay has not recognized Kosovo.",
        "Uruguay refuses to recognize Kosovo.",
        "Uruguay withdrew its recognition of Kosovo in 2020.",
        "Uruguay might recognize its neighbour under the name Republic of Macedonia.",
    ],
)
def test_traps_recognize_no_state(text):
    assert prose(text) == []
    assert row(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Croatia was de jure recognized by Argentina in 1992.",
            [("ARG", "HRV", "1992", "recognized-by")],
        ),
        (
            "Croatia was de facto recognised by Argentina and Brazil on 2 May 1992.",
            [
                ("ARG", "HRV", "2 May 1992", "recognized-by"),
                ("BRA", "HRV", "2 May 1992", "recognized-by"),
            ],
        ),
    ],
)
def test_de_jure_before_the_passive_verb(text, expected):
    assert prose(text) == expected
    assert row(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Croatia was never de jure recognized by Argentina.",
        "Croatia has not been de facto recognized by Argentina.",
        "Croatia could be de jure recognized by Argentina.",
    ],
)
def test_a_negated_passive_recognizes_nothing(text):
    assert prose(text) == []
    assert row(text) == []
