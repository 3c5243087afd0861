"""What a relations row says about when relations began and where they stand.

Readings, not decisions: the date in the "Formal relations began" cell, the date a sentence
attaches to establishing relations ("established diplomatic relations on 24 April 1995",
"Relations ... were established on ...", "On 5 May 1992, the two countries established
relations"), the publication date of the footnote the cell cites, and every change of state a
sentence states (no relations, severed, suspended, restored, established) with the two states
it is between. `pipeline.resolve.relations` decides, once the counterpart is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.analysis.text import Sentence
from pipeline.dates import ParsedDate, find_date, parse_date
from pipeline.engine.pieces import NO_RELATIONS, RESTORATION, TIES
from pipeline.extract.grammar import DATE, Grammar
from pipeline.extract.references import parse_reference
from pipeline.extract.relations import RelationRow
from pipeline.knowledge.vocabulary import Gate
from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from pipeline.model import Layout
from schemas import rules as R

NONE = re.compile(NO_RELATIONS, re.I)
#: ties that are not diplomatic relations
OTHER_TIES = re.compile(
    r"\b(?:military|economic|trade|cultural|sporting|commercial|business|air|sea|rail|transport|"
    r"family|personal|defence|defense|security)\s+(?:and\s+\w+\s+)?(?:ties|relations)\b",
    re.I,
)
TIES_RE = re.compile(rf"\b{TIES}\b", re.I)
#: the words that tie a verb to relations, after it, or before it (`_near_ties`)
TIES_AFTER = re.compile(rf"\s+(?:all\s+|its\s+|their\s+|the\s+|of\s+)*{TIES}", re.I)
TIES_ESTABLISHED_BEFORE = re.compile(
    rf"\b{TIES}\b[^.;]{{0,60}}?\b(?:were|was|have\s+been|had\s+been|has\s+been|"
    rf"are|is)\s+(?:\w+ly\s+|first\s+|later\s+|again\s+)*$",
    re.I,
)
TIES_BEFORE = re.compile(rf"\b(?:{TIES}|they|these|which|both)\b[^.;]{{0,110}}$", re.I)
CITED = re.compile(r"\[(\d{1,6})\]")
PRONOUN_TIES = re.compile(r"\b(?:diplomatic|bilateral)\b", re.I)
#: the words every pattern of a date or change of relations needs ("ties" in `TIES`)
TIES_GATE = Gate(("relations", "ties"))
#: the words without which `_changes` reads nothing: `NONE` needs `TIES`, the rest one of these
CHANGE_GATE = Gate(("relations", "ties", "diplomatic", "bilateral"))
#: a negation shortly before the verb: "didn't succumb to Arab pressure to sever relations"
NEGATED = re.compile(
    r"(?:\bnot\b|n't\b|\bnever\b|\brefused\b|\brefuses?\b|\bwithout\b|\bthreatened\b|"
    r"\bthreatens\b|\bno\b|\bwould\b|\bwill\b|\bmay\b|\bcould\b|\bshould\b|\bmust\b|"
    r"\bplans?\b|\bhave\s+to\b|\bhas\s+to\b|\bvoted\b|\bcalled\s+for\b|\bdemanded\b|"
    r"\burged\b|\bproposed\b|\bconsidered\b)[^.;]{0,40}$",
    re.I,
)
#: "were not resumed until 1946": a restoration, dated
NOT_UNTIL = re.compile(r"^\s+until\b", re.I)
UNTIL_BEFORE = re.compile(r"\bnot\s+(?:\w+\s+){0,2}$", re.I)
#: a state the change leaves out: "... with the exception of China and Romania"
EXCEPTION = re.compile(
    r"\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|apart\s+from|"
    r"other\s+than|excluding)\b",
    re.I,
)
#: a closed period: "From September 1961 to June 1963", "between 1941 and 1974"
PERIOD = re.compile(
    rf"\b(?:from|between)\s+(?:{DATE})\s+(?:to|and|until|till|–|-)\s+(?:{DATE})", re.I
)
RESTORATION_RE = re.compile(RESTORATION, re.I)


@dataclass(frozen=True, slots=True)
class StateChange:
    """A change of state a sentence states, and between whom."""

    status: str  # none, severed, suspended, restored, established
    sentence: int
    position: int
    agent: str | None
    object: str | None
    text: str
    #: states the sentence leaves out of it ("... with the exception of China and Romania")
    excluded: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class BeganReading:
    date: ParsedDate
    source: str  # table-cell | sentence | footnote-date
    text: str


@dataclass(frozen=True, slots=True)
class RowReadings:
    changes: tuple[StateChange, ...]
    began: tuple[BeganReading, ...]  # strongest source first


class StatusReader:
    def __init__(self, grammar: Grammar) -> None:
        v = grammar.knowledge.vocabulary
        self.grammar = grammar
        change = v.pattern("relation-change")
        self.change_verb = re.compile(rf"(?<![\w-])(?P<verb>{change})(?![\w-])", re.I)
        self.dated_active = re.compile(
            rf"\b(?P<verb>{change})\s+(?:all\s+|its\s+|their\s+|the\s+|of\s+)*{TIES}"
            rf"[^.;⟪]{{0,50}}?\b(?:on|in|since)\s+(?:the\s+)?(?P<date>{DATE})",
            re.I,
        )
        self.dated_passive = re.compile(
            rf"\b{TIES}\b[^.;]{{0,60}}?\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
            rf"(?:\w+ly\s+|first\s+)*(?P<verb>{change})\b[^.;⟪]{{0,25}}?\b(?:on|in|since)\s+"
            rf"(?:the\s+)?(?P<date>{DATE})",
            re.I,
        )
        self.dated_lead = re.compile(
            rf"^\s*(?:on|in|since)\s+(?:the\s+)?(?P<date>{DATE})\s*,?[^.;]{{0,80}}?\b"
            rf"(?P<verb>{change})\s+(?:all\s+|its\s+|their\s+|the\s+|of\s+)*{TIES}",
            re.I,
        )
        self.date_back = re.compile(
            rf"\b{TIES}\b[^.;]{{0,60}}?\b(?:date|dates|dated)\s+back\s+to\s+(?:the\s+)?"
            rf"(?P<date>{DATE})",
            re.I,
        )

    def read(
        self,
        row: RelationRow,
        layout: Layout,
        changes: list[StateChange],
        sentence_began: list[BeganReading],
    ) -> RowReadings:
        """A row's readings: the changes of state and the dates its sentences' rules read
        (`pipeline.rules.status`), with the row's own began cell and its footnote."""
        began: list[BeganReading] = []
        cell = _cell_date(row.began_text)
        if cell is not None:
            began.append(
                BeganReading(cell, R.TABLE_CELL.name, " ".join((row.began_text or "").split()))
            )
        began.extend(sentence_began[:1])
        footnote = _footnote_date(row, layout)
        if footnote is not None:
            began.append(footnote)
        return RowReadings(tuple(changes), tuple(began))

    def changes(self, index: int, sentence: Sentence) -> list[StateChange]:
        """Every change of state the sentence states, in the order it states them."""
        text = sentence.text
        out: list[StateChange] = []
        if not CHANGE_GATE.search(text):
            return out
        for m in NONE.finditer(text):
            out.append(self._change("none", index, m.start(), sentence))
        if not TIES_RE.search(text) and not PRONOUN_TIES.search(text):
            return out
        vocabulary = self.grammar.knowledge.vocabulary
        for m in self.change_verb.finditer(text):
            status = vocabulary.value("relation-change", m.group("verb"))
            if status is None or not self._governs_ties(text, m, status):
                continue
            before = text[: m.start()]
            if NOT_UNTIL.match(text[m.end() :]) or UNTIL_BEFORE.search(before):
                status = "restored"  # "were not resumed until 1946"
            elif NEGATED.search(before):
                continue  # "refused to sever relations", "refuses to establish relations"
            if status == "established" and NONE.search(text):
                continue
            change = self._change(status, index, m.start(), sentence)
            out.append(change)
            if status in ("severed", "suspended") and PERIOD.search(text):
                # "From September 1961 to June 1963, relations ... were suspended": it ended
                out.append(replace(change, status="restored", position=change.position + 1))
        for m in RESTORATION_RE.finditer(text):
            out.append(self._change("restored", index, m.start(), sentence))
        return sorted(out, key=lambda c: c.position)

    def _governs_ties(self, text: str, m: re.Match[str], status: str) -> bool:
        if OTHER_TIES.search(text[max(0, m.start() - 40) : m.end() + 60]):
            return False  # "military ties ... will be cut": not diplomatic relations
        return self._near_ties(text, m, status)

    def _near_ties(self, text: str, m: re.Match[str], status: str) -> bool:
        """Is the verb about relations? A verb of ending or restoring may stand a little away
        from "relations" ("Relations were severed in 1946 and were restored in 1970", "they
        were re-established in 1984"); a verb of establishing must govern them directly."""
        after = text[m.end() : m.end() + 60]
        if TIES_AFTER.match(after):
            return True
        before = text[max(0, m.start() - 120) : m.start()]
        if status == "established":
            return bool(TIES_ESTABLISHED_BEFORE.search(before))
        return bool(TIES_BEFORE.search(before))

    def _change(self, status: str, index: int, start: int, sentence: Sentence) -> StateChange:
        named = [m for m in sentence.mentions if m.label in ("COUNTRY", "DEMONYM") and m.code]
        agent = named[0].code if named else None
        after = next((m.code for m in named if m.start >= start), None)
        exception = EXCEPTION.search(sentence.text, start)
        excluded = frozenset(
            str(m.code) for m in named if exception is not None and m.start > exception.start()
        )
        return StateChange(status, index, start, agent, after, sentence.evidence, excluded)

    def began(self, sentence: Sentence) -> BeganReading | None:
        """The date a sentence attaches to the start of relations, if it attaches one."""
        if not TIES_GATE.search(sentence.text):
            return None  # each pattern below needs "relations" or "ties"
        text = FOOTNOTE_MARK.sub(" ", sentence.text)
        for pattern in (self.dated_lead, self.dated_active, self.dated_passive):
            m = pattern.search(text)
            if m is None:
                continue
            verb = m.groupdict().get("verb")
            value = self.grammar.knowledge.vocabulary.value("relation-change", verb or "")
            if value not in ("established", "restored"):
                continue
            parsed = parse_date(m.group("date"))
            if parsed.date is not None:
                return BeganReading(parsed, R.BEGAN_SENTENCE_DATE.name, sentence.evidence)
        m = self.date_back.search(text)
        if m:
            parsed = parse_date(m.group("date"))
            if parsed.date is not None:
                return BeganReading(parsed, R.BEGAN_SENTENCE_DATE.name, sentence.evidence)
        return None


def _cell_date(text: str | None) -> ParsedDate | None:
    cleaned = FOOTNOTE_MARK.sub(" ", text or "")
    first = next((ln.strip(" ,;") for ln in cleaned.split("\n") if ln.strip(" ,;")), "")
    if not first:
        return None
    parsed = parse_date(first)
    if parsed.date is not None:
        return parsed
    return find_date(first)


def _footnote_date(row: RelationRow, layout: Layout) -> BeganReading | None:
    """Publication date of the footnote the began cell cites, if it cites one."""
    for ref in (int(m) for m in CITED.findall(row.began_text or "")):
        note = layout.footnotes.get(ref)
        if note is None or not note.text.strip():
            continue
        published = parse_reference(note.text).date
        if published is not None:
            return BeganReading(published, R.FOOTNOTE_DATE.name, f"[{ref}] {note.text}")
    return None
