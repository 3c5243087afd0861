"""`country-and-member`: short sentences written for it (a paragraph of "Foreign relations of
Uruguay"; facts as (member, organization, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "country-and-member"


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay is a South American country and member of Mercosur, the Rio Group and the "
            "Organization of American States.",
            [("URY", "Mercosur", RULE), ("URY", "OAS", RULE), ("URY", "Rio Group", RULE)],
        ),
        (
            "The Eastern Republic of Uruguay (ROU) is a small democracy and a founding member of "
            "Mercosur.",
            [("URY", "Mercosur", RULE)],
        ),
    ],
)
def test_the_organizations_after_and_member_of_are_the_states(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay is a small country and an observer of the Rio Group.",
        "Uruguay is a small country and a candidate for membership of Mercosur.",
        "Uruguay is not a large country and member of the Rio Group.",
        "Uruguay would be a richer country and member of the Rio Group.",
        # another state is described
        "Uruguay supports Chile, a Pacific country and member of the Rio Group.",
    ],
)
def test_no_membership_read(text):
    assert [f for f in uruguay(text) if f[2] == RULE] == []
