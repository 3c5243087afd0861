"""Property: the grid-table reader agrees with docutils' `GridTableParser`, the reference for
the reStructuredText grid syntax pandoc writes, on generated tables with spanning cells, East
Asian wide characters and combining marks."""

from __future__ import annotations

import unicodedata

from docutils.parsers.rst.tableparser import GridTableParser
from docutils.statemachine import StringList
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.layout.grid import PAD, parse_grid
from pipeline.model import Line

LETTERS = list("abcXYZ019 .,;:()–-'\"[]") + list("éøçşə") + list("БжЮя") + list("國家재외")
COMBINED = ["e\u0301", "a\u0308", "n\u0303"]  # letters with a combining mark
WORD = st.lists(st.sampled_from(LETTERS + COMBINED), min_size=1, max_size=8).map("".join)


def width(text: str) -> int:
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


@st.composite
def tables(draw):
    """A grid of rows x columns whose cells may span to the right or down, rendered."""
    ncols, nrows = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    header = nrows > 1 and draw(st.booleans())
    owner = [[None] * ncols for _ in range(nrows)]
    boxes = []
    for r in range(nrows):
        for c in range(ncols):
            if owner[r][c] is not None:
                continue
            right = c + 1
            while right < ncols and owner[r][right] is None and draw(st.integers(0, 3)) == 0:
                right += 1
            down = r + 1
            while (
                down < nrows
                and not (header and down == 1)
                and all(owner[down][k] is None for k in range(c, right))
                and draw(st.integers(0, 3)) == 0
            ):
                down += 1
            for rr in range(r, down):
                for cc in range(c, right):
                    owner[rr][cc] = len(boxes)
            lines = draw(st.lists(st.one_of(WORD, st.just("")), max_size=3))
            boxes.append((r, c, down, right, [ln.strip() for ln in lines]))
    widths = [draw(st.integers(1, 3)) for _ in range(ncols)]
    heights = [draw(st.integers(1, 3)) for _ in range(nrows)]
    for r0, c0, r1, c1, lines in boxes:  # make each cell wide and tall enough for its text
        need = max([width(ln) + 2 for ln in lines] + [3])
        have = sum(widths[c0:c1]) + (c1 - c0 - 1)
        widths[c1 - 1] += max(0, need - have)
        have_rows = sum(heights[r0:r1]) + (r1 - r0 - 1)
        heights[r1 - 1] += max(0, len(lines) - have_rows)
    return render(boxes, widths, heights, header)


def render(boxes, widths, heights, header) -> list[str]:
    xs = [0]
    for w in widths:
        xs.append(xs[-1] + w + 1)
    ys = [0]
    for h in heights:
        ys.append(ys[-1] + h + 1)
    canvas = [[" "] * (xs[-1] + 1) for _ in range(ys[-1] + 1)]
    for r0, c0, r1, c1, _ in boxes:
        top, bottom, left, right = ys[r0], ys[r1], xs[c0], xs[c1]
        for x in range(left, right + 1):
            for y in (top, bottom):
                if canvas[y][x] != "+":
                    canvas[y][x] = "=" if header and y == ys[1] and x not in (left, right) else "-"
        for y in range(top, bottom + 1):
            for x in (left, right):
                if canvas[y][x] != "+":
                    canvas[y][x] = "|"
        for x, y in ((left, top), (right, top), (left, bottom), (right, bottom)):
            canvas[y][x] = "+"
    if header:  # the separator's corners stay "+", its run "="
        canvas[ys[1]] = ["+" if ch == "+" else "=" for ch in canvas[ys[1]]]
    cells = {}
    for r0, c0, _r1, _c1, lines in boxes:
        for k, text in enumerate(lines):
            cells[(ys[r0] + 1 + k, xs[c0] + 2)] = text
    out = []
    for y, row in enumerate(canvas):
        line, x = [], 0
        while x < len(row):
            text = cells.get((y, x))
            if text:
                line.append(text)
                x += width(text)
            else:
                line.append(row[x])
                x += 1
        out.append("".join(line).rstrip())
    return out


def docutils_cells(lines: list[str]):
    block = StringList(lines)
    block.pad_double_width(PAD)
    widths, head, body = GridTableParser().parse(block)
    rows = []
    for row in head + body:
        cells = []
        for spec in row:
            if spec is None:
                continue
            _morerows, _morecols, offset, content = spec
            texts = [t.replace(PAD, "").rstrip() for t in content]
            while texts and not texts[0].strip():
                texts, offset = texts[1:], offset + 1
            while texts and not texts[-1].strip():
                texts = texts[:-1]
            cells.append("\n".join(texts))
        rows.append(cells)
    return tuple(widths), len(head), rows


@settings(max_examples=200, deadline=None)
@given(tables())
def test_reader_agrees_with_docutils(lines):
    widths, head, rows = docutils_cells(lines)
    numbered = [Line(i, text) for i, text in enumerate(lines, start=1)]
    table = parse_grid(numbered, "t.md", lambda _lines: [])
    mine = [[c.text for c in r.cells] for r in (*table.header, *table.rows)]
    assert (table.widths, len(table.header), mine) == (widths, head, rows)
