"""All the facts of one document: read -> layout -> analysis -> extract -> resolve.

`Extractors` (`pipeline.families.extractors`) holds what is built once per process (knowledge,
the entity spotter, the rule engine). `extract_analysis` makes what the layers below give every
family once, every family's readings of the document included (`pipeline.families.readings`),
and then runs each fact family's step (`pipeline.families.steps`), which only resolves, in the
order the families' declarations give (`schemas.families`: the rows' counterparts, then the
missions, then the relations whose status the missions imply, ...), each seeing only what it
declares it requires.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from pipeline.analysis.document import DocumentAnalysis
from pipeline.errors import shown
from pipeline.families.extractors import Extractors
from pipeline.families.readings import given
from pipeline.families.steps import STEPS
from pipeline.family_run import run_families
from pipeline.formats import build_layout, read_document
from pipeline.model import Layout
from pipeline.records import Record, RelationRecord, with_fact_ids
from pipeline.resolve.codes import Row, coded_row
from schemas.names import FACT_TABLES

__all__ = [
    "Extractors",
    "Tables",
    "extract_analysis",
    "extract_document",
    "extract_layout",
    "table_rows",
]

Tables = dict[str, list[Record]]


def extract_document(
    path: Path, ex: Extractors, max_bytes: int | None = None, raw: bytes | None = None
) -> tuple[Tables, list[str]]:
    """Every table's records for one document, and warnings about it (not errors); from `raw`,
    the file's bytes, when given."""
    document = read_document(path, ex.knowledge.gazetteer, max_bytes, raw)
    layout = build_layout(document, ex.knowledge.vocabulary)
    analysis = ex.analyzer.analyse(layout)
    tables = extract_analysis(analysis, ex)
    rows = len(tables["relations"]) - sum(
        1 for r in tables["relations"] if isinstance(r, RelationRecord) and r.table_index is None
    )
    notices = [f"{shown(path)}: {n}" for n in layout.notices + analysis.notices]
    return tables, notices + _warnings(layout, path, rows)


def table_rows(tables: Tables, ex: Extractors) -> dict[str, list[Row]]:
    """Every table's records as plain rows, each country code followed by its COW and GW codes."""
    codes = ex.knowledge.codes
    return {name: [coded_row(r, codes) for r in records] for name, records in tables.items()}


def extract_layout(layout: Layout, ex: Extractors) -> Tables:
    return extract_analysis(ex.analyzer.analyse(layout), ex)


def extract_analysis(analysis: DocumentAnalysis, ex: Extractors) -> Tables:
    """Every table's records from an analysed document: every family's readings made once
    (`pipeline.families.readings`), then each fact family's step run in the order the
    families' declarations give (`pipeline.family_run`), then the fact ids."""
    made = run_families(STEPS, given(analysis, ex))
    return {name: with_fact_ids(name, cast(list[Record], made[name])) for name in FACT_TABLES}


def _warnings(layout: Layout, path: Path, row_count: int) -> list[str]:
    tables = layout.tables()
    if not tables:
        return [f"{shown(path)}: no grid tables; only prose facts are extracted"]
    if not row_count:
        return [f"{shown(path)}: no relations table among its {len(tables)} tables"]
    return []
