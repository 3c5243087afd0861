"""`represented-in-itself`: rows of "Foreign relations of Peru" whose sentence says a state is
represented in itself (facts as (sender, host, city, kind, status, via, rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

PERU = "Foreign_relations_of_Peru.md"
RULE = "represented-in-itself"


def missions(
    item: str, country: str
) -> list[tuple[str, str, str | None, str, str, str | None, str]]:
    found = row_facts([f"-   {item}"], PERU, country)["missions"]
    return sorted(
        (m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.via_iso3, m.rule) for m in found
    )


def test_the_articles_state_represented_in_itself_is_represented_in_the_rows():
    assert missions(
        "Peru is represented in Peru through its embassy in Quito (Ecuador) and an honorary "
        "consulate in Bogotá.",
        "Colombia",
    ) == [
        ("PER", "COL", "Bogotá", "honorary-consulate", "open", None, RULE),
        ("PER", "COL", "Quito", "embassy", "represented-via", "ECU", RULE),
    ]


def test_the_rows_state_represented_in_itself_is_represented_in_the_articles():
    assert missions(
        "Ghana is represented in Ghana by its embassy in Brasília, Brazil.", "Ghana"
    ) == [("GHA", "PER", "Brasília", "embassy", "represented-via", "BRA", RULE)]


def test_accredited_to_itself_from_a_mission():
    assert missions(
        "Ghana is accredited to Ghana from its embassy in Brasília, Brazil.", "Ghana"
    ) == [("GHA", "PER", "Brasília", "embassy", "represented-via", "BRA", RULE)]


@pytest.mark.parametrize(
    "item",
    [
        # accredited to another state: the plain wording, another rule's
        "Peru is accredited to Colombia from its embassy in Quito.",
        # accredited to itself, with no mission it is accredited from
        "Peru is accredited to Peru from 1990.",
        # two states: the plain wording, another rule's
        "Peru is represented in Colombia through its embassy in Quito.",
        # not represented
        "Peru is not represented in Peru through its embassy in Quito.",
    ],
)
def test_no_reading_in_itself(item):
    assert [m for m in missions(item, "Colombia") if m[6] == RULE] == []


def test_running_text_is_not_read():
    text = "Peru is represented in Peru through its embassy in Quito.\n"
    assert [m for m in facts(text, PERU)["prose_missions"] if m.rule == RULE] == []
