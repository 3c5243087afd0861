"""Relations rows: one per body row of every relations table and per entry of a "no
relations" list, with what the row itself says (cells, cited footnotes, where it is).

Who the counterpart is gets decided in `pipeline.resolve.counterpart`; when relations began
and where they stand in `pipeline.resolve.relations`, from the readings of
`pipeline.extract.status`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.analysis.document import DocumentAnalysis, RowText, TableText
from pipeline.analysis.entities import Mention
from pipeline.analysis.text import Sentence
from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from pipeline.layout.footnotes import cited
from pipeline.model import BulletList, Paragraph

#: headings and lead-ins of the lists of states the subject has no relations with
NO_RELATIONS = re.compile(
    r"\bno\s+(?:formal\s+|diplomatic\s+)*relations\b|\bnot\s+(?:yet\s+)?established\b|"
    r"\bwithout\s+(?:formal\s+|diplomatic\s+)*relations\b|\bhas(?:n't| not)\s+(?:yet\s+)?"
    r"established\b|\bnever\s+established\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class RelationRow:
    """A row as the document writes it; `sentences` are its analysed sentences."""

    doc_id: str
    region: str | None
    section: str
    table_index: int | None
    row_index: int
    source_line: int
    end_line: int
    table_kind: str
    table_header: str
    cells: tuple[str, ...]
    country_text: str | None
    began_text: str | None
    notes_text: str | None
    ref_ids: tuple[int, ...]
    sentences: tuple[Sentence, ...] = ()
    #: the names the cell (or list item) that names the row's country holds
    name_mentions: tuple[Mention, ...] = ()
    #: the header of the began column
    began_header: str | None = None

    @property
    def evidence(self) -> str:
        return " | ".join(" ".join(c.split()) for c in self.cells)

    @property
    def country_name(self) -> str | None:
        """The country cell without footnote markers and markup, or None when it is empty."""
        if not self.country_text:
            return None
        cleaned = " ".join(FOOTNOTE_MARK.sub(" ", self.country_text).replace("_", " ").split())
        return cleaned.strip(" ,;*") or None

    @property
    def is_empty(self) -> bool:
        """Every cell is empty: the dropped flag was the row's only content. (A cell of footnote
        markers only is not empty: the footnote it cites may name the counterpart.)"""
        return not any(c.strip() for c in self.cells)


def relation_rows(analysis: DocumentAnalysis) -> list[RelationRow]:
    """Every body row of every bilateral or multilateral table, in document order."""
    return [_row(analysis, table, row) for table, row in analysis.rows()]


def _row(analysis: DocumentAnalysis, table: TableText, row: RowText) -> RelationRow:
    texts = row.row.texts()
    roles = table.roles
    return RelationRow(
        doc_id=analysis.layout.document.doc_id,
        region=table.section[-1] if table.section else None,
        section=" > ".join(table.section),
        table_index=table.index,
        row_index=row.row_index,
        source_line=row.row.line,
        end_line=row.row.end_line,
        table_kind=roles.kind,
        table_header=" | ".join(" ".join(h.split()) for h in table.table.header_texts),
        cells=tuple(texts),
        country_text=_cell(texts, roles.entity),
        began_text=_cell(texts, roles.began),
        notes_text=_cell(texts, roles.notes),
        ref_ids=row.ref_ids,
        sentences=row.sentences,
        name_mentions=row.entity_mentions,
        began_header=_cell(list(table.table.header_texts), roles.began),
    )


def no_relation_rows(analysis: DocumentAnalysis) -> list[RelationRow]:
    """Items of the lists of states the subject has no relations with ("No relations")."""
    out: list[RelationRow] = []
    layout = analysis.layout
    items = {p.sentence.line: p.sentence for p in analysis.prose if p.sentence.in_list}
    lead_in = False
    for placed in layout.blocks:
        block = placed.block
        if isinstance(block, Paragraph):
            lead_in = bool(NO_RELATIONS.search(block.text)) and block.text.rstrip(
                " .[]0123456789"
            ).endswith(":")
            continue
        if not isinstance(block, BulletList):
            lead_in = False
            continue
        if not (lead_in or any(NO_RELATIONS.search(h) for h in placed.section)):
            continue
        for index, item in enumerate(block.items, start=1):
            out.append(
                RelationRow(
                    doc_id=layout.document.doc_id,
                    region=placed.section[-1] if placed.section else None,
                    section=" > ".join(placed.section),
                    table_index=None,
                    row_index=index,
                    source_line=item.line,
                    end_line=item.line,
                    table_kind="no-relations-list",
                    table_header="",
                    cells=(item.text,),
                    country_text=item.text,
                    began_text=None,
                    notes_text=None,
                    ref_ids=tuple(cited(item.text)),
                    name_mentions=items[item.line].mentions if item.line in items else (),
                )
            )
    return out


def _cell(texts: list[str], index: int | None) -> str | None:
    if index is None or index >= len(texts):
        return None
    return texts[index]
