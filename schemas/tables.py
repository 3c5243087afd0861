"""The published tables: columns, types, allowed values and keys.

Bump a table's `version` whenever a column is added, removed or changes meaning; the manifest
of every published version records these numbers.
"""

from __future__ import annotations

import pandera.pandas as pa

from schemas.spec import Col, TableSpec, all_iso3, is_iso3, one_of

PRECISIONS = ("day", "month", "year")
SHA256 = pa.Check.str_matches(r"^[0-9a-f]{64}$")
POSITIVE = pa.Check.ge(1)


def provenance(extractor_values: tuple[str, ...]) -> tuple[Col, ...]:
    """Where a fact was read: every fact table carries these."""
    return (
        Col("doc_id", "str", doc="input file name without its extension"),
        Col("source_line", "int", checks=(POSITIVE,), doc="1-based line where the fact starts"),
        Col("extractor", "str", checks=(one_of(extractor_values),), doc="what made the fact"),
        Col("evidence", "str", doc="the text the fact was read from"),
    )


DOCUMENTS = TableSpec(
    name="documents",
    version=1,
    doc="One row per input document.",
    columns=(
        Col("doc_id", "str"),
        Col("file_name", "str"),
        Col("format", "str", checks=(one_of(("plain", "wikitext")),)),
        Col("sha256", "str", checks=(SHA256,)),
        Col("line_count", "int", checks=(POSITIVE,)),
        Col("subject_name", "str"),
        Col("subject_iso3", "str", nullable=True, checks=(is_iso3(),)),
        Col("table_count", "int", checks=(pa.Check.ge(0),)),
        Col("relation_rows", "int", checks=(pa.Check.ge(0),)),
        Col("footnote_count", "int", checks=(pa.Check.ge(0),)),
    ),
    unique=("doc_id",),
    sort=("doc_id",),
)

RELATION_METHODS = (
    "country-cell",
    "see-relations",
    "sentence-subject",
    "subject-sentence",
    "relations-between",
    "subject-mission-city",
    "sole-mention",
    "footnote",
    "footnote-region",
)

RELATIONS = TableSpec(
    name="relations",
    version=1,
    doc="One row per body row of every relations table of every document.",
    columns=(
        Col("doc_id", "str"),
        Col(
            "source_line",
            "int",
            checks=(POSITIVE,),
            doc="1-based line of the row's first content line",
        ),
        Col("extractor", "str", checks=(one_of(("relations.table-row",)),)),
        Col("evidence", "str", doc="the row's cells, ' | '-separated"),
        Col("end_line", "int", checks=(POSITIVE,)),
        Col("subject_iso3", "str", nullable=True, checks=(is_iso3(),)),
        Col("region", "str", nullable=True, doc="the section heading above the table"),
        Col("section", "str", doc="all section headings above the table, ' > '-separated"),
        Col(
            "table_index", "int", checks=(POSITIVE,), doc="1-based among the document's grid tables"
        ),
        Col("row_index", "int", checks=(POSITIVE,), doc="1-based among the table's body rows"),
        Col("table_kind", "str", checks=(one_of(("bilateral", "multilateral")),)),
        Col("table_header", "str"),
        Col("cells", "list_str", doc="raw text of every cell of the row"),
        Col("country_text", "str", nullable=True),
        Col("began_text", "str", nullable=True),
        Col("notes_text", "str", nullable=True),
        Col("ref_ids", "list_int", doc="footnote ids the row cites"),
        Col("counterpart_iso3", "str", nullable=True, checks=(is_iso3(),)),
        Col("counterpart_name", "str", nullable=True),
        Col("counterpart_org_id", "str", nullable=True),
        Col(
            "counterpart_kind",
            "str",
            nullable=True,
            checks=(one_of(("country", "organization", "entity")),),
        ),
        Col("counterpart_method", "str", nullable=True, checks=(one_of(RELATION_METHODS),)),
        Col(
            "counterpart_evidence",
            "str",
            nullable=True,
            doc="the text that decided, or why the counterpart is unknown",
        ),
        Col("counterpart_candidates", "list_str", checks=(all_iso3(),)),
    ),
    unique=("doc_id", "table_index", "row_index"),
    sort=("doc_id", "table_index", "row_index"),
)

REFERENCES = TableSpec(
    name="references",
    version=1,
    doc="The footnotes of every document.",
    columns=(
        Col("doc_id", "str"),
        Col("source_line", "int", checks=(POSITIVE,)),
        Col("extractor", "str", checks=(one_of(("references.footnote",)),)),
        Col("evidence", "str"),
        Col("ref_id", "int", checks=(POSITIVE,)),
        Col("text", "str"),
    ),
    unique=("doc_id", "ref_id"),
    sort=("doc_id", "ref_id"),
)

TABLES: dict[str, TableSpec] = {t.name: t for t in (DOCUMENTS, RELATIONS, REFERENCES)}
