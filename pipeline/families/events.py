"""The relation_events family: the changes in two states' relations a relations row states."""

from __future__ import annotations

from pipeline.families.readings import Given
from pipeline.families.relations import ROW_STATUS, RowStatus
from pipeline.family_run import Made
from pipeline.records import RelationEventRecord, merged
from pipeline.resolve.relations import relation_events


def step(g: Given, made: Made) -> dict[str, object]:
    stated = made.get(ROW_STATUS)
    return {"relation_events": merged(e for s in stated for e in _events(s, g.subject))}


def _events(stated: RowStatus, subject: str | None) -> list[RelationEventRecord]:
    """The events between the row's two states that the row states."""
    row, cp = stated.row, stated.counterpart
    return [
        RelationEventRecord(
            doc_id=row.doc_id,
            source_line=row.sentences[e.sentence].line,
            extractor="relations.table-row",
            evidence=e.text,
            rule=e.rule,
            relation_line=row.source_line,
            subject_iso3=str(subject),
            counterpart_iso3=str(cp.iso3),
            event=str(e.event),
            date=e.date.date if e.date is not None else None,
            date_precision=e.date.precision if e.date is not None and e.date.date else None,
            date_text=e.date.text if e.date is not None and e.date.date else None,
        )
        for e in relation_events(stated.readings, subject, cp.iso3)
    ]
