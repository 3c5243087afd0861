"""Grid tables as pandoc writes them (reStructuredText grid syntax), cells and spans included.

The frame is checked first, so that a ragged row, a tab or a missing border is reported with its
line. Each line is then laid out in display columns (an East Asian wide character takes two, as
pandoc pads it; a combining mark none), and cells are found by walking their borders from each
top-left corner: the algorithm of docutils' `GridTableParser`, which the property tests keep as
the reference, without its per-character rescans of every line.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Callable, Sequence
from itertools import pairwise

from pipeline.errors import InputError
from pipeline.model import Block, Cell, GridTable, Line, Row

PAD = "\x00"  # the second column of a wide character
#: a column that holds a letter and its combining marks, in the frame strings: never a border
JOINED = "\x01"
#: the characters that may take other than one display column: none comes before U+0300
WIDE_OR_MARK = re.compile("[\u0300-\U0010ffff]")
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
    last = 0
    for m in WIDE_OR_MARK.finditer(text):
        out.extend(text[last : m.start()])  # one column each
        ch = m.group()
        if unicodedata.combining(ch) and out:
            out[-1] += ch
        elif unicodedata.east_asian_width(ch) in "WF":
            out.append(ch)
            out.append(PAD)
        else:
            out.append(ch)
        last = m.end()
    out.extend(text[last:])
    return out


def _display(text: str) -> Sequence[str]:
    """`columns(text)`, as a string when each display column is one character (no letter
    with combining marks): most lines, which are then sliced rather than joined."""
    if WIDE_OR_MARK.search(text) is None:
        return text
    cols = columns(text)
    joined = "".join(cols)
    return joined if len(joined) == len(cols) else cols


def parse_grid(lines: Sequence[Line], path: str, cell_parser: BlockParser) -> GridTable:
    """One grid table from its lines (top border to bottom border)."""
    grid = [_display(ln.text.rstrip()) for ln in lines]
    _check_frame(lines, grid, path)
    separator = next(
        (i for i, g in enumerate(grid) if 0 < i < len(grid) - 1 and _is_head_separator(g)), None
    )
    if separator is not None:
        line = grid[separator]
        grid[separator] = (
            line.replace("=", "-")
            if isinstance(line, str)
            else ["-" if ch == "=" else ch for ch in line]
        )
    frame = _Frame(grid)
    boxes = _cells(frame)
    if boxes is None:
        raise InputError(path, "malformed grid table: cells do not close", lines[0].number)
    first = lines[0].number
    rows = _rows(boxes)
    out: list[Row] = []
    for row in rows:
        made = [_cell(frame, box, first, cell_parser) for box in row]
        out.append(Row(tuple(made), min(c.line for c in made), max(c.end_line for c in made)))
    head = sum(1 for row in rows if row[0][0] < separator) if separator is not None else 0
    return GridTable(tuple(out[:head]), tuple(out[head:]), first, lines[-1].number, _widths(boxes))


def _check_frame(lines: Sequence[Line], grid: list[Sequence[str]], path: str) -> None:
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


def _is_head_separator(line: Sequence[str]) -> bool:
    return line[0] == "+" and "=" in line and all(ch in "+=" for ch in line)


def _cells(frame: _Frame) -> list[Box] | None:
    """Every cell's box, found by walking borders clockwise from each top-left corner, the
    corners taken in (line, column) order."""
    bottom, right = len(frame.lines) - 1, len(frame.lines[0]) - 1
    done = [-1] * (right + 1)  # per column, the last line already inside a found cell
    corners = [(0, 0)]
    boxes: list[Box] = []
    while corners:
        top, left = heapq.heappop(corners)
        if top == bottom or left == right or top <= done[left]:
            continue
        box = frame.scan_right(top, left, bottom, right)
        if box is None:
            continue
        _, _, cell_bottom, cell_right = box
        done[left:cell_right] = [cell_bottom - 1] * (cell_right - left)
        boxes.append(box)
        heapq.heappush(corners, (top, cell_right))
        heapq.heappush(corners, (cell_bottom, left))
    complete = all(d == bottom - 1 for d in done[:right])
    return boxes if complete else None


class _Frame:
    """The grid as strings, by line and by column, each display column one character (a
    letter with combining marks is `JOINED`): a border is then followed with `str.find` and
    checked with `str.strip` instead of one comparison per character."""

    def __init__(self, grid: list[Sequence[str]]) -> None:
        self.grid = grid
        self.lines = [line if isinstance(line, str) else _frame_line(line) for line in grid]
        self._columns: dict[int, str] = {}

    def column(self, col: int) -> str:
        """One display column, top to bottom: made when a border is first followed down it."""
        if col not in self._columns:
            self._columns[col] = "".join(line[col] for line in self.lines)
        return self._columns[col]

    def text(self, row: int, left: int, right: int) -> str:
        """The text of a line between two display columns (wide characters still padded)."""
        line = self.grid[row]
        return line[left:right] if isinstance(line, str) else "".join(line[left:right])

    def scan_right(self, top: int, left: int, bottom: int, right: int) -> Box | None:
        """The cell whose top-left corner is (top, left): along its top border ("-") to each
        "+" in turn, while one leads down to a closing corner."""
        line = self.lines[top]
        col = left + 1
        while (plus := line.find("+", col, right + 1)) >= 0:
            if line[col:plus].strip("-"):
                return None
            found = self.scan_down(top, left, plus, bottom)
            if found is not None:
                return (top, left, found, plus)
            col = plus + 1
        return None

    def scan_down(self, top: int, left: int, right: int, bottom: int) -> int | None:
        column = self.column(right)
        row = top + 1
        while (plus := column.find("+", row, bottom + 1)) >= 0:
            if column[row:plus].strip("|"):
                return None
            if self.closes(top, left, plus, right):
                return plus
            row = plus + 1
        return None

    def closes(self, top: int, left: int, bottom: int, right: int) -> bool:
        """Do the bottom and left borders close the cell?"""
        if self.lines[bottom][left] != "+" or self.lines[bottom][left + 1 : right].strip("+-"):
            return False
        return not self.column(left)[top + 1 : bottom].strip("+|")


def _frame_line(line: Sequence[str]) -> str:
    """A line of display columns as a string of one character per column."""
    return "".join(ch if len(ch) == 1 else JOINED for ch in line)


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


def _cell(frame: _Frame, box: Box, first: int, cell_parser: BlockParser) -> Cell:
    top, left, bottom, right = box
    texts = [frame.text(row, left + 1, right).rstrip() for row in range(top + 1, bottom)]
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
