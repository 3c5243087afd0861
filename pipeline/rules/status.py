"""`relation-status`, `relation-event` and `relation-began`: what a sentence of a relations row
says about where relations stand and when they began.

    Relations were severed in 1946 and were restored in 1970.       event-verb (twice)
    ⟪Washington⟫ did not establish diplomatic relations ... until 1825.
                                                                   established-not-until
    ⟪Chad⟫ and ⟪Taiwan⟫ had relations from 1962 to 1972.            relations-period (twice)
    In 1972 ⟪Chad⟫ switched diplomatic recognition to ⟪the PRC⟫.   recognition-switched
    The last renewal of relations was in March 1990.                 event-noun
    The two countries do not have diplomatic relations.              relations-none
    Relations between the two countries are excellent.               relations-present
    Diplomatic relations were established on 24 April 1995.          sentence (relation-began)

Each rule reads its own construction on the sentence's own text (the positions are the text's,
for the states named before and after a change); every change it reads is a `StateChange`
labelled with its rule. A sentence's changes are put in the order it states them by
`changes()` (by position where the sentence speaks of relations; else by rule, as they were
always read). A row's status is decided from its sentences' changes by
`pipeline.resolve.relations.relation_state`, with the row-level rules (a "no relations" list,
the row's date, its missions) of `pipeline.extract.status`, after every rule has read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from pipeline.dates import DATE_PHRASE, ParsedDate, parse_date
from pipeline.engine import Context, Needs, Reading, Rule
from pipeline.engine.engine import SentenceReadings
from pipeline.engine.rule import Build, Found, Resources
from pipeline.extract.status import BeganReading, StateChange
from pipeline.knowledge.rivals import rival_governments
from pipeline.knowledge.vocabulary import Gate
from schemas import rules as R

FAMILY = R.RELATIONS_NONE.family
EVENT_FAMILY = R.EVENT_VERB.family
BEGAN_FAMILY = R.BEGAN_SENTENCE_DATE.family
#: the vocabulary group without which no rule of these families reads a sentence
TIES_NEEDED = ("relation-tie",)

# -- the pieces of English the rules read (templates: `pipeline.engine.template`) --------------
CHANGE = r"(?<![\w-])(?P<verb>@{relation-change})(?![\w-])"
#: ties that are not diplomatic relations
OTHER_TIES = r"\b(?:@{other-tie})\s+(?:and\s+\w+\s+)?(?:ties|relations)\b"
TIES_WORD = r"\b@{TIES}\b"
#: the words that tie a verb to relations, after it, or before it (`_near_ties`)
TIES_AFTER = r"\s+(?:all\s+|its\s+|their\s+|the\s+|of\s+)*@{TIES}"
TIES_ESTABLISHED_BEFORE = (
    r"\b@{TIES}\b[^.;]{0,60}?\b(?:were|was|have\s+been|had\s+been|has\s+been|"
    r"are|is)\s+(?:\w+ly\s+|first\s+|later\s+|again\s+)*$"
)
TIES_BEFORE = r"\b(?:@{TIES}|they|these|which|both)\b[^.;]{0,110}$"
PRONOUN_TIES = r"\b(?:diplomatic|bilateral)\b"
#: a negation or a mere intention shortly before the verb: "didn't succumb to Arab pressure to
#: sever relations", "refused to establish relations", "would switch recognition"
NEGATED = r"(?:n't\b|\b(?:@{change-negation})\b)[^.;]{0,40}$"
#: "were not resumed until 1946": a restoration, dated
NOT_UNTIL = r"^\s+until\b"
UNTIL_BEFORE = r"\bnot\s+(?:\w+\s+){0,2}$"
#: the "until" that makes a negated verb a late change: "were not restored until after the war"
UNTIL_LATER = r"^[^.;]{0,80}?\buntil\b"
#: a state the change leaves out: "... with the exception of China and Romania"
EXCEPTION = r"\b(?:@{change-exception})\b"
#: a closed period: "From September 1961 to June 1963", "between 1941 and 1974"
PERIOD = r"\b(?:from|between)\s+(?:@{DATE})\s+(?:to|and|until|till|–|-)\s+(?:@{DATE})"
#: the date a change is given after its verb, in the same clause: "severed on 23 October 1989"
DATE_AFTER = r"^[^.;]{0,80}?(?<![\w-])(?P<date>@{DATE})"
#: a date the sentence opens with: "On 5 June 2017, Saudi Arabia cut ..."
DATE_FRONTED = (
    r"^\s*(?:(?:but|and|however|then|later|yet),?\s+)?(?:on|in|since|by|during|after|from)\s+"
    r"(?:the\s+)?(?P<date>@{DATE})\b"
)
#: a verb of change whose object is something other than relations: "charities suspended
#: their activities"
OTHER_OBJECT = (
    r"^\s+(?:their|its|his|her|the|all)\s+(?!(?:\w+\s+){0,2}(?:relations?|relationships?|ties)"
    r"\b)\w+"
)
#: a passive verb ("were first established the day after"): what follows is no object
PASSIVE_BEFORE = (
    r"\b(?:was|were|been|is|are|be)\s+(?:\w+ly\s+|first\s+|later\s+|again\s+|also\s+)*$"
)
#: "did not establish diplomatic relations ... until 1825": an establishment, dated
UNTIL_DATE = r"^[^.;]{0,80}?\buntil\s+(?:the\s+)?(?P<date>@{DATE})"
#: a span of relations with its end: "had relations from 1962 to 1972", "re-established ties
#: with Taiwan from 1997 to 2006", "Period of recognition: 1949 – January 1998"
TIES_PERIOD = (
    r"\b(?P<verb>had|maintained|held|enjoyed|(?:re-?)?established|restored|resumed)\s+"
    r"(?:\w+\s+){0,3}?@{TIES}[^.;]{0,50}?\bfrom\s+(?P<start>@{DATE})\s+"
    r"(?:to|until|till|–|—|-)\s+(?P<end>@{DATE})"
    r"|\bperiod\s+of\s+(?:diplomatic\s+)?(?P<what>recognition|relations)\s*:?\s*"
    r"(?P<pstart>@{DATE})\s*[–—-]\s*(?P<pend>@{DATE})"
)
#: switching recognition to one of two rival governments ends relations with the other
SWITCHED = (
    r"\bswitch(?:ed|es|ing)?\s+(?:its\s+|their\s+|the\s+)?(?:diplomatic\s+|official\s+|"
    r"international\s+)*recognition\b"
)
SWITCHED_FROM = r"^\s*from\s+"
SWITCHED_TO = r"^\s*to\s+"
PRESENT = (
    r"\b@{TIES}(?:\s+(?:between|with|of)\s+[^,;.()]{1,60}?)?(?:\s+today|\s+now)?\s+"
    r"(?P<verb>@{relation-present})\b"
)
#: what may follow "relations are" without their being present relations
NOT_PRESENT = (
    r"^\s*(?:\w+ly\s+)?(?:not|no|non|unofficial|informal|suspended|severed|frozen|broken|cut|"
    r"interrupted|terminated|ended|limited\s+to)\b"
)
#: the date a sentence attaches to the start of relations, best first: "On 5 May 1992, the two
#: countries established relations", "established diplomatic relations on 24 April 1995",
#: "Relations ... were established on ...", "Relations date back to 1954"
DATED_LEAD = (
    r"^\s*(?:on|in|since)\s+(?:the\s+)?(?P<date>@{DATE})\s*,?[^.;]{0,80}?\b"
    r"(?P<verb>@{relation-change})\s+(?:all\s+|its\s+|their\s+|the\s+|of\s+)*@{TIES}"
)
DATED_ACTIVE = (
    r"\b(?P<verb>@{relation-change})\s+(?:all\s+|its\s+|their\s+|the\s+|of\s+)*@{TIES}"
    r"[^.;⟪]{0,50}?\b(?:on|in|since)\s+(?:the\s+)?(?P<date>@{DATE})"
)
DATED_PASSIVE = (
    r"\b@{TIES}\b[^.;]{0,60}?\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+|first\s+)*(?P<verb>@{relation-change})\b[^.;⟪]{0,25}?\b(?:on|in|since)\s+"
    r"(?:the\s+)?(?P<date>@{DATE})"
)
DATE_BACK = (
    r"\b@{TIES}\b[^.;]{0,60}?\b(?:date|dates|dated)\s+back\s+to\s+(?:the\s+)?(?P<date>@{DATE})"
)
#: a footnote marker ("[12]"), as `pipeline.layout.footnotes.MARKER` (a layer the rules do not
#: import): the dated patterns read the sentence without them
FOOTNOTE_MARK = r"\[\d{1,6}\]"
#: where relations began: the statuses a dated verb must stand for
BEGINNINGS = ("established", "restored")

#: the order a sentence states its changes in, by rule (`changes`): within a position, and
#: where the sentence does not speak of relations, the order they were always read in
NONE_ORDER, VERB_ORDER, NOUN_ORDER, PERIOD_ORDER, SWITCH_ORDER, PRESENT_ORDER = range(6)


# -- what a sentence says of relations, shared by the rules ------------------------------------
def _reach(ctx: Context) -> int:
    """How far the sentence speaks of relations: 0, not at all (only a span or switch of
    recognition can be read); 1, a word of relations but no ties (a statement of none can);
    2, ties (every rule can)."""
    text = ctx.sentence.text
    if not ctx.res.once(_tie_words).search(text):
        return 0
    if not ctx.res.regex(TIES_WORD).search(text) and not ctx.res.regex(PRONOUN_TIES).search(text):
        return 1
    return 2


def _tie_words(res: Resources) -> Gate:
    """The words of relations (vocabulary `relation-tie`, standing for relations)."""
    return Gate(res.vocabulary.terms("relation-tie", "relations"))


def _order(ctx: Context, rank: int, position: int) -> tuple[int, ...]:
    return (position, rank) if ctx.shared(_reach) == 2 else (rank, position)


def _change(
    ctx: Context,
    status: str,
    start: int,
    event: str | None,
    date: ParsedDate | None,
    rule: R.RuleSpec,
) -> StateChange:
    """A change read at `start`: by the sentence's first state, of the first state named
    after it, leaving out the states named after an exception."""
    sentence = ctx.sentence
    named = [m for m in sentence.mentions if m.label in ("COUNTRY", "DEMONYM") and m.code]
    agent = named[0].code if named else None
    after = next((m.code for m in named if m.start >= start), None)
    exception = ctx.res.regex(EXCEPTION).search(sentence.text, start)
    excluded = frozenset(
        str(m.code) for m in named if exception is not None and m.start > exception.start()
    )
    return StateChange(
        status, 0, start, agent, after, sentence.evidence, excluded, event, date, rule.name
    )


def _date(ctx: Context, m: re.Match[str], *, first: bool) -> ParsedDate | None:
    """The date of the change whose words `m` are: after them in their clause (with no change
    of another kind between), or (for the sentence's first change) the date it opens with."""
    text, vocabulary = ctx.sentence.text, ctx.res.vocabulary
    after = ctx.res.regex(DATE_AFTER).match(text[m.end() :])
    status = vocabulary.value("relation-change", m.group())
    between = [
        vocabulary.value("relation-change", v.group("verb"))
        for v in ctx.res.regex(CHANGE).finditer(
            text[m.end() : m.end() + (after.start("date") if after else 0)]
        )
    ]
    if after is not None and all(b == status for b in between):
        parsed = parse_date(after.group("date"))
        if parsed.date is not None:
            return parsed
    fronted = ctx.res.regex(DATE_FRONTED).match(text) if first else None
    if fronted is not None and fronted.end() <= m.start():
        parsed = parse_date(fronted.group("date"))
        if parsed.date is not None:
            return parsed
    return None


def _governs_ties(ctx: Context, m: re.Match[str], status: str) -> bool:
    """Is the verb about diplomatic relations? Not when other ties are near ("military ties
    ... will be cut") or its object is something else ("charities suspended their
    activities"). A verb of ending or restoring may stand a little away from "relations"
    ("Relations were severed in 1946 and were restored in 1970", "they were re-established in
    1984"); a verb of establishing must govern them directly."""
    text, rx = ctx.sentence.text, ctx.res.regex
    if rx(OTHER_TIES).search(text[max(0, m.start() - 40) : m.end() + 60]):
        return False
    if rx(OTHER_OBJECT).match(text[m.end() :]) and not rx(PASSIVE_BEFORE).search(text[: m.start()]):
        return False
    if rx(TIES_AFTER).match(text[m.end() : m.end() + 60]):
        return True
    before = text[max(0, m.start() - 120) : m.start()]
    if status == "established":
        return bool(rx(TIES_ESTABLISHED_BEFORE).search(before))
    return bool(rx(TIES_BEFORE).search(before))


# -- the verb of change (event-verb, established-not-until) -------------------------------------
def _verb(ctx: Context, m: re.Match[str]) -> list[StateChange]:
    """The change a verb states, with its event and date; a break dated by a closed period
    ("From September 1961 to June 1963, relations ... were suspended") is followed by the
    restoration at the period's end."""
    text, rx, vocabulary = ctx.sentence.text, ctx.res.regex, ctx.res.vocabulary
    status = vocabulary.value("relation-change", m.group("verb"))
    if ctx.shared(_reach) < 2 or status is None or not _governs_ties(ctx, m, status):
        return []
    before, rest = text[: m.start()], text[m.end() :]
    event = vocabulary.value("relation-event", m.group("verb")) or status
    until = rx(UNTIL_DATE).match(rest)
    # "not" before the verb makes it a late change only when an "until" follows: "does not
    # maintain relations" states no change at all (left to the negation below)
    not_until = rx(NOT_UNTIL).match(rest) or (
        rx(UNTIL_BEFORE).search(before) and rx(UNTIL_LATER).match(rest)
    )
    if not_until and until:  # "were not resumed until 1946", "did not establish ... until 1825"
        status = "established" if status == "established" else "restored"
        event = event if status == "established" else "restored"
        date = parse_date(until.group("date"))
        return [_change(ctx, status, m.start(), event, date, R.ESTABLISHED_NOT_UNTIL)]
    if not_until:
        status, event = "restored", "restored"
    elif rx(NEGATED).search(before):
        return []  # "refused to sever relations", "refuses to establish relations"
    if status == "established" and rx(NO_RELATIONS).search(text):
        return []
    first = rx(CHANGE).search(text)
    dated = _date(ctx, m, first=first is not None and first.start() == m.start())
    change = _change(ctx, status, m.start(), event, dated, R.EVENT_VERB)
    period = rx(PERIOD).search(text)
    if status not in ("severed", "suspended") or period is None:
        return [change]
    dates = [d for d in DATE_PHRASE.findall(period.group())]
    end = parse_date(dates[-1]) if len(dates) >= 2 else None
    start = parse_date(dates[0]) if dates else None
    ended = replace(
        change,
        status="restored",
        event="restored",
        date=end,
        position=change.position + 1,
        rule=R.RELATIONS_PERIOD.name,
    )
    return [replace(change, date=start if change.date is None else change.date), ended]


NO_RELATIONS = r"@{NO_RELATIONS}"


@dataclass(frozen=True, slots=True)
class _Verb:
    """A verb rule's build: the changes its verb states that are read by these rules."""

    rules: frozenset[str]

    def __call__(self, ctx: Context, m: re.Match[str]) -> Iterable[Found]:
        return [
            Found(m.span(), c, _order(ctx, VERB_ORDER, c.position))
            for c in _verb_at(ctx, m)
            if c.rule in self.rules
        ]


def _verbs_read(ctx: Context) -> dict[int, list[StateChange]]:
    """The changes the sentence's verbs state, by the verb's position, as they are read (both
    verb rules and the span rule ask of the same verbs)."""
    return {}


def _verb_at(ctx: Context, m: re.Match[str]) -> list[StateChange]:
    read = ctx.shared(_verbs_read)
    if m.start() not in read:
        read[m.start()] = _verb(ctx, m)
    return read[m.start()]


def _verb_positions(ctx: Context) -> frozenset[int]:
    """Where the sentence's verbs state a change (a span of relations opened by one of them
    starts no second time)."""
    verbs = ctx.res.regex(CHANGE).finditer(ctx.sentence.text)
    return frozenset(c.position for m in verbs for c in _verb_at(ctx, m))


# -- the other constructions --------------------------------------------------------------------
def _none(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """A statement of no relations; "did not establish relations ... until 1825" is none."""
    if ctx.shared(_reach) < 1 or ctx.res.regex(UNTIL_DATE).match(ctx.sentence.text[m.end() :]):
        return []
    change = _change(ctx, "none", m.start(), None, None, R.RELATIONS_NONE)
    return [Found(m.span(), change, _order(ctx, NONE_ORDER, m.start()))]


def _noun(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """A restoration named as a noun: "the last renewal was in March 1990"."""
    if ctx.shared(_reach) < 2:
        return []
    date = _date(ctx, m, first=False)
    change = _change(ctx, "restored", m.start(), "restored", date, R.EVENT_NOUN)
    return [Found(m.span(), change, _order(ctx, NOUN_ORDER, m.start()))]


def _period(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """A span of relations ends at its second date ("had relations from 1962 to 1972"), and
    starts at its first unless a verb of change already read the start."""
    start = parse_date(m.group("start") or m.group("pstart"))
    end = parse_date(m.group("end") or m.group("pend"))
    if end.date is None:
        return []
    ended = "recognition-ended" if m.group("what") == "recognition" else "severed"
    opened = m.group("verb") is not None and m.start() in ctx.shared(_verb_positions)
    out: list[StateChange] = []
    if not opened and start.date is not None:
        out.append(_change(ctx, "established", m.start(), "established", start, R.RELATIONS_PERIOD))
    out.append(_change(ctx, "severed", m.end() - 1, ended, end, R.RELATIONS_PERIOD))
    return [Found(m.span(), c, _order(ctx, PERIOD_ORDER, c.position)) for c in out]


def _switch(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Switching recognition to one of two rival governments (knowledge/data/
    rival_governments.csv) ends relations with the other: "Chad switched diplomatic
    recognition to the People's Republic of China in 1972" ends Chad's relations with Taiwan.
    The state left is the one named after "from", else the rival of the one named after "to";
    without either, nothing is read."""
    sentence, rx = ctx.sentence, ctx.res.regex
    text = sentence.text
    if rx(NEGATED).search(text[: m.start()]):
        return []  # "announced that it would switch recognition"
    named = [c for c in sentence.mentions if c.label in ("COUNTRY", "DEMONYM") and c.code]
    agent = next((c.code for c in named if c.end <= m.start()), None)
    rest = text[m.end() : m.end() + 120]
    after = [c for c in named if c.start >= m.end()]
    left: str | None = None
    frm, to = rx(SWITCHED_FROM).match(rest), rx(SWITCHED_TO).match(rest)
    if frm is not None and after and after[0].start - m.end() <= len(frm.group()) + 4:
        left = after[0].code
    elif to is not None and after and after[0].start - m.end() <= len(to.group()) + 4:
        left = rival_governments().get(str(after[0].code))
    if agent is None or left is None:
        return []
    change = StateChange(
        "severed",
        0,
        m.start(),
        agent,
        left,
        sentence.evidence,
        frozenset(),
        "recognition-ended",
        _date(ctx, m, first=True),
        R.RECOGNITION_SWITCHED.name,
    )
    return [Found(m.span(), change, _order(ctx, SWITCH_ORDER, m.start()))]


def _present(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """A statement that relations hold today: "Currently, the Lithuania-Poland relations are
    excellent" (the sentence's first such statement is kept: `decide`)."""
    text, rx = ctx.sentence.text, ctx.res.regex
    if ctx.shared(_reach) < 2 or rx(NOT_PRESENT).match(text[m.end() :]):
        return []
    if rx(OTHER_TIES).search(text[max(0, m.start() - 40) : m.end()]):
        return []
    if rx(NEGATED).search(text[: m.start()]):
        return []
    change = _change(ctx, "present", m.start(), None, None, R.RELATIONS_PRESENT)
    return [Found(m.span(), change, _order(ctx, PRESENT_ORDER, m.start()))]


def _began(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    """The date the sentence attaches to the start of relations: the first of the dated
    patterns whose first match dates an establishment or restoration."""
    if ctx.res.regex(r"\d").search(ctx.sentence.text) is None:
        return []  # each form of a date (`DATE`) writes its year in digits: no digit, no date
    text = ctx.res.regex(FOOTNOTE_MARK).sub(" ", ctx.sentence.text)
    vocabulary = ctx.res.vocabulary
    for template in (DATED_LEAD, DATED_ACTIVE, DATED_PASSIVE, DATE_BACK):
        m = ctx.res.regex(template).search(text)
        if m is None:
            continue
        verb = m.groupdict().get("verb")
        if verb is not None and vocabulary.value("relation-change", verb) not in BEGINNINGS:
            continue
        parsed = parse_date(m.group("date"))
        if parsed.date is not None:
            began = BeganReading(parsed, R.BEGAN_SENTENCE_DATE.name, ctx.sentence.evidence)
            return [Found(m.span(), began)]
    return []


# -- the rules ----------------------------------------------------------------------------------
def _rule(spec: R.RuleSpec, pattern: str, build: Build, words: tuple[str, ...] = ()) -> Rule:
    fills = ("event", "date") if spec.family == EVENT_FAMILY else ("status", "status_evidence")
    return Rule(
        spec,
        Needs(words=words, all_of=TIES_NEEDED),
        pattern,
        build,
        fills,
        repeat=True,
        on_text=True,
    )


#: a verb's break ended by a closed period is read with the verb (`_verb`)
EVENT_VERB = _rule(
    R.EVENT_VERB, CHANGE, _Verb(frozenset({R.EVENT_VERB.name, R.RELATIONS_PERIOD.name}))
)
ESTABLISHED_NOT_UNTIL = _rule(
    R.ESTABLISHED_NOT_UNTIL, CHANGE, _Verb(frozenset({R.ESTABLISHED_NOT_UNTIL.name}))
)
EVENT_NOUN = _rule(R.EVENT_NOUN, r"@{RESTORATION}", _noun)
RELATIONS_PERIOD = _rule(R.RELATIONS_PERIOD, TIES_PERIOD, _period, ("from", "period"))
RECOGNITION_SWITCHED = _rule(R.RECOGNITION_SWITCHED, SWITCHED, _switch, ("switch",))
RELATIONS_NONE = _rule(R.RELATIONS_NONE, NO_RELATIONS, _none, ("relations", "ties"))
RELATIONS_PRESENT = _rule(R.RELATIONS_PRESENT, PRESENT, _present, ("relations", "ties"))
BEGAN_SENTENCE_DATE = Rule(
    R.BEGAN_SENTENCE_DATE,
    Needs(words=("relations", "ties"), all_of=TIES_NEEDED),
    None,
    _began,
    ("began", "began_precision", "began_source"),
    on_text=True,
)
RULES: tuple[Rule, ...] = (
    RELATIONS_NONE,
    EVENT_VERB,
    ESTABLISHED_NOT_UNTIL,
    EVENT_NOUN,
    RELATIONS_PERIOD,
    RECOGNITION_SWITCHED,
    RELATIONS_PRESENT,
    BEGAN_SENTENCE_DATE,
)


def decide(readings: Sequence[Reading]) -> list[Reading]:
    """Every change the sentence states, in the order it states them (the row decides); of its
    statements that relations hold today, the first."""
    ordered = sorted(readings, key=lambda r: r.order)
    # by name, not identity: an engine loaded from the set-up cache holds copies of the rules
    present = [r for r in ordered if r.rule.name == RELATIONS_PRESENT.name]
    return [r for r in ordered if r.rule.name != RELATIONS_PRESENT.name or r is present[0]]


def changes(sentences: Sequence[SentenceReadings]) -> list[StateChange]:
    """The changes of state of a row's sentences, each numbered by its sentence, in the order
    each sentence states them."""
    return [
        replace(r.claim, sentence=i)
        for i, found in enumerate(sentences)
        for r in sorted(
            (*found.decided.get(FAMILY, ()), *found.decided.get(EVENT_FAMILY, ())),
            key=lambda r: r.order,
        )
    ]


def began(sentences: Sequence[SentenceReadings]) -> list[BeganReading]:
    """The dates the row's sentences attach to the start of relations, in order."""
    return [r.claim for found in sentences for r in found.decided.get(BEGAN_FAMILY, ())]
