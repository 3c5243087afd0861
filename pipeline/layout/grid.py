"""Grid tables, read with docutils' reStructuredText grid-table parser.

Pandoc writes grid tables in the reST syntax, so docutils' `GridTableParser` (cell spans, header
separator, exact error offsets) does the geometry; this module only checks the frame first, so
that a ragged row or a missing border is reported with its line instead of a parser message,
and turns docutils' cell tuples into the typed model. Pandoc pads East Asian wide characters to
two columns; docutils' `pad_double_width` makes character offsets match that.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from docutils.parsers.rst.tableparser import GridTableParser, TableMarkupError
from docutils.statemachine import StringList

from pipeline.errors import InputError
from pipeline.model import Block, Cell, GridTable, Line, Row

PAD = "\x00"
BlockParser = Callable[[Sequence[Line]], list[Block]]


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def parse_grid(lines: Sequence[Line], path: str, cell_parser: BlockParser) -> GridTable:
    """One grid table from its lines (top border to bottom border)."""
    _check_frame(lines, path)
    block = StringList([ln.text.rstrip() for ln in lines], source=path)
    block.pad_double_width(PAD)
    try:
        widths, head, body = GridTableParser().parse(block)
    except TableMarkupError as exc:
        offset = getattr(exc, "offset", 0) or 0
        raise InputError(path, f"malformed grid table: {exc}", lines[0].number + offset) from None
    first = lines[0].number
    header = tuple(_row(cells, first, cell_parser) for cells in head)
    rows = tuple(_row(cells, first, cell_parser) for cells in body)
    return GridTable(header, rows, first, lines[-1].number, tuple(widths))


def _check_frame(lines: Sequence[Line], path: str) -> None:
    top = lines[0].text.rstrip()
    if len(lines) < 3:
        raise InputError(path, "grid table too short to hold a row", lines[0].number)
    last = lines[-1]
    if not last.text.startswith("+"):
        raise InputError(path, "grid table has no closing border (+---+ line)", last.number)
    width = display_width(top)
    for line in lines[1:]:
        text = line.text.rstrip()
        if display_width(text) != width or text[-1] not in "|+":
            raise InputError(
                path,
                f"ragged grid table row: {display_width(text)} columns wide where the "
                f"border is {width}",
                line.number,
            )


def _row(cells: list, first_line: int, cell_parser: BlockParser) -> Row:
    made: list[Cell] = []
    for spec in cells:
        if spec is None:  # covered by a span from another cell
            continue
        _morerows, _morecols, offset, content = spec
        numbered = [Line(first_line + offset + k, _unpad(text)) for k, text in enumerate(content)]
        made.append(_cell(numbered, cell_parser, first_line + offset))
    line = min(c.line for c in made) if made else first_line
    end = max(c.end_line for c in made) if made else first_line
    return Row(tuple(made), line, end)


def _unpad(text: str) -> str:
    """Cell line without docutils' wide-character padding (docutils already dedented it)."""
    return text.replace(PAD, "").rstrip()


def _cell(lines: list[Line], cell_parser: BlockParser, top: int) -> Cell:
    body = [ln for ln in lines if ln.text.strip()]
    if not body:
        return Cell("", top, top)
    start = lines.index(body[0])
    end = lines.index(body[-1]) + 1
    kept = lines[start:end]
    text = "\n".join(ln.text for ln in kept)
    return Cell(text, top, body[-1].number, tuple(cell_parser(kept)))
