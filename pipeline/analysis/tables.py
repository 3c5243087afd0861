"""Which grid tables list relations, and what each of their columns holds.

The articles' bilateral tables are headed "Country | Formal relations began | Notes" and a few
dozen variants ("State", "Formal relations established", "# | Country | Date", "Name |
Recognised by the ROC | Notes", a leftover `style=...` column). A table is a relations table
when it has a column naming the counterpart and a column dating or qualifying the relation;
tables of trade figures, opinion polls or mission addresses are not. The header words are the
vocabulary's `table-header` group. A table whose dating column holds only answers ("Name |
Recognised by the ROC | Notes" with "Yes"/"No": the vocabulary's `table-answer` group) says
whether, not since when: its kind is `yes-no`, its rows are read for missions and recognitions
but are not relations rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pipeline.knowledge.vocabulary import Vocabulary
from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from pipeline.model import GridTable

TableKind = Literal["bilateral", "multilateral", "yes-no", "other"]
MARKUP = re.compile(r"^\s*(style|class|data-sort-type|width|align)\s*=", re.I)
WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class TableRoles:
    """Column indexes (0-based) of what a relations table's columns hold."""

    kind: TableKind
    entity: int | None = None
    began: int | None = None
    notes: int | None = None


def classify(table: GridTable, vocabulary: Vocabulary) -> TableRoles:
    header = [_clean(h) for h in table.header_texts]
    if not header:
        return TableRoles("other")

    def starting(role: str) -> re.Pattern[str]:
        return _header_pattern(vocabulary, role, r"^{}\b")

    def containing(role: str) -> re.Pattern[str]:
        return _header_pattern(vocabulary, role, r"\b{}")

    entity = _first(header, starting("entity"))
    org = _first(header, starting("organization"))
    began = _first(header, containing("relation"), skip=(entity, org))
    if began is None:
        began = _first(header, containing("dated"), skip=(entity, org))
    notes = _first(header, starting("notes"))
    if began is None:
        return TableRoles("other")
    if _answers_only(table, began, vocabulary):
        return TableRoles("yes-no", entity, began, notes)
    if org is not None and entity is None:
        return TableRoles("multilateral", org, began, notes)
    if entity is None:
        # "| | Period of recognition |": an unlabeled first column still names the counterpart
        if header[0] == "" or MARKUP.match(header[0]):
            entity = 0
        else:
            return TableRoles("other")
    return TableRoles("bilateral", entity, began, notes)


@cache
def _header_pattern(vocabulary: Vocabulary, role: str, shape: str) -> re.Pattern[str]:
    """The header words of a role in `shape`, compiled once per process (asked five times a
    table: writing out the vocabulary's alternation each time cost more than the matching)."""
    return re.compile(shape.format(vocabulary.pattern("table-header", role)), re.I)


def _answers_only(table: GridTable, column: int, vocabulary: Vocabulary) -> bool:
    """Does the column hold answers ("Yes", "No[62]") in every row that holds anything?"""
    values = [
        " ".join(FOOTNOTE_MARK.sub(" ", row.cells[column].text).split())
        for row in table.rows
        if column < len(row.cells)
    ]
    filled = [v for v in values if WORD.search(v)]
    return bool(filled) and all(vocabulary.value("table-answer", v) for v in filled)


def _clean(header: str) -> str:
    """Header text without leftover wiki attributes (`style="..."| Formal relations began`)."""
    header = " ".join(header.split())
    if MARKUP.match(header) and "|" in header:
        header = header.rsplit("|", 1)[1]
    return header.strip()


def _first(
    header: list[str], pattern: re.Pattern[str], skip: tuple[int | None, ...] = ()
) -> int | None:
    for i, text in enumerate(header):
        if i in skip or MARKUP.match(text):
            continue
        if pattern.search(text):
            return i
    return None
