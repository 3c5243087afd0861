"""`both-take-part`: "both (countries) participate in O" in a relations row gives the row's two
states (short sentences written for it, and traps that must not read)."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "both-take-part"


def in_row(text: str) -> list[tuple[str, str]]:
    tables = row_facts([text], name="Foreign_relations_of_Finland.md", country="Sweden")
    return sorted(
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == RULE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Furthermore, both participate in the Nordic Council, which grants Swedish nationals "
            "more rights.",
            [("FIN", "Nordic Council"), ("SWE", "Nordic Council")],
        ),
        (
            "Both countries take part in the OSCE and the Council of the Baltic Sea States.",
            [("FIN", "CBSS"), ("FIN", "OSCE"), ("SWE", "CBSS"), ("SWE", "OSCE")],
        ),
        (
            "They both belong to the Nordic Council.",
            [("FIN", "Nordic Council"), ("SWE", "Nordic Council")],
        ),
    ],
)
def test_both_countries_of_a_row_taking_part_are_its_two_states(text, expected):
    assert in_row(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # organizations used as adjectives, an unreal mood, a negation
        "Both countries take part in NATO exercises.",
        "Both countries would participate in the Nordic Council.",
        "Both countries do not participate in the Nordic Council.",
        # a pair named: the rules for named pairs read it, not this one
        "Both Finland and Sweden participate in the Nordic Council.",
    ],
)
def test_both_take_part_traps(text):
    assert in_row(text) == []


def test_outside_a_row_both_names_no_pair():
    tables = facts(
        "Overview\n\nBoth participate in the Nordic Council.\n", "Foreign_relations_of_Finland.md"
    )
    assert [m for m in tables["memberships"] if m.rule == RULE] == []
