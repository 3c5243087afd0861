"""`like-a-member`: "Like A, B is a member of O" says it of both states. Sentences written for
the shape, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "like-a-member"


def read(text: str) -> set[tuple[str, str, str]]:
    """(member, organization, rule) read in a paragraph of "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"]}


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Like Brunei, Canada is a full member of the Commonwealth of Nations.", ("Commonwealth",)),
        ("Like Brunei, Canada is also a member of the OIC and the WTO.", ("OIC", "WTO")),
        ("In 1995, like Brunei, Canada became a founding member of the WTO.", ("WTO",)),
    ],
)
def test_both_states_are_members(text, orgs):
    assert {(s, o, RULE) for s in ("BRN", "CAN") for o in orgs} <= read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unlike Brunei, Canada is a member of the OAS.",
        "Like Brunei, Canada applied to join the OAS.",
        "Like Brunei, Canada is an observer in the OAS.",
        "Like Brunei, Canada is not a member of the OAS.",
        "Like Brunei, Canada is a partner in the OAS.",
        "Like Brunei, Canada has relations with the EU.",
    ],
)
def test_traps(text):
    assert not {f for f in read(text) if f[2] == RULE}
    assert ("BRN", "OAS") not in {(f[0], f[1]) for f in read(text)}
