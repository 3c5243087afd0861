"""`references`: the footnotes, one row each."""

from __future__ import annotations

from pipeline.model import Layout


def reference_records(layout: Layout) -> list[dict[str, object]]:
    doc_id = layout.document.doc_id
    return [
        {
            "doc_id": doc_id,
            "source_line": note.line,
            "extractor": "references.footnote",
            "evidence": note.text,
            "ref_id": note.ref_id,
            "text": note.text,
        }
        for note in sorted(layout.footnotes.values(), key=lambda n: n.ref_id)
    ]
