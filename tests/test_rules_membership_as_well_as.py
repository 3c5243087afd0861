"""`named-and-others-such-as`: short sentences written for it (a paragraph of "Foreign relations
of Uruguay"; facts as (member, organization)), and traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts, rule_memberships

RULE = "named-and-others-such-as"


def read(text: str) -> list[tuple[str, str]]:
    return rule_memberships(text, RULE)


def test_the_organization_named_first_and_those_listed():
    text = (
        "Chile is an active and responsible participant in the United Nations system as well as "
        "other multilateral organizations such as the OSCE, Organisation for Economic "
        "Co-operation and Development (OECD), and International Monetary Fund."
    )
    assert read(text) == [("CHL", "IMF"), ("CHL", "OECD"), ("CHL", "OSCE"), ("CHL", "UN")]


def test_an_opening_it_is_the_documents_subject():
    text = "It takes part in the OAS and in other regional bodies such as Mercosur."
    assert read(text) == [("URY", "Mercosur"), ("URY", "OAS")]


@pytest.mark.parametrize(
    "text",
    [
        # not taking part: wanting to, cooperating with
        "Chile wants to take part in the OAS as well as other regional bodies such as Mercosur.",
        "Chile cooperates with the OAS as well as other regional bodies such as Mercosur.",
        # another state before the taking part
        "Chile and Peru participate in the OAS as well as other bodies such as Mercosur.",
    ],
)
def test_no_membership_read(text):
    assert read(text) == []


def test_an_it_in_a_relations_row_is_not_the_subject():
    found = row_facts(
        ["It takes part in the OAS and in other regional bodies such as Mercosur."],
        "Foreign_relations_of_Uruguay.md",
        "Chile",
    )["memberships"]
    assert [m for m in found if m.rule == RULE] == []
