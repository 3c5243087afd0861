"""Grid tables as pandoc writes them (reStructuredText grid syntax), cells and spans included.

The frame is checked first, so that a ragged row, a tab or a missing border is reported with its
line. Each line is then laid out in display columns (an East Asian wide character takes two, as
pandoc pads it; a combining mark none), and cells are found by walking their borders from each
top-left corner: the algorithm of docutils' `GridTableParser`, which the property tests keep as
the reference, without its per-character rescans of every line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from itertools import pairwise

from pipeline.errors import InputError
from pipeline.model import Block, Cell, GridTable, Line, Row

PAD = "\x00"  # the second column of a wide character
BlockParser = Callable[[Sequence[Line]], list[Block]]
#: (first line, first column, last line, last column) of a cell's border, 0-based in the table
Box = tuple[int, int, int, int]


def display_width(text: str) -> int:
    return len(columns(text))


def columns(text: str) -> list[str]:
    """The text as display columns: a wide character is followed by PAD, a combining mark joins
    the column before it."""
    if text.isascii():
        return list(text)
    out: list[str] = []
    for ch in text:
        if ch < "\u0300":  # no combining mark or wide character comes before U+0300
            out.append(ch)
        elif unicodedata.combining(ch) and out:
            out[-1] += ch
        elif unicodedata.east_asian_width(ch) in "WF":
            out.append(ch)
            out.append(PAD)
        else:
            out.append(ch)
    return out


def parse_grid(lines: Sequence[Line], path: str, cell_parser: BlockParser) -> GridTable:
    """One grid table from its lines (top border to bottom border)."""
    grid = [columns(ln.text.rstrip()) for ln in lines]
    _check_frame(lines, grid, path)
    separator = next(
        (i for i, g in enumerate(grid) if 0 < i < len(grid) - 1 and _is_head_separator(g)), None
    )
    if separator is not None:
        grid[separator] = ["-" if ch == "=" else ch for ch in grid[separator]]
    boxes = _cells(grid)
    if boxes is None:
        raise InputError(path, "malformed grid table: cells do not close", lines[0].number)
    first = lines[0].number
    rows = _rows(boxes)
    out: list[Row] = []
    for row in rows:
        made = [_cell(grid, box, first, cell_parser) for box in row]
        out.append(Row(tuple(made), min(c.line for c in made), max(c.end_line for c in made)))
    head = sum(1 for row in rows if row[0][0] < separator) if separator is not None else 0
    return GridTable(tuple(out[:head]), tuple(out[head:]), first, lines[-1].number, _widths(boxes))


def _check_frame(lines: Sequence[Line], grid: list[list[str]], path: str) -> None:
    if len(lines) < 3:
        raise InputError(path, "grid table too short to hold a row", lines[0].number)
    last = lines[-1]
    if not last.text.startswith("+"):
        raise InputError(path, "grid table has no closing border (+---+ line)", last.number)
    width = len(grid[0])
    for line, cols in zip(lines[1:], grid[1:], strict=True):
        if "\t" in line.text:
            raise InputError(path, "grid table row holds a tab; expand tabs to spaces", line.number)
        if len(cols) != width or cols[-1] not in "|+":
            raise InputError(
                path,
                f"ragged grid table row: {len(cols)} columns wide where the border is {width}",
                line.number,
            )


def _is_head_separator(line: list[str]) -> bool:
    return line[0] == "+" and "=" in line and all(ch in "+=" for ch in line)


def _cells(grid: list[list[str]]) -> list[Box] | None:
    """Every cell's box, found by walking borders clockwise from each top-left corner."""
    bottom, right = len(grid) - 1, len(grid[0]) - 1
    done = [-1] * (right + 1)  # per column, the last line already inside a found cell
    corners = [(0, 0)]
    boxes: list[Box] = []
    while corners:
        top, left = corners.pop(0)
        if top == bottom or left == right or top <= done[left]:
            continue
        box = _scan_right(grid, top, left, bottom, right)
        if box is None:
            continue
        _, _, cell_bottom, cell_right = box
        for col in range(left, cell_right):
            done[col] = cell_bottom - 1
        boxes.append(box)
        corners.extend([(top, cell_right), (cell_bottom, left)])
        corners.sort()
    complete = all(done[col] == bottom - 1 for col in range(right))
    return boxes if complete else None


def _scan_right(grid: list[list[str]], top: int, left: int, bottom: int, right: int) -> Box | None:
    line = grid[top]
    for col in range(left + 1, right + 1):
        if line[col] == "+":
            found = _scan_down(grid, top, left, col, bottom)
            if found is not None:
                return (top, left, found, col)
        elif line[col] != "-":
            return None
    return None


def _scan_down(grid: list[list[str]], top: int, left: int, right: int, bottom: int) -> int | None:
    for row in range(top + 1, bottom + 1):
        ch = grid[row][right]
        if ch == "+":
            if _closes(grid, top, left, row, right):
                return row
        elif ch != "|":
            return None
    return None


def _closes(grid: list[list[str]], top: int, left: int, bottom: int, right: int) -> bool:
    """Do the bottom and left borders close the cell (scanning left, then up)?"""
    line = grid[bottom]
    if any(line[col] not in "+-" for col in range(right - 1, left, -1)) or line[left] != "+":
        return False
    return all(grid[row][left] in "+|" for row in range(bottom - 1, top, -1))


def _rows(boxes: list[Box]) -> list[list[Box]]:
    """Cells grouped into rows by their top border, each row left to right."""
    by_top: dict[int, list[Box]] = {}
    for box in boxes:
        by_top.setdefault(box[0], []).append(box)
    return [sorted(by_top[top], key=lambda b: b[1]) for top in sorted(by_top)]


def _widths(boxes: list[Box]) -> tuple[int, ...]:
    """Widths of the table's columns, between every column border any cell has."""
    borders = sorted({box[1] for box in boxes} | {box[3] for box in boxes})
    return tuple(b - a - 1 for a, b in pairwise(borders))


def _cell(grid: list[list[str]], box: Box, first: int, cell_parser: BlockParser) -> Cell:
    top, left, bottom, right = box
    texts = ["".join(grid[row][left + 1 : right]).rstrip() for row in range(top + 1, bottom)]
    indents = [len(t) - len(t.lstrip()) for t in texts if t]
    indent = min(indents) if indents else 0
    numbered = [
        Line(first + top + 1 + k, text[indent:].replace(PAD, "")) for k, text in enumerate(texts)
    ]
    body = [ln for ln in numbered if ln.text.strip()]
    if not body:
        return Cell("", first + top + 1, first + top + 1)
    start = numbered.index(body[0])
    end = numbered.index(body[-1]) + 1
    kept = numbered[start:end]
    text = "\n".join(ln.text for ln in kept)
    return Cell(text, first + top + 1, body[-1].number, tuple(cell_parser(kept)))
