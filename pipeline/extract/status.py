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
from pipeline.dates import DATE_PHRASE, ParsedDate, find_date, parse_date
from pipeline.engine.pieces import NO_RELATIONS, RESTORATION, TIES
from pipeline.extract.grammar import DATE, Grammar
from pipeline.extract.references import parse_reference
from pipeline.extract.relations import RelationRow
from pipeline.knowledge.rivals import rival_governments
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
#: the words a span of relations and a switch of recognition need
PERIOD_GATE = Gate(("from", "period"))
SWITCH_GATE = Gate(("switch",))
#: a negation shortly before the verb: "didn't succumb to Arab pressure to sever relations"
NEGATED = re.compile(
    r"(?:\bnot\b|n't\b|\bnever\b|\brefused\b|\brefuses?\b|\bwithout\b|\bthreatened\b|"
    r"\bthreatens\b|\bno\b|\bwould\b|\bwill\b|\bmay\b|\bcould\b|\bshould\b|\bmust\b|"
    r"\bplans?\b|\bhave\s+to\b|\bhas\s+to\b|\bvoted\b|\bcalled\s+for\b|\bdemanded\b|"
    r"\burged\b|\bproposed\b|\bconsidered\b|\bprevent(?:ed|s)?\b)[^.;]{0,40}$",
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


YEAR = re.compile(r"\b(1[6-9]\d{2}|20\d{2})\b")
#: the date a change is given after its verb, in the same clause: "severed on 23 October 1989"
DATE_AFTER = re.compile(rf"^[^.;]{{0,80}}?(?<![\w-])(?P<date>{DATE})", re.I)
#: a date the sentence opens with: "On 5 June 2017, Saudi Arabia cut ..."
DATE_FRONTED = re.compile(
    rf"^\s*(?:(?:but|and|however|then|later|yet),?\s+)?(?:on|in|since|by|during|after|from)\s+"
    rf"(?:the\s+)?(?P<date>{DATE})\b",
    re.I,
)
#: a verb of change whose object is something other than relations: "charities suspended
#: their activities"
OTHER_OBJECT = re.compile(
    r"^\s+(?:their|its|his|her|the|all)\s+(?!(?:\w+\s+){0,2}(?:relations?|relationships?|ties)"
    r"\b)\w+",
    re.I,
)
#: a passive verb ("were first established the day after"): what follows is no object
PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|is|are|be)\s+(?:\w+ly\s+|first\s+|later\s+|again\s+|also\s+)*$",
    re.I,
)
#: "did not establish diplomatic relations ... until 1825": an establishment, dated
UNTIL_DATE = re.compile(rf"^[^.;]{{0,80}}?\buntil\s+(?:the\s+)?(?P<date>{DATE})", re.I)
#: a span of relations with its end: "had relations from 1962 to 1972", "re-established ties
#: with Taiwan from 1997 to 2006", "Period of recognition: 1949 – January 1998"
TIES_PERIOD = re.compile(
    rf"\b(?P<verb>had|maintained|held|enjoyed|(?:re-?)?established|restored|resumed)\s+"
    rf"(?:\w+\s+){{0,3}}?{TIES}[^.;]{{0,50}}?\bfrom\s+(?P<start>{DATE})\s+"
    rf"(?:to|until|till|–|—|-)\s+(?P<end>{DATE})"
    rf"|\bperiod\s+of\s+(?:diplomatic\s+)?(?P<what>recognition|relations)\s*:?\s*"
    rf"(?P<pstart>{DATE})\s*[–—-]\s*(?P<pend>{DATE})",
    re.I,
)
#: switching recognition to one of two rival governments ends relations with the other
SWITCHED = re.compile(
    r"\bswitch(?:ed|es|ing)?\s+(?:its\s+|their\s+|the\s+)?(?:diplomatic\s+|official\s+|"
    r"international\s+)*recognition\b",
    re.I,
)
#: what may follow "relations are" without their being present relations
NOT_PRESENT = re.compile(
    r"^\s*(?:\w+ly\s+)?(?:not|no|non|unofficial|informal|suspended|severed|frozen|broken|cut|"
    r"interrupted|terminated|ended|limited\s+to)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class StateChange:
    """A change of state a sentence states, and between whom."""

    #: none, severed, suspended, restored, established, downgraded, upgraded, present
    status: str
    sentence: int
    position: int
    agent: str | None
    object: str | None
    text: str
    #: states the sentence leaves out of it ("... with the exception of China and Romania")
    excluded: frozenset[str] = frozenset()
    #: the event it records (`relation_events.event`): the status, or a finer name
    #: (re-established, recognition-ended); None for a statement of the present
    event: str | None = None
    #: the date the sentence gives the change, where it gives one
    date: ParsedDate | None = None
    #: the rule that read it (schemas/rules.py, family relation-event)
    rule: str = R.EVENT_VERB.name


@dataclass(frozen=True, slots=True)
class BeganReading:
    date: ParsedDate
    source: str  # table-cell | sentence | footnote-date
    text: str


@dataclass(frozen=True, slots=True)
class RowReadings:
    changes: tuple[StateChange, ...]
    began: tuple[BeganReading, ...]  # strongest source first
    #: (sentence index, year) of every year the row's sentences name
    years: tuple[tuple[int, int], ...] = ()


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
        self.present = re.compile(
            rf"\b{TIES}(?:\s+(?:between|with|of)\s+[^,;.()]{{1,60}}?)?(?:\s+today|\s+now)?\s+"
            rf"(?P<verb>{v.pattern('relation-present')})\b",
            re.I,
        )
        self.rivals = rival_governments()

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
        years = tuple(
            (i, int(y))
            for i, sentence in enumerate(row.sentences)
            for y in YEAR.findall(sentence.text)
        )
        return RowReadings(tuple(changes), tuple(began), years)

    def changes(self, index: int, sentence: Sentence) -> list[StateChange]:
        """Every change of state the sentence states, in the order it states them, each with
        its event and date; and its statements that relations hold today."""
        text = sentence.text
        out: list[StateChange] = []
        if not CHANGE_GATE.search(text):
            # a span of recognition and a switch of recognition need no word of relations
            return self._periods(index, sentence, out) + self._switches(index, sentence)
        for m in NONE.finditer(text):
            until = UNTIL_DATE.match(text[m.end() :])
            if until is None:
                out.append(
                    self._change("none", index, m.start(), sentence, rule=R.RELATIONS_NONE.name)
                )
        if not TIES_RE.search(text) and not PRONOUN_TIES.search(text):
            return out + self._periods(index, sentence, out) + self._switches(index, sentence)
        vocabulary = self.grammar.knowledge.vocabulary
        verbs = list(self.change_verb.finditer(text))
        for i, m in enumerate(verbs):
            status = vocabulary.value("relation-change", m.group("verb"))
            if status is None or not self._governs_ties(text, m, status):
                continue
            before = text[: m.start()]
            event = vocabulary.value("relation-event", m.group("verb")) or status
            rule = R.EVENT_VERB.name
            until = UNTIL_DATE.match(text[m.end() :])
            if (NOT_UNTIL.match(text[m.end() :]) or UNTIL_BEFORE.search(before)) and until:
                # "were not resumed until 1946", "did not establish relations ... until 1825"
                status = "established" if status == "established" else "restored"
                event = event if status == "established" else "restored"
                date = parse_date(until.group("date"))
                change = self._change(status, index, m.start(), sentence, event, date, rule)
                out.append(replace(change, rule=R.ESTABLISHED_NOT_UNTIL.name))
                continue
            if NOT_UNTIL.match(text[m.end() :]) or UNTIL_BEFORE.search(before):
                status, event = "restored", "restored"
            elif NEGATED.search(before):
                continue  # "refused to sever relations", "refuses to establish relations"
            if status == "established" and NONE.search(text):
                continue
            dated = self._date(text, m, first=not any(v.start() < m.start() for v in verbs[:i]))
            change = self._change(status, index, m.start(), sentence, event, dated, rule)
            out.append(change)
            period = PERIOD.search(text)
            if status in ("severed", "suspended") and period is not None:
                # "From September 1961 to June 1963, relations ... were suspended": it ended
                dates = [d for d in DATE_PHRASE.findall(period.group())]
                end = parse_date(dates[-1]) if len(dates) >= 2 else None
                start = parse_date(dates[0]) if dates else None
                out[-1] = replace(change, date=start if change.date is None else change.date)
                out.append(
                    replace(
                        change,
                        status="restored",
                        event="restored",
                        date=end,
                        position=change.position + 1,
                        rule=R.RELATIONS_PERIOD.name,
                    )
                )
        for m in RESTORATION_RE.finditer(text):
            noun_date = self._date(text, m, first=False)
            out.append(
                self._change(
                    "restored", index, m.start(), sentence, "restored", noun_date, R.EVENT_NOUN.name
                )
            )
        out.extend(self._periods(index, sentence, out))
        out.extend(self._switches(index, sentence))
        out.extend(self._present(index, sentence))
        return sorted(out, key=lambda c: c.position)

    def _date(self, text: str, m: re.Match[str], *, first: bool) -> ParsedDate | None:
        """The date of the change whose verb `m` is: after the verb in its clause, or (for the
        sentence's first change) the date the sentence opens with."""
        after = DATE_AFTER.match(text[m.end() :])
        vocabulary = self.grammar.knowledge.vocabulary
        status = vocabulary.value("relation-change", m.group())
        between = [
            vocabulary.value("relation-change", v.group("verb"))
            for v in self.change_verb.finditer(
                text[m.end() : m.end() + (after.start("date") if after else 0)]
            )
        ]
        if after is not None and all(b == status for b in between):
            parsed = parse_date(after.group("date"))
            if parsed.date is not None:
                return parsed
        fronted = DATE_FRONTED.match(text) if first else None
        if fronted is not None and fronted.end() <= m.start():
            parsed = parse_date(fronted.group("date"))
            if parsed.date is not None:
                return parsed
        return None

    def _periods(
        self, index: int, sentence: Sentence, read: list[StateChange]
    ) -> list[StateChange]:
        """A span of relations ends at its second date: "had relations from 1962 to 1972"."""
        out: list[StateChange] = []
        if not PERIOD_GATE.search(sentence.text):
            return out
        for m in TIES_PERIOD.finditer(sentence.text):
            start = parse_date(m.group("start") or m.group("pstart"))
            end = parse_date(m.group("end") or m.group("pend"))
            if end.date is None:
                continue
            ended = "recognition-ended" if m.group("what") == "recognition" else "severed"
            verb = m.group("verb")
            opened = verb is not None and any(c.position == m.start() for c in read)
            if not opened and start.date is not None:
                out.append(
                    self._change(
                        "established",
                        index,
                        m.start(),
                        sentence,
                        "established",
                        start,
                        R.RELATIONS_PERIOD.name,
                    )
                )
            out.append(
                self._change(
                    "severed", index, m.end() - 1, sentence, ended, end, R.RELATIONS_PERIOD.name
                )
            )
        return out

    def _switches(self, index: int, sentence: Sentence) -> list[StateChange]:
        """Switching recognition to one of two rival governments (knowledge/data/
        rival_governments.csv) ends relations with the other: "Chad switched diplomatic
        recognition to the People's Republic of China in 1972" ends Chad's relations with
        Taiwan. The state left is the one named after "from", else the rival of the one
        named after "to"; without either, nothing is read."""
        out: list[StateChange] = []
        text = sentence.text
        if not SWITCH_GATE.search(text):
            return out
        for m in SWITCHED.finditer(text):
            if NEGATED.search(text[: m.start()]):
                continue  # "announced that it would switch recognition"
            named = [c for c in sentence.mentions if c.label in ("COUNTRY", "DEMONYM") and c.code]
            agent = next((c.code for c in named if c.end <= m.start()), None)
            rest = text[m.end() : m.end() + 120]
            left: str | None = None
            frm = re.match(r"^\s*from\s+", rest, re.I)
            after = [c for c in named if c.start >= m.end()]
            if frm is not None and after and after[0].start - m.end() <= len(frm.group()) + 4:
                left = after[0].code
            else:
                to = re.match(r"^\s*to\s+", rest, re.I)
                if to is not None and after and after[0].start - m.end() <= len(to.group()) + 4:
                    left = self.rivals.get(str(after[0].code))
            if agent is None or left is None:
                continue
            date = self._date(text, m, first=True)
            change = StateChange(
                "severed",
                index,
                m.start(),
                agent,
                left,
                sentence.evidence,
                frozenset(),
                "recognition-ended",
                date,
                R.RECOGNITION_SWITCHED.name,
            )
            out.append(change)
        return out

    def _present(self, index: int, sentence: Sentence) -> list[StateChange]:
        """A statement that relations hold today: "Currently, the Lithuania-Poland relations are
        excellent", "relations ... have remained mutually beneficial"."""
        text = sentence.text
        out: list[StateChange] = []
        for m in self.present.finditer(text):
            if NOT_PRESENT.match(text[m.end() :]) or OTHER_TIES.search(
                text[max(0, m.start() - 40) : m.end()]
            ):
                continue
            if NEGATED.search(text[: m.start()]):
                continue
            out.append(
                self._change(
                    "present", index, m.start(), sentence, None, None, R.RELATIONS_PRESENT.name
                )
            )
        return out[:1]

    def _governs_ties(self, text: str, m: re.Match[str], status: str) -> bool:
        if OTHER_TIES.search(text[max(0, m.start() - 40) : m.end() + 60]):
            return False  # "military ties ... will be cut": not diplomatic relations
        if OTHER_OBJECT.match(text[m.end() :]) and not PASSIVE_BEFORE.search(text[: m.start()]):
            return False  # "charities suspended their activities"
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

    def _change(
        self,
        status: str,
        index: int,
        start: int,
        sentence: Sentence,
        event: str | None = None,
        date: ParsedDate | None = None,
        rule: str = R.EVENT_VERB.name,
    ) -> StateChange:
        named = [m for m in sentence.mentions if m.label in ("COUNTRY", "DEMONYM") and m.code]
        agent = named[0].code if named else None
        after = next((m.code for m in named if m.start >= start), None)
        exception = EXCEPTION.search(sentence.text, start)
        excluded = frozenset(
            str(m.code) for m in named if exception is not None and m.start > exception.start()
        )
        return StateChange(
            status, index, start, agent, after, sentence.evidence, excluded, event, date, rule
        )

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
