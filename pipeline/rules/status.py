"""`relation-status` and `relation-began`: what a sentence of a relations row says about where
relations stand (no relations; severed, suspended, restored; established) and when they began.

The sentence rules are declared here: each reads with `StatusReader`'s readers of a sentence
(its changes of state, computed once per sentence and shared; the date it attaches to the start
of relations), on the sentence's own text (their positions are the text's, for the states
named before and after). A row's status is decided from its sentences' readings by
`pipeline.resolve.relations.relation_state`, with the row-level rules (a "no relations" list,
the row's date, its missions), after every rule has read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from pipeline.engine import Context, Needs, Reading, Rule
from pipeline.engine.engine import SentenceReadings
from pipeline.engine.rule import Found, Resources
from pipeline.extract.status import BeganReading, StateChange, StatusReader
from schemas import rules as R

FAMILY = R.RELATIONS_NONE.family
BEGAN_FAMILY = R.BEGAN_SENTENCE_DATE.family
#: the words without which no change of state is read (`extract.status.CHANGE_GATE`): the
#: vocabulary group `relation-tie`, which every rule of the family needs
TIES_NEEDED = ("relation-tie",)
CHANGE_VERB = r"(?<![\w-])@{relation-change}(?![\w-])"


def reader(res: Resources) -> StatusReader:
    """The process's status readers, compiled once."""
    return StatusReader(res.grammar)


def _changes(ctx: Context) -> list[StateChange]:
    found: list[StateChange] = ctx.res.once(reader).changes(0, ctx.sentence)
    return found


@dataclass(frozen=True, slots=True)
class _Changes:
    """A rule's build: the sentence's changes of state of the statuses the rule asserts."""

    statuses: frozenset[str]

    def __call__(self, ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
        return [
            Found((c.position, c.position + 1), c, (i,))
            for i, c in enumerate(ctx.shared(_changes))
            if c.status in self.statuses
        ]


def _began(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    reading = ctx.res.once(reader).began(ctx.sentence)
    return [Found((0, len(ctx.sentence.text)), reading)] if reading else []


def _change_rule(spec: R.RuleSpec, pattern: str, statuses: tuple[str, ...]) -> Rule:
    return Rule(
        spec,
        Needs(all_of=TIES_NEEDED),
        pattern,
        _Changes(frozenset(statuses)),
        ("status", "status_evidence"),
        tuple(("status", s) for s in statuses),
        on_text=True,
    )


RELATIONS_NONE = Rule(
    R.RELATIONS_NONE,
    Needs(words=("relations", "ties")),
    r"@{NO_RELATIONS}",
    _Changes(frozenset({"none"})),
    ("status", "status_evidence"),
    (("status", "none"),),
    on_text=True,
)
RELATIONS_CHANGED = _change_rule(
    R.RELATIONS_CHANGED,
    # a verb or noun of change; a span of relations ("from 1962 to 1972", "period of
    # recognition"); a switch of recognition
    rf"{CHANGE_VERB}|@{{RESTORATION}}|\bfrom\b|\bperiod\b|\bswitch",
    ("severed", "suspended", "restored", "downgraded", "upgraded"),
)
RELATIONS_ESTABLISHED = _change_rule(
    R.RELATIONS_ESTABLISHED,
    # an establishing verb; or the start of a span of relations ("had relations from 1962")
    r"(?<![\w-])@{relation-change:established}(?![\w-])|\bfrom\b|\bperiod\b",
    ("established",),
)
RELATIONS_PRESENT = Rule(
    R.RELATIONS_PRESENT,
    Needs(words=("relations", "ties")),
    r"(?:relations|ties)\b[^.;]{0,120}?\b@{relation-present}\b",
    _Changes(frozenset({"present"})),
    ("status", "status_evidence"),
    (("status", "established"),),
    on_text=True,
)
BEGAN_SENTENCE_DATE = Rule(
    R.BEGAN_SENTENCE_DATE,
    Needs(words=("relations", "ties")),
    r"relations|ties",
    _began,
    ("began", "began_precision", "began_source"),
    on_text=True,
)
RULES: tuple[Rule, ...] = (
    RELATIONS_NONE,
    RELATIONS_CHANGED,
    RELATIONS_ESTABLISHED,
    RELATIONS_PRESENT,
    BEGAN_SENTENCE_DATE,
)


def decide(readings: Sequence[Reading]) -> list[Reading]:
    """Every change the sentence states, in the order it states them (the row decides)."""
    return sorted(readings, key=lambda r: r.order)


def changes(sentences: Sequence[SentenceReadings]) -> list[StateChange]:
    """The changes of state of a row's sentences, each numbered by its sentence."""
    return [
        replace(r.claim, sentence=i)
        for i, found in enumerate(sentences)
        for r in found.decided.get(FAMILY, ())
    ]


def began(sentences: Sequence[SentenceReadings]) -> list[BeganReading]:
    """The dates the row's sentences attach to the start of relations, in order."""
    return [r.claim for found in sentences for r in found.decided.get(BEGAN_FAMILY, ())]
