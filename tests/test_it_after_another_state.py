""" "It" (or "the country", or no subject) opening a sentence of running text stands for the
document's state only when the sentences before it in the paragraph did not last open with
another state: "Argentina is a republic. It is a member of the OAS." says nothing of Uruguay in
"Foreign relations of Uruguay" (the pronoun may be Argentina), while "Uruguay is a republic. It
is a member of the OAS." is Uruguay's membership. `Sentence.after` carries the state the
sentences before last opened with; `Context.implied_subject` is the document's state or None."""

from __future__ import annotations

import pytest

from tests.conftest import facts, relations_doc, sentences

URUGUAY = "Foreign_relations_of_Uruguay.md"


def memberships(paragraph: str) -> list[tuple[str, str, str]]:
    tables = facts(f"Overview\n\n{paragraph}\n", URUGUAY)
    return sorted((m.member_iso3, m.org_id or m.org_name, m.rule) for m in tables["memberships"])


CASES = [
    ("It is a member of the OAS.", [("URY", "OAS", "member-of")]),
    ("It also joined the WTO in 1995.", [("URY", "WTO", "joined")]),
    ("It was admitted to the United Nations in 1945.", [("URY", "UN", "joined")]),
    ("It was a co-founder of Mercosur.", [("URY", "Mercosur", "member-of")]),
    ("It is a Commonwealth country.", [("URY", "Commonwealth", "an-org-member")]),
    (
        "It belongs to several bodies, such as the OAS and Mercosur.",
        [("URY", "Mercosur", "member-of"), ("URY", "OAS", "member-of")],
    ),
    ("The country is a member of the OAS.", [("URY", "OAS", "member-of")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_after_a_sentence_about_the_documents_state_it_is_that_state(sentence, expected):
    assert memberships(f"Uruguay is a republic. {sentence}") == expected


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_after_a_sentence_opened_by_another_state_it_is_not_the_documents(sentence, expected):
    assert memberships(f"Argentina is a republic. {sentence}") == []


def test_the_other_state_still_holds_after_a_sentence_that_opens_with_it():
    paragraph = "Argentina is a member of the UN. It joined the WTO in 1995. It is in the OAS."
    assert memberships(paragraph) == [("ARG", "UN", "member-of")]


def test_the_documents_state_opening_again_gives_it_back():
    paragraph = (
        "Argentina is a republic. In 1945, Uruguay joined the UN. It is a member of the OAS."
    )
    assert ("URY", "OAS", "member-of") in memberships(paragraph)


def test_a_fronted_phrase_before_the_state_still_opens_the_sentence():
    found = sentences("In 1990, Argentina opened an embassy. It is a member of the OAS.")
    assert [s.after for s in found] == [None, "ARG"]
    assert found[0].opening_state() == "ARG"


def test_each_paragraph_starts_afresh():
    text = "Argentina is a republic.\n\nIt is a member of the OAS."
    assert memberships(text) == [("URY", "OAS", "member-of")]


def test_a_text_that_writes_the_mask_marks_itself_opens_with_no_state():
    assert [s.after for s in sentences("⟪0⟫ is here. ⟪3⟫ too. It is a member of the OAS.")] == [
        None,
        None,
        None,
    ]


def test_in_a_relations_row_it_is_not_the_documents_state():
    # the row's notes speak of the row's country as often as of the document's: never guessed
    for note in ["It is a member of the OAS.", "It also joined the WTO in 1995."]:
        found = facts(relations_doc([note], country="Argentina"), URUGUAY)["memberships"]
        assert [(m.member_iso3, m.org_id) for m in found] == []
