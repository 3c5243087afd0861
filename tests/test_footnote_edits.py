"""An edit anywhere in a plain-text article changes only the footnotes and references it
touches: the footnote block is found by its numbering, not by being the last lines."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.layout.footnotes import footnote_line, split_footnotes
from pipeline.model import Line
from tests.conftest import facts
from tests.documents import grid

NAME = "Foreign_relations_of_Chile.md"
ROWS = [
    ("Peru", "1990[2]", "Chile has an embassy in Lima.[3]"),
    ("Bolivia", "1 May 1992", "Bolivia has an embassy in Santiago.[4]"),
]
NOTES = [
    '[1] "Chile at the United Nations", _El Mercurio_, 3 March 2001',
    "[2] Relaciones diplomáticas de Chile // Cancillería, 12 June 1990",
    "[3]",
    '[4] "Bolivia opens embassy", _La Razón_, 4 May 1992. Retrieved 5 June 2015.',
]


def article(rows=ROWS, notes=NOTES, before: str = "") -> str:
    """A small article: prose citing [1], a relations table citing [2]-[4], the notes."""
    return "\n".join(
        [
            before + "Foreign relations of Chile",
            "",
            "Chile is a member of the United Nations.[1]",
            "",
            grid(rows),
            "",
            "",
            "References",
            "",
            *[part for note in notes for part in (note, "")],
        ]
    )


def references(text: str) -> dict[int, dict[str, object]]:
    """The references of `text` by footnote id, without the line they were read from."""
    out = {}
    for record in facts(text, NAME)["references"]:
        fields = dataclasses.asdict(record)
        fields.pop("source_line")
        out[fields["ref_id"]] = fields
    return out


def row_citations(text: str) -> list[list[int]]:
    return [list(r.ref_ids) for r in facts(text, NAME)["relations"]]  # type: ignore[attr-defined]


BEFORE = article()


def test_the_article_has_its_four_references():
    assert sorted(references(BEFORE)) == [1, 2, 3, 4]
    assert row_citations(BEFORE) == [[2, 3], [4]]


def test_an_edit_at_the_start_changes_no_reference():
    after = article(before="Chile\n\n")
    assert references(after) == references(BEFORE)
    assert row_citations(after) == row_citations(BEFORE)


def test_an_edit_in_a_table_cell_changes_no_reference():
    rows = [ROWS[0], ("Bolivia", "1 May 1992", "Bolivia has an embassy in Santiago and La Paz.[4]")]
    after = article(rows=rows)
    assert references(after) == references(BEFORE)
    assert row_citations(after) == row_citations(BEFORE)


def test_a_line_between_two_footnotes_changes_no_reference():
    notes = [*NOTES[:2], "See also: the list of diplomatic missions of Chile.", *NOTES[2:]]
    assert references(article(notes=notes)) == references(BEFORE)


def test_a_line_after_the_last_footnote_changes_no_reference():
    after = BEFORE + "\nCategory:Foreign relations of Chile\n"
    assert references(after) == references(BEFORE)
    assert row_citations(after) == row_citations(BEFORE)


def test_an_edited_footnote_changes_only_its_reference():
    notes = [*NOTES[:3], '[4] "Bolivia opens embassy", _El Diario_, 4 May 1992.']
    before, after = references(BEFORE), references(article(notes=notes))
    assert {k: v for k, v in after.items() if k != 4} == {k: v for k, v in before.items() if k != 4}
    assert (before[4]["publisher"], after[4]["publisher"]) == ("La Razón", "El Diario")


def test_a_line_appended_after_the_footnotes_is_body_text():
    layout_lines, notes = split_footnotes(
        [Line(1, "Text.[1]"), Line(2, "[1] A source"), Line(3, "Chile has an embassy in Lima.")]
    )
    assert [n.text for n in notes.values()] == ["A source"]
    assert [line.text for line in layout_lines] == ["Text.[1]", "", "Chile has an embassy in Lima."]


def test_a_line_of_citation_markers_is_not_a_footnote():
    _, notes = split_footnotes([Line(1, "[1][2][3]"), Line(2, "[1] A"), Line(3, "[2] B")])
    assert {k: n.line for k, n in notes.items()} == {1: 2, 2: 3}


def test_a_body_line_with_a_higher_id_is_not_in_the_block():
    _, notes = split_footnotes([Line(1, "[7]"), Line(2, "Text"), Line(3, "[1] A"), Line(4, "[2]")])
    assert sorted(notes) == [1, 2]


# Property: inserting (or putting in place of a line) any line that is not a footnote never
# removes a footnote other than the one it replaced.

BODY = st.sampled_from(
    ["Chile has an embassy in Lima.[3]", "[1][2]", "", "References", "| a | b |", "[9]"]
)
OTHER = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\n\r"), max_size=30)


@st.composite
def documents(draw: st.DrawFn) -> list[str]:
    body = draw(st.lists(BODY, max_size=8))
    count = draw(st.integers(1, 8))
    notes = [
        f"[{i}] " + draw(st.sampled_from(["", "Source", "A // B, 2001"]))
        for i in range(1, count + 1)
    ]
    return body + [part for note in notes for part in (note.rstrip(), "")]


def _notes(texts: list[str]) -> dict[int, tuple[str, int]]:
    """Footnote id -> (text, 0-based index of its line)."""
    lines = [Line(i, t) for i, t in enumerate(texts, start=1)]
    return {k: (n.text, n.line - 1) for k, n in split_footnotes(lines)[1].items()}


@settings(max_examples=300, deadline=None)
@given(documents(), OTHER.filter(lambda t: footnote_line(t) is None), st.data())
def test_inserting_a_line_removes_no_footnote(texts, extra, data):
    at = data.draw(st.integers(0, len(texts)))
    after = _notes([*texts[:at], extra, *texts[at:]])
    moved = {k: (text, i + (i >= at)) for k, (text, i) in _notes(texts).items()}
    assert after == moved


@settings(max_examples=300, deadline=None)
@given(documents(), OTHER.filter(lambda t: footnote_line(t) is None), st.data())
def test_replacing_a_line_removes_only_that_footnote(texts, extra, data):
    at = data.draw(st.integers(0, len(texts) - 1))
    after = _notes([*texts[:at], extra, *texts[at + 1 :]])
    for ref, (text, i) in _notes(texts).items():
        if i != at:
            assert after.get(ref) == (text, i)
