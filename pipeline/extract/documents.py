"""`documents`: one row per input, with what the run saw of it."""

from __future__ import annotations

from pathlib import Path

from pipeline.model import Layout


def document_record(layout: Layout, relation_rows: int) -> dict[str, object]:
    doc = layout.document
    return {
        "doc_id": doc.doc_id,
        "file_name": Path(doc.path).name,
        "format": doc.format,
        "sha256": doc.sha256,
        "line_count": doc.line_count,
        "subject_name": doc.subject_name,
        "subject_iso3": doc.subject_iso3,
        "table_count": len(layout.tables()),
        "relation_rows": relation_rows,
        "footnote_count": len(layout.footnotes),
    }
