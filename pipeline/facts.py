"""All the facts of one document: the extract and resolve stages in their order.

The counterpart of each relations row is resolved before the facts that need it: a mission
sentence such as "Azerbaijan has a non-resident embassy in London" in the Sweden row, or
"Both countries are full members of the Council of Europe", names only one of its parties.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.extract.began import began_of
from pipeline.extract.claims import claim_records
from pipeline.extract.documents import document_record
from pipeline.extract.memberships import (
    membership_records,
    memberships_of,
    participation_list,
)
from pipeline.extract.missions import RowClaims, mission_records
from pipeline.extract.recognitions import recognition_records
from pipeline.extract.references import reference_records
from pipeline.extract.relations import RelationRow, no_relation_rows, relation_rows
from pipeline.extract.sentences import prose_sentences
from pipeline.identity import assign_fact_ids
from pipeline.layout import build_layout
from pipeline.model import Layout
from pipeline.read import read_document
from pipeline.resolve.counterpart import resolve_counterparts
from schemas import TABLES

Records = dict[str, list[dict[str, object]]]


def extract_document(path: Path) -> tuple[Records, list[str]]:
    """Every table's records for one document, and warnings about it (not errors)."""
    layout = build_layout(read_document(path))
    records = extract_layout(layout)
    return records, _warnings(layout, path, int(records["documents"][0]["relation_rows"]))


def extract_layout(layout: Layout) -> Records:
    doc = layout.document
    subject = doc.subject_iso3
    table_rows = relation_rows(layout)
    listed = no_relation_rows(layout)
    resolve_counterparts(table_rows + listed, layout)
    prose = prose_sentences(layout)

    missions = mission_records(
        doc.doc_id,
        subject,
        [RowClaims(r.claims, r.counterpart_iso3, r.section, r.source_line) for r in table_rows],
        [(p.sentence, " > ".join(p.section)) for p in prose],
    )
    with_missions = {m["host_iso3"] for m in missions} | {m["sender_iso3"] for m in missions}
    relations = [
        _relation_record(r, layout, r.counterpart_iso3 in with_missions) for r in table_rows
    ]
    relations += [_listed_record(r) for r in listed]

    located = [(s, r.section) for r in table_rows for s in r.sentences]
    located += [(p.sentence, " > ".join(p.section)) for p in prose]
    recognitions = recognition_records(doc.doc_id, located)

    found = participation_list(layout)
    for r in table_rows:
        for s in r.sentences:
            found.extend(memberships_of(s, subject, r.counterpart_iso3))
    for p in prose:
        found.extend(memberships_of(p.sentence, subject, None))
    memberships = membership_records(doc.doc_id, found)

    claims = claim_records(
        doc.doc_id,
        subject,
        [p.sentence for p in prose],
        _listed(relations, memberships, recognitions, missions, subject),
    )
    tables: Records = {
        "documents": [document_record(layout, len(table_rows))],
        "relations": relations,
        "missions": missions,
        "recognitions": recognitions,
        "memberships": memberships,
        "claims": claims,
        "references": reference_records(layout),
    }
    for name, records in tables.items():
        assign_fact_ids(name, records)
    return tables


def _listed(
    relations: list[dict[str, object]],
    memberships: list[dict[str, object]],
    recognitions: list[dict[str, object]],
    missions: list[dict[str, object]],
    subject: str | None,
) -> dict[str, tuple[int, str]]:
    """What the document itself lists, for each kind of count it may claim."""

    def partners(status: str) -> int:
        return len(
            {
                r["counterpart_iso3"] or r["counterpart_name"]
                for r in relations
                if r["status"] == status and (r["counterpart_iso3"] or r["counterpart_name"])
            }
        )

    return {
        "relations-count": (
            partners("established"),
            "counterparts of relations rows with relations established",
        ),
        "no-relations-count": (partners("none"), "counterparts with no relations"),
        "memberships-count": (
            len({m["org_id"] or m["org_name"] for m in memberships if m["member_iso3"] == subject}),
            "organizations the subject belongs to",
        ),
        "recognitions-count": (
            len({r["recognizer_iso3"] for r in recognitions if r["recognized_iso3"] == subject}),
            "states stated to recognise the subject",
        ),
        "embassies-count": (
            len(
                {
                    (m["host_iso3"], m["city"])
                    for m in missions
                    if m["sender_iso3"] == subject
                    and m["kind"] == "embassy"
                    and m["status"] in ("open", "opened")
                }
            ),
            "the subject's open embassies",
        ),
    }


def _relation_record(row: RelationRow, layout: Layout, has_missions: bool) -> dict[str, object]:
    began = began_of(row, layout, has_missions)
    record = _base(row, "relations.table-row")
    record.update(
        {
            "began": began.date.date if began.date else None,
            "began_precision": began.date.precision if began.date else None,
            "began_source": began.source,
            "began_note": began.date.note if began.date else None,
            "status": began.status,
            "status_evidence": began.status_evidence,
        }
    )
    return record


def _listed_record(row: RelationRow) -> dict[str, object]:
    record = _base(row, "relations.no-relations-list")
    record.update(
        {
            "began": None,
            "began_precision": None,
            "began_source": None,
            "began_note": None,
            "status": "none",
            "status_evidence": f"listed under {row.section!r}",
        }
    )
    return record


def _base(row: RelationRow, extractor: str) -> dict[str, object]:
    names = TABLES["relations"].names
    record = {n: getattr(row, n) for n in names if hasattr(row, n)}
    record["extractor"] = extractor
    record["evidence"] = row.evidence
    return record


def _warnings(layout: Layout, path: Path, row_count: int) -> list[str]:
    tables = layout.tables()
    if not tables:
        return [f"{path}: no grid tables; only prose facts are extracted"]
    if not row_count:
        return [f"{path}: no relations table among its {len(tables)} tables"]
    return []
