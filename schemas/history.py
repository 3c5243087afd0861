"""Tables of a run with `--revisions all`: the revisions read and each fact's history."""

from __future__ import annotations

from schemas.columns import Check, Col, TableSpec, one_of
from schemas.names import FACT_TABLES

TIMESTAMP = Check.str_matches(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
TABLE_NAME = Col("table_name", "str", checks=(one_of(FACT_TABLES),), doc="the fact's table")

REVISIONS = TableSpec(
    name="revisions",
    version=1,
    doc="One row per revision of a page read from a MediaWiki export or dump.",
    columns=(
        Col("doc_id", "str", doc="the page's document id (its title with underscores)"),
        Col("title", "str", doc="the page title"),
        Col("page_id", "int", nullable=True, doc="MediaWiki page id"),
        Col("rev_id", "int", doc="MediaWiki revision id"),
        Col("rev_timestamp", "str", checks=(TIMESTAMP,), doc="when it was saved (UTC)"),
        Col("text_sha256", "str", doc="hash of its text: equal texts were read once"),
        Col("read", "bool", doc="its text could be read; false: see skip_reason"),
        Col("skip_reason", "str", nullable=True, doc="why its text was not read"),
    ),
    unique=("doc_id", "rev_id"),
    sort=("doc_id", "rev_timestamp", "rev_id"),
)

FACT_HISTORY = TableSpec(
    name="fact_history",
    version=1,
    doc="Per fact, the revisions of its page that stated it: when it first appeared in the "
    "text, when it was last stated and which revision removed it.",
    columns=(
        TABLE_NAME,
        Col("fact_id", "str", doc="the fact's id in its table (stable across revisions)"),
        Col("doc_id", "str", doc="the page"),
        Col("first_rev_id", "int", doc="first revision that stated it"),
        Col("first_timestamp", "str", checks=(TIMESTAMP,), doc="when that revision was saved"),
        Col("last_rev_id", "int", doc="last revision that stated it"),
        Col("last_timestamp", "str", checks=(TIMESTAMP,), doc="when that revision was saved"),
        Col(
            "removed_rev_id",
            "int",
            nullable=True,
            doc="the first revision after the last one that stated it; null while the latest "
            "revision states it",
        ),
        Col(
            "removed_timestamp",
            "str",
            nullable=True,
            checks=(TIMESTAMP,),
            doc="when that revision was saved; null with removed_rev_id",
        ),
        Col("revisions_stated", "int", doc="how many revisions stated it"),
        Col(
            "absent_rev_ids",
            "list_int",
            doc="revisions between the first and the last that did not state it (removed, "
            "then restored)",
        ),
        Col("in_latest", "bool", doc="the latest revision read states it"),
    ),
    unique=("table_name", "fact_id"),
    sort=("doc_id", "table_name", "fact_id"),
)

FACT_REVISIONS = TableSpec(
    name="fact_revisions",
    version=1,
    doc="Each distinct statement of a fact (all its columns) with the revisions that made it: "
    "what `python -m pipeline asof` rebuilds the tables of a date from.",
    columns=(
        TABLE_NAME,
        Col("fact_id", "str", doc="the fact's id in its table"),
        Col("doc_id", "str", doc="the page"),
        Col("row", "str", doc="the fact's columns as the revisions stated them, as JSON"),
        Col("rev_ids", "list_int", doc="the revisions that stated it so"),
        Col("positions", "list_int", doc="its position in each of those revisions' table"),
    ),
    sort=("doc_id", "table_name", "fact_id", "row"),
)

HISTORY_SPECS = (REVISIONS, FACT_HISTORY, FACT_REVISIONS)
