"""`participle-member`: a membership stated by a participle phrase of the sentence's subject
(", being a full member of", ", serving as a member of"), and a list that goes on with another
standing ("..., an associate member of O") keeping that standing. Sentences written for each,
with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "participle-member"


def read(text: str) -> set[tuple[str, str, str]]:
    """(member, organization, rule) read in a paragraph of "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"]}


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "However, Chile still participates in some organisations, being a full member of the "
            "OAS and the IMF.",
            ("OAS", "IMF"),
        ),
        (
            "Chile is an active member of the UN family, serving as a member of the Commission on "
            "Human Rights and taking part in peacekeeping.",
            ("UNCHR",),
        ),
    ],
)
def test_a_participle_of_the_subject(text, orgs):
    assert {("CHL", o, RULE) for o in orgs} <= read(text)


def test_it_is_the_document_subject():
    got = read("It takes part in many bodies, being a member of the OAS.")
    assert ("URY", "OAS", RULE) in got


def test_a_later_standing_in_the_list_is_kept_apart():
    got = read(
        "Chile participates in some organisations, being a full member of the OAS, an associate "
        "member of CARICOM and UNESCO."
    )
    assert ("CHL", "OAS", RULE) in got
    assert not {f for f in got if f[1] in ("CARICOM", "UNESCO")}


@pytest.mark.parametrize(
    "text",
    [
        "Chile has no seat in most bodies, being a member of the OAS only in name.",
        "Chile signed a treaty with Peru, which is active abroad, being a member of the OAS.",
        "Chile wants to take part in more bodies, being a member of the OAS.",
        "Chile takes part in some organisations, being an observer of the OAS.",
        "Chile takes part in some organisations, being an associate member of the OAS.",
        "Relations with Chile are close, Peru being a member of the OAS.",
    ],
)
def test_traps(text):
    assert not {f for f in read(text) if f[2] == RULE}
