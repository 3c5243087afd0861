"""Stage 2 on real text: sections, paragraphs, bullets, grid tables and footnotes."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.model import BulletList, GridTable, Heading, Paragraph
from tests.conftest import EXCERPTS, layout_of, reference_line


def _tables(layout):
    return [t for _, t, _ in layout.tables()]


def test_sections_nest_under_two_blank_line_headings(reference_layout):
    headings = [p.block for p in reference_layout.blocks if isinstance(p.block, Heading)]
    by_text = {h.text: h for h in headings}
    # "Countries" follows two blank lines, "Africa" one
    assert by_text["Countries"].level == 2
    assert by_text["Africa"].level == 3
    assert by_text["Africa"].line == 22 and reference_line(22) == "Africa"
    sections = [s for _, _, s in reference_layout.tables()]
    assert [s[-1] for s in sections] == ["Africa", "Americas", "Asia", "Europe", "Oceania"]
    assert sections[0][0] == (
        "Information on some of the countries with which Azerbaijan maintains formal relations"
    )


def test_reference_tables_have_the_rows_a_reader_counts(reference_layout):
    tables = _tables(reference_layout)
    assert [len(t.rows) for t in tables] == [17, 19, 15, 32, 8]
    assert tables[0].header_texts == ["Country", "Formal Relations Began", "Notes"]


def test_row_line_is_its_first_content_line(reference_layout):
    africa = _tables(reference_layout)[0]
    ethiopia = next(r for r in africa.rows if "Addis Ababa" in r.cells[2].text)
    assert ethiopia.line == 41
    assert "Azerbaijan has an embassy in Addis Ababa since 2013." in reference_line(41)


def test_multi_line_cell_keeps_each_bullet_with_its_line(reference_layout):
    # |         | [18]                   | -   Azerbaijan has an embassy in Rabat since 2005. |
    # |         |                        | -   Morocco has an embassy in Baku.                |
    africa = _tables(reference_layout)[0]
    morocco = next(r for r in africa.rows if "Rabat" in r.cells[2].text)
    notes = morocco.cells[2]
    (bullets,) = notes.blocks
    assert isinstance(bullets, BulletList)
    assert [(i.text, i.line) for i in bullets.items] == [
        ("Azerbaijan has an embassy in Rabat since 2005.", 49),
        ("Morocco has an embassy in Baku.", 50),
    ]
    assert morocco.cells[0].text == "" and morocco.cells[1].text == "[18]"


def test_cell_with_paragraphs_and_see_line(reference_layout):
    # | | [24] | See Argentina–Azerbaijan relations / (blank) / -   Argentina has an embassy ...
    americas = _tables(reference_layout)[1]
    argentina = americas.rows[0]
    blocks = argentina.cells[2].blocks
    assert isinstance(blocks[0], Paragraph)
    assert blocks[0].text == "See Argentina–Azerbaijan relations"
    assert isinstance(blocks[1], BulletList)
    assert blocks[1].items[0].text == "Argentina has an embassy in Baku.[25]"


def test_began_cell_with_two_paragraphs(reference_layout):
    # | | 1918–1921 | ... / | | Armenia and Azerbaijan do not have diplomatic relations today. |
    europe = _tables(reference_layout)[3]
    armenia = next(r for r in europe.rows if r.cells[1].text.startswith("1918"))
    assert [b.text for b in armenia.cells[1].blocks] == [
        "1918–1921",
        "Armenia and Azerbaijan do not have diplomatic relations today.",
    ]
    assert len([b for b in armenia.cells[2].blocks if isinstance(b, Paragraph)]) >= 5


def test_nested_bullets_in_a_cell(reference_layout):
    # -   Bilateral Trade agreement was signed in 2014
    #     -   Exports US$269.5 million.
    asia = _tables(reference_layout)[2]
    korea = next(r for r in asia.rows if "Seoul" in r.cells[2].text)
    (trade,) = [
        i
        for b in korea.cells[2].blocks
        if isinstance(b, BulletList)
        for i in b.items
        if i.text.startswith("Bilateral Trade")
    ]
    assert [c.text for c in trade.children] == [
        "Exports US$269.5 million.",
        "Imports US$0.54 million.",
    ]
    assert trade.children[0].level == 1


def test_footnotes_are_split_off_by_id(reference_layout):
    notes = reference_layout.footnotes
    assert notes[23].text.startswith("Azərbaycan ilə Toqo arasında")
    assert notes[10].text == ""
    assert reference_line(notes[8].line).startswith("[8] Азербайджан установил")


def test_no_relations_bullet_list_under_its_section(reference_layout):
    lists = [p for p in reference_layout.blocks if isinstance(p.block, BulletList)]
    states = next(p for p in lists if p.section[-1] == "States")
    assert states.section == ("No relations", "States")
    assert states.block.items[0].text == "Barbados"
    assert len(states.block.items) == 13


def test_five_column_table():
    # | State | Date of recognition | Date of diplomatic relations | Date of withdrawn | Notes |
    layout = layout_of(
        (EXCERPTS / "grenada_five_columns.md").read_text(encoding="utf-8"),
        "Foreign_relations_of_Grenada.md",
    )
    (table,) = _tables(layout)
    assert len(table.header_texts) == 5
    assert table.header_texts[2] == "Date of diplomatic relations"
    assert table.rows[3].cells[4].text == "Barbados–Grenada relations"
    assert all(len(r.cells) == 5 for r in table.rows)


def test_headerless_table_is_all_body():
    # | -   UN General Assembly and Security Council | -   UN Industrial Development ...
    layout = layout_of(
        (EXCERPTS / "china_headerless.md").read_text(encoding="utf-8"),
        "Foreign_relations_of_China.md",
    )
    (table,) = _tables(layout)
    assert table.header == ()
    (row,) = table.rows
    left = row.cells[0].blocks[0]
    assert isinstance(left, BulletList)
    assert left.items[0].text == "UN General Assembly and Security Council"
    assert len(left.items) == 5


def test_wide_characters_count_two_columns():
    # |         | 30 January 1950（as USSR）          | See Russia–Vietnam relations
    layout = layout_of(
        (EXCERPTS / "russia_wide_characters.md").read_text(encoding="utf-8"),
        "Foreign_relations_of_Russia.md",
    )
    (table,) = _tables(layout)
    (row,) = table.rows
    assert row.cells[1].text.split("\n")[0] == "30 January 1950（as USSR）"
    assert row.cells[2].text.startswith("See Russia–Vietnam relations")


def test_very_wide_row_with_korean_text():
    layout = layout_of(
        (EXCERPTS / "south_korea_wide_row.md").read_text(encoding="utf-8"),
        "Foreign_relations_of_South_Korea.md",
    )
    (table,) = _tables(layout)
    (row,) = table.rows
    assert row.cells[1].text == "1962-06-12"
    assert "재외동포현황" in row.cells[2].text
    assert max(len(line) for line in row.cells[2].text.split("\n")) > 300


def test_missing_closing_border_names_the_line():
    text = (
        "Africa\n\n+---------+------+\n| Country | Year |\n+=========+======+\n| Chad    | 1992 |\n"
    )
    with pytest.raises(InputError, match="no closing border") as err:
        layout_of(text)
    assert err.value.line == 6


def test_ragged_row_names_the_line():
    text = (
        "+---------+------+\n"
        "| Country | Year |\n"
        "+=========+======+\n"
        "| Chad    | 1992   |\n"
        "+---------+------+\n"
    )
    with pytest.raises(InputError, match="ragged") as err:
        layout_of(text)
    assert err.value.line == 4


def test_document_without_tables_has_paragraphs_only():
    layout = layout_of(
        "Peru is a country.\n\n\nHistory\n\nIt has a coast.\n", "Foreign_relations_of_Peru.md"
    )
    assert layout.tables() == []
    kinds = [type(p.block).__name__ for p in layout.blocks]
    assert kinds == ["Paragraph", "Heading", "Paragraph"]
    assert not any(isinstance(p.block, GridTable) for p in layout.blocks)
