"""`coordinated-named-mission`: sentences of a row of Tajikistan in "Foreign relations of
Turkey" that join two missions named by their senders' demonyms with "and" (facts as (sender,
host, city, kind, rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

TURKEY = "Foreign_relations_of_Turkey.md"
RULE = "coordinated-named-mission"


def missions(note: str) -> list[tuple[str, str, str | None, str, str]]:
    found = row_facts([note], TURKEY, "Tajikistan")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.rule) for m in found)


def test_the_second_of_two_opened_missions():
    found = missions(
        "The Turkish Embassy in Dushanbe was opened in 1992 and the Tajik Embassy in Ankara "
        "was opened in 1995."
    )
    assert ("TJK", "TUR", "Ankara", "embassy", RULE) in found


def test_after_an_existential_mission():
    found = missions(
        "There is a Tajik consulate-general in Istanbul and a Turkish embassy in Dushanbe."
    )
    assert ("TUR", "TJK", "Dushanbe", "embassy", RULE) in found


def test_the_host_is_the_places_state():
    found = missions(
        "Relations go through the Tajik Embassy in Ankara and the Turkish Embassy in Dushanbe."
    )
    assert [m for m in found if m[4] == RULE] == [("TUR", "TJK", "Dushanbe", "embassy", RULE)]


@pytest.mark.parametrize(
    "note",
    [
        # the mission covers another state from its place
        "The Tajik embassy in Ankara and the Turkish embassy in Tashkent are accredited to both.",
        # negated
        "The Turkish embassy in Dushanbe was never opened and the Tajik embassy in Ankara neither.",
        # no mission before "and"
        "The President visited Dushanbe and the Turkish embassy in Dushanbe.",
        # no demonym: a clause of its own, other rules' business
        "The Tajik Embassy in Ankara was opened and the embassy in Dushanbe followed.",
    ],
)
def test_no_coordinated_mission(note):
    assert [m for m in missions(note) if m[4] == RULE] == []
