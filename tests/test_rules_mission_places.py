"""Where a mission is: the city a sentence names, as it writes it (short sentences written for
each shape; the facts as (sender, host, city))."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

CUBA = "Foreign_relations_of_Cuba.md"


def places(sentence: str, name: str = CUBA) -> list[tuple[str, str, str | None]]:
    found = row_facts([sentence], name, "")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city) for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a state whose capital bears its name: the city is named too
        ("Cuba has an embassy in Singapore.", [("CUB", "SGP", "Singapore")]),
        ("Cuba has an honorary consulate in Monaco.", [("CUB", "MCO", "Monaco")]),
        # ... but not a state whose capital is named otherwise (Mexico City, Kuwait City)
        ("Cuba has an embassy in Mexico.", [("CUB", "MEX", None)]),
        ("Cuba has an embassy in Kuwait.", [("CUB", "KWT", None)]),
        # the sentence's full stop is not part of the city
        ("Cuba has an embassy in Djibouti City.", [("CUB", "DJI", "Djibouti City")]),
        ("Cuba has an embassy in Belize City.", [("CUB", "BLZ", "Belize City")]),
        # ... an abbreviation's is
        ("Cuba has an embassy in Washington D.C.", [("CUB", "USA", "Washington D.C.")]),
        # small words inside a name, one after another
        (
            "Cuba has consulates-general in La Paz and Santa Cruz de la Sierra.",
            [("CUB", "BOL", "La Paz"), ("CUB", "BOL", "Santa Cruz de la Sierra")],
        ),
        # a city whose name has its article, as written
        ("Cuba has an embassy in the Hague.", [("CUB", "NLD", "the Hague")]),
        ("Cuba has an embassy in The Hague.", [("CUB", "NLD", "The Hague")]),
        # a Dutch name with its elided article, inside a list and at its end
        (
            "Cuba has consulates in Rotterdam, 's-Hertogenbosch and Utrecht.",
            [
                ("CUB", "NLD", "'s-Hertogenbosch"),
                ("CUB", "NLD", "Rotterdam"),
                ("CUB", "NLD", "Utrecht"),
            ],
        ),
    ],
)
def test_the_city_is_named_as_the_sentence_names_it(sentence, expected):
    assert places(sentence) == expected


def test_a_state_named_for_its_capital_is_no_city_of_a_third_state():
    # the embassy covers Monaco from Paris: Monaco is the host, Paris the city
    found = places("Cuba is accredited to Monaco from its embassy in Paris, France.")
    assert found == [("CUB", "MCO", "Paris")]


def test_a_state_spelled_with_a_hyphen_is_the_state():
    found = places("Cuba is represented in Cape-Verde by its embassy in Dakar, Senegal.")
    assert found == [("CUB", "CPV", "Dakar")]
