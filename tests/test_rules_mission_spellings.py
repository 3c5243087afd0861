"""Mission nouns as the articles spell them: "consulte generals", "Honorary General Consulates",
"an Embassy of Chile in Lima" (the sender named after the kind), and a list going on after a
bracket into "two embassy branches in (A and B)"; rows of "Foreign relations of Peru" written
for them, and traps."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

PERU = "Foreign_relations_of_Peru.md"


def missions(item: str) -> list[tuple[str, str, str | None, str]]:
    found = row_facts([f"-   {item}"], PERU, "Chile")["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind) for m in found)


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("two consulte generals", "consulate-general"),
        ("two Honorary General Consulates", "honorary-consulate"),
    ],
)
def test_misspelt_and_reordered_kinds(noun, kind):
    assert missions(f"Chile has {noun} in Cusco and Arequipa.") == [
        ("CHL", "PER", "Arequipa", kind),
        ("CHL", "PER", "Cusco", kind),
    ]


def test_the_sender_named_after_the_kind():
    assert missions("Chile has an Embassy of Chile in Lima, consulates in Cusco and Tacna.") == [
        ("CHL", "PER", "Cusco", "consulate"),
        ("CHL", "PER", "Lima", "embassy"),
        ("CHL", "PER", "Tacna", "consulate"),
    ]


def test_a_list_going_on_after_a_bracket_into_in_bracket():
    found = missions(
        "Chile has an embassy in Lima, two consulates (in Cusco and Tacna), and two embassy "
        "branches in (Arequipa and Piura)."
    )
    assert ("CHL", "PER", "Arequipa", "embassy-office") in found
    assert ("CHL", "PER", "Piura", "embassy-office") in found


def test_an_embassy_of_with_no_place_reads_no_city():
    assert [m for m in missions("Chile has an Embassy of Chile.") if m[2] is not None] == []
