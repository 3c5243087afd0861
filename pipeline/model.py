"""The typed document model shared by every stage.

A `Document` is what the read stage produced; a `Layout` is the same text cut into blocks
(headings, paragraphs, bullet lists, grid tables) and footnotes. Every block keeps the 1-based
line numbers of the input file so that each fact can point back to where it was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: the name of a declared input format (`pipeline.formats`): "plain", "wikitext", ...
Format = str


@dataclass(frozen=True, slots=True)
class Document:
    """One input article, decoded and fingerprinted."""

    doc_id: str
    path: str
    text: str
    sha256: str
    format: Format
    subject_name: str
    subject_iso3: str | None

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def line_count(self) -> int:
        return self.text.count("\n") + (0 if self.text.endswith("\n") else 1)


@dataclass(frozen=True, slots=True)
class Line:
    """A line of text and where it came from (1-based)."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int
    line: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Consecutive non-blank lines of running text, joined with spaces."""

    text: str
    line: int
    end_line: int
    quote: bool = False
    # 1-based input line of each joined line, with its start offset in `text`
    line_starts: tuple[tuple[int, int], ...] = ()

    def line_at(self, offset: int) -> int:
        """Input line holding character `offset` of `text`."""
        number = self.line
        for start, line_no in self.line_starts:
            if start > offset:
                break
            number = line_no
        return number


@dataclass(frozen=True, slots=True)
class ListItem:
    text: str
    line: int
    level: int
    marker: str
    children: tuple[ListItem, ...] = ()

    def walk(self) -> list[ListItem]:
        """This item and its descendants, depth first."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[ListItem, ...]
    line: int
    end_line: int
    ordered: bool = False

    def walk(self) -> list[ListItem]:
        out: list[ListItem] = []
        for item in self.items:
            out.extend(item.walk())
        return out


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its raw lines and the blocks they hold."""

    text: str
    line: int
    end_line: int
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    line: int
    end_line: int

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@dataclass(frozen=True, slots=True)
class GridTable:
    header: tuple[Row, ...]
    rows: tuple[Row, ...]
    line: int
    end_line: int
    widths: tuple[int, ...]

    @property
    def header_texts(self) -> list[str]:
        """Header cell texts; multi-row headers are joined column-wise."""
        if not self.header:
            return []
        cols = len(self.header[0].cells)
        return [
            " ".join(r.cells[i].text for r in self.header if i < len(r.cells) and r.cells[i].text)
            for i in range(cols)
        ]


Block = Heading | Paragraph | BulletList | GridTable


@dataclass(frozen=True, slots=True)
class Footnote:
    ref_id: int
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Placed:
    """A top-level block with the section headings that enclose it."""

    block: Block
    section: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    document: Document
    blocks: tuple[Placed, ...]
    footnotes: dict[int, Footnote] = field(default_factory=dict)
    #: what the layout could not read as written ("line N: ..."): warnings, never errors
    notices: tuple[str, ...] = ()

    def tables(self) -> list[tuple[int, GridTable, tuple[str, ...]]]:
        """Every grid table with its 1-based index in the document and its section path."""
        found = [(p.block, p.section) for p in self.blocks if isinstance(p.block, GridTable)]
        return [(i, t, s) for i, (t, s) in enumerate(found, start=1)]
