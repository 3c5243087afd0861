"""Property: any grid table pandoc could write parses back into the same cells and lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import grid, layout_of

# letters of the scripts the corpus holds, digits, punctuation; no grid characters
ALPHABET = st.sampled_from(
    list("abcXYZ019 .,;:()–-'\"[]") + list("éøçşə") + list("БжЮя") + list("國家재외")
)
LINE = st.text(ALPHABET, min_size=1, max_size=12).map(str.strip).filter(bool)
CELL = st.lists(st.one_of(LINE, st.just("")), min_size=0, max_size=3).map(
    lambda lines: _trim(lines)
)


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[0]:
        lines = lines[1:]
    while lines and not lines[-1]:
        lines = lines[:-1]
    return lines


@st.composite
def tables(draw):
    ncols = draw(st.integers(1, 5))
    nrows = draw(st.integers(1, 5))
    header = draw(st.booleans())
    rows = [[draw(CELL) for _ in range(ncols)] for _ in range(nrows + header)]
    return header, rows


def render(header: bool, rows: list[list[list[str]]]) -> tuple[str, list[int]]:
    """Grid text, and the 1-based line of each body row's first content line."""
    text = grid(rows, header)
    starts, line = [], 2
    for i, row in enumerate(rows):
        if not (header and i == 0):
            starts.append(line)
        line += max(1, *(len(cell) for cell in row)) + 1
    return text, starts


@settings(max_examples=150, deadline=None)
@given(tables())
def test_generated_grid_table_parses_back(table):
    header, rows = table
    text, starts = render(header, rows)
    (parsed,) = [t for _, t, _ in layout_of(text).tables()]
    body = rows[1:] if header else rows
    assert [[c.text for c in r.cells] for r in parsed.rows] == [
        ["\n".join(cell) for cell in row] for row in body
    ]
    if header:
        assert [c.text for c in parsed.header[0].cells] == ["\n".join(cell) for cell in rows[0]]
    else:
        assert parsed.header == ()
    assert [r.line for r in parsed.rows] == starts
