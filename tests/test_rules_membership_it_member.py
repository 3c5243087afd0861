"""`it-member-of`: "it" in a later clause stands for the one state the sentence names before
it. Sentences written for it, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "it-member-of"


def read(text: str) -> set[tuple[str, str | None, str]]:
    """(member, organization, rule) read in a paragraph of "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id, m.rule) for m in tables["memberships"]}


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "While historically Chile was a neutral state, since 1945 it has become a member of "
            "NATO, the United Nations and many other organisations.",
            ("NATO", "UN"),
        ),
        ("Chile lies on the Pacific coast, and it is also a full member of the OAS.", ("OAS",)),
    ],
)
def test_it_is_the_one_state_named_before(text, orgs):
    assert {("CHL", o, RULE) for o in orgs} <= read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed a treaty with Peru, and it is a member of the OAS.",  # two states
        "Chile backs the AU, and it is a member of the OAS.",  # "it" may be the AU
        "Chile lies on the Pacific coast, and it is not a member of the OAS.",
        "Chile lies on the Pacific coast, and it is an observer of the OAS.",
        "Chile lies on the Pacific coast, and it hopes to become a member of the OAS.",
    ],
)
def test_traps(text):
    assert not {f for f in read(text) if f[2] == RULE}
