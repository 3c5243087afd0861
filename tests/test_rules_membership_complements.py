"""`complement-list-member`: short sentences written for it (a paragraph of "Foreign relations
of Uruguay"; facts as (member, organization)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import rule_memberships

RULE = "complement-list-member"


def read(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Chile is a "dialogue partner" with ASEAN, a member of the East Asia Summit and an '
            "active participant in APEC.",
            [("CHL", "APEC"), ("CHL", "EAS")],
        ),
        (
            "Chile became a dialogue partner with ASEAN in 1992, a full dialogue partner in 1995, "
            "a member of the ASEAN Regional Forum in 1996, and a summit-level partner in 2002.",
            [("CHL", "ARF")],
        ),
        # the first item too, in a clause "after" opens
        (
            "Relations warmed after Chile became a founding member of the United Nations in "
            "1945, a recipient of aid and a member of the OAS in 1948.",
            [("CHL", "OAS"), ("CHL", "UN")],
        ),
        (
            "Chile is a democracy which has reached great prosperity, with a booming economy, "
            "part of the United Nations, the OAS and several others.",
            [("CHL", "OAS"), ("CHL", "UN")],
        ),
    ],
)
def test_a_membership_among_the_complements(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plain membership: member-of's
        "Chile is a member of the OAS, the UN and the WTO.",
        # another subject after the joint
        "Chile is a small country, and Peru is a member of the OAS.",
        # in prospect, another standing
        "Chile is a candidate, and hopes to become a member of the EU.",
        "Chile is a dialogue partner of ASEAN, and an observer of the OAS.",
        # no organization the registry knows; a name used as an adjective
        "Chile is a small country, part of the Balkans.",
        "Chile is a small country, and part of the EU market.",
    ],
)
def test_no_membership_read(text):
    assert read(text) == []
