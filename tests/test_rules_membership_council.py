"""`council-seat`: the states elected "along with" the subject hold a seat too, and a
timeline's "DATE – S is elected ..." is read like any other sentence. Sentences written for
each, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "council-seat"


def read(text: str) -> list[tuple[str, str | None]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id) for m in tables["memberships"] if m.rule == RULE)


def test_the_states_elected_along_with_it():
    text = "Ghana, along with Sweden and Bolivia, was elected to serve on the Security Council."
    assert read(text) == [("BOL", "UNSC"), ("GHA", "UNSC"), ("SWE", "UNSC")]


@pytest.mark.parametrize(
    "text",
    [
        "10 October 2000 – Ghana is elected as a non-permanent member of the UN Security Council.",
        "1 January 2001 – Ghana starts its two-year term in the United Nations Security Council.",
    ],
)
def test_a_timeline_entry(text):
    assert read(text) == [("GHA", "UNSC")]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana, along with the African Union, was elected to serve on the Security Council.",
        "10 October 2000 – Ghana is seeking a seat on the UN Security Council.",
        "Ghana, along with Sweden, was not elected to the Security Council.",
    ],
)
def test_traps(text):
    assert read(text) == []
