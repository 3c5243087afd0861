"""All the facts of one document: read -> layout -> analysis -> extract -> resolve.

`Extractors` holds what is built once per process (knowledge, the entity spotter, the rule
engine). `extract_analysis` makes what the layers below give every family once (the engine's
readings of each sentence, the relations rows, the rows' mission readings) and runs each fact
family's step (`STEPS`) in the order the families' declarations give (`schemas.families`:
the rows' counterparts, then the missions, then the relations whose status the missions
imply, ...), each seeing only what it declares it requires.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from pipeline.analysis.document import Analyzer, DocumentAnalysis, ProseSentence
from pipeline.analysis.text import Sentence
from pipeline.dates import DATE_PHRASE
from pipeline.engine import Engine, Resources, Rule, SentenceReadings, Where
from pipeline.errors import shown
from pipeline.extract.began import BeganKind, KindWords, began_kind, plain_cell
from pipeline.extract.grammar import Grammar
from pipeline.extract.memberships import MembershipClaim
from pipeline.extract.missions import ROW, MissionClaim
from pipeline.extract.references import Identify, language_identifier, reference_records
from pipeline.extract.relations import RelationRow, no_relation_rows, relation_rows
from pipeline.extract.status import RowReadings, row_readings
from pipeline.family_run import Key, Made, Step, run_families
from pipeline.formats import build_layout, read_document
from pipeline.knowledge import Knowledge, load_knowledge
from pipeline.learned.reader import MembershipModelReader, load_reader
from pipeline.model import Layout
from pipeline.records import (
    DocumentRecord,
    MembershipRecord,
    MissionRecord,
    RecognitionRecord,
    Record,
    RelationEventRecord,
    RelationRecord,
    RoleRecord,
    cities_kept,
    merged,
    with_fact_ids,
)
from pipeline.resolve.claims import claim_records, listed_counts
from pipeline.resolve.codes import Row, coded_row
from pipeline.resolve.counterpart import Counterpart, CounterpartResolver
from pipeline.resolve.heading import heading_state
from pipeline.resolve.memberships import membership_record
from pipeline.resolve.missions import MissionResolver, RowContext, with_residence
from pipeline.resolve.recognitions import merge_occasions, recognition_record
from pipeline.resolve.relations import RelationState, relation_events, relation_state
from pipeline.rules import DECIDERS, RULES
from pipeline.rules import began as began_rules
from pipeline.rules import claims as claim_rules
from pipeline.rules import memberships as membership_rules
from pipeline.rules import missions as mission_rules
from pipeline.rules import recognitions as recognition_rules
from pipeline.rules import status as status_rules
from schemas import rules as R
from schemas.iso3 import historic_iso3_codes, iso3_codes
from schemas.names import FACT_TABLES

Tables = dict[str, list[Record]]


@dataclass(frozen=True)
class Extractors:
    """Everything the stages need that is built once per process."""

    knowledge: Knowledge
    analyzer: Analyzer
    engine: Engine
    counterparts: CounterpartResolver
    mission_resolver: MissionResolver
    identify: Identify | None
    #: the learned reader that adds memberships the rules missed (None: switched off)
    learned: MembershipModelReader | None = None

    @classmethod
    def build(cls, knowledge: Knowledge | None = None, *, languages: bool = True) -> Extractors:
        knowledge = knowledge or load_knowledge()
        grammar = Grammar(knowledge)
        return cls(
            knowledge=knowledge,
            analyzer=Analyzer(knowledge),
            engine=Engine(RULES, DECIDERS, Resources(knowledge.vocabulary, grammar)),
            counterparts=CounterpartResolver(knowledge, grammar),
            mission_resolver=MissionResolver(knowledge.gazetteer, iso3_codes()),
            identify=language_identifier() if languages else None,
            learned=load_reader(knowledge),
        )


#: a mission that is or was open: it implies relations between its two states
OPEN_STATUSES = frozenset({"open", "opened"}) | mission_rules.COVERING_STATUSES


class Read:
    """Each sentence of a document read once by the engine, for every family that asks."""

    def __init__(self, engine: Engine, subject: str | None) -> None:
        self._engine = engine
        self._subject = subject
        self._done: dict[tuple[int, bool], SentenceReadings] = {}
        self._parts: dict[tuple[str, str], SentenceReadings] = {}

    def __call__(self, sentence: Sentence, *, in_row: bool = False) -> SentenceReadings:
        key = (id(sentence), in_row)
        if key not in self._done:
            where = Where(in_row=in_row, subject=self._subject)
            self._done[key] = self._engine.read(sentence, where)
        return self._done[key]

    def part(self, text: str, part: str) -> SentenceReadings:
        """A text of a row that is not a sentence of it (its began cell, its column's header),
        read once per document whatever the number of rows that share it."""
        key = (text, part)
        if key not in self._parts:
            where = Where(subject=self._subject, part=part)
            self._parts[key] = self._engine.read(Sentence.of(text, 0, ()), where)
        return self._parts[key]


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
    """Every table's records from an analysed document: each fact family's step run in the
    order the families' declarations give (`pipeline.family_run`), then the fact ids."""
    read = Read(ex.engine, analysis.layout.document.subject_iso3)
    rows = relation_rows(analysis)
    given = Given(
        analysis=analysis,
        ex=ex,
        read=read,
        rows=rows,
        listed=no_relation_rows(analysis),
        row_claims=[
            [mission_rules.claims(read(s, in_row=True)) for s in row.sentences] for row in rows
        ],
    )
    made = run_families(STEPS, given)
    return {name: with_fact_ids(name, cast(list[Record], made[name])) for name in FACT_TABLES}


@dataclass(frozen=True)
class Given:
    """What the layers below give every family of one document: its analysis, the engine's
    readings of its sentences (`read`), its relations rows and 'no relations' entries, and the
    rows' mission readings (which name a row's counterpart as well as its missions)."""

    analysis: DocumentAnalysis
    ex: Extractors
    read: Read
    rows: list[RelationRow]
    listed: list[RelationRow]
    row_claims: list[list[list[MissionClaim]]]

    @property
    def subject(self) -> str | None:
        return self.analysis.layout.document.subject_iso3

    @property
    def doc_id(self) -> str:
        return self.analysis.layout.document.doc_id


@dataclass(frozen=True)
class RowCounterparts:
    """The counterpart of each relations row and of each 'no relations' entry, in order."""

    rows: list[Counterpart]
    listed: list[Counterpart]


@dataclass(frozen=True)
class RowStatus:
    """What one relations row's sentences say of the relations, read once for its status and
    its events."""

    row: RelationRow
    counterpart: Counterpart
    readings: RowReadings


COUNTERPARTS: Key[RowCounterparts] = Key("row.counterpart")
MISSIONS: Key[list[MissionRecord]] = Key("missions")
RELATIONS: Key[list[RelationRecord]] = Key("relations")
ROW_STATUS: Key[list[RowStatus]] = Key("row.status")
RECOGNITIONS: Key[list[RecognitionRecord]] = Key("recognitions")
MEMBERSHIPS: Key[list[MembershipRecord]] = Key("memberships")


def _documents_step(g: Given, _made: Made) -> dict[str, object]:
    stated = sum(1 for row in g.rows if row.table_kind != "yes-no")
    return {"documents": [_document(g.analysis.layout, stated, g.ex.knowledge)]}


def _counterparts_step(g: Given, _made: Made) -> dict[str, object]:
    resolve, footnotes = g.ex.counterparts.resolve, g.analysis.footnotes
    rows = [
        resolve(row, claims, footnotes, g.subject)
        for row, claims in zip(g.rows, g.row_claims, strict=True)
    ]
    listed = [resolve(row, [], footnotes, g.subject) for row in g.listed]
    return {COUNTERPARTS.name: RowCounterparts(rows, listed)}


def _missions_step(g: Given, made: Made) -> dict[str, object]:
    cps = made.get(COUNTERPARTS).rows
    return {
        MISSIONS.name: _missions(g.rows, g.row_claims, cps, g.ex, g.doc_id, g.subject),
        "prose_missions": _prose_missions(g.analysis, g.ex, g.read, g.doc_id, g.subject),
    }


def _relations_step(g: Given, made: Made) -> dict[str, object]:
    """Every relations row with its status and start (a table of yes/no answers is read for
    missions and recognitions, but holds no relations), and every 'no relations' entry."""
    cps = made.get(COUNTERPARTS)
    mission_pairs = _open_mission_pairs(made.get(MISSIONS))
    layout = g.analysis.layout
    stated = [
        RowStatus(row, cp, _row_readings(row, g.read, layout))
        for row, cp in zip(g.rows, cps.rows, strict=True)
        if row.table_kind != "yes-no"
    ]
    relations = [_relation(s, g.read, g.subject, mission_pairs) for s in stated] + [
        _listed(row, cp, g.subject) for row, cp in zip(g.listed, cps.listed, strict=True)
    ]
    return {RELATIONS.name: relations, ROW_STATUS.name: stated}


def _events_step(g: Given, made: Made) -> dict[str, object]:
    stated = made.get(ROW_STATUS)
    return {"relation_events": merged(e for s in stated for e in _events(s, g.subject))}


def _recognitions_step(g: Given, made: Made) -> dict[str, object]:
    cps = made.get(COUNTERPARTS).rows
    return {RECOGNITIONS.name: _recognitions(g.rows, cps, g.analysis, g.ex, g.read, g.doc_id)}


def _memberships_step(g: Given, made: Made) -> dict[str, object]:
    cps = made.get(COUNTERPARTS).rows
    members, roles = _memberships(g.rows, cps, g.analysis, g.ex, g.read, g.doc_id)
    if g.ex.learned is not None:  # what the rules did not read, where the model is sure enough
        members = g.ex.learned.memberships(g.analysis, g.rows, cps, members, roles)
    return {MEMBERSHIPS.name: members, "organization_roles": roles}


def _claims_step(g: Given, made: Made) -> dict[str, object]:
    """The counts the text states, beside what the document lists of each family."""
    counts = [c for p in g.analysis.prose for c in claim_rules.claims(g.read(p.sentence))]
    listed = listed_counts(
        made.get(RELATIONS),
        made.get(MEMBERSHIPS),
        made.get(RECOGNITIONS),
        made.get(MISSIONS),
        g.subject,
    )
    return {"claims": claim_records(counts, g.doc_id, g.subject, listed)}


def _references_step(g: Given, _made: Made) -> dict[str, object]:
    return {"references": list(reference_records(g.analysis.layout, g.ex.identify))}


#: each fact family's step (`schemas.families` declares what each requires and assigns)
STEPS: dict[str, Step[Given]] = {
    "documents": _documents_step,
    "counterparts": _counterparts_step,
    "missions": _missions_step,
    "relations": _relations_step,
    "relation_events": _events_step,
    "recognitions": _recognitions_step,
    "memberships": _memberships_step,
    "claims": _claims_step,
    "references": _references_step,
}


def _missions(
    rows: list[RelationRow],
    row_claims: list[list[list[MissionClaim]]],
    counterparts: list[Counterpart],
    ex: Extractors,
    doc_id: str,
    subject: str | None,
) -> list[MissionRecord]:
    out: list[MissionRecord] = []
    for row, claims, cp in zip(rows, row_claims, counterparts, strict=True):
        ctx = RowContext(subject, cp.iso3, row.section, row.source_line)
        for claim in (c for own in claims for c in own):
            record = ex.mission_resolver.record(claim, ctx, doc_id)
            if record is not None:
                out.append(record)
    return with_residence(cities_kept(merged(out)))


def _prose_missions(
    analysis: DocumentAnalysis, ex: Extractors, read: Read, doc_id: str, subject: str | None
) -> list[MissionRecord]:
    out: list[MissionRecord] = []
    for prose in analysis.prose:
        ctx = RowContext(subject, None, " > ".join(prose.section), None)
        for claim in mission_rules.claims(read(prose.sentence)):
            record = ex.mission_resolver.record(claim, ctx, doc_id)
            if record is not None:
                out.append(record)
    return with_residence(cities_kept(merged(out)))


def _open_mission_pairs(
    missions: list[MissionRecord],
) -> set[tuple[int | None, frozenset[str | None]]]:
    """(relations line, the two states) of each mission that is or was open: one set per
    document, looked up by each row instead of every row scanning every mission."""
    return {
        (m.relation_line, frozenset({m.sender_iso3, m.host_iso3}))
        for m in missions
        if m.status in OPEN_STATUSES
    }


def _row_readings(row: RelationRow, read: Read, layout: Layout) -> RowReadings:
    found = [read(s, in_row=True) for s in row.sentences]
    return row_readings(row, layout, status_rules.changes(found), status_rules.began(found))


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


def _relation(
    stated: RowStatus,
    read: Read,
    subject: str | None,
    mission_pairs: set[tuple[int | None, frozenset[str | None]]],
) -> RelationRecord:
    """The row's relation: its status and since when."""
    row, cp, readings = stated.row, stated.counterpart, stated.readings
    found = [read(s, in_row=True) for s in row.sentences]
    has_missions = (
        cp.iso3 is not None and (row.source_line, frozenset({subject, cp.iso3})) in mission_pairs
    )
    state = relation_state(readings, subject, cp.iso3, has_missions)
    began = state.began
    kind = _began_kind(row, found, readings, state, read)
    return _row_record(
        row,
        cp,
        subject,
        extractor="relations.table-row",
        began=began.date if began else None,
        began_precision=began.precision if began else None,
        began_source=state.began_source,
        began_note=began.note if began else None,
        began_kind=kind.kind if kind else None,
        began_kind_rule=kind.rule if kind else None,
        status=state.status,
        status_rule=state.rule,
        status_evidence=state.evidence,
    )


def _listed(row: RelationRow, cp: Counterpart, subject: str | None) -> RelationRecord:
    return _row_record(
        row,
        cp,
        subject,
        extractor="relations.no-relations-list",
        status="none",
        status_rule=R.NO_RELATIONS_LIST.name,
        status_evidence=f"listed under {row.section!r}",
    )


def _began_kind(
    row: RelationRow,
    found: list[SentenceReadings],
    readings: RowReadings,
    state: RelationState,
    read: Read,
) -> BeganKind | None:
    """What the row's began date dates, from the began-kind words the family's rules read in
    the began cell, the sentence the date was read from, the row's sentences and the header."""
    sentence = next(
        (
            b.text
            for b in readings.began
            if b.source == R.BEGAN_SENTENCE_DATE.name == state.began_source
        ),
        None,
    )
    dated = next((f for f in found if f.sentence.evidence == sentence), None) if sentence else None
    return began_kind(
        state.began,
        state.began_source,
        _part_words(read, plain_cell(row.began_text) or "", began_rules.BEGAN_CELL),
        began_rules.words(dated, began_rules.BEGAN_SENTENCE, sentence) if dated else None,
        [began_rules.words(f, began_rules.ROW_SENTENCE) for f in found],
        _part_words(read, row.began_header or "", began_rules.BEGAN_HEADER),
    )


def _part_words(read: Read, text: str, rule: Rule) -> KindWords:
    """The began-kind words `rule` reads in a text of the row that is not a sentence of it."""
    if not text:
        return KindWords(text, ())
    return began_rules.words(read.part(text, rule.name), rule)


def _row_record(
    row: RelationRow, cp: Counterpart, subject: str | None, **values: object
) -> RelationRecord:
    return RelationRecord(
        doc_id=row.doc_id,
        source_line=row.source_line,
        evidence=row.evidence,
        end_line=row.end_line,
        subject_iso3=subject,
        region=row.region,
        section=row.section,
        table_index=row.table_index,
        row_index=row.row_index,
        table_kind=row.table_kind,
        table_header=row.table_header,
        cells=list(row.cells),
        country_text=row.country_text,
        began_text=plain_cell(row.began_text),
        notes_text=row.notes_text,
        ref_ids=list(row.ref_ids),
        empty_row=row.is_empty,
        counterpart_iso3=cp.iso3,
        counterpart_name=cp.name,
        counterpart_org_id=cp.org_id,
        counterpart_kind=cp.kind,
        counterpart_method=cp.method,
        counterpart_evidence=cp.evidence,
        counterpart_candidates=list(cp.candidates),
        **values,  # type: ignore[arg-type]
    )


def _recognitions(
    rows: list[RelationRow],
    counterparts: list[Counterpart],
    analysis: DocumentAnalysis,
    ex: Extractors,
    read: Read,
    doc_id: str,
) -> list[RecognitionRecord]:
    valid = iso3_codes() | historic_iso3_codes()
    names = {code: c.name for code, c in ex.knowledge.gazetteer.countries.items()}
    records = []
    grammar = ex.engine.resources.grammar
    subject = analysis.layout.document.subject_iso3
    # the sentence before's state and date are computed only for a sentence with claims (few)
    for row, cp in zip(rows, counterparts, strict=True):
        last: Sentence | None = None
        for sentence in row.sentences:
            claims = list(recognition_rules.claims(read(sentence, in_row=True)))
            previous = _sentence_state(grammar, last) if claims and last else None
            dated = _last_date(last) if claims and last else None
            for claim in claims:
                record = recognition_record(
                    claim, doc_id, row.section, valid, cp.iso3, names, subject, previous, dated
                )
                if record is not None:
                    records.append(record)
            last = sentence
    before: ProseSentence | None = None
    for prose in analysis.prose:
        same = before is not None and (before.sentence.line, before.section) == (
            prose.sentence.line,
            prose.section,
        )
        claims = list(recognition_rules.claims(read(prose.sentence)))
        previous = _sentence_state(grammar, before.sentence) if claims and same and before else None
        dated = _last_date(before.sentence) if claims and same and before else None
        for claim in claims:
            record = recognition_record(
                claim,
                doc_id,
                " > ".join(prose.section),
                valid,
                subject=subject,
                previous=previous,
                previous_date=dated,
            )
            if record is not None:
                records.append(record)
        before = prose
    return merge_occasions(records)


def _last_date(sentence: Sentence) -> str | None:
    """The last full date a sentence writes: the date of its event, for a next sentence that
    opens "By this agreement" or "Through this event"."""
    found = list(DATE_PHRASE.finditer(sentence.text))
    return found[-1].group(0) if found else None


def _sentence_state(grammar: Grammar, sentence: Sentence) -> str | None:
    """The one state a sentence's clauses have as their subject ("Egypt recognized the DPRK in
    1963."), which a next sentence's "It" stands for; None when none or several."""
    states: set[str | None] = set()
    for clause in grammar.clauses(sentence):
        code = grammar.clause_state(sentence, clause)
        if code is not None and CO_SUBJECT.match(sentence.masked, clause.start + clause.body):
            code = ""  # "⟪Norway⟫ and ⟪Peru⟫ opened ...": several states
        if code is not None:
            states.add(code)
    for m in INNER_SUBJECT.finditer(sentence.masked):  # "..., and the ⟪DPRK⟫ does not"
        mention = sentence.mention(m.group(1))
        states.add(mention.code if mention.is_state else "")
    one = states.pop() if len(states) == 1 else None
    return one or None


#: a state that opens a clause of its own inside a sentence: "..., and the ⟪DPRK⟫ does not"
INNER_SUBJECT = re.compile(
    r"[,;]\s*(?:and|but)\s+(?:the\s+)?⟪(\d+)⟫\s+(?:does|did|do|has|have|had|is|was|were|are|"
    r"also|\w+ed)\b"
)


#: another state after a clause's subject: "⟪Norway⟫ and ⟪Peru⟫", "⟪Norway⟫, ⟪Peru⟫"
CO_SUBJECT = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?⟪")


def _memberships(
    rows: list[RelationRow],
    counterparts: list[Counterpart],
    analysis: DocumentAnalysis,
    ex: Extractors,
    read: Read,
    doc_id: str,
) -> tuple[list[MembershipRecord], list[RoleRecord]]:
    valid = iso3_codes()
    orgs = ex.knowledge.organizations.orgs
    found: list[MembershipRecord | RoleRecord | None] = []

    def record(claim: MembershipClaim, counterpart: str | None, section: str, where: str) -> None:
        kind = orgs[claim.org_id].kind if claim.org_id in orgs else None
        found.append(membership_record(claim, counterpart, doc_id, section, where, valid, kind))

    for claim in ex.engine.resources.once(membership_rules.reader).participation_list(analysis):
        record(claim, None, "", "memberships.participation-list")
    for row, cp in zip(rows, counterparts, strict=True):
        for sentence in row.sentences:
            for claim in membership_rules.claims(read(sentence, in_row=True)):
                record(claim, cp.iso3, row.section, "memberships.table-row")
    subject = analysis.layout.document.subject_iso3
    gazetteer = ex.knowledge.gazetteer
    for prose in analysis.prose:
        for claim in membership_rules.claims(read(prose.sentence)):
            # "Both countries" under a heading that names a country: the subject and that country
            heading = (
                heading_state(prose.section, gazetteer, subject) if claim.member == ROW else None
            )
            record(claim, heading, " > ".join(prose.section), "memberships.prose")
    ordered = sorted((f for f in found if f is not None), key=lambda r: r.source_line)
    members = [r for r in ordered if isinstance(r, MembershipRecord)]
    roles = [r for r in ordered if isinstance(r, RoleRecord)]
    return merged(members), merged(roles)


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


def _warnings(layout: Layout, path: Path, row_count: int) -> list[str]:
    tables = layout.tables()
    if not tables:
        return [f"{shown(path)}: no grid tables; only prose facts are extracted"]
    if not row_count:
        return [f"{shown(path)}: no relations table among its {len(tables)} tables"]
    return []
