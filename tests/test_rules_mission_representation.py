"""`representation-handled-by`: short sentences written for it (a row of "Foreign relations of
Chile"; facts as (sender, host, city, kind, status, rule, via)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

CHILE = "Foreign_relations_of_Chile.md"
RULE = "representation-handled-by"


def missions(sentence: str) -> list[tuple[str, str, str | None, str, str, str, str | None]]:
    found = row_facts([sentence], CHILE, "")["missions"]
    return sorted(
        (m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule, m.via_iso3) for m in found
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The diplomatic representation of Chile in Nepal is handled by the Chilean embassy "
            "in New Delhi, India.",
            [("CHL", "NPL", "New Delhi", "embassy", "represented-via", RULE, "IND")],
        ),
        (
            "Diplomatic representation for Chile in Laos is handled by the Chilean embassy in "
            "Bangkok.",
            [("CHL", "LAO", "Bangkok", "embassy", "represented-via", RULE, "THA")],
        ),
        # "in neighbouring X" after the city
        (
            "The diplomatic representation of Chile in Estonia is handled by the Chilean embassy "
            "in Helsinki, in neighbouring Finland.",
            [("CHL", "EST", "Helsinki", "embassy", "represented-via", RULE, "FIN")],
        ),
        # a third state's mission standing in, in the host's own capital
        (
            "Liechtenstein's diplomatic representation in Chile is handled by the Swiss embassy "
            "in Santiago.",
            [("LIE", "CHL", "Santiago", "embassy", "represented-via", RULE, "CHL")],
        ),
        # several missions, one after another
        (
            "The diplomatic representation of Chile in Lesotho was handled by the Chilean embassy "
            "in Lusaka, Zambia (between 1978–1980), the Chilean embassy in Maputo, Mozambique "
            "(between 1980–1990).",
            [
                ("CHL", "LSO", "Lusaka", "embassy", "represented-via", RULE, "ZMB"),
                ("CHL", "LSO", "Maputo", "embassy", "represented-via", RULE, "MOZ"),
            ],
        ),
        # consular affairs, the mission named with its state and a country only
        (
            "The consular affairs in Bhutan are handled by the embassy of Chile in India.",
            [("CHL", "BTN", None, "embassy", "represented-via", RULE, "IND")],
        ),
    ],
)
def test_representation_handled_by(sentence, expected):
    assert missions(sentence) == expected


def row_missions(
    sentence: str, country: str
) -> list[tuple[str, str, str | None, str, str, str, str | None]]:
    found = row_facts([sentence], CHILE, country)["missions"]
    return sorted(
        (m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule, m.via_iso3) for m in found
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "representation for S" without its host: in a row of two states, the other one
        (
            "Chile has no diplomatic office in Nepal. Diplomatic representation for Chile is "
            "handled by the Chilean embassy in New Delhi, India.",
            [("CHL", "NPL", "New Delhi", "embassy", "represented-via", RULE, "IND")],
        ),
        (
            "Nepal has no diplomatic office in Chile. Diplomatic representation for Nepal is "
            "handled by the embassy in Buenos Aires, Argentina.",
            [("NPL", "CHL", "Buenos Aires", "embassy", "represented-via", RULE, "ARG")],
        ),
        # a misprinted verb ("ins handled", "in handled") and preposition ("of S is H")
        (
            "The diplomatic representation of Nepal in Chile ins handled by the Nepalese embassy "
            "in Buenos Aires, Argentina.",
            [("NPL", "CHL", "Buenos Aires", "embassy", "represented-via", RULE, "ARG")],
        ),
        (
            "The diplomatic representation of Chile is Nepal is handled by the Chilean embassy in "
            "New Delhi, in neighbouring India.",
            [("CHL", "NPL", "New Delhi", "embassy", "represented-via", RULE, "IND")],
        ),
        # a demonym the gazetteer does not know, the sender named before
        (
            "The diplomatic representation of Nepal in Chile is handled by the Nepalian embassy "
            "in Buenos Aires, Argentina.",
            [("NPL", "CHL", "Buenos Aires", "embassy", "represented-via", RULE, "ARG")],
        ),
    ],
)
def test_representation_handled_for_a_state_of_the_row(sentence, expected):
    assert row_missions(sentence, "Nepal") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Diplomatic representation for Chile is no longer handled by the embassy in New Delhi.",
        # no sender named: an unknown capitalised word before the kind is not taken as one
        "The consular affairs in Nepal are handled by the Ruritanian embassy in New Delhi.",
    ],
)
def test_no_representation_for_a_state_without_its_mission(sentence):
    assert row_missions(sentence, "Nepal") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The diplomatic representation of Chile in Nepal is no longer handled by the Chilean "
        "embassy in New Delhi.",
        "The diplomatic representation of Chile in Nepal is handled by an honorary consul.",
        "The diplomatic representation of Chile in Nepal is handled by the Ministry of Foreign "
        "Affairs in Santiago.",
        "Visa matters in Nepal are handled by the Chilean embassy in New Delhi.",
    ],
)
def test_no_representation_without_a_mission(sentence):
    assert missions(sentence) == []


THROUGH = "represented-through-mission"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Japan is represented in Chile via parallel accreditation of its embassy in Lima, "
            "Peru.",
            [("JPN", "CHL", "Lima", "embassy", "represented-via", THROUGH, "PER")],
        ),
        (
            "Cyprus is represented to Chile through its accredited embassy in Buenos Aires "
            "(Argentina).",
            [("CYP", "CHL", "Buenos Aires", "embassy", "represented-via", THROUGH, "ARG")],
        ),
        (
            "Diplomatic relations with Chile are maintained through Ireland's Permanent Mission "
            "to the United Nations in New York.",
            [("IRL", "CHL", "New York", "permanent-mission", "represented-via", THROUGH, "USA")],
        ),
        (
            "Ireland maintains diplomatic relations with the Government of Chile through its "
            "embassy in Buenos Aires (Argentina).",
            [("IRL", "CHL", "Buenos Aires", "embassy", "represented-via", THROUGH, "ARG")],
        ),
        # the wording the older accreditation reader takes stays its own
        (
            "Japan is represented in Chile through its embassy in Lima, Peru.",
            [("JPN", "CHL", "Lima", "embassy", "represented-via", "represented-via", "PER")],
        ),
        # a note's wording without "is"
        (
            "Japan represented in Chile via parallel accreditation of its embassy in Lima, Peru.",
            [("JPN", "CHL", "Lima", "embassy", "represented-via", THROUGH, "PER")],
        ),
        # the plain wording misprinted: "it", "ts", "thought", "repreented", "represent"
        (
            "Japan is represented in Chile through it embassy in Lima (Peru).",
            [("JPN", "CHL", "Lima", "embassy", "represented-via", THROUGH, "PER")],
        ),
        (
            "Japan is represented in Chile by ts embassy in Lima, Peru.",
            [("JPN", "CHL", "Lima", "embassy", "represented-via", THROUGH, "PER")],
        ),
        (
            "Japan is repreented in Chile through its embassy in Lima, Peru.",
            [("JPN", "CHL", "Lima", "embassy", "represented-via", THROUGH, "PER")],
        ),
        (
            "Japan is represent in Chile by their embassy in Lima, Peru.",
            [("JPN", "CHL", "Lima", "embassy", "represented-via", THROUGH, "PER")],
        ),
        # a further mission after the first one's places: open where it is in the host (the
        # older reader, which reads on after a head it takes, takes it here too)
        (
            "Japan is represented in Chile thought it embassy in Lima (Peru) and honorary "
            "consulate in Valparaíso.",
            [
                ("JPN", "CHL", "Lima", "embassy", "represented-via", THROUGH, "PER"),
                ("JPN", "CHL", "Valparaíso", "honorary-consulate", "open", "represented-via", None),
            ],
        ),
        (
            "Japan is repreented in Chile by ts embassy in Lima, Peru, and an honorary consulate "
            "in Valparaíso.",
            [
                ("JPN", "CHL", "Lima", "embassy", "represented-via", THROUGH, "PER"),
                ("JPN", "CHL", "Valparaíso", "honorary-consulate", "open", THROUGH, None),
            ],
        ),
        (
            "Japan is repreented in Chile through its embassy in Lima, Peru, and a consulate in "
            "Cochabamba (Bolivia).",
            [
                ("JPN", "CHL", "Cochabamba", "consulate", "represented-via", THROUGH, "BOL"),
                ("JPN", "CHL", "Lima", "embassy", "represented-via", THROUGH, "PER"),
            ],
        ),
    ],
)
def test_represented_through_a_mission(sentence, expected):
    assert missions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan is not represented in Chile via parallel accreditation of its embassy in Lima.",
        "Japan is represented in Chile via parallel accreditation of its ambassador in Lima.",
        "Relations with Chile are maintained through Ireland's membership of the United Nations.",
        "Japan is not represented in Chile through it embassy in Lima.",
        "Japan is represented in Chile through it ambassador in Lima.",
    ],
)
def test_no_representation_through_what_is_no_mission(sentence):
    assert missions(sentence) == []


ROW_RULE = "represented-in-the-row"


def nepal_row(sentence: str) -> list[tuple[str, str, str | None, str, str, str, str | None]]:
    return row_missions(sentence, "Nepal")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no host named: the row's other state, covered from a third one
        (
            "Chile is represented through its embassy in New Delhi.",
            [("CHL", "NPL", "New Delhi", "embassy", "represented-via", ROW_RULE, "IND")],
        ),
        (
            "Nepal is represented through its embassy in Buenos Aires.",
            [("NPL", "CHL", "Buenos Aires", "embassy", "represented-via", ROW_RULE, "ARG")],
        ),
        # ... or open, where the place is in that state after all
        (
            "Chile is represented through its embassy in Kathmandu.",
            [("CHL", "NPL", "Kathmandu", "embassy", "open", ROW_RULE, None)],
        ),
    ],
)
def test_represented_in_the_rows_other_state(sentence, expected):
    assert nepal_row(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile is not represented through its embassy in New Delhi.",
        "Chile is represented through its ambassador in New Delhi.",
    ],
)
def test_no_representation_in_the_row(sentence):
    assert [m for m in nepal_row(sentence) if m[5] == ROW_RULE] == []


def test_a_named_host_is_the_older_readers():
    assert {
        m[5] for m in nepal_row("Chile is represented in Nepal through its embassy in New Delhi.")
    } == {"represented-via"}
