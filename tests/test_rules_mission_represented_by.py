"""`represented-by-mission`: sentences of a row of Senegal in "Foreign relations of Armenia" that
say a state is represented by a mission named after "by" (facts as (sender, host, city, kind,
rule)), and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

ARMENIA = "Foreign_relations_of_Armenia.md"
RULE = "represented-by-mission"


def missions(note: str) -> list[tuple[str, str, str | None, str, str]]:
    found = row_facts([f"-   {note}"], ARMENIA, "Senegal")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.rule) for m in found)


def test_represented_by_a_state_through_its_mission():
    found = missions("Armenia is represented by Senegal through its embassy in Paris.")
    assert found == [("SEN", "ARM", "Paris", "embassy", RULE)]


def test_represented_by_its_own_demonyms_mission_in_a_row():
    found = missions("Senegal is represented by the Senegalese embassy in Moscow, Russia.")
    assert found == [("SEN", "ARM", "Moscow", "embassy", RULE)]
    found = missions("Armenia is represented by the Armenian embassy in Cairo, Egypt.")
    assert found == [("ARM", "SEN", "Cairo", "embassy", RULE)]


@pytest.mark.parametrize(
    "note",
    [
        # a third state's mission: a protecting power, not this rule's
        "Senegal is represented by the Swiss embassy in Moscow.",
        # negated
        "Armenia is not represented by Senegal through its embassy in Paris.",
        "Armenia is no longer represented by Senegal through its embassy in Paris.",
        # no mission after "by"
        "Armenia is represented by Senegal at the United Nations.",
    ],
)
def test_no_represented_by(note):
    assert [m for m in missions(note) if m[4] == RULE] == []
