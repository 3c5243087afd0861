"""Shared test helpers: the knowledge built once, small documents written for a rule, the
reference fixture, and the corpus when it is present."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest
from hypothesis import settings

from pipeline.analysis.text import Sentence
from pipeline.document import Extractors, Tables, extract_layout
from pipeline.formats import build_layout, document_from_text, read_document
from pipeline.layout.grid import display_width
from pipeline.model import Layout, Paragraph

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
EXCERPTS = FIXTURES / "excerpts"
REFERENCE = FIXTURES / "Foreign_relations_of_Azerbaijan.md"
CORPUS = REPO.parent / "shared" / "corpus"
AZERBAIJAN = "Foreign_relations_of_Azerbaijan.md"

# In CI every property test draws the same examples on every run and keeps no database, so a
# CI run's time and verdict do not depend on the seed.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="../shared/corpus is not present (fresh clone)"
)


@cache
def extractors() -> Extractors:
    """The process's extractors (knowledge, spotter, rules), built once for all tests."""
    return Extractors.build()


def layout_of(text: str, name: str = AZERBAIJAN) -> Layout:
    """Layout of `text` as if it were the file `name`."""
    k = extractors().knowledge
    return build_layout(document_from_text(text, Path(name), k.gazetteer), k.vocabulary)


def facts(text: str, name: str = AZERBAIJAN) -> Tables:
    """Every table's records of a document written for a test."""
    return extract_layout(layout_of(text, name), extractors())


def rule_memberships(text: str, rule: str) -> list[tuple[str, str]]:
    """(member, organization) of the memberships `rule` reads in `text`, written as a paragraph
    of "Foreign relations of Uruguay", sorted."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return sorted(
        (m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"] if m.rule == rule
    )


def sentences(text: str) -> list[Sentence]:
    """The analysed sentences of one paragraph."""
    return extractors().analyzer.sentences([Paragraph(text, 1, 1)])


def reference_line(number: int) -> str:
    """Line `number` (1-based) of the reference fixture, as the file has it."""
    return REFERENCE.read_text(encoding="utf-8").split("\n")[number - 1]


@pytest.fixture(scope="session")
def reference_layout() -> Layout:
    k = extractors().knowledge
    return build_layout(read_document(REFERENCE, k.gazetteer), k.vocabulary)


def grid(rows: list[list[list[str]]], header: bool = True) -> str:
    """A pandoc-style grid table whose cells hold the given lines."""
    ncols = len(rows[0])
    widths = [
        max([3] + [display_width(line) + 2 for row in rows for line in row[c]])
        for c in range(ncols)
    ]
    border = "+" + "+".join("-" * w for w in widths) + "+"
    sep = "+" + "+".join("=" * w for w in widths) + "+"
    out = [border]
    for i, row in enumerate(rows):
        height = max(1, *(len(cell) for cell in row))
        for k in range(height):
            parts = []
            for c, cell in enumerate(row):
                text = cell[k] if k < len(cell) else ""
                parts.append(" " + text + " " * (widths[c] - 1 - display_width(text)))
            out.append("|" + "|".join(parts) + "|")
        out.append(sep if header and i == 0 else border)
    return "\n".join(out) + "\n"


def relations_doc(
    notes: list[str],
    *,
    country: str = "",
    began: str = "",
    region: str = "Africa",
    footnotes: dict[int, str] | None = None,
) -> str:
    """A one-row relations table under `region`, with footnotes at the end."""
    table = grid(
        [
            [["Country"], ["Formal relations began"], ["Notes"]],
            [[country] if country else [], [began] if began else [], notes],
        ]
    )
    text = f"{region}\n\n{table}"
    if footnotes:
        text += "\n" + "\n\n".join(f"[{k}] {v}" for k, v in sorted(footnotes.items())) + "\n"
    return text


def row_facts(
    notes: list[str], name: str = AZERBAIJAN, country: str = "", region: str = "Africa"
) -> Tables:
    """The facts of a one-row relations table whose Notes cell holds `notes`."""
    return facts(relations_doc(notes, country=country, region=region), name)
