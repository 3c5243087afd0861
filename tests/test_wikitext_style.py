"""Wikitext as the "Foreign relations of ..." articles really write it: the flag family,
`{{dts}}` in its forms, sort templates, spans, several tables per section, named refs, notes,
hatnotes, comments, templates the reader does not know, and broken markup. Each feature is a
short snippet and the layout or facts it must give."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import extract_document
from pipeline.layout.wikitext import _Spanned, _unspan
from pipeline.model import BulletList, Cell, GridTable
from tests.conftest import REPO, extractors, facts, layout_of

NAME = "Foreign_relations_of_Kyrgyzstan.wiki"
HEADER = '!width="15%"| Country !!width="12%"| Formal Relations Began !! Notes'
MALFORMED = REPO / "fixtures" / "wikitext" / "malformed" / "Foreign_relations_of_Fiji.wiki"


def table(*rows: str, section: str = "Asia") -> str:
    """A relations table in the family's style, each row after a `|-valign="top"` line; the
    table opens on line 2, its header on line 3 and the first row's cells on line 5."""
    body = "".join(f'|-valign="top"\n{row}\n' for row in rows)
    return f'==={section}===\n{{| class="wikitable sortable"\n{HEADER}\n{body}|}}\n'


def only_table(text: str) -> GridTable:
    ((_, found, _),) = layout_of(text, NAME).tables()
    return found


def one_row(text: str):  # type: ignore[no-untyped-def]
    (row,) = facts(text, NAME)["relations"]
    return row


# -- table markup ----------------------------------------------------------------------------


def test_one_line_header_with_widths_and_both_row_separators():
    text = table("|{{flag|Armenia}}||{{dts|1993}}||a").replace(
        "|}", '|--valign="top"\n|b||c||d\n|}'
    )
    found = only_table(text)
    assert found.header_texts == ["Country", "Formal Relations Began", "Notes"]
    assert [r.texts() for r in found.rows] == [["Armenia", "1993", "a"], ["b", "c", "d"]]
    assert [r.line for r in found.rows] == [5, 7]


def test_styled_date_cell_with_a_comment():
    row = one_row(
        table(
            '|{{Flagu|Fiji}}|| style="text-align:center" | <!--Date Started-->{{dts|19 March 2010}}||'
        )
    )
    assert (row.counterpart_iso3, row.counterpart_method) == ("FJI", "country-cell")
    assert (row.began, row.began_precision, row.began_source) == (
        dt.date(2010, 3, 19),
        "day",
        "table-cell",
    )
    assert "Date Started" not in " ".join(row.cells)


def test_several_tables_in_one_section():
    text = table("|{{flag|Egypt}}||1992||", section="Africa") + "\nText between.\n\n"
    text += table("|{{flag|Morocco}}||1993||").split("\n", 1)[1]
    tables = layout_of(text, NAME).tables()
    assert [(i, s) for i, _, s in tables] == [(1, ("Africa",)), (2, ("Africa",))]
    rows = facts(text, NAME)["relations"]
    assert [(r.table_index, r.counterpart_iso3) for r in rows] == [(1, "EGY"), (2, "MAR")]


def test_rowspan_repeats_the_cell_in_the_rows_it_spans():
    found = only_table(table('|rowspan="2"|{{flag|Uruguay}}||1992||a', "|2012||b"))
    assert [r.texts() for r in found.rows] == [["Uruguay", "1992", "a"], ["Uruguay", "2012", "b"]]
    assert [r.line for r in found.rows] == [5, 7]  # the second row's own line


def test_colspan_keeps_the_columns_in_place():
    found = only_table(table('|colspan="2"|{{flag|Belarus}}||Belarus has a consulate.'))
    assert found.rows[0].texts() == ["Belarus", "", "Belarus has a consulate."]


def test_a_row_with_too_many_cells_is_kept_with_a_warning():
    layout = layout_of(table("|{{flag|Japan}}||1970||a||b"), NAME)
    assert layout.tables()[0][1].rows[0].texts() == ["Japan", "1970", "a", "b"]
    assert layout.notices == (
        "line 5: a table row of 4 cells where the header has 3; the extra cells are kept",
    )


# -- the flag family -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "iso3"),
    [
        ("{{flag|Hungary}}", "HUN"),
        ("{{Flagu|Fiji}}", "FJI"),
        ("{{flagcountry|Morocco}}", "MAR"),
        ("{{Flag country|Morocco}}", "MAR"),
        ("{{flagicon|Chad}} [[Chad]]", "TCD"),
        ("{{flagdeco|China}} [[China|People's Republic of China]]", "CHN"),
        ("{{flag|Republic of the Congo}}", "COG"),
        ("{{flag|Democratic Republic of the Congo}}", "COD"),
        ("{{flag|Germany|empire}}", "DEU"),  # a variant flag; the name shown is the country's
    ],
)
def test_flag_templates_name_the_counterpart(cell: str, iso3: str):
    row = one_row(table(f"|{cell}||1992||"))
    assert (row.counterpart_iso3, row.counterpart_method) == (iso3, "country-cell")


def test_an_icon_flag_shows_only_the_link_beside_it():
    found = only_table(table("|{{flagicon|Australia}} [[Australia]]||1992||"))
    assert found.rows[0].cells[0].text == "Australia"


@pytest.mark.parametrize("cell", ["{{flag|Soviet Union}}", "{{flagcountry|USSR}}"])
def test_historical_flags_name_a_former_state(cell: str):
    row = one_row(table(f"|{cell}||1920||"))
    assert row.counterpart_iso3 is None
    assert row.counterpart_kind == "entity"
    assert "former-state" in (row.counterpart_evidence or "")


# -- dates and sorting -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "began", "precision"),
    [
        ("{{dts|1992|06|25}}", dt.date(1992, 6, 25), "day"),
        ("{{dts|format=dmy|1992|6|25}}", dt.date(1992, 6, 25), "day"),
        ("{{dts|1992|June|25}}", dt.date(1992, 6, 25), "day"),
        ("{{dts|19 March 2010}}", dt.date(2010, 3, 19), "day"),
        ("{{dts|1993|January}}", dt.date(1993, 1, 1), "month"),
        ("{{dts|1993}}", dt.date(1993, 1, 1), "year"),
        ("{{start date|1991|12|30}}", dt.date(1991, 12, 30), "day"),
        ("{{Start date|df=yes|1991|12|30}}", dt.date(1991, 12, 30), "day"),
        ("{{nowrap|{{dts|1992|9|30}}}}", dt.date(1992, 9, 30), "day"),
        ("{{sort|1921-11-12|12 November 1921}}", dt.date(1921, 11, 12), "day"),
    ],
)
def test_date_templates_give_the_began_date(cell: str, began: dt.date, precision: str):
    row = one_row(table(f"|{{{{flag|Armenia}}}}||{cell}||"))
    assert (row.began, row.began_precision) == (began, precision)


def test_sortname_shows_first_and_last_name():
    found = only_table(table("|{{sortname|Urmas|Paet|nolink=1}}||1992||"))
    assert found.rows[0].cells[0].text == "Urmas Paet"


# -- cells, refs and notes -------------------------------------------------------------------


def test_a_cell_holds_a_bullet_list_with_its_lines():
    text = table(
        "|{{flag|Azerbaijan}}||||\n* Azerbaijan has an embassy in [[Bishkek]].\n"
        "* Kyrgyzstan has an embassy in [[Baku]]."
    )
    (bullets,) = only_table(text).rows[0].cells[2].blocks
    assert isinstance(bullets, BulletList)
    assert [(i.text, i.line) for i in bullets.items] == [
        ("Azerbaijan has an embassy in Bishkek.", 6),
        ("Kyrgyzstan has an embassy in Baku.", 7),
    ]
    missions = facts(text, NAME)["missions"]
    assert {(m.sender_iso3, m.host_iso3, m.source_line) for m in missions} == {
        ("AZE", "KGZ", 6),
        ("KGZ", "AZE", 7),
    }


def test_a_named_ref_reused_cites_one_footnote():
    text = (
        '==Asia==\nKyrgyzstan is a member of the [[United Nations]].<ref name="a">UN '
        "members. United Nations. 2015</ref>\n\nKyrgyzstan is a member of the [[OSCE]]."
        '<ref name="a"/><ref>OSCE participating States</ref>\n\n==References==\n{{Reflist}}\n'
    )
    layout = layout_of(text, NAME)
    assert {k: (n.text, n.line) for k, n in layout.footnotes.items()} == {
        1: ("UN members. United Nations. 2015", 2),
        2: ("OSCE participating States", 4),
    }
    paragraphs = [p.block.text for p in layout.blocks if hasattr(p.block, "text")]
    assert "Kyrgyzstan is a member of the OSCE.[1][2]" in paragraphs
    assert [r.ref_id for r in facts(text, NAME)["references"]] == [1, 2]


def test_an_efn_note_becomes_a_footnote_and_notelist_shows_nothing():
    text = (
        table("|{{flag|Egypt}}||1992||Relations began in 1992.{{efn|Signed in [[Moscow]].}}")
        + "\n==Notes==\n{{notelist}}\n"
    )
    layout = layout_of(text, NAME)
    assert layout.footnotes[1].text == "Signed in Moscow."
    assert only_table(text).rows[0].cells[2].text == "Relations began in 1992.[1]"
    assert layout.blocks[-1].section == ("Notes",)  # the heading only: no text from notelist


@pytest.mark.parametrize(
    ("hatnote", "shown"),
    [
        ("{{Main|Azerbaijan–Kyrgyzstan relations}}", "See Azerbaijan–Kyrgyzstan relations"),
        ("{{See also|Azerbaijan–Kyrgyzstan relations}}", "See Azerbaijan–Kyrgyzstan relations"),
        ("{{Further|Azerbaijan–Kyrgyzstan relations}}", "See Azerbaijan–Kyrgyzstan relations"),
    ],
)
def test_hatnotes_name_the_pair_when_the_country_cell_is_empty(hatnote: str, shown: str):
    row = one_row(table(f"| ||1992||{hatnote}"))
    assert row.cells[2] == shown
    assert (row.counterpart_iso3, row.counterpart_method) == ("AZE", "see-relations")


def test_comments_leave_no_text():
    found = only_table(table("|<!-- flag -->{{flag|Mali}}<!-- x -->||<!--no date-->||"))
    assert found.rows[0].texts() == ["Mali", "", ""]


def test_an_unknown_template_keeps_its_words_in_the_evidence():
    text = table(
        "|{{flag|Latvia}}||1991||{{Unbulleted list|Kyrgyzstan has an embassy in [[Riga]].|"
        "Latvia has an embassy in [[Bishkek]].}}"
    )
    row = one_row(text)
    assert "Kyrgyzstan has an embassy in Riga." in row.evidence
    missions = facts(text, NAME)["missions"]
    assert {(m.sender_iso3, m.host_iso3, m.city) for m in missions} == {
        ("KGZ", "LVA", "Riga"),
        ("LVA", "KGZ", "Bishkek"),
    }


def test_maintenance_templates_say_nothing():
    found = only_table(table("|{{flag|Mali}}{{citation needed|date=May 2020}}||1992{{cn}}||"))
    assert found.rows[0].texts() == ["Mali", "1992", ""]


# -- broken markup ---------------------------------------------------------------------------


def test_an_unclosed_template_in_a_cell_warns_and_the_row_is_still_read():
    layout = layout_of(table("|{{flag|Japan||1970||Japan has an embassy in [[Bishkek]]."), NAME)
    assert layout.notices == ("line 5: '{{' is never closed; read as text",)
    row = one_row(table("|{{flag|Japan||1970||Japan has an embassy in [[Bishkek]]."))
    assert row.began == dt.date(1970, 1, 1)


def test_the_malformed_fixture_gives_warnings_with_lines_and_the_rest_of_its_facts():
    tables, warnings = extract_document(MALFORMED, extractors())
    where = [w.split(": ", 2)[1] for w in warnings]
    assert where == ["line 7", "line 9", "line 11"]
    assert all(w.startswith(str(MALFORMED)) for w in warnings)
    lines = MALFORMED.read_text(encoding="utf-8").split("\n")
    assert lines[6].count("{{") > lines[6].count("}}") and lines[10].count("<ref>") == 1
    rows = {r.source_line: r.counterpart_iso3 for r in tables["relations"]}
    assert rows[9] == "JPN" and rows[13] == "NZL"  # rows after the broken ones still read
    assert {m.sender_iso3 for m in tables["missions"]} >= {"JPN", "NZL"}


# -- spans, as a property --------------------------------------------------------------------

spans = st.lists(
    st.lists(st.tuples(st.integers(1, 3), st.integers(1, 3)), min_size=0, max_size=4),
    min_size=1,
    max_size=6,
)


@settings(max_examples=200, deadline=None)
@given(spans)
def test_a_spanning_cell_is_at_its_column_in_every_row_it_spans(
    written: list[list[tuple[int, int]]],
):
    rows = [
        (
            [_Spanned(Cell(f"r{i}c{k}", i, i), rs, cs) for k, (rs, cs) in enumerate(cells)],
            i,
        )
        for i, cells in enumerate(written, start=1)
    ]
    grid = [row.cells for row in _unspan(rows, per_cell=100)[0]]  # spans never cut
    for i, (cells, _) in enumerate(rows):
        own = [c for c in grid[i] if c.text.startswith(f"r{i + 1}c")]
        assert [c.text for c in own] == [s.cell.text for s in cells]  # each cell once, in order
        for s in cells:
            col = grid[i].index(s.cell)
            for below in range(i + 1, min(i + s.rows, len(grid))):
                assert grid[below][col] is s.cell


def test_spans_are_capped_and_unreadable_ones_are_one():
    rows = ['|rowspan="x"|{{flag|Mali}}||1992||'] + ["|a||b||c"] * 20 + ['|colspan="9999"|a']
    found = only_table(table(*rows))
    assert [len(r.cells) for r in found.rows] == [3] * 21 + [50]


def test_spans_past_the_budget_are_read_as_one_with_a_warning():
    layout = layout_of(table("|{{flag|Mali}}||1992||", '|rowspan="50" colspan="50"|a'), NAME)
    ((_, found, _),) = layout.tables()
    assert [r.texts() for r in found.rows] == [["Mali", "1992", ""], ["a"]]
    assert layout.notices == (
        "line 7: more rowspan and colspan than the table has cells; from here spans are read as 1",
    )


def test_list_defined_refs_give_their_text_to_the_refs_citing_them():
    text = (
        '==Asia==\nKyrgyzstan is a member of the [[United Nations]].<ref name="un"/>\n\n'
        "==References==\n{{Reflist|refs=\n"
        '<ref name="un">{{cite web|title=Member States|publisher=United Nations}}</ref>\n}}\n'
    )
    layout = layout_of(text, NAME)
    assert {k: n.text for k, n in layout.footnotes.items()} == {1: "Member States. United Nations"}
    tagged = text.replace("{{Reflist|refs=", "<references>").replace("\n}}\n", "\n</references>\n")
    assert layout_of(tagged, NAME).footnotes == layout.footnotes


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Kyrgyzstan{{nbsp}}and Kazakhstan", "Kyrgyzstan and Kazakhstan"),
        ("1992{{ndash}}1993", "1992 – 1993"),
        ("{{anchor|Latvia}}Relations{{sfn|Smith|2001|p=3}}", "Relations"),
        ("{{Convert|1000|km}}", "1000 km"),  # not listed: its unnamed arguments
    ],
)
def test_small_templates_show_what_the_page_shows(written: str, shown: str):
    assert only_table(table(f"|{{{{flag|Mali}}}}||||{written}")).rows[0].cells[2].text == shown
