"""`held-presidency` (fixtures/README.md, M13): short sentences written for it (a paragraph of
"Foreign relations of Uruguay"; facts as (member, organization, rule)), and traps that must not
read."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "held-presidency"


def uruguay(text: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organ written out before the organization is the organization's
        (
            "Chile has held the Presidency of the Council of the European Union twice.",
            [("CHL", "EU", RULE)],
        ),
        (
            "In 1990, Chile held the semi-annual presidency of the Committee of Ministers of the "
            "Council of Europe.",
            [("CHL", "CoE", RULE)],
        ),
        ("Chile held the 6-month Mercosur presidency in 1998.", [("CHL", "Mercosur", RULE)]),
        (
            "Chile assumed the chair of the Southern African Development Community in 2001.",
            [("CHL", "SADC", RULE)],
        ),
        (
            "Chile gained election as President of the Group of 77 in 1995.",
            [("CHL", "G-77", RULE)],
        ),
        (
            "Trade grew, and Chile has chaired the Rio Group, the OIC, and the NAM in the past.",
            [("CHL", "NAM", RULE), ("CHL", "OIC", RULE), ("CHL", "Rio Group", RULE)],
        ),
        ("Chile chaired the Mercosur summit in 2005.", [("CHL", "Mercosur", RULE)]),
        # "it": the document's subject
        (
            "In the second half of 2012 it held the presidency of the Rio Group.",
            [("URY", "Rio Group", RULE)],
        ),
    ],
)
def test_a_state_that_chairs_a_body_stands_in_it(text, expected):
    assert uruguay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # hosting a summit, seeking a chair, negation, unreal mood
        "Chile hosted the 2015 Mercosur summit.",
        "Chile sought the presidency of Mercosur.",
        "Chile never held the presidency of Mercosur.",
        "Chile would hold the presidency of Mercosur.",
        # a person's office
        "Chile's ambassador held the chair of the Rio Group.",
        # the organization a modifier of something else chaired
        "Chile chaired the Mercosur peace talks.",
    ],
)
def test_no_chair_read(text):
    assert [f for f in uruguay(text) if f[2] == RULE] == []


def test_in_a_relations_row_it_is_not_the_subject():
    found = row_facts(
        ["In 2012 it held the presidency of the Rio Group."],
        "Foreign_relations_of_Uruguay.md",
        "Chile",
    )["memberships"]
    assert [m for m in found if m.rule == RULE] == []


SEAT = "seat-in"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In return, Chile uses its seat in the United Nations to support the proposal.",
            [("CHL", "UN", SEAT)],
        ),
        (
            "During the General Assembly in 2012, Chile was elected to a seat on the United "
            "Nations Human Rights Council.",
            [("CHL", "UNHRC", SEAT)],
        ),
        # a seat handed to a state (M29): the state it is handed to, and the one whose seat it was
        (
            "In 1971 the General Assembly passed a resolution transferring Peru's seat on the "
            "Security Council to Chile.",
            [("CHL", "UNSC", SEAT), ("PER", "UNSC", SEAT)],
        ),
        # the body not named after "seat": the one the sentence named before
        (
            "In 1971, the United Nations met in New York and transferred Peru's seat to Chile.",
            [("CHL", "UN", SEAT), ("PER", "UN", SEAT)],
        ),
        # granted to a body that is no state's government: the state whose seat it is
        (
            "In 2013, the Andean Community granted to the Peruvian National Council Peru's seat "
            "in the Andean Community.",
            [("PER", "CAN", SEAT)],
        ),
        # a seat held by another state's government
        (
            "The seat of Peru in the United Nations is now held by Chile.",
            [("CHL", "UN", SEAT)],
        ),
    ],
)
def test_a_states_seat_in_a_body(text, expected):
    assert [f for f in uruguay(text) if f[2] == SEAT] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile held a seat in the European Union parliament.",
        "Chile never held a seat in the United Nations.",
        "Chile sought a seat in the United Nations.",
        "Peru said that Chile would hold a seat in the United Nations.",
        # a transfer proposed or wished for, not made
        "The assembly voted on a motion transferring Peru's seat in the United Nations to Chile.",
        "Some states would have preferred transferring Peru's seat on the Security Council to "
        "Chile.",
        # no body named, or two of them: whose seat is unclear
        "Bolivia transferred Peru's seat to Chile.",
        "The seat of Peru is held by Chile.",
        "The Andean Community refused to grant to the council Peru's seat in the Andean Community.",
        "The seat of Peru in the OAS would be held by Chile.",
        "The United Nations and the OAS met; the assembly transferred Peru's seat to Chile.",
    ],
)
def test_no_seat_read(text):
    assert [f for f in uruguay(text) if f[2] == SEAT] == []
