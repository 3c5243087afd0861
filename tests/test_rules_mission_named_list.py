"""`named-mission-list`: list items of a row of Russia in "Foreign relations of Peru" that open
with a mission named by its sender's demonym (facts as (sender, host, city, kind, rule)), and
traps; also a start between two items of a list ("since 1968, a consulate in ...")."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

PERU = "Foreign_relations_of_Peru.md"
RULE = "named-mission-list"


def missions(item: str) -> list[tuple[str, str, str | None, str, str]]:
    found = row_facts([f"-   {item}"], PERU, "Russia")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.rule) for m in found)


def test_the_missions_after_a_named_one_are_the_same_senders():
    found = missions("Russian embassy in Lima and consulates-general in Cusco and Arequipa.")
    assert [m for m in found if m[4] == RULE] == [
        ("RUS", "PER", "Arequipa", "consulate-general", RULE),
        ("RUS", "PER", "Cusco", "consulate-general", RULE),
    ]


def test_the_host_is_the_places_state():
    found = missions("Peruvian embassy in Moscow and a consulate-general in Vladivostok.")
    assert [m for m in found if m[4] == RULE] == [
        ("PER", "RUS", "Vladivostok", "consulate-general", RULE)
    ]


@pytest.mark.parametrize(
    "item",
    [
        # the item goes on about something else
        "Russian embassy in Lima and a consulate in Cusco were attacked in 2001.",
        # a state, not a demonym: another rule's ("Russia has ...")
        "Russia embassy in Lima and a consulate in Cusco.",
    ],
)
def test_no_named_list(item):
    assert [m for m in missions(item) if m[4] == RULE] == []


def test_running_text_is_not_read():
    text = "Russian embassy in Lima and a consulate in Cusco.\n"
    assert [m for m in facts(text, PERU)["prose_missions"] if m.rule == RULE] == []


def test_a_start_between_two_items_does_not_end_the_list():
    found = missions(
        "Russia has an embassy in Lima since 1969, a consulate in Cusco and two "
        "consulates in Arequipa and Piura."
    )
    assert [m[2] for m in found] == ["Arequipa", "Cusco", "Lima", "Piura"]
