"""The published tables: columns, types, allowed values and keys.

Bump a table's `version` whenever a column is added, removed or changes meaning; the manifest
of every published version records these numbers.
"""

from __future__ import annotations

import pandera.pandas as pa

from schemas import rules
from schemas.codes import with_country_codes
from schemas.history import HISTORY_SPECS
from schemas.organizations import ORGANIZATIONS
from schemas.spec import Col, TableSpec, all_iso3, is_iso3, one_of

PRECISIONS = ("day", "month", "year")
SHA256 = pa.Check.str_matches(r"^[0-9a-f]{64}$")
POSITIVE = pa.Check.ge(1)


FACT_ID = Col(
    "fact_id",
    "str",
    checks=(pa.Check.str_matches(r"^[0-9a-f]{16}$"),),
    doc="stable identity of the fact: the same fact keeps it across versions",
)


def provenance(*extractors: str) -> tuple[Col, ...]:
    """Identity and where a fact was read: every fact table starts with these."""
    return (
        FACT_ID,
        Col("doc_id", "str", doc="input file name without its extension"),
        Col(
            "source_line",
            "int",
            checks=(POSITIVE,),
            doc="1-based line of the input where the fact's row, sentence or item starts",
        ),
        Col("extractor", "str", checks=(one_of(extractors),), doc="what made the fact"),
        Col("evidence", "str", doc="the text the fact was read from"),
    )


def rule(family: str) -> Col:
    return Col(
        "rule",
        "str",
        checks=(one_of(rules.names(family)),),
        doc=f"the named rule that read the fact (schemas/rules.py, family {family!r})",
    )


def dated(prefix: str, doc: str) -> tuple[Col, ...]:
    return (
        Col(
            prefix,
            "date",
            nullable=True,
            doc=f"{doc}; 1 January/1st of the month when the text gives only a year or a month",
        ),
        Col(f"{prefix}_precision", "str", nullable=True, checks=(one_of(PRECISIONS),)),
        Col(f"{prefix}_text", "str", nullable=True, doc="the date as written"),
    )


DOCUMENTS = TableSpec(
    name="documents",
    version=4,
    doc="One row per input document.",
    columns=(
        FACT_ID,
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
        Col("title", "str", doc="the article's title ('Foreign relations of Libya')"),
        Col(
            "subject_is_state",
            "bool",
            doc="the subject is a sovereign state: false for a dependent territory (Hong Kong, "
            "the Cayman Islands) or a body that is not a state (the Syrian Opposition)",
        ),
        Col(
            "past_period",
            "bool",
            doc="the article describes a past period or a former state ('... under Muammar "
            "Gaddafi', the Soviet Union), so its facts may not hold today",
        ),
        Col(
            "source",
            "str",
            doc="where the text was read: the input file's name, or the MediaWiki export or "
            "dump it came from",
        ),
        Col("url", "str", nullable=True, doc="the page on its wiki, at the revision read"),
        Col("page_id", "int", nullable=True, doc="MediaWiki page id, where known"),
        Col("rev_id", "int", nullable=True, doc="MediaWiki revision id of the text, where known"),
        Col(
            "rev_timestamp",
            "str",
            nullable=True,
            doc="when that revision was saved (ISO 8601, UTC), where known",
        ),
        Col(
            "snapshot",
            "date",
            nullable=True,
            doc="the day the text is a snapshot of (the revision's date), where known; facts "
            "are as the article stated them then",
        ),
        Col(
            "licence",
            "str",
            nullable=True,
            doc="licence of the text: CC BY-SA 4.0 for text read from a wiki export or "
            "fetched, 'CC BY-SA' for Wikipedia article files whose version is not recorded",
        ),
    ),
    unique=("fact_id",),
    sort=("doc_id",),
)

RELATION_METHODS = rules.names("counterpart")

BEGAN_KINDS = ("established", "re-established", "recognition", "unknown")

RELATIONS = TableSpec(
    name="relations",
    version=6,
    doc="One row per body row of every relations table, and per entry of a 'no relations' list.",
    columns=(
        *provenance("relations.table-row", "relations.no-relations-list"),
        Col("end_line", "int", checks=(POSITIVE,)),
        Col("subject_iso3", "str", nullable=True, checks=(is_iso3(),)),
        Col("region", "str", nullable=True, doc="the section heading above the table or list"),
        Col("section", "str", doc="all section headings above it, ' > '-separated"),
        Col(
            "table_index",
            "int",
            nullable=True,
            checks=(POSITIVE,),
            doc="1-based among the document's grid tables; null for list entries",
        ),
        Col(
            "row_index",
            "int",
            checks=(POSITIVE,),
            doc="1-based among the table's body rows or the list's entries",
        ),
        Col(
            "table_kind",
            "str",
            checks=(one_of(("bilateral", "multilateral", "no-relations-list")),),
        ),
        Col("table_header", "str"),
        Col("cells", "list_str", doc="raw text of every cell of the row"),
        Col("country_text", "str", nullable=True),
        Col(
            "began_text",
            "str",
            nullable=True,
            doc="the began cell without footnote markers and leftover markup; null when empty",
        ),
        Col("notes_text", "str", nullable=True),
        Col("ref_ids", "list_int", doc="footnote ids the row cites"),
        Col(
            "empty_row",
            "bool",
            doc="true when every cell is empty: the dropped flag template was the row's only "
            "content, so the row says nothing (it is not an unknown relation); a row of "
            "footnote markers only is not empty (its footnote may name the counterpart)",
        ),
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
        Col("began", "date", nullable=True),
        Col("began_precision", "str", nullable=True, checks=(one_of(PRECISIONS),)),
        Col(
            "began_source",
            "str",
            nullable=True,
            checks=(one_of(rules.names("relation-began")),),
            doc="footnote-date: the publication date of the footnote the cell cites, so the "
            "relations began on or before it",
        ),
        Col("began_note", "str", nullable=True),
        Col(
            "began_kind",
            "str",
            nullable=True,
            checks=(one_of(BEGAN_KINDS),),
            doc="what `began` dates: established (relations established, no word of an earlier "
            "period), re-established (restored, resumed, renewed), recognition (a recognition "
            "date standing in for relations, e.g. a 'Period of recognition' column), unknown "
            "(nothing says); null when began is null",
        ),
        Col(
            "began_kind_rule",
            "str",
            nullable=True,
            checks=(one_of(rules.names("began-kind")),),
            doc="the named rule that decided began_kind (null when unknown or no date)",
        ),
        Col(
            "status",
            "str",
            checks=(one_of(("established", "none", "severed", "suspended", "unknown")),),
        ),
        Col(
            "status_rule",
            "str",
            nullable=True,
            checks=(one_of(rules.names("relation-status")),),
            doc="the named rule that decided status (null when unknown)",
        ),
        Col("status_evidence", "str", nullable=True),
    ),
    unique=("fact_id",),
    sort=("doc_id", "source_line"),
)

MISSION_KINDS = (
    "embassy",
    "high-commission",
    "consulate-general",
    "consulate",
    "honorary-consulate",
    "embassy-office",
    "economic-office",
    "trade-office",
    "representative-office",
    "non-resident-embassy",
    "permanent-mission",
)
MISSION_STATUSES = ("open", "opened", "planned", "closed", "accredited-from", "represented-via")


def mission_columns() -> tuple[Col, ...]:
    return (
        *provenance("missions.table-row", "missions.prose"),
        rule("missions"),
        Col("sender_iso3", "str", checks=(is_iso3(),), doc="the state whose mission it is"),
        Col("host_iso3", "str", checks=(is_iso3(),), doc="the state the mission serves"),
        Col(
            "city",
            "str",
            nullable=True,
            doc="where the mission is (for accredited-from and "
            "represented-via: the covering mission's city)",
        ),
        Col("kind", "str", checks=(one_of(MISSION_KINDS),)),
        Col("kind_text", "str", doc="the words the text uses ('high commission')"),
        Col(
            "status",
            "str",
            checks=(one_of(MISSION_STATUSES),),
            doc="what the text says of the mission: open (it exists: 'has an embassy in'), "
            "opened (the text reports its opening, mostly dated: 'opened an embassy in 2005', "
            "'has had an embassy since 1995'), planned, closed; accredited-from (a mission "
            "elsewhere covers the host) and represented-via (a third state's mission or a "
            "covering mission in another state). open and opened are kept apart because "
            "opened carries an event the text dates; neither says the mission is still open "
            "today",
        ),
        Col(
            "resident",
            "bool",
            doc="true when the mission is the sender's and located in the host: status open, "
            "opened, planned or closed, not a non-resident embassy, no covering state; false "
            "for accredited-from and represented-via",
        ),
        Col(
            "via_iso3",
            "str",
            nullable=True,
            checks=(is_iso3(),),
            doc="the third state whose territory holds the covering mission",
        ),
        *dated("date", "when the mission opened (closed, for status closed)"),
        Col("date_note", "str", nullable=True),
        Col(
            "note",
            "str",
            nullable=True,
            doc="what the sentence says that disagrees with its own list ('counts 18, lists 17')",
        ),
        Col("section", "str"),
        Col(
            "relation_line",
            "int",
            nullable=True,
            doc="source_line of the relations row the sentence is in",
        ),
        Col("source_lines", "list_int", doc="every line that states this mission"),
    )


MISSIONS = TableSpec(
    name="missions",
    version=5,
    doc="Embassies, consulates and accreditations stated in the rows of relations tables.",
    columns=mission_columns(),
    unique=("fact_id",),
    sort=("doc_id", "source_line"),  # then the order the sentence names them in
)

PROSE_MISSIONS = TableSpec(
    name="prose_missions",
    version=3,
    doc="Embassies, consulates and accreditations stated in running text outside the relations "
    "tables (kept apart: the tables are the article's systematic listing, prose mentions are "
    "incidental).",
    columns=mission_columns(),
    unique=("fact_id",),
    sort=("doc_id", "source_line"),
)

RECOGNITIONS = TableSpec(
    name="recognitions",
    version=4,
    doc="Recognitions of one state by another the text states.",
    columns=(
        *provenance("recognitions.sentence"),
        rule("recognitions"),
        Col(
            "recognizer_iso3",
            "str",
            checks=(is_iso3(historic=True),),
            doc="ISO 3166-1 alpha-3, or ISO 3166-3 for a former state (SUN: the Soviet Union)",
        ),
        Col("recognized_iso3", "str", nullable=True, checks=(is_iso3(historic=True),)),
        Col("recognized_name", "str", doc="as written (also for states without a code)"),
        *dated("date", "when the recognition happened"),
        Col(
            "ordinal",
            "int",
            nullable=True,
            checks=(POSITIVE,),
            doc="1 for 'the first country to recognise', 2 for 'the second', ...",
        ),
        Col("ordinal_text", "str", nullable=True),
        Col("ordinal_is_approximate", "bool", doc="'one of the first', 'among the first'"),
        Col(
            "after_iso3",
            "str",
            nullable=True,
            checks=(is_iso3(),),
            doc="'the second country ... after Turkey'",
        ),
        Col("section", "str"),
        Col("source_lines", "list_int"),
    ),
    unique=("fact_id",),
    sort=("doc_id", "source_line"),
)

ROLE_STATUSES = (
    "observer",
    "candidate",
    "applicant",
    "partner",
    "associate",
    "guest",
    "correspondent",
    "subscriber",
    "participant",
    "party",
    "former",
    "suspended",
    "not-member",
)


def organization_columns(extra: tuple[Col, ...]) -> tuple[Col, ...]:
    return (
        *provenance("memberships.participation-list", "memberships.table-row", "memberships.prose"),
        rule("memberships"),
        Col("member_iso3", "str", checks=(is_iso3(),)),
        Col(
            "org_id",
            "str",
            nullable=True,
            doc="registry id (pipeline/knowledge/data/organizations.csv); null "
            "for an organization the registry does not know",
        ),
        Col("org_name", "str"),
        Col("org_known", "bool"),
        *extra,
        *dated("date", "when the state joined or took this standing, where the text says"),
        Col("section", "str"),
        Col("source_lines", "list_int", doc="every line that states it"),
    )


MEMBERSHIPS = TableSpec(
    name="memberships",
    version=4,
    doc="States stated to be, to have been or to have become members of an organization.",
    columns=organization_columns(()),
    unique=("fact_id",),
    sort=("doc_id", "source_line"),
)

ORGANIZATION_ROLES = TableSpec(
    name="organization_roles",
    version=2,
    doc="A state's standing in an organization other than membership: observer, candidate, "
    "partner, former member, not a member, ...",
    columns=organization_columns(
        (
            Col(
                "status",
                "str",
                checks=(one_of(ROLE_STATUSES),),
                doc="observer, candidate, applicant, partner, associate, guest, correspondent, "
                "subscriber, participant (of a peacekeeping mission), party (to a treaty), former "
                "(withdrew, no "
                "longer a member), suspended, not-member (the text says it is not one)",
            ),
        )
    ),
    unique=("fact_id",),
    sort=("doc_id", "source_line"),
)

CLAIM_KINDS = rules.names("claims")

CLAIMS = TableSpec(
    name="claims",
    version=4,
    doc="Counts the text states, checked against what the document itself lists.",
    columns=(
        *provenance("claims.sentence"),
        rule("claims"),
        Col("subject_iso3", "str", nullable=True, checks=(is_iso3(),)),
        Col(
            "claim_kind",
            "str",
            checks=(one_of(CLAIM_KINDS),),
        ),
        Col("value", "int", checks=(pa.Check.ge(0),)),
        Col("qualifier", "str", checks=(one_of(("exact", "more-than", "about", "at-least")),)),
        Col("as_of", "date", nullable=True),
        Col("as_of_precision", "str", nullable=True, checks=(one_of(PRECISIONS),)),
        Col("listed_count", "int", nullable=True, doc="what the document itself lists"),
        Col("listed_basis", "str", nullable=True, doc="what was counted for listed_count"),
        Col(
            "consistency",
            "str",
            checks=(
                one_of(
                    ("consistent", "document-lists-fewer", "document-lists-more", "not-checkable")
                ),
            ),
        ),
    ),
    unique=("fact_id",),
    sort=("doc_id", "source_line", "claim_kind", "value"),
)

REFERENCES = TableSpec(
    name="references",
    version=3,
    doc="The footnotes of every document, parsed.",
    columns=(
        *provenance("references.footnote"),
        Col("ref_id", "int", checks=(POSITIVE,)),
        Col("text", "str", doc="the footnote without leftover wiki markup"),
        Col("title", "str", nullable=True),
        Col("publisher", "str", nullable=True),
        *dated("date", "publication date"),
        Col("access_date", "date", nullable=True, doc="'Retrieved'/'Accessed' date"),
        Col("language", "str", nullable=True, doc="ISO 639-1"),
        Col("url", "str", nullable=True),
    ),
    unique=("fact_id",),
    sort=("doc_id", "ref_id"),
)

CHANGES = TableSpec(
    name="changes",
    version=1,
    doc="What changed since the previous version, fact by fact.",
    columns=(
        Col("table", "str"),
        Col("change", "str", checks=(one_of(("added", "removed", "changed")),)),
        Col("fact_id", "str"),
        Col("doc_id", "str", nullable=True),
        Col("changed_columns", "list_str", doc="for 'changed': the columns whose value differs"),
        Col("before", "str", nullable=True, doc="the fact's values before, as JSON"),
        Col("after", "str", nullable=True, doc="the fact's values after, as JSON"),
    ),
    unique=("table", "fact_id"),
    sort=("table", "change", "doc_id", "fact_id"),
)


#: every table; each country column (`*_iso3`) followed by its `*_cow` and `*_gw` codes
TABLES: dict[str, TableSpec] = {
    t.name: with_country_codes(t)
    for t in (
        DOCUMENTS,
        RELATIONS,
        MISSIONS,
        PROSE_MISSIONS,
        RECOGNITIONS,
        MEMBERSHIPS,
        ORGANIZATION_ROLES,
        CLAIMS,
        REFERENCES,
        CHANGES,
        ORGANIZATIONS,
        *HISTORY_SPECS,
    )
}
