"""Layout of raw MediaWiki wikitext, parsed with mwparserfromhell.

The wikitext still has what the plain rendering lost: `{{flag|Hungary}}` in the country cell
and `{{dts|1992|06|25}}` in the date cell. Both are rendered to their text here, so the
extractors read the same model from either format. Line numbers are those of the wikitext file:
every node is rendered together with the offset it has in the source.
"""

from __future__ import annotations

import calendar
import re
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import mwparserfromhell
from mwparserfromhell.nodes import (
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from pipeline.errors import InputError
from pipeline.knowledge.vocabulary import normal
from pipeline.layout.blocks import parse_blocks
from pipeline.layout.placing import place
from pipeline.model import (
    Block,
    Cell,
    Document,
    Footnote,
    GridTable,
    Layout,
    Line,
    Row,
)
from pipeline.model import Heading as HeadingBlock

#: markup left open makes mwparserfromhell's tokenizer scan to the end of the text once per
#: opening, so its time grows with the square of the text (earwig/mwparserfromhell#364); a few
#: are harmless, more than this many of one kind is refused before parsing
MAX_UNCLOSED = 20
#: a rowspan or colspan over this is read as this (a typo like rowspan="200" must not make rows)
MAX_SPAN = 50
#: the cells spans may add to a table, per cell written (real tables add well under one)
SPAN_BUDGET = 4
PAIRED = (("{{", "}}"), ("[[", "]]"), ("<!--", "-->"))
TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)\b[^<>]*?(/?)>")
VOID_TAGS = frozenset(
    {"br", "hr", "img", "wbr", "meta", "link", "input", "col", "area", "base", "source", "embed"}
)
TABLE_EDGE = re.compile(r"^[ \t]*(\{\||\|\})", re.M)
UNCLOSED_TABLE = re.compile(r"^[ \t]*\{\|", re.M)
#: an external link opens with "[http://" and closes with "]" on the same line
EXTERNAL_EDGE = re.compile(r"\[(?:https?:)?//|\]|\n")

#: what a template name stands for (the vocabulary's `template` group, whose header lists the
#: roles); names are looked up as `normal` writes them
Templates = Mapping[str, str]
SKIPPED_LINKS = re.compile(r"^(category|file|image):", re.I)
MONTHS = list(calendar.month_name)[1:]


@dataclass
class _Refs:
    """Footnotes in order of first appearance; named refs keep one id."""

    by_name: dict[str, int] = field(default_factory=dict)
    notes: dict[int, Footnote] = field(default_factory=dict)
    count: int = 0

    def note(self, text: str, line: int) -> int:
        """An explanatory note ({{efn}}): a footnote of its own, numbered with the refs."""
        self.count += 1
        self.notes[self.count] = Footnote(self.count, " ".join(text.split()), line)
        return self.count

    def cite(self, tag: Tag, line: int, render: _Renderer) -> int:
        name = str(tag.get("name").value).strip() if tag.has("name") else None
        if name and name in self.by_name:
            ref_id = self.by_name[name]
        else:
            self.count += 1
            ref_id = self.count
            if name:
                self.by_name[name] = ref_id
        if tag.contents and str(tag.contents).strip() and ref_id not in self.notes:
            text = " ".join(render.text(tag.contents, 0).split())
            self.notes[ref_id] = Footnote(ref_id, text, line)
        return ref_id


class _Renderer:
    """Wikicode -> plain text, as (text, source offset) pieces."""

    def __init__(self, source: str, templates: Templates) -> None:
        self.source = source
        self.templates = templates
        self.refs = _Refs()
        #: what could not be read as written, as "line N: ..." (warnings, never errors)
        self.notices: list[str] = []
        self._newlines = [i for i, ch in enumerate(source) if ch == "\n"]

    def line_of(self, offset: int) -> int:
        import bisect

        return bisect.bisect_right(self._newlines, offset - 1) + 1

    def text(self, code: Wikicode, base: int) -> str:
        return "".join(t for t, _ in self.pieces(code, base))

    def pieces(self, code: Wikicode, base: int) -> Iterable[tuple[str, int]]:
        offset = base
        after_marker = False
        for node in code.nodes:
            raw = str(node)
            if after_marker and isinstance(node, Text):
                stripped = node.value.lstrip(" ")
                yield stripped, offset + len(node.value) - len(stripped)
            else:
                yield from self._node(node, offset)
            offset += len(raw)
            after_marker = isinstance(node, Tag) and _is_list(node)

    def _node(self, node: Node, offset: int) -> Iterable[tuple[str, int]]:
        if isinstance(node, Text):
            yield node.value, offset
        elif isinstance(node, Wikilink):
            title = str(node.title).strip()
            if not SKIPPED_LINKS.match(title):
                shown = node.text if node.text is not None else node.title
                yield self.text(shown, offset), offset
        elif isinstance(node, ExternalLink):
            if node.title is not None:
                yield self.text(node.title, offset), offset
        elif isinstance(node, HTMLEntity):
            yield node.normalize(), offset
        elif isinstance(node, Template):
            yield self._template(node, offset), offset
        elif isinstance(node, Tag):
            yield from self._tag(node, offset)
        elif isinstance(node, Comment | Heading):
            return

    def _tag(self, tag: Tag, offset: int) -> Iterable[tuple[str, int]]:
        name = str(tag.tag).lower()
        if name == "ref":
            yield f"[{self.refs.cite(tag, self.line_of(offset), self)}]", offset
        elif _is_list(tag):
            yield ("-   " if tag.wiki_markup in ("*", ":", ";") else "1.  "), offset
        elif name == "br":
            yield "\n", offset
        elif name == "references":
            if tag.contents is not None:  # list-defined refs: their texts, cited by name above
                inner = str(tag).find(str(tag.contents)) if str(tag.contents) else 0
                self.text(tag.contents, offset + max(inner, 0))
        elif name in ("gallery", "math", "table"):
            return
        elif tag.contents is not None:
            inner = str(tag).find(str(tag.contents)) if str(tag.contents) else 0
            yield from self.pieces(tag.contents, offset + max(inner, 0))

    def _template(self, tpl: Template, offset: int) -> str:
        name = normal(str(tpl.name).replace("_", " "))
        at = _param_offsets(tpl, offset)
        args = [self._arg(p.value, at[i]) for i, p in enumerate(tpl.params) if not p.showkey]
        role = self.templates.get(name)
        if role is None and name.startswith("lang "):
            role = "inline"
        if role is None and (name.startswith("cite") or name == "citation"):
            return _citation(tpl)
        if role is None:
            # a template we do not know: its words stay in the text (the evidence), only the
            # markup goes; one with named arguments only (a maintenance tag) says nothing
            return " ".join(a for a in args if a)
        if role == "flag":
            return args[0] if args else ""
        if role == "date":
            return _date(args)
        if role == "sort":
            return args[-1] if args else ""
        if role == "sortname":
            return " ".join(args[:2])
        if role == "see":
            return "See " + ", ".join(args) if args else ""
        if role == "inline":
            return args[-1] if args else ""
        if role == "first":
            return args[0] if args else ""
        if role == "as-of":
            return "As of " + _date(args) if args else ""
        if role == "note" and args:
            return f"[{self.refs.note(args[-1], self.line_of(offset))}]"
        if role == "space":
            return " "
        if role == "dash":
            return " – "
        if role == "reflist" and tpl.has("refs"):  # list-defined refs, cited by name above
            refs = next(i for i, p in enumerate(tpl.params) if str(p.name).strip() == "refs")
            self.text(tpl.params[refs].value, at[refs])
        return ""  # icon, notelist, reflist, drop

    def _arg(self, value: Wikicode, offset: int) -> str:
        """A template argument as text: nested templates, links and refs rendered."""
        return self.text(value, offset).strip()


def _param_offsets(tpl: Template, offset: int) -> list[int]:
    """The source offset of each parameter's value (so a ref inside one has its own line)."""
    raw = str(tpl)
    cursor = len(str(tpl.name)) + 2
    found: list[int] = []
    for param in tpl.params:
        start = raw.find(str(param), cursor)
        start = cursor if start < 0 else start
        value = raw.find(str(param.value), start) if param.showkey else start
        found.append(offset + (start if value < 0 else value))
        cursor = start + len(str(param))
    return found


def _is_list(tag: Tag) -> bool:
    return tag.wiki_markup in ("*", "#", ":", ";")


def _date(args: list[str]) -> str:
    """{{dts|1992|06|25}}, {{dts|1992|June|25}}, {{dts|1992|6}}, {{dts|19 March 2010}} as text
    the date reader reads ("25 June 1992")."""
    if len(args) >= 2 and args[0].lstrip("-").isdigit():
        month = _month(args[1])
        if month is not None:
            if len(args) >= 3 and args[2].isdigit():
                return f"{int(args[2])} {month} {args[0]}"
            return f"{month} {args[0]}"
    return " ".join(args[:1])


def _month(text: str) -> str | None:
    if text.isdigit():
        return MONTHS[int(text) - 1] if 1 <= int(text) <= 12 else None
    found = [m for m in MONTHS if m.lower().startswith(text.lower())] if len(text) >= 3 else []
    return found[0] if len(found) == 1 else None


def _citation(tpl: Template) -> str:
    parts = []
    for key in ("title", "work", "newspaper", "website", "publisher", "date"):
        if tpl.has(key):
            value = " ".join(str(tpl.get(key).value).split())
            if value:
                parts.append(value)
    return ". ".join(parts)


def _lines(pieces: Iterable[tuple[str, int]], render: _Renderer) -> list[Line]:
    """Rendered pieces -> numbered lines (each numbered by the source line it starts on)."""
    lines: list[Line] = []
    current: list[str] = []
    start: int | None = None
    for text, offset in pieces:
        position = offset
        for k, part in enumerate(text.split("\n")):
            if k > 0:
                lines.append(
                    Line(render.line_of(start if start is not None else position), "".join(current))
                )
                current, start = [], None
            if part and start is None:
                start = position
            current.append(part)
            position += len(part) + 1
    if current:
        lines.append(Line(render.line_of(start or 0), "".join(current)))
    return lines


def open_markup(text: str) -> tuple[str, int, int] | None:
    """The first kind of markup left open more than `MAX_UNCLOSED` times, as (markup, how
    many, offset of the first left open); found in one linear pass per kind."""
    for markup, left in left_open(text):
        if len(left) > MAX_UNCLOSED:
            return markup, len(left), left[0]
    return None


def left_open(text: str) -> list[tuple[str, list[int]]]:
    """Each kind of markup with the offsets of its openings never closed."""
    found: list[tuple[str, list[int]]] = []
    for opening, closing in PAIRED:
        pattern = re.compile(f"{re.escape(opening)}|{re.escape(closing)}")
        found.append((opening, _unmatched(pattern.finditer(text), opening)))
    found.append(("{|", _unmatched(TABLE_EDGE.finditer(text), "{|", group=1)))
    by_tag: dict[str, list[int]] = {}
    for m in TAG.finditer(text):
        name = m.group(2).lower()
        if name in VOID_TAGS or m.group(3):
            continue
        stack = by_tag.setdefault(name, [])
        if not m.group(1):
            stack.append(m.start())
        elif stack:
            stack.pop()
    found.extend((f"<{name}>", stack) for name, stack in sorted(by_tag.items()))
    found.append(("[http", _unclosed_links(text)))
    return found


def _unclosed_links(text: str) -> list[int]:
    """Offsets of the external links whose line ends before their "]"."""
    left: list[int] = []
    stack: list[int] = []
    for m in EXTERNAL_EDGE.finditer(text):
        if m.group() == "\n":
            left.extend(stack)
            stack.clear()
        elif m.group() == "]":
            if stack:
                stack.pop()
        else:
            stack.append(m.start())
    return left + stack


def _unmatched(matches: Iterable[re.Match[str]], opening: str, group: int = 0) -> list[int]:
    """Offsets of the openings no closing matched, in a stream of openings and closings."""
    stack: list[int] = []
    for m in matches:
        if m.group(group) == opening:
            stack.append(m.start())
        elif stack:
            stack.pop()
    return stack


def wikitext_layout(document: Document, templates: Templates) -> Layout:
    """`templates`: what each template name stands for (see `Templates`)."""
    unclosed = left_open(document.text)
    broken = open_markup(document.text)
    if broken is not None:
        markup, count, first = broken
        raise InputError(
            document.path,
            f"{count:,} '{markup}' never closed (the first here); wikitext this broken is not "
            "read: close or remove them",
            document.text.count("\n", 0, first) + 1,
        )
    code = mwparserfromhell.parse(document.text)
    render = _Renderer(document.text, templates)
    for markup, offsets in unclosed:
        if markup != "{|":  # an unclosed table is an error, below
            render.notices.extend(
                f"line {render.line_of(at)}: '{markup}' is never closed; read as text"
                for at in offsets
            )
    blocks: list[Block] = []
    pending: list[tuple[Node, int]] = []

    def flush() -> None:
        if pending:
            text_pieces = [p for node, off in pending for p in render._node(node, off)]
            for node, off in pending:
                unclosed = UNCLOSED_TABLE.search(str(node))
                if unclosed:
                    raise InputError(
                        document.path,
                        "a table opened with {| is never closed with |}; close it",
                        render.line_of(off + unclosed.start()),
                    )
            blocks.extend(parse_blocks(_lines(text_pieces, render), None, headings=False))
            pending.clear()

    offset = 0
    for node in code.nodes:
        raw = str(node)
        if isinstance(node, Heading):
            flush()
            title = " ".join(render.text(node.title, offset).split())
            blocks.append(HeadingBlock(title, node.level, render.line_of(offset)))
        elif isinstance(node, Tag) and str(node.tag).lower() == "table":
            flush()
            blocks.append(_table(node, offset, render))
        else:
            pending.append((node, offset))
        offset += len(raw)
    flush()
    notices = tuple(sorted(render.notices, key=_notice_line))
    return Layout(document, place(blocks), dict(sorted(render.refs.notes.items())), notices)


def _notice_line(notice: str) -> int:
    return int(notice.split(":", 1)[0].removeprefix("line "))


@dataclass(frozen=True, slots=True)
class _Spanned:
    """A cell as written, with how many rows and columns it covers."""

    cell: Cell
    rows: int = 1
    cols: int = 1


def _table(table: Tag, offset: int, render: _Renderer) -> GridTable:
    source = str(table)
    cursor = 0
    header: list[tuple[list[_Spanned], int]] = []
    rows: list[tuple[list[_Spanned], int]] = []
    loose: list[_Spanned] = []  # header cells written before the first |- line
    loose_line = 0
    loose_header = True
    for node in table.contents.nodes:
        if not isinstance(node, Tag):
            continue
        name = str(node.tag).lower()
        pos = source.find(str(node), cursor)
        cursor = pos + len(str(node))
        if name in ("th", "td"):
            loose_line = loose_line or render.line_of(offset + pos)
            loose.append(_spanned(node, offset + pos, render))
            loose_header = loose_header and name == "th"
        elif name == "tr":
            cells, all_th = _row_cells(node, offset + pos, render)
            if cells:
                line = render.line_of(offset + pos)
                (header if all_th and not rows else rows).append((cells, line))
    if loose:
        (header if loose_header else rows).insert(0, (loose, loose_line))
    head_rows, head_over = _unspan(header)
    body_rows, body_over = _unspan(rows)
    for over in (head_over, body_over):
        if over is not None:
            render.notices.append(
                f"line {over}: more rowspan and colspan than the table has cells; from here "
                "spans are read as 1"
            )
    width = max((len(r.cells) for r in head_rows), default=0)
    for row in body_rows:
        if width and len(row.cells) > width:
            render.notices.append(
                f"line {row.line}: a table row of {len(row.cells)} cells where the header has "
                f"{width}; the extra cells are kept"
            )
    end = render.line_of(offset + len(source) - 1)
    first = head_rows[0] if head_rows else body_rows[0] if body_rows else None
    widths = tuple(1 for _ in (first.cells if first else ()))
    return GridTable(tuple(head_rows), tuple(body_rows), render.line_of(offset), end, widths)


def _unspan(
    written: list[tuple[list[_Spanned], int]], per_cell: int = SPAN_BUDGET
) -> tuple[list[Row], int | None]:
    """Rows as a grid: a cell spanning rows is in each row it spans, one spanning columns is
    followed by empty cells, so that column k of every row is the header's column k.

    The cells spans add are bounded (`per_cell` per written cell): past that, spans are
    read as 1 and the line where that began is returned, so that a table of huge spans
    cannot make a grid many times the size of its text."""
    budget = per_cell * (sum(len(cells) for cells, _ in written) + 1)
    over: int | None = None
    carried: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows it still covers)
    out: list[Row] = []
    for cells, line in written:
        row: list[Cell] = []
        queue = deque(cells)
        while queue or any(col >= len(row) for col in carried):
            col = len(row)
            if col in carried:
                cell, left = carried.pop(col)
                row.append(cell)
                if left > 1:
                    carried[col] = (cell, left - 1)
                continue
            if not queue:
                row.append(Cell("", line, line))  # a gap before a cell carried further right
                continue
            spanned = queue.popleft()
            rows, cols = spanned.rows, spanned.cols
            if (rows - 1 + cols - 1 + (rows - 1) * (cols - 1)) > budget:
                over = over or spanned.cell.line
                rows, cols = 1, 1
            budget -= rows * cols - 1
            for k in range(cols):
                if k and col + k in carried:
                    break  # spans that overlap (a table error): the one from above keeps its place
                cell = spanned.cell if k == 0 else Cell("", spanned.cell.line, spanned.cell.line)
                row.append(cell)
                if rows > 1:
                    carried[col + k] = (cell, rows - 1)
        own = [c.cell for c in cells]
        out.append(
            Row(tuple(row), min(c.line for c in own), max(c.end_line for c in row + own))
            if own
            else Row(tuple(row), line, line)
        )
    return out, over


def _row_cells(tr: Tag, offset: int, render: _Renderer) -> tuple[list[_Spanned], bool]:
    source = str(tr)
    cursor = 0
    cells: list[_Spanned] = []
    all_th = True
    for node in tr.contents.nodes:
        if isinstance(node, Tag) and str(node.tag).lower() in ("th", "td"):
            pos = source.find(str(node), cursor)
            cursor = pos + len(str(node))
            cells.append(_spanned(node, offset + pos, render))
            all_th = all_th and str(node.tag).lower() == "th"
    return cells, all_th


def _spanned(node: Tag, offset: int, render: _Renderer) -> _Spanned:
    return _Spanned(_cell(node, offset, render), _span(node, "rowspan"), _span(node, "colspan"))


def _span(node: Tag, attribute: str) -> int:
    """A cell's rowspan or colspan; a missing or unreadable one is 1, a huge one is capped."""
    if not node.has(attribute):
        return 1
    digits = re.match(r"\s*[\"']?\s*(\d+)", str(node.get(attribute).value))
    return min(max(int(digits.group(1)), 1), MAX_SPAN) if digits else 1


def _cell(node: Tag, offset: int, render: _Renderer) -> Cell:
    raw = str(node)
    inner = raw.rfind(str(node.contents)) if str(node.contents) else len(raw)
    base = offset + max(inner, 0)
    lines = [
        Line(ln.number, ln.text.strip() if not ln.text.startswith("-   ") else ln.text)
        for ln in _lines(render.pieces(node.contents, base), render)
    ]
    kept = [ln for ln in lines if ln.text.strip()]
    top = render.line_of(base)
    if not kept:
        return Cell("", top, top)
    blocks = parse_blocks(kept, None, headings=False)
    return Cell("\n".join(ln.text for ln in kept), kept[0].number, kept[-1].number, tuple(blocks))
