"""A mission named after a place ("a Taipei Economic and Cultural Office in Madrid", "Taipei
Representative Offices in Berlin and Munich") is read as its kind after a verb of holding
(`has-mission`): rows of "Foreign relations of Spain" written for it, and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

SPAIN = "Foreign_relations_of_Spain.md"


def missions(item: str, country: str = "Taiwan") -> list[tuple[str, str, str | None, str, str]]:
    found = row_facts([f"-   {item}"], SPAIN, country)["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.rule) for m in found)


def test_an_office_named_after_the_senders_capital():
    assert missions("Taiwan has a Taipei Economic and Cultural Office in Madrid.") == [
        ("TWN", "ESP", "Madrid", "economic-office", "has-mission")
    ]


def test_offices_named_after_a_place_in_several_cities():
    assert missions("Taiwan maintains Taipei Representative Offices in Madrid and Seville.") == [
        ("TWN", "ESP", "Madrid", "representative-office", "has-mission"),
        ("TWN", "ESP", "Seville", "representative-office", "has-mission"),
    ]


def test_an_office_named_after_the_host_in_its_capital():
    assert missions("Spain has a Taiwan Liaison Office in Taipei.") == [
        ("ESP", "TWN", "Taipei", "representative-office", "has-mission")
    ]


@pytest.mark.parametrize(
    "item",
    [
        "Taiwan has a Taipei office in Madrid.",  # no mission kind
        "Taiwan has a Taipei Economic and Cultural Office.",  # no place: not this reading
    ],
)
def test_no_placed_office(item):
    assert [m for m in missions(item) if m[2] is not None] == []
