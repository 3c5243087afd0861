"""`covering-mission-listed-states`: short sentences written for it (a row of Fiji in "Foreign
relations of France"; facts as (sender, host, city, status, via, rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

FRANCE = "Foreign_relations_of_France.md"
RULE = "covering-mission-listed-states"
FIRST = "covering-mission-accredited"


def missions(sentence: str) -> list[tuple[str, str, str | None, str, str | None, str]]:
    found = row_facts([sentence], FRANCE, "Fiji")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.status, m.via_iso3, m.rule) for m in found)


def test_every_state_of_the_list_is_covered_from_the_mission():
    assert missions(
        "The French embassy in Suva is accredited to Kiribati, Nauru, Tonga and Tuvalu."
    ) == [
        ("FRA", "KIR", "Suva", "accredited-from", "FJI", FIRST),
        ("FRA", "NRU", "Suva", "accredited-from", "FJI", RULE),
        ("FRA", "TON", "Suva", "accredited-from", "FJI", RULE),
        ("FRA", "TUV", "Suva", "accredited-from", "FJI", RULE),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # an ambassador, not a mission
        "The French ambassador in Suva is accredited to Kiribati, Nauru and Tonga.",
        # negated
        "The French embassy in Suva is not accredited to Kiribati, Nauru and Tonga.",
        # one state only: the older construction's
        "The French embassy in Suva is accredited to Kiribati.",
    ],
)
def test_no_further_state_read(sentence):
    assert [m for m in missions(sentence) if m[5] == RULE] == []
