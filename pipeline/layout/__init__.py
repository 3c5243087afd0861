"""Stage 2, layout: a `Document` -> a typed `Layout` (sections, blocks, tables, footnotes)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from pipeline.layout.blocks import parse_blocks
from pipeline.layout.footnotes import split_footnotes
from pipeline.layout.grid import parse_grid
from pipeline.layout.placing import place
from pipeline.model import Block, Document, GridTable, Layout, Line

__all__ = ["place", "plain_layout", "table_parser"]


def plain_layout(document: Document) -> Layout:
    """The layout of a plain-text rendering (each input format names its layout in
    `pipeline.formats`)."""
    lines = [Line(i, text) for i, text in enumerate(document.lines, start=1)]
    body, footnotes = split_footnotes(lines)
    blocks = parse_blocks(body, table_parser(document.path))
    return Layout(document, place(blocks), footnotes)


def table_parser(path: str) -> partial[GridTable]:
    """A grid-table parser whose cells are parsed as blocks without headings."""

    def cells(lines: Sequence[Line]) -> list[Block]:
        return parse_blocks(lines, table_parser(path), headings=False)

    return partial(parse_grid, path=path, cell_parser=cells)
