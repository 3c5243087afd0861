"""Cut numbered lines of pandoc-style plain text into blocks.

The rendering marks structure only by layout: a heading is a short line standing alone between
blank lines (two blank lines before it for a top-level section), a bullet is `-   `, an ordered
item `1.  `, a quotation is indented by four spaces, a grid table starts with `+-`.
The same parser reads the content of table cells (without headings).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.model import Block, BulletList, GridTable, Heading, Line, ListItem, Paragraph

ITEM = re.compile(r"^(?P<indent> *)(?P<marker>[-*+•]|\d{1,3}[.)])(?P<gap> +)(?P<text>\S.*)$")
GRID_START = re.compile(r"^\+[-=]")
NEVER = re.compile(r"(?!)")
#: a heading never ends like a sentence, a citation or a clause
HEADING_END = re.compile(r"[.:;,!?\]\)\"”]$")
MAX_HEADING = 100
#: lists nest at most this deep; deeper items are kept as items of the deepest level (real
#: articles nest three or four levels; hundreds would only exhaust the stack)
MAX_LIST_DEPTH = 16

TableParser = Callable[[Sequence[Line]], GridTable]


def parse_blocks(
    lines: Sequence[Line],
    table_parser: TableParser | None,
    *,
    headings: bool = True,
) -> list[Block]:
    """Blocks of `lines` in order. `table_parser` turns a grid table's lines into a table;
    without one (wikitext, whose tables are parsed from its markup) a `+-` line is text."""
    blocks: list[Block] = []
    i, n, blanks = 0, len(lines), 2
    grid_start = GRID_START if table_parser is not None else NEVER
    while i < n:
        text = lines[i].text
        if not text.strip():
            blanks += 1
            i += 1
            continue
        if table_parser is not None and GRID_START.match(text):
            j = _end_of(lines, i, lambda t: bool(t) and t[0] in "+|")
            blocks.append(table_parser(lines[i:j]))
        elif ITEM.match(text):
            j = _end_of_list(lines, i)
            blocks.append(_bullet_list(lines[i:j]))
        elif headings and _is_heading(lines, i):
            j = i + 1
            blocks.append(Heading(text.strip(), 2 if blanks >= 2 else 3, lines[i].number))
        elif text.startswith("    "):
            j = _end_of(lines, i, lambda t: t.startswith("    ") and not ITEM.match(t))
            blocks.append(_paragraph(lines[i:j], quote=True))
        else:
            j = _end_of(
                lines,
                i,
                lambda t: bool(t.strip()) and not ITEM.match(t) and not grid_start.match(t),
            )
            blocks.append(_paragraph(lines[i:j]))
        blanks = 0
        i = j
    return blocks


def _end_of(lines: Sequence[Line], start: int, keep: Callable[[str], bool]) -> int:
    j = start + 1
    while j < len(lines) and keep(lines[j].text):
        j += 1
    return j


def _is_heading(lines: Sequence[Line], i: int) -> bool:
    text = lines[i].text.strip()
    alone = i + 1 >= len(lines) or not lines[i + 1].text.strip()
    return (
        alone
        and len(text) <= MAX_HEADING
        and not HEADING_END.search(text)
        and not text.startswith(("[", "Category:", "Foreign_relations_of"))
        and any(ch.isalpha() for ch in text)
        and text.count(",") < 3  # "AsDB, BSEC, CE, CIS, ..." is a list, not a title
        and not lines[i].text.startswith(" ")
    )


def _paragraph(lines: Sequence[Line], quote: bool = False) -> Paragraph:
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    offset = 0
    for line in lines:
        piece = line.text.strip()
        starts.append((offset, line.number))
        parts.append(piece)
        offset += len(piece) + 1
    return Paragraph(" ".join(parts), lines[0].number, lines[-1].number, quote, tuple(starts))


def _end_of_list(lines: Sequence[Line], start: int) -> int:
    """Index after the last line of the list that starts at `start`."""
    j = start + 1
    while j < len(lines):
        text = lines[j].text
        if ITEM.match(text) or (text.strip() and text.startswith(" ")):
            j += 1
            continue
        if not text.strip():
            k = j
            while k < len(lines) and not lines[k].text.strip():
                k += 1
            nxt = lines[k].text if k < len(lines) else ""
            if k - j == 1 and (ITEM.match(nxt) or nxt.startswith("    ")):
                j = k
                continue
        break
    return j


def _bullet_list(lines: Sequence[Line]) -> BulletList:
    """Nest items by indentation; non-item lines continue the item above them."""
    roots: list[_Draft] = []
    stack: list[_Draft] = []
    ordered = False
    for line in lines:
        m = ITEM.match(line.text)
        if m:
            indent = len(m.group("indent"))
            while stack and indent < stack[-1].content_indent:
                stack.pop()
            marker = m.group("marker")
            ordered = ordered or marker[0].isdigit()
            draft = _Draft(
                [m.group("text").strip()],
                line.number,
                len(stack),
                marker,
                indent + len(marker) + len(m.group("gap")),
            )
            if len(stack) >= MAX_LIST_DEPTH:
                stack.pop()
                draft.level = len(stack)
            (stack[-1].children if stack else roots).append(draft)
            stack.append(draft)
        elif line.text.strip() and stack:
            indent = len(line.text) - len(line.text.lstrip(" "))
            while len(stack) > 1 and indent < stack[-1].content_indent:
                stack.pop()
            stack[-1].parts.append(line.text.strip())
    items = tuple(d.freeze() for d in roots)
    return BulletList(items, lines[0].number, _last_nonblank(lines), ordered)


def _last_nonblank(lines: Sequence[Line]) -> int:
    for line in reversed(lines):
        if line.text.strip():
            return line.number
    return lines[0].number


class _Draft:
    __slots__ = ("children", "content_indent", "level", "line", "marker", "parts")

    def __init__(
        self, parts: list[str], line: int, level: int, marker: str, content_indent: int
    ) -> None:
        self.parts = parts
        self.line = line
        self.level = level
        self.marker = marker
        self.content_indent = content_indent
        self.children: list[_Draft] = []

    def freeze(self) -> ListItem:
        return ListItem(
            " ".join(self.parts),
            self.line,
            self.level,
            self.marker,
            tuple(c.freeze() for c in self.children),
        )
