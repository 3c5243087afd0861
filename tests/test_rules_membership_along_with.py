"""`along-with-standing`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "along-with-standing"


def uruguay(text: str) -> list[tuple[str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted(
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == RULE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazil, along with Chile, remains part of the Rio Group which often backs Uruguay.",
            [("BRA", "Rio Group"), ("CHL", "Rio Group")],
        ),
        (
            "Uruguay together with Paraguay is playing an effective role in Mercosur.",
            [("PRY", "Mercosur"), ("URY", "Mercosur")],
        ),
        (
            "Chile, together with Peru and Bolivia, participates in the Rio Group.",
            [("BOL", "Rio Group"), ("CHL", "Rio Group"), ("PER", "Rio Group")],
        ),
        # companions the sentence does not name: the subject only
        (
            "Uruguay, together with other two River Plate countries, is also a member of the "
            "Inter-American Development Bank (IDB).",
            [("URY", "IDB")],
        ),
    ],
)
def test_the_state_and_those_named_with_it_stand_in_the_body(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # something done in the body, not a standing in it (M1)
        "Uruguay, together with Chile, cooperates in the Rio Group.",
        "Uruguay, along with Chile, votes in the Rio Group.",
        # negation, unreal mood
        "Uruguay, along with Chile, is not part of the Rio Group.",
        "Uruguay, along with its partners, wants to be part of the Rio Group.",
        # a companion that is no state
        "Uruguay, along with Chile's president, is part of the Rio Group.",
        "Uruguay, together with the EU, plays a key role in the Rio Group.",
    ],
)
def test_no_standing_read(text):
    assert uruguay(text) == []
