"""`as-a-member`: "As (a) member of O, S ...", its wordings beyond the plainest: "Being a member
of", "of both O1 and O2", a fronted date between the organizations and the state, and the clause
a "that" opens. Sentences written for each, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "as-a-member"


def read(text: str) -> list[tuple[str, str | None]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Azerbaijan.md")
    return sorted((m.member_iso3, m.org_id) for m in tables["memberships"] if m.rule == RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Being a member of CARICOM, Grenada backs regional integration.", [("GRD", "CARICOM")]),
        (
            "As member of both the EU and the OSCE, Austria is a key player in the region.",
            [("AUT", "EU"), ("AUT", "OSCE")],
        ),
        (
            "As a member of CARICOM, in July 1994 Grenada backed the resolution.",
            [("GRD", "CARICOM")],
        ),
        (
            "The minister said that as member of the United Nations, Fiji was entitled to its laws.",
            [("FJI", "UN")],
        ),
    ],
)
def test_as_a_member_wordings(text, expected):
    assert read(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Not being a member of the EU, Norway negotiated on its own.",
        "Despite not being a member of the EU, Norway pays into its funds.",
        "The minister said that as an observer of the Arab League, Eritrea attends summits.",
        "Being a member of the EU, Ireland and Sweden opposed it.",
        "Being a member of the EU, Germany's economy grew.",
        "He noted that as a candidate for membership of the EU, Serbia reformed its courts.",
    ],
)
def test_as_a_member_wording_traps(text):
    assert read(text) == []
