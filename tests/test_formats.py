"""Input formats as plug-ins: each format is one declaration in `pipeline.formats`, which alone
decides a file's format (by its suffix, or by sniffing when the suffix is shared or unknown),
how it is read into text and laid out, and whether it is a source that expands into documents.
A toy document format and a toy source are declared here and run through the pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.document import extract_layout
from pipeline.dumps import Revision, Spool
from pipeline.formats import (
    FORMATS,
    Expansion,
    InputFormat,
    build_layout,
    document_from_text,
    read_document,
)
from pipeline.knowledge.vocabulary import Vocabulary
from pipeline.layout import place
from pipeline.model import Block, Document, Heading, Layout, Paragraph
from pipeline.read import decode
from pipeline.records import MembershipRecord
from pipeline.run import expand_inputs, run
from tests.conftest import extractors

MAGIC = "%TOY"


def toy_text(raw: bytes, name: str) -> str:
    """UTF-8, its magic first line blanked so that line numbers stay those of the file."""
    return decode(raw, name).replace(MAGIC, "", 1)


def toy_layout(document: Document, _vocabulary: Vocabulary) -> Layout:
    """`h: ` starts a heading, `p: ` a paragraph; every other line is nothing."""
    blocks: list[Block] = []
    for number, line in enumerate(document.lines, start=1):
        if line.startswith("h: "):
            blocks.append(Heading(line[3:], 2, number))
        elif line.startswith("p: "):
            blocks.append(Paragraph(line[3:], number, number))
    return Layout(document, place(blocks))


TOY = InputFormat(
    name="toy",
    suffixes=(".toy",),
    sniff=lambda head: head.startswith(MAGIC.encode()),
    read_text=toy_text,
    layout=toy_layout,
)


def unpack(path: Path, spool: Spool, how: Expansion) -> list[str]:
    """A bundle: pages separated by form feeds, each a title line and its wikitext."""
    for page_id, page in enumerate(path.read_text(encoding="utf-8").split("\f"), start=1):
        title, _, text = page.partition("\n")
        revision = Revision(title, page_id, page_id, "2024-01-01T00:00:00Z", text)
        if title.startswith(how.titles.rstrip("*")):
            spool.add(revision, path)
    return []


BUNDLE = InputFormat(name="toy-bundle", suffixes=(".bundle",), expand=unpack)


@pytest.fixture
def declared() -> Iterator[None]:
    """The toy formats, declared for one test only."""
    FORMATS.register(TOY)
    FORMATS.register(BUNDLE)
    try:
        yield
    finally:
        FORMATS.unregister(TOY.name)
        FORMATS.unregister(BUNDLE.name)


def members(layout: Layout) -> list[tuple[str, str | None, int]]:
    tables = extract_layout(layout, extractors())
    found = [m for m in tables["memberships"] if isinstance(m, MembershipRecord)]
    return sorted((m.member_iso3, m.org_id, m.source_line) for m in found)


TOY_DOCUMENT = (
    f"{MAGIC}\nignored line\nh: Overview\n\n"
    "p: Azerbaijan is a member of the United Nations and the Non-Aligned Movement.\n"
)


def test_a_declared_format_reads_and_lays_out_its_documents(tmp_path: Path, declared: None):
    path = tmp_path / "Foreign_relations_of_Azerbaijan.toy"
    path.write_text(TOY_DOCUMENT, encoding="utf-8")
    k = extractors().knowledge
    document = read_document(path, k.gazetteer)
    assert document.format == "toy"
    assert document.lines[0] == ""  # read by its own reader
    layout = build_layout(document, k.vocabulary)
    assert [type(p.block) for p in layout.blocks] == [Heading, Paragraph]
    assert members(layout) == [("AZE", "NAM", 5), ("AZE", "UN", 5)]


def test_a_declared_format_is_sniffed_where_its_suffix_is_unknown(declared: None):
    k = extractors().knowledge
    named = Path("Foreign_relations_of_Azerbaijan.dat")
    assert document_from_text(TOY_DOCUMENT, named, k.gazetteer).format == "toy"
    assert document_from_text("No magic.\n", named, k.gazetteer).format == "plain"


def test_without_its_declaration_the_file_is_plain_text(tmp_path: Path):
    path = tmp_path / "Foreign_relations_of_Azerbaijan.toy"
    path.write_text(TOY_DOCUMENT, encoding="utf-8")
    assert read_document(path, extractors().knowledge.gazetteer).format == "plain"
    assert expand_inputs([tmp_path]) == (
        [],
        [f"{tmp_path}: directory holds no documents (.md, .txt, .wiki, .wikitext, .mediawiki)"],
    )


def test_a_declared_format_is_found_in_folders(tmp_path: Path, declared: None):
    path = tmp_path / "Foreign_relations_of_Azerbaijan.toy"
    path.write_text(TOY_DOCUMENT, encoding="utf-8")
    assert expand_inputs([tmp_path]) == ([path], [])


def test_a_document_of_a_declared_format_is_published(tmp_path: Path, declared: None):
    """A new format is one declaration: its documents pass validation and are published with
    the format's name."""
    path = tmp_path / "Foreign_relations_of_Azerbaijan.toy"
    path.write_text(TOY_DOCUMENT, encoding="utf-8")
    report = run([path], tmp_path / "out", workers=0, extractors=extractors())
    assert report.published is not None and not report.skipped
    docs = pq.read_table(report.published.path / "documents.parquet").to_pylist()
    assert [(d["doc_id"], d["format"]) for d in docs] == [
        ("Foreign_relations_of_Azerbaijan", "toy")
    ]
    found = pq.read_table(report.published.path / "memberships.parquet").to_pylist()
    assert sorted((m["org_id"], m["source_line"]) for m in found) == [("NAM", 5), ("UN", 5)]


def test_a_declared_source_expands_into_documents(tmp_path: Path, declared: None):
    bundle = tmp_path / "pages.bundle"
    pages = {"Peru": "PER", "Chile": "CHL", "Not an article": None}
    bundle.write_text(
        "\f".join(
            f"Foreign relations of {name}\n'''{name}''' is a member of the [[United Nations]].\n"
            if iso3
            else f"{name}\nSome text.\n"
            for name, iso3 in pages.items()
        ),
        encoding="utf-8",
    )
    report = run([bundle], tmp_path / "out", workers=0, extractors=extractors())
    assert report.published is not None and not report.skipped
    docs = pq.read_table(report.published.path / "documents.parquet").to_pylist()
    assert {(d["doc_id"], d["format"], d["source"]) for d in docs} == {
        (f"Foreign_relations_of_{name}", "wikitext", "pages.bundle")
        for name, iso3 in pages.items()
        if iso3
    }
    found = pq.read_table(report.published.path / "memberships.parquet").to_pylist()
    assert sorted((m["member_iso3"], m["org_id"]) for m in found) == sorted(
        (iso3, "UN") for iso3 in pages.values() if iso3
    )


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.md", "==A==\n{|\n|}\n", "plain"),  # the suffix decides
        ("a.markdown", "==A==\n{|\n|}\n", "plain"),
        ("a.WIKI", "Plain words.\n", "wikitext"),
        ("a.mediawiki", "Plain words.\n", "wikitext"),
        ("a.txt", "==A==\n{|\n|}\n", "wikitext"),  # shared by two formats: sniffed
        ("a.txt", "Plain words.\n== Not a heading\n", "plain"),
        ("a.html", "{{Infobox}}\n[[Category:X]]\n", "wikitext"),  # unknown: sniffed
        ("a.xml", "Plain words.\n", "plain"),  # a source's suffix, read as a document
    ],
)
def test_the_format_of_a_document(name: str, content: str, expected: str):
    assert FORMATS.document_format(Path(name), content.encode()).name == expected


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("pages.xml", True),
        ("pages.XML.BZ2", True),
        ("pages-meta-history.xml.gz", True),
        ("a.gz", True),
        ("a.md", False),
        ("a.txt", False),
        ("xml", False),
    ],
)
def test_a_source_is_told_by_its_name(name: str, source: bool):
    assert (FORMATS.source_of(Path(name)) is not None) == source


def test_a_declaration_is_checked():
    with pytest.raises(ValueError, match="declared already"):
        FORMATS.register(InputFormat(name="plain", suffixes=(".p",), layout=toy_layout))
    with pytest.raises(ValueError, match=r"a layout .* or expand"):
        InputFormat(name="neither", suffixes=(".n",))
    with pytest.raises(ValueError, match="lowercase"):
        InputFormat(name="upper", suffixes=(".TOY",), layout=toy_layout)
