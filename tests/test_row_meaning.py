"""What each row means, in the data: `missions.resident`, `relations.began_kind` (the
`began-kind` rules), `relations.empty_row`, `began_text` without markers or markup, and tables
of yes/no answers that are not relations tables. Each on rows written for the behaviour."""

from __future__ import annotations

import pytest

from pipeline.document import extract_document
from pipeline.extract.began import plain_cell
from pipeline.resolve.missions import is_resident
from tests.conftest import CORPUS, EXCERPTS, extractors, facts, grid, needs_corpus, row_facts

TAIWAN = "Foreign_relations_of_Taiwan.md"


# -- missions.resident -------------------------------------------------------------------------

RESIDENT = [
    ("Mexico has an embassy in Baku.", "open", True),
    ("Mexico opened an embassy in Baku in 2014.", "opened", True),
    ("Mexico plans to open an embassy in Baku.", "planned", True),
    ("Mexico closed its embassy in Baku in 2010.", "closed", True),
    (
        "Mexico is accredited to Azerbaijan from its embassy in Ankara, Turkey.",
        "accredited-from",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "status", "resident"), RESIDENT)
def test_resident_is_where_the_mission_is_not_how_it_is_worded(sentence, status, resident):
    found = {(m.status, m.resident) for m in row_facts([sentence], country="Mexico")["missions"]}
    assert (status, resident) in found


def test_a_non_resident_embassy_is_not_resident():
    found = row_facts(["Azerbaijan has a non-resident embassy in London."], country="Ireland")
    assert [(m.host_iso3, m.kind, m.resident) for m in found["missions"]] == [
        ("IRL", "non-resident-embassy", False)
    ]


@pytest.mark.parametrize(
    ("status", "kind", "via", "resident"),
    [
        ("open", "embassy", None, True),
        ("closed", "consulate", None, True),
        ("open", "non-resident-embassy", None, False),
        ("represented-via", "embassy", "GBR", False),
        ("open", "embassy", "GBR", False),
    ],
)
def test_resident_from_status_kind_and_covering_state(status, kind, via, resident):
    assert is_resident(status, kind, via) is resident


# -- relations.began_kind ----------------------------------------------------------------------


def table_row(header: str, began: str, notes: list[str], country: str = "Lithuania"):
    text = "Europe\n\n" + grid(
        [[["Country"], [header], ["Notes"]], [[country], [began] if began else [], notes]]
    )
    (row,) = facts(text, "Foreign_relations_of_Estonia.md")["relations"]
    return row


BEGAN_KIND = [
    # (header, began cell, notes, kind, rule)
    (
        "Formal relations began",
        "1921",
        ["Both countries are members of the EU."],
        "established",
        "began-header",
    ),
    (
        "Formal relations began",
        "1991",
        ["Relations were established in 1921 and restored on 27 August 1991."],
        "re-established",
        "row-sentence",
    ),
    (
        "Formal relations began",
        "1921",
        ["Relations were established in 1921 and restored on 27 August 1991."],
        "established",
        "row-sentence",
    ),
    ("Formal relations began", "27 August 1991 (restored)", [], "re-established", "began-cell"),
    # a row sentence qualifies the date only when it gives its month too
    (
        "Formal relations began",
        "9 November 1992",
        ["South Africa recognized Slovenia on April 2, 1992."],
        "established",
        "began-header",
    ),
    (
        "Formal relations began",
        "2 April 1992",
        ["South Africa recognized Slovenia on April 2, 1992."],
        "recognition",
        "row-sentence",
    ),
    # the restoration of a state's independence is not a restoration of relations
    (
        "Formal relations began",
        "1991",
        ["The UK recognised the restoration of Latvian independence in 1991."],
        "recognition",
        "row-sentence",
    ),
    ("Period of recognition", "1991", [], "recognition", "began-header"),
    ("Formal relations (re)established", "1991", [], "unknown", "began-header"),
    ("Date", "1991", [], "unknown", None),
    (
        "Formal relations began",
        "",
        ["Diplomatic relations were re-established on 5 October 1991."],
        "re-established",
        "began-sentence",
    ),
]


@pytest.mark.parametrize(("header", "began", "notes", "kind", "rule"), BEGAN_KIND)
def test_began_kind_says_what_the_date_dates(header, began, notes, kind, rule):
    row = table_row(header, began, notes)
    assert (row.began_kind, row.began_kind_rule) == (kind, rule)


def test_no_date_no_kind():
    row = table_row("Formal relations began", "", ["Lithuania has an embassy in Tallinn."])
    assert (row.began, row.began_kind, row.began_kind_rule) == (None, None, None)


def test_began_kind_words_are_vocabulary():
    vocabulary = extractors().knowledge.vocabulary
    assert vocabulary.value("began-kind", "restored") == "re-established"
    assert vocabulary.value("began-kind", "recognised") == "recognition"


# -- relations.empty_row and began_text --------------------------------------------------------


def rows_of(cells: list[tuple[str, str, str]]):
    text = "Africa\n\n" + grid(
        [[["Country"], ["Formal relations began"], ["Notes"]]]
        + [[[c] if c else [] for c in row] for row in cells]
    )
    text += "\n[3] A source, 2001\n"
    return facts(text)["relations"]


def test_a_row_of_empty_cells_is_flagged_and_a_row_citing_a_footnote_is_not():
    empty, markers, full = rows_of(
        [("", "", ""), ("", "[3]", ""), ("Kenya", "1993", "Kenya has an embassy in Baku.")]
    )
    assert (empty.empty_row, markers.empty_row, full.empty_row) == (True, False, False)
    assert (empty.status, empty.counterpart_iso3) == ("unknown", None)


BEGAN_TEXT = [
    ("1992-06-25[3]", "1992-06-25"),
    ("{{dts|format=dmy|1992", "1992"),
    ('< style="background: silver;" | N/A', "N/A"),
    ("|", None),
    ("[3]", None),
    ("| 12 October 1995[3]", "12 October 1995"),
    ("1992", "1992"),
]


@pytest.mark.parametrize(("cell", "text"), BEGAN_TEXT)
def test_began_text_without_markers_or_markup(cell, text):
    assert plain_cell(cell) == text


def test_began_text_of_a_row_is_plain():
    (row,) = rows_of([("Kenya", "1992-06-25[3]", "Kenya has an embassy in Baku.")])
    assert row.began_text == "1992-06-25"
    assert row.ref_ids == [3]


# -- tables that are not relations tables --------------------------------------------------------


def test_a_table_of_yes_no_answers_makes_no_relation_rows():
    text = (EXCERPTS / "taiwan_recognition_answers.md").read_text(encoding="utf-8")
    found = facts(text, TAIWAN)
    assert found["relations"] == []
    assert found["documents"][0].relation_rows == 0
    # the Notes cell "Nicaragua recognized Abkhazia" names an entity without an ISO code: no
    # recognition of a state (fixtures/README.md, round 4; issue 20)
    assert not any(r.recognized_name == "Abkhazia" for r in found["recognitions"])


def test_a_dated_table_with_one_answer_is_still_a_relations_table():
    rows = rows_of([("Kenya", "1993", ""), ("Chad", "No", "")])
    assert len(rows) == 2


@needs_corpus
def test_taiwans_recognition_answers_are_not_relations():
    tables, _ = extract_document(CORPUS / TAIWAN, extractors())
    headers = {r.table_header for r in tables["relations"]}
    assert not any("Recognised by the ROC" in h for h in headers)
    assert tables["relations"]
