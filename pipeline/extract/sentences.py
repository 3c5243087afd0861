"""Sentences of blocks, each with its input line and its entity mentions.

Paragraphs and list items are the units the articles write facts in; a sentence starts on the
line its block item starts (pandoc writes every paragraph and item on one line per cell line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pipeline.model import Block, BulletList, Cell, GridTable, Heading, Layout, Paragraph, Row
from pipeline.resolve.entities import Mention, spotter


@dataclass(frozen=True, slots=True)
class LocatedSentence:
    text: str
    line: int
    mentions: tuple[Mention, ...]
    in_list: bool = False


def block_texts(blocks: Iterable[Block]) -> Iterator[tuple[str, int, Paragraph | None, bool]]:
    """(text, line, paragraph, is_list_item) for every paragraph and list item."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text, block.line, block, False
        elif isinstance(block, BulletList):
            for item in block.walk():
                yield item.text, item.line, None, True


def sentences_of(blocks: Iterable[Block]) -> list[LocatedSentence]:
    out: list[LocatedSentence] = []
    spot = spotter()
    for text, line, paragraph, in_list in block_texts(blocks):
        for sent in spot.sentences(text):
            where = paragraph.line_at(sent.start) if paragraph is not None else line
            out.append(LocatedSentence(sent.text, where, sent.mentions, in_list))
    return out


def cell_sentences(cell: Cell) -> list[LocatedSentence]:
    return sentences_of(cell.blocks)


def row_sentences(row: Row, skip: Iterable[int] = ()) -> list[LocatedSentence]:
    """Sentences of every cell of a row, except the cells at the `skip` indexes."""
    skipped = set(skip)
    out: list[LocatedSentence] = []
    for i, cell in enumerate(row.cells):
        if i not in skipped:
            out.extend(cell_sentences(cell))
    return out


#: sections that list links and sources; what they say are titles, not statements
CITATION_SECTIONS = re.compile(
    r"^(see also|external links?|references?|further reading|notes|bibliography|sources|"
    r"footnotes|citations|works cited)$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ProseSentence:
    sentence: LocatedSentence
    section: tuple[str, ...]


def prose_sentences(layout: Layout) -> list[ProseSentence]:
    """Sentences of the running text outside tables and outside link and source sections."""
    out: list[ProseSentence] = []
    for placed in layout.blocks:
        block = placed.block
        if isinstance(block, GridTable | Heading):
            continue
        if any(CITATION_SECTIONS.match(h.strip()) for h in placed.section):
            continue
        out.extend(ProseSentence(s, placed.section) for s in sentences_of([block]))
    return out
