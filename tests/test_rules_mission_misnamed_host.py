"""`represented-in-misnamed-host`: sentences of a row of Tonga in "Foreign relations of Croatia"
that name the host by a misprint of a country's name (facts as (sender, host, city, kind,
rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

CROATIA = "Foreign_relations_of_Croatia.md"
RULE = "represented-in-misnamed-host"


def missions(note: str) -> list[tuple[str, str, str | None, str, str]]:
    found = row_facts([f"-   {note}"], CROATIA, "Tonga")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.rule) for m in found)


def test_the_articles_state_is_represented_in_the_row_state():
    found = missions("Croatia is represented in Tongo through its embassy in Canberra (Australia).")
    assert found == [("HRV", "TON", "Canberra", "embassy", RULE)]


def test_the_row_state_is_represented_in_the_articles_state():
    found = missions("Tonga is represented in Croatai through its high commission in London.")
    assert found == [("TON", "HRV", "London", "high-commission", RULE)]


def test_accredited_from():
    found = missions("Croatia is accredited to Tongo from its embassy in Wellington, New Zealand.")
    assert found == [("HRV", "TON", "Wellington", "embassy", RULE)]


def test_a_word_of_a_countrys_name():
    found = missions("Croatia is represented in Tongan Islands by its embassy in Canberra.")
    assert [m for m in found if m[4] == RULE] == []  # two words, neither a country's name
    found = missions("Croatia is represented in Timor by its embassy in Jakarta.")
    assert found == [("HRV", "TON", "Jakarta", "embassy", RULE)]


@pytest.mark.parametrize(
    "note",
    [
        # a region, not a misprinted country
        "Croatia is represented in Scandinavia through its embassy in Stockholm.",
        "Croatia is represented in the Caribbean through its embassy in Caracas.",
        # negated
        "Croatia is not represented in Tongo through its embassy in Canberra.",
        # a name the gazetteer knows: other rules' business
        "Croatia is represented in Tonga through its embassy in Canberra, Australia.",
    ],
)
def test_no_misnamed_host(note):
    assert [m for m in missions(note) if m[4] == RULE] == []
