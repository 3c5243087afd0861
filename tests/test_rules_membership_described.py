"""`described-member`: a state said to be a member described by a word or two, or after a
fronted clause of its own. Sentences written for each shape, with traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import facts

RULE = "described-member"


def read(text: str) -> set[tuple[str, str, str]]:
    """(member, organization, rule) read in a paragraph of "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"]}


@pytest.mark.parametrize(
    ("text", "facts_"),
    [
        (
            "Brunei has been a fully independent member state of the Commonwealth of Nations "
            "since 1984.",
            {("BRN", "Commonwealth")},
        ),
        (
            "Although Cyprus became a republic in 1960, Cyprus has been a member state of the "
            "Commonwealth of Nations since 1961.",
            {("CYP", "Commonwealth")},
        ),
        ("On 1 May 2004, Lithuania became one of the 25 member states of the EU.", {("LTU", "EU")}),
        ("Right now, Chile is a member of the OAS and the IMF.", {("CHL", "OAS"), ("CHL", "IMF")}),
    ],
)
def test_the_state_is_a_member(text, facts_):
    assert {(*f, RULE) for f in facts_} <= read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile is an associate member of Mercosur.",
        "Chile is a non-member of the OAS.",
        "Chile is an observer member of the OAS.",
        "Chile is not a full member of the OAS.",
        "Chile is a candidate member of the EU.",
        "Chile is a dialogue partner member of ASEAN.",
        "Relations with Peru, Chile is a partner in the OAS.",
        "Chile applied to join the OAS.",
    ],
)
def test_traps(text):
    assert not {f for f in read(text) if f[2] == RULE}


def test_the_last_of_a_list_is_no_subject():
    assert not {f for f in read("Peru, Chile is a founding member of the OAS.") if f[2] == RULE}
