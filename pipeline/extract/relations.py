"""`relations`: one row per body row of every relations table.

This module only reads what the row says (its cells, its footnote citations, where it is);
who the counterpart is gets decided in `pipeline.resolve.counterpart`, and when relations began
in `pipeline.extract.began`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.missions import MissionClaim
from pipeline.extract.sentences import LocatedSentence
from pipeline.extract.tables import TableRoles, classify
from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from pipeline.layout.footnotes import cited
from pipeline.model import BulletList, Cell, GridTable, Layout, Paragraph, Row


@dataclass(slots=True)
class RelationRow:
    doc_id: str
    subject_iso3: str | None
    region: str | None
    section: str
    table_index: int | None
    row_index: int
    source_line: int
    end_line: int
    table_kind: str
    table_header: str
    cells: list[str]
    country_text: str | None
    began_text: str | None
    notes_text: str | None
    ref_ids: list[int]
    row: Row = field(repr=False)
    entity_column: int | None = None
    sentences: list[LocatedSentence] = field(default_factory=list, repr=False)
    claims: list[MissionClaim] = field(default_factory=list, repr=False)
    sentence_claims: list[list[MissionClaim]] = field(default_factory=list, repr=False)
    counterpart_iso3: str | None = None
    counterpart_name: str | None = None
    counterpart_org_id: str | None = None
    counterpart_kind: str | None = None
    counterpart_method: str | None = None
    counterpart_evidence: str | None = None
    counterpart_candidates: list[str] = field(default_factory=list)

    @property
    def evidence(self) -> str:
        return " | ".join(" ".join(c.split()) for c in self.cells)


def relation_rows(layout: Layout) -> list[RelationRow]:
    """Every body row of every bilateral or multilateral table, in document order."""
    out: list[RelationRow] = []
    for table_index, table, section in layout.tables():
        roles = classify(table)
        if roles.kind == "other":
            continue
        for row_index, row in enumerate(table.rows, start=1):
            out.append(_row(layout, table, table_index, section, roles, row_index, row))
    return out


def _row(
    layout: Layout,
    table: GridTable,
    table_index: int,
    section: tuple[str, ...],
    roles: TableRoles,
    row_index: int,
    row: Row,
) -> RelationRow:
    texts = row.texts()
    doc = layout.document
    return RelationRow(
        doc_id=doc.doc_id,
        subject_iso3=doc.subject_iso3,
        region=section[-1] if section else None,
        section=" > ".join(section),
        table_index=table_index,
        row_index=row_index,
        source_line=row.line,
        end_line=row.end_line,
        table_kind=roles.kind,
        table_header=" | ".join(" ".join(h.split()) for h in table.header_texts),
        cells=texts,
        country_text=_cell(texts, roles.entity),
        began_text=_cell(texts, roles.began),
        notes_text=_cell(texts, roles.notes),
        ref_ids=cited("\n".join(texts)),
        row=row,
        entity_column=roles.entity,
    )


#: headings and lead-ins of the lists of states the subject has no relations with
NO_RELATIONS = re.compile(
    r"\bno\s+(?:formal\s+|diplomatic\s+)*relations\b|\bnot\s+(?:yet\s+)?established\b|"
    r"\bwithout\s+(?:formal\s+|diplomatic\s+)*relations\b|\bhas(?:n't| not)\s+(?:yet\s+)?"
    r"established\b|\bnever\s+established\b",
    re.I,
)


def no_relation_rows(layout: Layout) -> list[RelationRow]:
    """Items of the lists of states the subject has no relations with ("No relations")."""
    out: list[RelationRow] = []
    doc = layout.document
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
            cell = Cell(item.text, item.line, item.line)
            out.append(
                RelationRow(
                    doc_id=doc.doc_id,
                    subject_iso3=doc.subject_iso3,
                    region=placed.section[-1] if placed.section else None,
                    section=" > ".join(placed.section),
                    table_index=None,
                    row_index=index,
                    source_line=item.line,
                    end_line=item.line,
                    table_kind="no-relations-list",
                    table_header="",
                    cells=[item.text],
                    country_text=item.text,
                    began_text=None,
                    notes_text=None,
                    ref_ids=cited(item.text),
                    row=Row((cell,), item.line, item.line),
                    entity_column=0,
                )
            )
    return out


def _cell(texts: list[str], index: int | None) -> str | None:
    if index is None or index >= len(texts):
        return None
    return texts[index]


def country_cell_name(text: str | None) -> str | None:
    """The country cell without footnote markers and markup, or None when it is empty."""
    if not text:
        return None
    cleaned = " ".join(FOOTNOTE_MARK.sub(" ", text).replace("_", " ").split()).strip(" ,;*")
    return cleaned or None
