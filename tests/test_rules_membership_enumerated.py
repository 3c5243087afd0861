"""`members-enumerated`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import rule_memberships

RULE = "members-enumerated"


def uruguay(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay has close ties with the European Union and its member states, particularly "
            "Spain and Italy.",
            [("ESP", "EU"), ("ITA", "EU")],
        ),
        (
            "The accord extends to all members of Mercosur (including Paraguay), Uruguay says.",
            [("PRY", "Mercosur")],
        ),
        (
            "The dialogue covers the EU of 27, including Spain and Portugal.",
            [("ESP", "EU"), ("PRT", "EU")],
        ),
        (
            "Trade with the Mercosur economic giants: Brazil and Argentina has grown.",
            [("ARG", "Mercosur"), ("BRA", "Mercosur")],
        ),
        (
            "Aside from relations with other Mercosur states, of which Brazil and Paraguay are "
            "key partners, Uruguay trades with China.",
            [("BRA", "Mercosur"), ("PRY", "Mercosur")],
        ),
    ],
)
def test_the_states_enumerated_are_members(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the list goes on with something else: not a list of the members only
        "Uruguay has ties with the European Union and its member states, particularly Spain and "
        "other Latin states.",
        "The dialogue covers the EU of 27, including Spain and Portugal and the 10 partners.",
        # a series, not an enumeration; a bare bracket (M3)
        "Uruguay has ties with the EU countries, Russia and China.",
        "The GCC (Saudi Arabia, Bahrain and Oman) met in Riyadh.",
        # not (or no longer) members
        "Relations with the candidate members of the European Union (including Turkey) grew.",
        # "of which" names parts of something else
        "Relations with other Mercosur states, of which Brazil's ministers are fond, grew.",
        # a state's people, not the state
        "Uruguay met the Mercosur economic giants: Brazil's and Argentina's ministers.",
    ],
)
def test_no_enumeration_read(text):
    assert uruguay(text) == []
