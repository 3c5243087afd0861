"""The documents family: one row per input, its subject, format, hash and size."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.families.readings import Given
from pipeline.family_run import Made
from pipeline.knowledge import Knowledge
from pipeline.model import Layout
from pipeline.records import DocumentRecord
from schemas.iso3 import historic_iso3_codes, iso3_codes


def step(g: Given, _made: Made) -> dict[str, object]:
    stated = sum(1 for row in g.rows if row.table_kind != "yes-no")
    return {"documents": [_document(g.analysis.layout, stated, g.ex.knowledge)]}


def _document(layout: Layout, relation_rows: int, knowledge: Knowledge) -> DocumentRecord:
    """The document's own row. Where its text came from (revision, URL, licence) is the read
    stage's knowledge, added by the run (`pipeline.sources`)."""
    doc = layout.document
    title = doc.doc_id.replace("_", " ")
    iso3 = doc.subject_iso3
    return DocumentRecord(
        doc_id=doc.doc_id,
        file_name=Path(doc.path).name,
        format=doc.format,
        sha256=doc.sha256,
        line_count=doc.line_count,
        subject_name=doc.subject_name,
        subject_iso3=iso3,
        table_count=len(layout.tables()),
        relation_rows=relation_rows,
        footnote_count=len(layout.footnotes),
        title=title,
        subject_is_state=iso3 is not None
        and iso3 in iso3_codes()
        and knowledge.gazetteer.sovereign(iso3) == iso3,
        past_period=_past_period(title, doc.subject_name, iso3, knowledge),
        source=Path(doc.path).name,
    )


def _past_period(title: str, subject: str, iso3: str | None, knowledge: Knowledge) -> bool:
    """The title goes on after the subject's name with a word that places it in time ("Libya
    under Muammar Gaddafi": vocabulary group `past-period-title`), or the subject is a former
    state (ISO 3166-3, or a former state of the non-country entities)."""
    if iso3 is not None and iso3 in historic_iso3_codes() and iso3 not in iso3_codes():
        return True
    entity = knowledge.gazetteer.non_country(subject)
    if entity is not None and entity.kind == "former-state":
        return True
    at = title.casefold().find(subject.casefold())
    rest = title[at + len(subject) :] if at >= 0 else ""
    words = knowledge.vocabulary.pattern("past-period-title")
    return bool(re.match(rf"\s*(?:{words})\b|\s*\(?\d{{3,4}}\s*[-–]", rest, re.I))
