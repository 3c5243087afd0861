"""The published tables: columns, types, allowed values and keys.

Bump a table's `version` whenever a column is added, removed or changes meaning; the manifest
of every published version records these numbers.
"""

from __future__ import annotations

from schemas import families, rules
from schemas.codes import with_country_codes
from schemas.columns import Check, Col, TableSpec, all_iso3, is_iso3, one_of
from schemas.history import HISTORY_SPECS
from schemas.organizations import ORGANIZATIONS, STATES

PRECISIONS = ("day", "month", "year")
SHA256 = Check.str_matches(r"^[0-9a-f]{64}$")
#: an input format's name as `pipeline.formats` declares it: the formats are plug-ins, so the
#: schema checks the name's shape, not a fixed list
FORMAT_NAME = Check.str_matches(r"^[a-z][a-z0-9-]*$")
POSITIVE = Check.ge(1)


FACT_ID = Col(
    "fact_id",
    "str",
    checks=(Check.str_matches(r"^[0-9a-f]{16}$"),),
    doc="stable identity of the fact, a hash of what it is about (never of its line): the same "
    "fact keeps it across versions",
)


def provenance(*extractors: str) -> tuple[Col, ...]:
    """Identity and where a fact was read: every fact table starts with these."""
    return (
        FACT_ID,
        Col(
            "doc_id",
            "str",
            doc="the document the fact was read from: its file name without the extension "
            "(documents.doc_id)",
        ),
        Col(
            "source_line",
            "int",
            checks=(POSITIVE,),
            doc="1-based line of the input where the fact's row, sentence or item starts",
        ),
        Col(
            "extractor",
            "str",
            checks=(one_of(extractors),),
            doc="the extractor that read the fact, '<fact family>.<where it reads>': "
            "table-row (a row of a relations table), prose (running text), sentence (any "
            "sentence), ...",
        ),
        Col(
            "evidence",
            "str",
            doc="the text the fact was read from: the sentence, the row's cells joined by ' | ', "
            "the list item or the footnote",
        ),
    )


def rule(table: str) -> Col:
    """The `rule` column of a table: the rule family's names (schemas/families.py says which)."""
    family = families.rule_family(table, "rule")
    return Col(
        "rule",
        "str",
        checks=(one_of(rule_names(table, "rule")),),
        doc=f"the named rule that read the fact (schemas/rules.py, family {family!r})",
    )


def rule_names(table: str, column: str) -> tuple[str, ...]:
    """What a column naming rules allows: the names of its rule family, best first."""
    return rules.names(families.rule_family(table, column))


def dated(prefix: str, doc: str, wikidata: str | None = None) -> tuple[Col, ...]:
    return (
        Col(
            prefix,
            "date",
            nullable=True,
            doc=f"{doc}; 1 January/1st of the month when the text gives only a year or a month",
            wikidata=wikidata,
        ),
        Col(
            f"{prefix}_precision",
            "str",
            nullable=True,
            checks=(one_of(PRECISIONS),),
            doc=f"how precisely the text gives {prefix}: day, month or year; null when {prefix} is",
        ),
        Col(
            f"{prefix}_text",
            "str",
            nullable=True,
            doc=f"{prefix} as the text writes it ('12 October 2005', '31 мая 2004 г.'); null "
            "when no date was read",
        ),
    )


DOCUMENTS = TableSpec(
    name="documents",
    version=5,
    doc="One row per input document.",
    columns=(
        FACT_ID,
        Col(
            "doc_id",
            "str",
            doc="the input file's name without its extension; the doc_id of every fact read "
            "from it",
        ),
        Col("file_name", "str", doc="the input file's name"),
        Col(
            "format",
            "str",
            checks=(FORMAT_NAME,),
            doc="the input format's declared name (pipeline/formats): plain, a plain-text "
            "rendering (Markdown with grid tables); wikitext, MediaWiki source (pages of a dump "
            "included); or the name of a format a plug-in declares",
        ),
        Col("sha256", "str", checks=(SHA256,), doc="SHA-256 of the input file's bytes"),
        Col("line_count", "int", checks=(POSITIVE,), doc="lines in the input file"),
        Col(
            "subject_name",
            "str",
            doc="the state the article is about, as its file name (Foreign_relations_of_<name>) "
            "or its title line names it",
        ),
        Col(
            "subject_iso3",
            "str",
            nullable=True,
            checks=(is_iso3(),),
            doc="ISO 3166-1 alpha-3 code of the subject; null when the subject has none",
        ),
        Col(
            "table_count",
            "int",
            checks=(Check.ge(0),),
            doc="tables in the document, relations tables or not",
        ),
        Col(
            "relation_rows",
            "int",
            checks=(Check.ge(0),),
            doc="body rows of its relations tables (entries of 'no relations' lists not counted)",
        ),
        Col(
            "footnote_count",
            "int",
            checks=(Check.ge(0),),
            doc="footnotes the document has (rows of references)",
        ),
        Col("title", "str", default="", doc="the article's title ('Foreign relations of Libya')"),
        Col(
            "subject_is_state",
            "bool",
            default=False,
            doc="the subject is a sovereign state: false for a dependent territory (Hong Kong, "
            "the Cayman Islands) or a body that is not a state (the Syrian Opposition)",
        ),
        Col(
            "past_period",
            "bool",
            default=False,
            doc="the article describes a past period or a former state ('... under Muammar "
            "Gaddafi', the Soviet Union), so its facts may not hold today",
        ),
        Col(
            "source",
            "str",
            default="",
            doc="where the text was read: the input file's name, or the MediaWiki export or "
            "dump it came from",
        ),
        Col(
            "path",
            "str",
            default=None,
            nullable=True,
            doc="the input file's path from the directory the run was started in (POSIX, "
            "relative: never a home directory); what `explain` opens to show a fact's lines; "
            "null for pages read from a dump",
        ),
        Col(
            "url",
            "str",
            default=None,
            nullable=True,
            doc="the page on its wiki: at the revision read for a wiki export, dump or "
            "fetched file; for a file named after its page (Foreign_relations_of_Peru.md) the "
            "page itself, https://en.wikipedia.org/wiki/Foreign_relations_of_Peru, whose "
            "revision the file does not record (rev_id null; the manifest says revision "
            "unknown)",
        ),
        Col("page_id", "int", default=None, nullable=True, doc="MediaWiki page id, where known"),
        Col(
            "rev_id",
            "int",
            default=None,
            nullable=True,
            doc="MediaWiki revision id of the text, where known; null: unknown",
        ),
        Col(
            "rev_timestamp",
            "str",
            default=None,
            nullable=True,
            doc="when that revision was saved (ISO 8601, UTC), where known",
        ),
        Col(
            "snapshot",
            "date",
            default=None,
            nullable=True,
            doc="the day the text is a snapshot of (the revision's date), where known; facts "
            "are as the article stated them then",
        ),
        Col(
            "licence",
            "str",
            default=None,
            nullable=True,
            doc="licence of the text: CC BY-SA 4.0 for text read from a wiki export or "
            "fetched, 'CC BY-SA' for Wikipedia article files whose version is not recorded",
        ),
    ),
    unique=("fact_id",),
    sort=("doc_id",),
)

BEGAN_KINDS = ("established", "re-established", "recognition", "unknown")

RELATIONS = TableSpec(
    name="relations",
    version=6,
    doc="One row per body row of every relations table, and per entry of a 'no relations' list.",
    columns=(
        *provenance("relations.table-row", "relations.no-relations-list"),
        Col(
            "end_line",
            "int",
            checks=(POSITIVE,),
            doc="1-based line of the input where the row or list entry ends",
        ),
        Col(
            "subject_iso3",
            "str",
            nullable=True,
            checks=(is_iso3(),),
            doc="the document's subject: the state whose relations the row states "
            "(documents.subject_iso3)",
        ),
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
            doc="bilateral: a table of states; multilateral: a table of organizations; "
            "no-relations-list: an entry of a list of states the subject has no relations with",
        ),
        Col(
            "table_header",
            "str",
            doc="the table's header cells joined by ' | ' ('Country | Formal Relations Began | "
            "Notes'); empty for list entries",
        ),
        Col("cells", "list_str", doc="raw text of every cell of the row"),
        Col(
            "country_text",
            "str",
            nullable=True,
            doc="the cell that names the row's state or organization, as written (often empty: "
            "the rendering dropped the flag template that named it); the item's text for list "
            "entries",
        ),
        Col(
            "began_text",
            "str",
            nullable=True,
            doc="the 'Formal relations began' cell without footnote markers and leftover markup; "
            "null when empty",
        ),
        Col("notes_text", "str", nullable=True, doc="the 'Notes' cell as written"),
        Col("ref_ids", "list_int", doc="footnote ids the row cites"),
        Col(
            "empty_row",
            "bool",
            doc="true when every cell is empty: the dropped flag template was the row's only "
            "content, so the row says nothing (it is not an unknown relation); a row of "
            "footnote markers only is not empty (its footnote may name the counterpart)",
        ),
        Col(
            "counterpart_iso3",
            "str",
            default=None,
            nullable=True,
            checks=(is_iso3(),),
            doc="ISO 3166-1 alpha-3 code of the state the row is about (the other party of the "
            "relations); null when it is an organization, a state without a code, or undecided",
            wikidata="P530",
        ),
        Col(
            "counterpart_name",
            "str",
            default=None,
            nullable=True,
            doc="the counterpart's name: a state's short name, an organization's full name, or "
            "an entity's name as written (Abkhazia); null when undecided",
        ),
        Col(
            "counterpart_org_id",
            "str",
            default=None,
            nullable=True,
            doc="registry id of the counterpart when it is an organization "
            "(pipeline/knowledge/data/organizations.csv, as memberships.org_id)",
        ),
        Col(
            "counterpart_kind",
            "str",
            default=None,
            nullable=True,
            checks=(one_of(("country", "organization", "entity")),),
            doc="country: a state with an ISO 3166-1 code; organization: an international "
            "organization (the EU); entity: a polity without an ISO code (Abkhazia, the "
            "Sovereign Military Order of Malta); null when undecided",
        ),
        Col(
            "counterpart_method",
            "str",
            default=None,
            nullable=True,
            checks=(one_of(rule_names("relations", "counterpart_method")),),
            doc="the named rule whose evidence decided the counterpart (schemas/rules.py, "
            "family 'counterpart', strongest first); null when undecided",
        ),
        Col(
            "counterpart_evidence",
            "str",
            default=None,
            nullable=True,
            doc="the text that decided, or why the counterpart is unknown",
        ),
        Col(
            "counterpart_candidates",
            "list_str",
            default=(),
            checks=(all_iso3(),),
            doc="for an undecided row: the ISO 3166-1 alpha-3 codes its evidence allows; empty "
            "when the counterpart is decided",
        ),
        Col(
            "began",
            "date",
            default=None,
            nullable=True,
            doc="when diplomatic relations between the subject and the counterpart began, from "
            "the row's cell, a sentence or the cited footnote (see began_source); 1 January or "
            "the 1st of the month when only a year or a month is given",
            wikidata="P580 (start time, qualifier of P530)",
        ),
        Col(
            "began_precision",
            "str",
            default=None,
            nullable=True,
            checks=(one_of(PRECISIONS),),
            doc="how precisely began is known: day, month or year; null when began is",
        ),
        Col(
            "began_source",
            "str",
            default=None,
            nullable=True,
            checks=(one_of(rule_names("relations", "began_source")),),
            doc="where began was read (schemas/rules.py, family 'relation-began'); "
            "footnote-date: the publication date of the footnote the cell cites, so the "
            "relations began on or before it",
        ),
        Col(
            "began_note",
            "str",
            default=None,
            nullable=True,
            doc="what the date's text adds to began: a range ('range 1918–1921': began is its "
            "start), a season or 'early'/'late', or why the text is no calendar date",
        ),
        Col(
            "began_kind",
            "str",
            default=None,
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
            default=None,
            nullable=True,
            checks=(one_of(rule_names("relations", "began_kind_rule")),),
            doc="the named rule that decided began_kind (null when unknown or no date)",
        ),
        Col(
            "status",
            "str",
            default="unknown",
            checks=(one_of(("established", "none", "severed", "suspended", "unknown")),),
            doc="where relations stand as the text states them: established (stated, restored, "
            "dated, or implied by a mission or an accreditation between the two), none (no "
            "relations), severed or suspended (the last change the text states), unknown (the "
            "row says nothing about it)",
        ),
        Col(
            "status_rule",
            "str",
            default=None,
            nullable=True,
            checks=(one_of(rule_names("relations", "status_rule")),),
            doc="the named rule that decided status (null when unknown)",
        ),
        Col(
            "status_evidence",
            "str",
            default=None,
            nullable=True,
            doc="the sentence, cell or list heading that decided status",
        ),
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


def mission_columns(table: str) -> tuple[Col, ...]:
    return (
        *provenance("missions.table-row", "missions.prose", "missions.mission-table"),
        rule(table),
        Col(
            "sender_iso3",
            "str",
            checks=(is_iso3(),),
            doc="the state whose mission it is",
            wikidata="P137",
        ),
        Col(
            "host_iso3",
            "str",
            checks=(is_iso3(),),
            doc="the state the mission serves; for a resident mission also the state it is in",
            wikidata="P17",
        ),
        Col(
            "city",
            "str",
            nullable=True,
            doc="where the mission is (for accredited-from and "
            "represented-via: the covering mission's city)",
            wikidata="P131",
        ),
        Col(
            "kind",
            "str",
            checks=(one_of(MISSION_KINDS),),
            doc="the kind of mission, normalised from kind_text: embassy, high-commission "
            "(between Commonwealth states), consulate-general, consulate, honorary-consulate, "
            "embassy-office, economic-office, trade-office, representative-office, "
            "non-resident-embassy, permanent-mission (to an organization)",
            wikidata="P31",
        ),
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
        *dated(
            "date",
            "when the mission opened (closed, for status closed)",
            wikidata="P571 (inception); P576 (dissolved) for status closed",
        ),
        Col(
            "date_note",
            "str",
            nullable=True,
            doc="what the date's text adds to date: a range, a season or 'early'/'late', or "
            "why the text is no calendar date",
        ),
        Col(
            "note",
            "str",
            nullable=True,
            doc="what the sentence says that disagrees with its own list ('counts 18, lists 17')",
        ),
        Col(
            "section",
            "str",
            doc="the section headings above the sentence, ' > '-separated",
        ),
        Col(
            "relation_line",
            "int",
            nullable=True,
            doc="source_line of the relations row the sentence is in (relations.source_line); "
            "null in running text",
        ),
        Col("source_lines", "list_int", doc="every line that states this mission"),
    )


RELATION_EVENT_KINDS = (
    "established",
    "re-established",
    "restored",
    "severed",
    "suspended",
    "downgraded",
    "upgraded",
    "recognition-ended",
)

RELATION_EVENTS = TableSpec(
    name="relation_events",
    version=1,
    doc="Changes in the relations of two states that a relations row states (established, "
    "severed, restored, ...), each with its date where the text gives one: the history behind "
    "relations.status, which is the state at the article's snapshot.",
    columns=(
        *provenance("relations.table-row"),
        rule("relation_events"),
        Col(
            "relation_line",
            "int",
            checks=(POSITIVE,),
            doc="the relations row the event is read from (relations.source_line)",
        ),
        Col(
            "subject_iso3",
            "str",
            checks=(is_iso3(),),
            doc="the article's state (documents.subject_iso3)",
        ),
        Col(
            "counterpart_iso3",
            "str",
            checks=(is_iso3(historic=True),),
            doc="the row's other state (relations.counterpart_iso3); events of rows whose "
            "counterpart is undecided are not kept",
        ),
        Col(
            "event",
            "str",
            checks=(one_of(RELATION_EVENT_KINDS),),
            doc="established, re-established, restored, severed, suspended, downgraded, "
            "upgraded, recognition-ended (recognition switched to a rival government, or a "
            "stated period of recognition ended)",
        ),
        *dated("date", "when the event happened, as the sentence dates it"),
    ),
    unique=("fact_id",),
    sort=("doc_id", "source_line"),
)


MISSIONS = TableSpec(
    name="missions",
    version=5,
    doc="Embassies, consulates and accreditations stated in the rows of relations tables.",
    columns=mission_columns("missions"),
    unique=("fact_id",),
    sort=("doc_id", "source_line"),  # then the order the sentence names them in
)

PROSE_MISSIONS = TableSpec(
    name="prose_missions",
    version=3,
    doc="Embassies, consulates and accreditations stated in running text outside the relations "
    "tables (kept apart: the tables are the article's systematic listing, prose mentions are "
    "incidental).",
    columns=mission_columns("prose_missions"),
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
        Col(
            "recognized_iso3",
            "str",
            nullable=True,
            checks=(is_iso3(historic=True),),
            doc="the state recognised: ISO 3166-1 alpha-3, or ISO 3166-3 for a former state; "
            "null for a state without a code (recognized_name names it)",
        ),
        Col(
            "recognized_name",
            "str",
            doc="the recognised state's name, as written or, when the text leaves it to the "
            "row, the row state's short name (also for states without a code)",
        ),
        *dated("date", "when the recognition happened"),
        Col(
            "ordinal",
            "int",
            nullable=True,
            checks=(POSITIVE,),
            doc="1 for 'the first country to recognise', 2 for 'the second', ...",
        ),
        Col(
            "ordinal_text",
            "str",
            nullable=True,
            doc="the words that give the ordinal ('the second', 'one of the first')",
        ),
        Col(
            "ordinal_is_approximate",
            "bool",
            doc="true when the ordinal is approximate: 'one of the first', 'among the first'",
        ),
        Col(
            "after_iso3",
            "str",
            nullable=True,
            checks=(is_iso3(),),
            doc="'the second country ... after Turkey'",
        ),
        Col(
            "section",
            "str",
            doc="the section headings above the sentence, ' > '-separated",
        ),
        Col("source_lines", "list_int", doc="every line that states this recognition"),
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
    "former-participant",
    "former-party",
    "not-member",
)
#: a membership's standing: `member` (is or became one; a plain past tense in a history, "joined
#: in 1955", is not an ending), `former` (the text says it ended: withdrew, left, quit, was
#: expelled, "a former member", "was a member until"), `suspended` (still a member, its rights
#: suspended; fixtures/README.md: "suspended: still a member")
STANDINGS = ("member", "former", "suspended")
#: the standings of a state that belongs to the organization now, as far as the text says
CURRENT_STANDINGS = ("member", "suspended")


def organization_columns(table: str, extra: tuple[Col, ...]) -> tuple[Col, ...]:
    return (
        *provenance("memberships.participation-list", "memberships.table-row", "memberships.prose"),
        rule(table),
        Col(
            "member_iso3",
            "str",
            checks=(is_iso3(),),
            doc="the state that is (or has the standing of) a member: the subject, the row's "
            "state, or a state the sentence names",
        ),
        Col(
            "org_id",
            "str",
            nullable=True,
            doc="registry id (pipeline/knowledge/data/organizations.csv); null "
            "for an organization the registry does not know",
            wikidata="P463",
        ),
        Col(
            "org_name",
            "str",
            doc="the organization's full name from the registry, or as written when the "
            "registry does not know it",
        ),
        Col(
            "org_known",
            "bool",
            doc="true when the registry knows the organization (org_id is set)",
        ),
        *extra,
        *dated(
            "date",
            "when the state joined or took this standing (a former membership: when it ended), "
            "where the text says",
            wikidata="P580 (start time, qualifier of P463; a former membership: P582, end time)",
        ),
        Col(
            "section",
            "str",
            doc="the section headings above the sentence, ' > '-separated (empty for the "
            "participation list at the top of some articles)",
        ),
        Col("source_lines", "list_int", doc="every line that states it"),
    )


MEMBERSHIPS = TableSpec(
    name="memberships",
    version=6,
    doc="States stated to be, to have been or to have become members of an organization, with "
    "the standing the text gives (member, former, suspended).",
    columns=organization_columns(
        "memberships",
        (
            Col(
                "standing",
                "str",
                checks=(one_of(STANDINGS),),
                doc="member (is or became one), former (the text says the membership ended: "
                "withdrew, left, quit, was expelled, a former member, a member until), suspended "
                "(its membership suspended: still a member). One fact per standing: a state that "
                "joined and later left has a member and a former fact. date is, for member, when "
                "it joined or took the standing; for former, when the membership ended; for "
                "suspended, when it was suspended; each where the text says",
                wikidata="P2868 (subject has role, qualifier of P463)",
            ),
            Col(
                "score",
                "float",
                default=None,
                nullable=True,
                doc="for a fact the learned reader added (rule model:<name>): its score, "
                "between its threshold and 1 (docs/model-card-<name>.md); null for the rules'",
            ),
        ),
    ),
    unique=("fact_id",),
    sort=("doc_id", "source_line"),
)

ORGANIZATION_ROLES = TableSpec(
    name="organization_roles",
    version=3,
    doc="A state's standing in an organization other than membership: observer, candidate, "
    "partner, not a member, ... (former and suspended members are in memberships, standing)",
    columns=organization_columns(
        "organization_roles",
        (
            Col(
                "status",
                "str",
                checks=(one_of(ROLE_STATUSES),),
                doc="observer, candidate, applicant, partner, associate, guest, correspondent, "
                "subscriber, participant (of a peacekeeping mission), party (to a treaty), "
                "former-participant, former-party (withdrew from the mission or treaty), "
                "not-member (the text says it is not one)",
                wikidata="P2868 (subject has role, qualifier of P463)",
            ),
        ),
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
        Col(
            "subject_iso3",
            "str",
            nullable=True,
            checks=(is_iso3(),),
            doc="the document's subject, whose count it is (documents.subject_iso3)",
        ),
        Col(
            "claim_kind",
            "str",
            checks=(one_of(CLAIM_KINDS),),
            doc="what is counted: relations-count (states it has relations with), "
            "no-relations-count, recognitions-count (states recognising it), memberships-count "
            "(organizations), embassies-count (its embassies)",
        ),
        Col("value", "int", checks=(Check.ge(0),), doc="the number the text states"),
        Col(
            "qualifier",
            "str",
            checks=(one_of(("exact", "more-than", "about", "at-least")),),
            doc="how the text qualifies the number: exact ('158 countries'), more-than ('over "
            "150'), about ('some 150'), at-least",
        ),
        Col(
            "as_of",
            "date",
            nullable=True,
            doc="the date the text gives the count for ('as of 2017'); 1 January or the 1st of "
            "the month when only a year or a month is given",
        ),
        Col(
            "as_of_precision",
            "str",
            nullable=True,
            checks=(one_of(PRECISIONS),),
            doc="how precisely as_of is given: day, month or year; null when as_of is",
        ),
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
            doc="value against listed_count: consistent (equal, or within what the qualifier "
            "allows), document-lists-fewer, document-lists-more, not-checkable (the document "
            "lists nothing of the kind)",
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
        Col(
            "ref_id",
            "int",
            checks=(POSITIVE,),
            doc="the footnote's number, as the text cites it ([7]); relations.ref_ids refer to it",
        ),
        Col("text", "str", doc="the footnote without leftover wiki markup"),
        Col(
            "title",
            "str",
            nullable=True,
            doc="the cited work's title: the footnote's text before its publisher and date",
            wikidata="P1476",
        ),
        Col(
            "publisher",
            "str",
            nullable=True,
            doc="the publisher or outlet (italic, quoted or after '//', or a short last segment)",
            wikidata="P123",
        ),
        *dated("date", "publication date", wikidata="P577"),
        Col(
            "access_date",
            "date",
            nullable=True,
            doc="'Retrieved'/'Accessed' date",
            wikidata="P813",
        ),
        Col(
            "language",
            "str",
            nullable=True,
            doc="ISO 639-1 code of the footnote's language (py3langid, or its script)",
            wikidata="P407",
        ),
        Col(
            "url",
            "str",
            nullable=True,
            doc="the first web address in the footnote",
            wikidata="P854",
        ),
    ),
    unique=("fact_id",),
    sort=("doc_id", "ref_id"),
)

CHANGES = TableSpec(
    name="changes",
    version=1,
    doc="What changed since the previous version, fact by fact.",
    columns=(
        Col("table", "str", doc="the table of the fact"),
        Col(
            "change",
            "str",
            checks=(one_of(("added", "removed", "changed")),),
            doc="added (new in this version), removed (gone from it), changed (same fact_id, "
            "other values; where it was read does not count)",
        ),
        Col("fact_id", "str", doc="the fact's fact_id in that table"),
        Col("doc_id", "str", nullable=True, doc="the document the fact was read from"),
        Col("changed_columns", "list_str", doc="for 'changed': the columns whose value differs"),
        Col("before", "str", nullable=True, doc="the fact's values before, as JSON"),
        Col("after", "str", nullable=True, doc="the fact's values after, as JSON"),
    ),
    unique=("table", "fact_id"),
    sort=("doc_id", "table", "change", "fact_id"),  # by document: written a batch at a time
)


AGREEMENT = ("agree", "conflict", "one-sided")
DIPEX_LEVELS = Check.isin([0, 1, 2, 3, 9])


def _side(side: str, whose: str) -> tuple[Col, ...]:
    """What one of the two articles says about the pair's relations."""
    return (
        Col(
            f"status_{side}",
            "str",
            nullable=True,
            checks=(one_of(("established", "none", "severed", "suspended", "unknown")),),
            doc=f"relations status as {whose} article states it (relations.status of its "
            "best-ranked statement); unknown: it has a row but does not say; null: it has no "
            "row for the pair",
        ),
        Col(
            f"began_{side}",
            "date",
            nullable=True,
            doc=f"when the relations began, as {whose} article states it (relations.began)",
        ),
        Col(
            f"began_precision_{side}",
            "str",
            nullable=True,
            checks=(one_of(PRECISIONS),),
            doc=f"precision of began_{side}",
        ),
        Col(
            f"began_source_{side}",
            "str",
            nullable=True,
            checks=(one_of(rule_names("relations", "began_source")),),
            doc=f"where {whose} article gives began_{side} (relations.began_source)",
        ),
        Col(
            f"began_kind_{side}",
            "str",
            nullable=True,
            checks=(one_of(BEGAN_KINDS),),
            doc=f"what began_{side} dates (relations.began_kind): the relations first "
            "established, re-established, or a recognition used for them",
        ),
    )


def _missions_of(side: str, whose: str) -> tuple[Col, ...]:
    return (
        Col(
            f"embassy_{side}",
            "bool",
            nullable=True,
            doc=f"does {whose} article say state 1 has an embassy or high commission in state 2? "
            "true: an open one; false: only that state 1 is represented there from elsewhere "
            "(accredited-from, represented-via, non-resident), or its embassy is planned or "
            "closed; null: it says nothing about one (not stated is not 'no')",
        ),
        Col(
            f"mission_kinds_{side}",
            "list_str",
            doc=f"kinds of the missions of state 1 in state 2 that {whose} article says exist "
            "(status open or opened)",
        ),
        Col(
            f"mission_cities_{side}",
            "list_str",
            doc=f"cities of those missions, as {whose} article names them",
        ),
    )


#: what an article says of one state's diplomatic mission in the other (dyads.mission_at_*)
MISSION_SAID = ("resident", "non-resident", "none", "unstated")
#: a date placed in the Correlates of War state system (dyads.began_flag_*, the panel)
STATE_SYSTEM_FLAGS = ("before-state-system", "outside-state-system")


def _mission_said(at: str, sender: str, host: str) -> tuple[Col, ...]:
    """Per direction: what each article says of `sender`'s mission in `host`, and whether
    they agree."""
    said = (
        "resident: an embassy, high commission or office of it located there that the article "
        "says exists; non-resident: accredited from elsewhere, represented through a third "
        "state or by another state's mission (interests section); none: only planned or "
        "closed, or the article says there are no relations; unstated: it says nothing of "
        "one (consulates are not diplomatic missions and count for nothing here)"
    )
    return (
        Col(
            f"mission_at_{at}_a",
            "str",
            checks=(one_of(MISSION_SAID),),
            doc=f"what state 1's article says of {sender}'s diplomatic mission in {host}: {said}",
        ),
        Col(
            f"mission_at_{at}_b",
            "str",
            checks=(one_of(MISSION_SAID),),
            doc=f"what state 2's article says of {sender}'s diplomatic mission in {host}, as "
            f"mission_at_{at}_a",
        ),
        Col(
            f"mission_at_{at}_agreement",
            "str",
            nullable=True,
            checks=(one_of(AGREEMENT),),
            doc=f"mission_at_{at}_a against mission_at_{at}_b (unstated counts as not stated): "
            "agree, conflict (e.g. resident against non-resident: 'Armenia has an embassy in "
            "Zagreb' against 'Armenia is represented in Croatia through its embassy in "
            "Rome'), one-sided; null when neither article states it",
        ),
    )


DYADS = TableSpec(
    name="dyads",
    version=2,
    doc="One row per directed pair of states (1, 2) that either state's article mentions (a "
    "relations row or a mission between the two), with what state 1's article (suffix a) and "
    "state 2's article (suffix b) each say, and whether they agree. Articles about a "
    "territory, a body that is not a state or a past period speak for no side. Derived from "
    "the fact tables after all documents are extracted; conflicts are kept, never averaged. "
    "Columns "
    "ccode1, ccode2, DR_at_1, DR_at_2, DE as in the Correlates of War Diplomatic Exchange data.",
    columns=(
        Col("iso3_1", "str", checks=(is_iso3(),), doc="state 1 (ISO 3166-1 alpha-3)"),
        Col("iso3_2", "str", checks=(is_iso3(),), doc="state 2 (ISO 3166-1 alpha-3)"),
        Col(
            "ccode1",
            "int",
            nullable=True,
            doc="Correlates of War state code of state 1 today, at the articles' snapshot "
            "(the panel, `python -m pipeline panel`, gives the code of each year: Germany is "
            "260 before 3 October 1990); null where none is known",
        ),
        Col(
            "ccode2",
            "int",
            nullable=True,
            doc="Correlates of War state code of state 2 today, as ccode1",
        ),
        Col(
            "docs_a",
            "list_str",
            doc="doc_id of state 1's article in this run (empty: the run has none)",
        ),
        Col(
            "docs_b",
            "list_str",
            doc="doc_id of state 2's article in this run (empty: the run has none)",
        ),
        *_side("a", "state 1's"),
        *_side("b", "state 2's"),
        Col(
            "status_agreement",
            "str",
            nullable=True,
            checks=(one_of(AGREEMENT),),
            doc="status_a against status_b (unknown counts as not stated): agree, conflict, "
            "one-sided (only one article states it); null: neither does",
        ),
        Col(
            "began_agreement",
            "str",
            nullable=True,
            checks=(one_of((*AGREEMENT, "different-events")),),
            doc="the years of began_a and began_b: agree, conflict, one-sided; "
            "different-events when one dates the relations' re-establishment and the other "
            "their first establishment, or when the two dates fall in different spells of "
            "either state's membership of the Correlates of War state system (Estonia-"
            "Lithuania: 1919 and 1991), or when one falls before either state entered the "
            "system and the other after (France-Romania: 1396 and 1880; began_flag_*), which is "
            "no conflict; null: neither states one (a "
            "footnote-date is a bound, not a start, and is not compared)",
        ),
        *(
            Col(
                f"began_flag_{side}",
                "str",
                nullable=True,
                checks=(one_of(STATE_SYSTEM_FLAGS),),
                doc=f"began_{side} placed in the Correlates of War state system (State System "
                "Membership List v2016, pipeline/knowledge/data/cow_system_membership.csv): "
                "before-state-system when either state, and every COW state its code stood "
                "for (its predecessor: cow_codes_by_date.csv), had not yet entered the system "
                "(France-Romania 1396); outside-state-system when either was out of it then "
                "(Estonia 1960, Germany 1950); null when both were members, or no date",
            )
            for side in ("a", "b")
        ),
        *_mission_said("2", "state 1", "state 2"),
        *_mission_said("1", "state 2", "state 1"),
        Col(
            "agreement",
            "str",
            nullable=True,
            checks=(one_of((*AGREEMENT, "different-events")),),
            doc="conflict if status, began or the mission of either state in the other "
            "(mission_at_1_agreement, mission_at_2_agreement) conflicts: no dyad whose "
            "articles disagree on a mission says agree; else agree if any agrees; else "
            "one-sided; else different-events (see began_agreement); null when neither article "
            "states any of them",
        ),
        Col(
            "relation_fact_ids_a",
            "list_str",
            doc="relations.fact_id of every row of state 1's article about state 2",
        ),
        Col(
            "relation_fact_ids_b",
            "list_str",
            doc="relations.fact_id of every row of state 2's article about state 1",
        ),
        *_missions_of("a", "state 1's"),
        *_missions_of("b", "state 2's"),
        Col(
            "mission_fact_ids_a",
            "list_str",
            doc="fact_id (missions, prose_missions) of every mission between the two states "
            "that state 1's article states, either way",
        ),
        Col(
            "mission_fact_ids_b",
            "list_str",
            doc="fact_id of every mission between the two states that state 2's article states",
        ),
        Col(
            "DR_at_1",
            "int",
            nullable=True,
            checks=(DIPEX_LEVELS,),
            doc="COW level of state 2's diplomatic representation in state 1 (the COW "
            "Diplomatic Exchange codebook, v2006.1: the rank of the head of mission, 1 chargé "
            "d'affaires, 2 minister, 3 ambassador, 9 other, 0 none), from the missions either "
            "article states: 3 for an embassy or high commission, resident or accredited from "
            "elsewhere (the text names the mission, not its head's rank: an embassy is read "
            "as an ambassador's, which a post held by a chargé d'affaires ad interim would "
            "not be), 9 other (an embassy branch, representative, economic or trade office; "
            "interests looked after by a third state's mission), 0 none (an article says "
            "there are no relations, none says established, no mission stated); null when the "
            "articles do not tell (never 0 for silence); consulates give no level; 1 (chargé) "
            "and 2 (minister) are never read, since the articles do not name the rank; "
            "DR_resident_at_1 leaves non-resident accreditations out",
        ),
        Col(
            "DR_at_2",
            "int",
            nullable=True,
            checks=(DIPEX_LEVELS,),
            doc="COW level of state 1's diplomatic representation in state 2, as DR_at_1",
        ),
        Col(
            "DE",
            "int",
            nullable=True,
            checks=(Check.isin([0, 1]),),
            doc="COW diplomatic exchange: 1 when either state is represented in the other "
            "(DR_at_1 or DR_at_2 above 0), 0 when both are 0, null otherwise",
        ),
        Col(
            "DR_resident_at_1",
            "int",
            nullable=True,
            checks=(DIPEX_LEVELS,),
            doc="DR_at_1 counting only state 2's missions located in state 1 (resident): a "
            "non-resident accreditation, representation through a third state or an "
            "interests section never counts; 0 when the articles state state 2's "
            "representation there and all of it is non-resident, or say there are no "
            "relations; null when they state none",
        ),
        Col(
            "DR_resident_at_2",
            "int",
            nullable=True,
            checks=(DIPEX_LEVELS,),
            doc="DR_at_2 counting only state 1's missions located in state 2, as DR_resident_at_1",
        ),
    ),
    unique=("iso3_1", "iso3_2"),
    sort=("iso3_1", "iso3_2"),
)

#: the fact tables `coverage` counts, in the order each document's rows are written: every one
#: with a coverage measure in schemas/families.py, in the order declared there
COVERAGE_FAMILIES = tuple(t.name for t in families.fact_tables() if t.coverage is not None)

COVERAGE = TableSpec(
    name="coverage",
    version=1,
    doc="What each article states, per fact family, beside the counts it claims. A fact absent "
    "from an article is not stated, not false.",
    columns=(
        Col("doc_id", "str", doc="input file name without its extension"),
        Col("subject_iso3", "str", nullable=True, checks=(is_iso3(),), doc="the article's state"),
        Col(
            "family",
            "str",
            checks=(one_of(COVERAGE_FAMILIES),),
            doc="the fact table counted",
        ),
        Col("facts", "int", checks=(Check.ge(0),), doc="rows of that table from the article"),
        Col(
            "resolved",
            "int",
            nullable=True,
            checks=(Check.ge(0),),
            doc="relations: rows whose counterpart is named (a state, organization or entity); "
            "missions: all (both states are always known); recognitions: rows whose recognized "
            "state has a code; memberships, organization_roles: rows of a known organization; "
            "null for claims and references",
        ),
        Col(
            "counterparts",
            "int",
            nullable=True,
            checks=(Check.ge(0),),
            doc="distinct states the family pairs the subject with (relations: counterpart_iso3; "
            "missions, recognitions: the other state of the subject's facts) or distinct "
            "organizations (memberships, organization_roles); null for claims and references",
        ),
        Col(
            "claimed",
            "int",
            nullable=True,
            checks=(Check.ge(0),),
            doc="the count the article claims for the family (claims: relations-count, "
            "embassies-count, recognitions-count, memberships-count): the latest dated, else the "
            "first stated; null when it claims none",
        ),
        Col(
            "claimed_qualifier",
            "str",
            nullable=True,
            checks=(one_of(("exact", "more-than", "about", "at-least")),),
            doc="claims.qualifier of the claimed count",
        ),
        Col("claimed_as_of", "date", nullable=True, doc="claims.as_of of the claimed count"),
        Col(
            "claimed_values",
            "list_int",
            doc="every count the article claims for the family, in the order of their lines",
        ),
        Col("claim_fact_ids", "list_str", doc="claims.fact_id of those claims, in the same order"),
    ),
    unique=("doc_id", "family"),
    sort=("doc_id",),
)


#: every table declared here, fact tables in any order (schemas/families.py orders them)
DECLARED: dict[str, TableSpec] = {
    t.name: t
    for t in (
        DOCUMENTS,
        RELATIONS,
        RELATION_EVENTS,
        MISSIONS,
        PROSE_MISSIONS,
        RECOGNITIONS,
        MEMBERSHIPS,
        ORGANIZATION_ROLES,
        CLAIMS,
        REFERENCES,
        CHANGES,
        ORGANIZATIONS,
        STATES,
        *HISTORY_SPECS,
        DYADS,
        COVERAGE,
    )
}


def _published_order() -> tuple[str, ...]:
    """The fact tables in the order their families are declared, then the others as declared
    here; a family's table without a spec, or a spec of facts no family holds, is a mistake
    said when this module is imported."""
    facts = tuple(t.name for t in families.fact_tables())
    others = tuple(n for n in DECLARED if n not in facts)
    if missing := [n for n in facts if n not in DECLARED]:
        raise LookupError(f"schemas/families.py names tables without a spec here: {missing}")
    if strays := [n for n in others if DECLARED[n].names[:1] == ["fact_id"]]:
        raise LookupError(f"tables of facts that no family in schemas/families.py holds: {strays}")
    return facts + others


#: every table; each country column (`*_iso3`) followed by its `*_cow` and `*_gw` codes
TABLES: dict[str, TableSpec] = {
    name: with_country_codes(DECLARED[name]) for name in _published_order()
}
