"""`subjectless-member`: a sentence that opens with its verb, its subject left out, is the
document's subject's (short sentences written for it, and traps that must not read)."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

RULE = "subjectless-member"


def read(text: str, name: str = "Foreign_relations_of_Uruguay.md") -> list[tuple[str, str]]:
    tables = facts(f"Overview\n\n{text}\n", name)
    return sorted(
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == RULE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay is a founding member of the UN. Is also a member of many regional groups, "
            "including the Rio Group, the Latin American Integration Association, and the "
            "Andean Pact.",
            [("URY", "ALADI"), ("URY", "CAN"), ("URY", "Rio Group")],
        ),
        ("Was also a founding member of the Organization of American States.", [("URY", "OAS")]),
        ("Has been a full member of Mercosur since 1991.", [("URY", "Mercosur")]),
    ],
)
def test_a_sentence_without_its_subject_is_the_documents(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a question, a negation, another standing
        "Is Uruguay a member of the Andean Pact?",
        "Is not a member of the Andean Pact.",
        "Is also an observer of the Andean Pact.",
        # a subject written out, or a verb inside the sentence
        "It is also a member of the Andean Pact, as Chile is a member of Mercosur.",
        "Chile and Peru are members of the Andean Pact; is also a member of Mercosur.",
    ],
)
def test_subjectless_traps(text):
    assert read(text) == []


def test_in_a_row_the_left_out_subject_is_no_ones():
    tables = row_facts(["Is also a member of the Andean Pact."], country="Ghana")
    assert [m for m in tables["memberships"] if m.rule == RULE] == []
