"""Raw MediaWiki wikitext (fixtures/Foreign_relations_of_Azerbaijan_excerpt.wiki), read with
mwparserfromhell: the flag templates the plain rendering lost still name each row's country."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.document import extract_layout
from pipeline.formats import read_document
from pipeline.model import BulletList, Heading
from tests.conftest import FIXTURES, extractors

WIKI = FIXTURES / "Foreign_relations_of_Azerbaijan_excerpt.wiki"


def _line(number: int) -> str:
    return WIKI.read_text(encoding="utf-8").split("\n")[number - 1]


@pytest.fixture(scope="module")
def layout():
    from pipeline.formats import build_layout

    k = extractors().knowledge
    return build_layout(read_document(WIKI, k.gazetteer), k.vocabulary)


@pytest.fixture(scope="module")
def facts(layout):
    return extract_layout(layout, extractors())


def test_format_and_headings(layout):
    assert layout.document.format == "wikitext"
    headings = [
        (p.block.level, p.block.text) for p in layout.blocks if isinstance(p.block, Heading)
    ]
    assert (3, "Africa") in headings and (2, "No relations") in headings


def test_table_rows_keep_their_wikitext_lines(layout):
    (_, africa, section), (_, europe, _) = layout.tables()
    assert section == ("Countries", "Africa")
    assert africa.header_texts == ["Country", "Formal Relations Began", "Notes"]
    assert [r.line for r in africa.rows] == [14, 16, 19]
    assert _line(16).startswith("|{{flag|Morocco}}")
    morocco = africa.rows[1]
    assert morocco.cells[0].text == "Morocco"
    assert morocco.cells[1].text == "25 June 1992"  # {{dts|1992|06|25}}
    (bullets,) = morocco.cells[2].blocks
    assert isinstance(bullets, BulletList)
    assert [(i.text, i.line) for i in bullets.items] == [
        ("Azerbaijan has an embassy in Rabat since 2005.", 17),
        ("Morocco has an embassy in Baku.[3]", 18),
    ]
    assert europe.rows[0].cells[2].text.startswith("See Azerbaijan–Hungary relations")  # {{Main|}}


def test_refs_become_numbered_footnotes(layout):
    notes = layout.footnotes
    assert notes[2].text == "Azerbaijan - Angola relations."
    assert notes[3].line == 18  # first use of <ref name="mfa">, reused on line 28
    assert notes[3].text == "Morocco opens embassy. Day.Az. 12.03.2010"
    assert notes[4].text.startswith("Азербайджан и Свазиленд")


def test_facts_from_wikitext(facts):
    rel = {r.source_line: r for r in facts["relations"]}
    assert (rel[16].counterpart_iso3, rel[16].counterpart_method) == ("MAR", "country-cell")
    assert (rel[16].began, rel[16].began_source) == (dt.date(1992, 6, 25), "table-cell")
    assert rel[19].counterpart_iso3 == "SWZ"  # the Russian footnote, the cell being empty
    assert rel[27].counterpart_iso3 == "HUN"  # {{flagcountry|Hungary}}
    assert [rel[34].counterpart_iso3, rel[35].counterpart_iso3] == ["BRB", "TON"]
    assert {(m.sender_iso3, m.host_iso3) for m in facts["missions"]} == {
        ("AZE", "MAR"),
        ("MAR", "AZE"),
        ("HUN", "AZE"),
    }
    (rec,) = facts["recognitions"]
    assert (rec.recognizer_iso3, rec.date) == ("HUN", dt.date(1991, 12, 26))
    refs = {r.ref_id: r for r in facts["references"]}
    assert (refs[1].title, refs[1].publisher, refs[1].date) == (
        "Azerbaijan and the United Nations",
        "UN",
        dt.date(1992, 3, 2),
    )
    assert refs[3].publisher == "Day.Az"
