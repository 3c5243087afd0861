"""`country-comma-member`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "country-comma-member"


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay is a country on the eastern shore of the River Plate, a member of Mercosur, "
            "the Rio Group and the Organization of American States.",
            [("URY", "Mercosur", RULE), ("URY", "OAS", RULE), ("URY", "Rio Group", RULE)],
        ),
        (
            "The Eastern Republic of Uruguay is a small South American state, a founding member of "
            "Mercosur.",
            [("URY", "Mercosur", RULE)],
        ),
        (
            "It is a small republic, a member of the United Nations Organisation and of Mercosur.",
            [("URY", "Mercosur", RULE), ("URY", "UN", RULE)],
        ),
    ],
)
def test_the_organizations_after_comma_a_member_of_are_the_states(text, expected):
    assert [f for f in uruguay(text) if f[2] == RULE] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay is a small country on the River Plate, an observer of the Rio Group.",
        "Uruguay is not a large country on the Atlantic, a member of the Rio Group.",
        "Uruguay would be a richer country in the region, a member of the Rio Group.",
        # another state is in the description: the apposition may describe it
        "Uruguay is a country bordering Brazil, a member of Mercosur.",
        # another state is the subject
        "Uruguay supports Chile, a Pacific country, a member of the Rio Group.",
    ],
)
def test_no_membership_read(text):
    assert [f for f in uruguay(text) if f[2] == RULE] == []
