"""The extract phase of every fact family of one document, made before any family resolves.

Each sentence is read once by the engine (`Read`), and what each family takes from the
readings is kept, typed, in one `Given`: the mission claims of the rows' sentences (which name a
row's counterpart as well as its missions) and of the prose, what a row's sentences, began cell
and footnote say of the relations and the began-kind words of its texts, the recognitions with
the state and date of the sentence before, the memberships, the counts the text states and the
footnotes parsed. The families' steps (`pipeline.families.<family>`) then only resolve: no step
reads a sentence, so the document goes down the stages once (analysis -> extract -> resolve)
instead of back and forth between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.analysis.document import DocumentAnalysis, ProseSentence
from pipeline.analysis.text import Sentence
from pipeline.dates import DATE_PHRASE
from pipeline.engine import Rule, Where
from pipeline.extract.began import KindWords, plain_cell
from pipeline.extract.grammar import Grammar
from pipeline.extract.memberships import MembershipClaim
from pipeline.extract.missions import MissionClaim
from pipeline.extract.references import reference_records
from pipeline.extract.relations import RelationRow, no_relation_rows, relation_rows
from pipeline.extract.status import RowReadings, row_readings
from pipeline.families.extractors import Extractors, Read
from pipeline.model import Layout
from pipeline.records import ReferenceRecord
from pipeline.rules import began as began_rules
from pipeline.rules import claims as claim_rules
from pipeline.rules import membership_its_members as its_members
from pipeline.rules import memberships as membership_rules
from pipeline.rules import mission_table
from pipeline.rules import missions as mission_rules
from pipeline.rules import recognitions as recognition_rules
from pipeline.rules import status as status_rules
from pipeline.rules.claims import CountClaim
from pipeline.rules.recognitions import RecognitionClaim
from schemas import rules as R


@dataclass(frozen=True)
class MissionReadings:
    """The mission claims of each row's sentences (row -> sentence -> claims), and of each
    prose sentence with its section."""

    rows: list[list[list[MissionClaim]]]
    prose: list[tuple[str, list[MissionClaim]]]
    #: the claims of the rows of tables that list the subject's missions, each with the row's
    #: first cell (`pipeline.rules.mission_table`)
    table: list[tuple[str, MissionClaim]]


@dataclass(frozen=True)
class BeganWords:
    """A row's began cell without markup, and the began-kind words read in its texts: the cell,
    the sentence a began date was read from (None when none was), each row sentence, and the
    began column's header (`pipeline.resolve.began` picks the one that qualifies the date)."""

    cell_text: str | None
    cell: KindWords
    sentence: KindWords | None
    sentences: list[KindWords]
    header: KindWords


@dataclass(frozen=True)
class StatusReading:
    """What a stated relations row's sentences, began cell and footnote say of the relations."""

    readings: RowReadings
    began: BeganWords


@dataclass(frozen=True)
class Recognized:
    """A recognition claim, with the state and the last date of the sentence before it (for a
    claim whose recognizer is "it", or that opens "By this agreement"); `section`: its prose
    sentence's section; `earlier`: the last date of the nearest sentence before it, in its row
    or paragraph, that writes one (the year of a day written with none: "On 9 October, of the
    same year, ...")."""

    claim: RecognitionClaim
    previous: str | None
    dated: str | None
    section: str = ""
    earlier: str | None = None


@dataclass(frozen=True)
class RecognitionReadings:
    rows: list[list[Recognized]]
    prose: list[Recognized]


@dataclass(frozen=True)
class MembershipReadings:
    """The participation list's claims, each row's claims, and each prose claim's section (its
    headings, outermost first)."""

    participation: list[MembershipClaim]
    rows: list[list[MembershipClaim]]
    prose: list[tuple[tuple[str, ...], MembershipClaim]]


@dataclass(frozen=True)
class Readings:
    """Every family's readings of one document."""

    missions: MissionReadings
    #: one per relations row: None for a table of yes/no answers, which holds no relations
    status: list[StatusReading | None]
    #: the began cell of each 'no relations' entry, without markup
    listed_began: list[str | None]
    recognitions: RecognitionReadings
    memberships: MembershipReadings
    counts: list[CountClaim]
    references: list[ReferenceRecord]


@dataclass(frozen=True)
class Given:
    """What the layers below give every family of one document: its analysis, its relations
    rows and 'no relations' entries, and every family's readings of it."""

    analysis: DocumentAnalysis
    ex: Extractors
    rows: list[RelationRow]
    listed: list[RelationRow]
    readings: Readings

    @property
    def subject(self) -> str | None:
        return self.analysis.layout.document.subject_iso3

    @property
    def doc_id(self) -> str:
        return self.analysis.layout.document.doc_id


def given(analysis: DocumentAnalysis, ex: Extractors) -> Given:
    """The document's rows and every family's readings of it, each sentence read once."""
    read = Read(ex.engine, analysis.layout.document.subject_iso3)
    rows = relation_rows(analysis)
    listed = no_relation_rows(analysis)
    layout = analysis.layout
    readings = Readings(
        missions=MissionReadings(
            [[mission_rules.claims(read(s, in_row=True)) for s in row.sentences] for row in rows],
            [
                (" > ".join(p.section), mission_rules.claims(read(p.sentence)))
                for p in analysis.prose
            ],
            _table_mission_claims(layout, ex),
        ),
        status=[
            _status_reading(row, read, layout) if row.table_kind != "yes-no" else None
            for row in rows
        ],
        listed_began=[plain_cell(row.began_text) for row in listed],
        recognitions=_recognition_readings(rows, analysis, ex, read),
        memberships=_membership_readings(rows, analysis, ex, read),
        counts=[c for p in analysis.prose for c in claim_rules.claims(read(p.sentence))],
        references=list(reference_records(layout, ex.identify)),
    )
    return Given(analysis, ex, rows, listed, readings)


def _table_mission_claims(layout: Layout, ex: Extractors) -> list[tuple[str, MissionClaim]]:
    """The mission-table-row claims of each row of a table listing the subject's missions (a
    statement of its own, kept apart from the relations rows), with the row's first cell."""
    where = Where(subject=layout.document.subject_iso3, part=mission_table.PART)
    out: list[tuple[str, MissionClaim]] = []
    rows = mission_table.row_sentences(layout, ex.analyzer.spotter, ex.knowledge.vocabulary)
    for sentence in rows:
        first_cell = sentence.text.split(mission_table.CELL)[0]
        for claim in mission_rules.claims(ex.engine.read(sentence, where)):
            if claim.rule == R.MISSION_TABLE_ROW.name:
                out.append((first_cell, claim))
    return out


def _status_reading(row: RelationRow, read: Read, layout: Layout) -> StatusReading:
    readings = _row_readings(row, read, layout)
    return StatusReading(readings, _began_words(row, readings, read))


def _row_readings(row: RelationRow, read: Read, layout: Layout) -> RowReadings:
    found = [read(s, in_row=True) for s in row.sentences]
    return row_readings(row, layout, status_rules.changes(found), status_rules.began(found))


def _began_words(row: RelationRow, readings: RowReadings, read: Read) -> BeganWords:
    """The began-kind words the family's rules read in the began cell, the sentence a date was
    read from, the row's sentences and the header."""
    found = [read(s, in_row=True) for s in row.sentences]
    sentence = next(
        (b.text for b in readings.began if b.source == R.BEGAN_SENTENCE_DATE.name),
        None,
    )
    dated = next((f for f in found if f.sentence.evidence == sentence), None) if sentence else None
    cell = plain_cell(row.began_text)
    return BeganWords(
        cell,
        _part_words(read, cell or "", began_rules.BEGAN_CELL),
        began_rules.words(dated, began_rules.BEGAN_SENTENCE, sentence) if dated else None,
        [began_rules.words(f, began_rules.ROW_SENTENCE) for f in found],
        _part_words(read, row.began_header or "", began_rules.BEGAN_HEADER),
    )


def _part_words(read: Read, text: str, rule: Rule) -> KindWords:
    """The began-kind words `rule` reads in a text of the row that is not a sentence of it."""
    if not text:
        return KindWords(text, ())
    return began_rules.words(read.part(text, rule.name), rule)


def _recognition_readings(
    rows: list[RelationRow], analysis: DocumentAnalysis, ex: Extractors, read: Read
) -> RecognitionReadings:
    grammar = ex.engine.resources.grammar
    in_rows: list[list[Recognized]] = []
    # the sentence before's state and date are computed only for a sentence with claims (few)
    for row in rows:
        found: list[Recognized] = []
        for i, sentence in enumerate(row.sentences):
            claims = list(recognition_rules.claims(read(sentence, in_row=True)))
            last = row.sentences[i - 1] if claims and i else None
            previous = _sentence_state(grammar, last) if last else None
            dated = _last_date(last) if last else None
            earlier = _earlier_date(row.sentences[:i]) if claims else None
            found += [Recognized(claim, previous, dated, "", earlier) for claim in claims]
        in_rows.append(found)
    in_prose: list[Recognized] = []
    paragraph: list[Sentence] = []  # the sentences before this one in its paragraph
    before: ProseSentence | None = None
    for prose in analysis.prose:
        same = before is not None and (before.sentence.line, before.section) == (
            prose.sentence.line,
            prose.section,
        )
        if not same:
            paragraph = []
        claims = list(recognition_rules.claims(read(prose.sentence)))
        previous = _sentence_state(grammar, before.sentence) if claims and same and before else None
        dated = _last_date(before.sentence) if claims and same and before else None
        earlier = _earlier_date(paragraph) if claims else None
        section = " > ".join(prose.section)
        in_prose += [Recognized(claim, previous, dated, section, earlier) for claim in claims]
        before = prose
        paragraph.append(prose.sentence)
    return RecognitionReadings(in_rows, in_prose)


def _last_date(sentence: Sentence) -> str | None:
    """The last full date a sentence writes: the date of its event, for a next sentence that
    opens "By this agreement" or "Through this event"."""
    found = list(DATE_PHRASE.finditer(sentence.text))
    return found[-1].group(0) if found else None


def _earlier_date(sentences: Sequence[Sentence]) -> str | None:
    """The last full date of the nearest of `sentences` (those before a sentence in its row or
    paragraph) that writes one."""
    return next((d for s in reversed(sentences) if (d := _last_date(s)) is not None), None)


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


def _membership_readings(
    rows: list[RelationRow], analysis: DocumentAnalysis, ex: Extractors, read: Read
) -> MembershipReadings:
    reader = ex.engine.resources.once(membership_rules.reader)
    grammar = ex.engine.resources.grammar
    in_rows: list[list[MembershipClaim]] = []
    for row in rows:
        found: list[MembershipClaim] = []
        last: Sentence | None = None
        for sentence in row.sentences:
            claims = membership_rules.claims(read(sentence, in_row=True))
            found += its_members.resolve_previous(claims, last, grammar)
            last = sentence
        in_rows.append(found)
    in_prose: list[tuple[tuple[str, ...], MembershipClaim]] = []
    before: ProseSentence | None = None
    for prose in analysis.prose:
        same = before is not None and (before.sentence.line, before.section) == (
            prose.sentence.line,
            prose.section,
        )
        claims = membership_rules.claims(read(prose.sentence))
        last = before.sentence if same and before else None
        in_prose += [
            (tuple(prose.section), c) for c in its_members.resolve_previous(claims, last, grammar)
        ]
        before = prose
    return MembershipReadings(reader.participation_list(analysis), in_rows, in_prose)
