"""`bare-mission-item`: list items written for it in a row of Canada in "Foreign relations of
South Korea" (facts as (sender, host, city, kind, status, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

KOREA = "Foreign_relations_of_South_Korea.md"
RULE = "bare-mission-item"


def missions(items: list[str]) -> list[tuple[str, str, str | None, str, str, str]]:
    found = row_facts([f"-   {item}" for item in items], KOREA, "Canada")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule) for m in found)


def test_bare_items_are_the_missions_of_the_state_they_are_not_in():
    assert missions(["Consulate General in Vancouver", "Consulate Agency in Toronto"]) == [
        ("KOR", "CAN", "Toronto", "consulate", "open", RULE),
        ("KOR", "CAN", "Vancouver", "consulate-general", "open", RULE),
    ]


def test_a_bare_item_in_the_articles_own_state_is_the_counterparts():
    assert missions(["Consulate General in Busan."]) == [
        ("CAN", "KOR", "Busan", "consulate-general", "open", RULE)
    ]


@pytest.mark.parametrize(
    "item",
    [
        # more than the mission and its place
        "Consulate General in Vancouver was closed in 2012",
        # a place in neither state of the row
        "Consulate General in Lyon",
        # no mission noun
        "Korean Cultural Centre in Ottawa",
    ],
)
def test_no_bare_item_reading(item):
    assert [m for m in missions([item]) if m[5] == RULE] == []


def test_a_sentence_of_a_rows_notes_is_read_as_an_item():
    # issue 19: a row whose notes are fragments
    found = row_facts(["Consulate General in Vancouver."], KOREA, "Canada")["missions"]
    assert [(m.sender_iso3, m.city) for m in found if m.rule == RULE] == [("KOR", "Vancouver")]


def test_an_item_may_list_its_places():
    assert missions(["Consulates General in Vancouver and Toronto"]) == [
        ("KOR", "CAN", "Toronto", "consulate-general", "open", RULE),
        ("KOR", "CAN", "Vancouver", "consulate-general", "open", RULE),
    ]
