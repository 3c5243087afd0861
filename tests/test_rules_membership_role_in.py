"""`role-in`: short sentences written for it (a paragraph of "Foreign relations of Uruguay";
facts as (member, organization, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "role-in"


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The country plays a prominent role in the International Monetary Fund and the "
            "World Bank.",
            [("URY", "IMF", RULE), ("URY", "World Bank", RULE)],
        ),
        (
            "Uruguay supports regional integration and plays a very active role in Mercosur.",
            [("URY", "Mercosur", RULE)],
        ),
        (
            "Since 1991, Uruguay has played an important role in the Rio Group.",
            [("URY", "Rio Group", RULE)],
        ),
        # a role taken, after a long fronted description of the state
        (
            "As the most populous and most industrialised country of the southern grasslands, "
            "Uruguay has taken a leading role in Mercosur.",
            [("URY", "Mercosur", RULE)],
        ),
    ],
)
def test_the_organizations_named_after_the_role_are_the_states(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a role in something else, the organization only its modifier
        "Uruguay has played a central role in the Mercosur efforts to end the dispute.",
        "Uruguay played an active role in the formation of the Rio Group.",
        "Uruguay plays a role in regional affairs.",
        # unreal, negated
        "Uruguay is seeking to play a role in the Rio Group.",
        "Uruguay never played a role in the Rio Group.",
        "Uruguay wants to take a leading role in the Rio Group.",
        "Uruguay has taken a leading role in the formation of the Rio Group.",
        # another state plays it
        "Uruguay supports Chile, which plays a role in the Rio Group.",
        # a UN mission is no organization one belongs to
        "Uruguay played an important role in the United Nations Stabilisation Mission in Haiti.",
    ],
)
def test_no_role_read(text):
    assert [f for f in uruguay(text) if f[2] == RULE] == []


def test_in_a_relations_row_it_is_not_the_subject():
    found = row_facts(
        ["It plays an active role in the Rio Group."], "Foreign_relations_of_Uruguay.md", "Chile"
    )["memberships"]
    assert [m for m in found if m.rule == RULE] == []
