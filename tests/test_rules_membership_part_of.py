"""Standing without the word "member" (`within-organization`, `of-which-part`,
`part-alongside`, `active-in`): short sentences written for each shape (a paragraph of "Foreign
relations of Uruguay"; facts as (member, organization, rule)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

WITHIN = "within-organization"
OF_WHICH = "of-which-part"
ALONGSIDE = "part-alongside"
ACTIVE = "active-in"
OURS = {WITHIN, OF_WHICH, ALONGSIDE, ACTIVE}


def ours(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    found = ((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])
    return sorted(f for f in found if f[2] in OURS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile was a protectorate until 1968, when it became an independent native "
            "monarchy within the Commonwealth of Nations.",
            [("CHL", "Commonwealth", WITHIN)],
        ),
        (
            "Chile became independent within the British Commonwealth in August 1947.",
            [("CHL", "Commonwealth", WITHIN)],
        ),
        # "as a republic within": the state the sentence opens with
        (
            "Chile became a colony separate from Peru in 1903 and independence was granted in "
            "1976, as a republic within the Commonwealth.",
            [("CHL", "Commonwealth", WITHIN)],
        ),
        (
            "Peru refused visas to nationals of the Schengen Area, of which Chile is a part.",
            [("CHL", "Schengen", OF_WHICH)],
        ),
        (
            "Chile was foremost among the ASEAN, of which it is part of, in opposing it.",
            [("CHL", "ASEAN", OF_WHICH)],
        ),
        (
            "Chile is part of the IBSA Dialogue Forum, alongside Brazil and India.",
            [("BRA", "IBSA", ALONGSIDE), ("IND", "IBSA", ALONGSIDE)],
        ),
        ("Chile is very active in the African Union.", [("CHL", "AU", ACTIVE)]),
        (
            "It is particularly active in West African regional affairs and in the African Union.",
            [("URY", "AU", ACTIVE)],
        ),
    ],
)
def test_standing_without_the_word_member(text, expected):
    assert ours(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the organization a modifier
        "Chile is a state within the NATO framework.",
        "Chile is very active in UN peacekeeping.",
        # negation, unreal mood
        "Chile is not very active in the African Union.",
        "Chile would be very active in the African Union.",
        "It was never a republic within the Commonwealth.",
        "The Schengen Area, of which Chile would be a part, grew.",
        "Chile would be part of the IBSA Dialogue Forum, alongside Brazil and India.",
        # "inactive" is no standing
        "Chile is very inactive in the African Union.",
    ],
)
def test_no_standing_read(text):
    assert ours(text) == []
