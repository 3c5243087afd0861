"""A rule as a declared value: its name, family and rank (from `schemas.rules`, the one home of
rule names), what must occur for it to read (`needs`), what it reads (`pattern`, data), the small
function that turns a match into claims where it must build something, and what it fills and
asserts. A rule never changes the sentence; abstaining (no reading) is a normal result."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

from pipeline.analysis.text import Sentence
from pipeline.engine.template import expand
from pipeline.knowledge.vocabulary import Vocabulary
from schemas.rules import RuleSpec

T = TypeVar("T")


class Found(NamedTuple):
    """A claim a rule's build read, with the span of the masked sentence it was read from and,
    where the family's precedence needs it, its place in the order the sentence was read."""

    span: tuple[int, int]
    claim: Any
    order: tuple[int, ...] = ()


#: a rule's build: the sentence and its pattern's match (None for a rule without a pattern)
Build = Callable[["Context", Any], Iterable[Found]]


@dataclass(frozen=True, slots=True)
class Needs:
    """A rule's gate: it reads a sentence only if one of these occurs in it (any of the terms of
    the vocabulary `groups`, or any of the `words`, whatever their case; none given: any
    sentence), and if every group of `all_of` occurs too (what the rule's family cannot read
    without: a mission noun for every mission rule)."""

    groups: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    all_of: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """One named way of reading a fact. `pattern` is a template (`pipeline.engine.template`)
    searched in the masked sentence; `build` turns its match into claims (each with its span);
    with `repeat`, `build` is called for every match, else for the first. A rule whose gate is
    all it needs to hold (`pattern` None: "a mission noun occurs") is built with no match."""

    spec: RuleSpec
    needs: Needs
    pattern: str | None
    build: Build
    fills: tuple[str, ...] = ()
    asserts: tuple[tuple[str, str], ...] = ()
    repeat: bool = False
    flags: int = re.I
    #: search the sentence's own text, not its masked form (a rule whose build reads offsets
    #: of the text)
    on_text: bool = False
    #: a template every match of `pattern` holds a match of, searched first: a sentence without
    #: one is not searched with `pattern`. For a pattern whose opening (a vocabulary group, an
    #: optional article) is tried at every position of a sentence while its rare part is inside:
    #: the cue, that rare part alone, is a scan for one character ("⟫ and ... ⟪")
    cue: str | None = None

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def family(self) -> str:
        return self.spec.family

    @property
    def rank(self) -> int:
        return self.spec.rank

    @property
    def reads(self) -> str:
        return self.spec.reads

    @property
    def example(self) -> str:
        return self.spec.example

    def asserted(self, key: str) -> str | None:
        """The value the rule asserts for a property ("status", "residence", ...), if any."""
        return next((v for k, v in self.asserts if k == key), None)

    def compile(self, vocabulary: Vocabulary) -> re.Pattern[str] | None:
        if self.pattern is None:
            return None
        return re.compile(expand(self.pattern, vocabulary), self.flags)


@dataclass(frozen=True, slots=True)
class Reading:
    """What one rule read in one sentence: the claim, and where in the masked sentence."""

    rule: Rule
    span: tuple[int, int]
    claim: Any
    order: tuple[int, ...] = ()

    @property
    def family(self) -> str:
        return self.rule.family


@dataclass(frozen=True, slots=True)
class Where:
    """Where a sentence stands: in a relations row (whose counterpart an "it" may stand for),
    and the document's subject; `part`, for a text of a row that is not one of its sentences
    (its began cell, its began column's header), names the part (a rule reading such texts
    reads only its own part)."""

    in_row: bool = False
    subject: str | None = None
    part: str | None = None


class Resources:
    """What the rules read besides the sentence, built once per process: the vocabulary, the
    grammar, and whatever a family compiles from them (`once`)."""

    def __init__(self, vocabulary: Vocabulary, grammar: Any) -> None:
        self.vocabulary = vocabulary
        self.grammar = grammar
        self._made: dict[Callable[[Resources], Any], Any] = {}
        #: the patterns of `regex`, by template and flags (asked for some 100,000 times a corpus)
        self._regexes: dict[tuple[str, int], re.Pattern[str]] = {}

    def once(self, factory: Callable[[Resources], T]) -> T:
        """`factory(self)`, made at the first call and kept."""
        if factory not in self._made:
            self._made[factory] = factory(self)
        made: T = self._made[factory]
        return made

    def regex(self, template: str, flags: int = re.I) -> re.Pattern[str]:
        """The template's pattern, compiled at the first call."""
        found = self._regexes.get((template, flags))
        if found is None:
            found = self._regexes[template, flags] = re.compile(
                expand(template, self.vocabulary), flags
            )
        return found


@dataclass(slots=True)
class Context:
    """One sentence as the rules see it: the sentence, where it stands, the process's resources,
    and a memo for analyses several rules of a family share (computed at most once)."""

    sentence: Sentence
    where: Where
    res: Resources
    memo: dict[Callable[[Context], Any], Any] = field(default_factory=dict)

    @property
    def masked(self) -> str:
        return self.sentence.masked

    @property
    def implied_subject(self) -> str | None:
        """The document's state as the subject a sentence of running text names by "it" or "the
        country", or leaves unsaid; None in a relations row (there "it" may be the row's
        country) and after sentences that opened with another state ("⟪Argentina⟫ has an
        embassy in ⟪Montevideo⟫. It is a member of ...": "it" may be Argentina)."""
        subject = self.where.subject
        if self.where.in_row or subject is None:
            return None
        return subject if self.sentence.after in (None, subject) else None

    def shared(self, analysis: Callable[[Context], T]) -> T:
        """`analysis(self)`, computed once per sentence whichever rule asks first."""
        if analysis not in self.memo:
            self.memo[analysis] = analysis(self)
        found: T = self.memo[analysis]
        return found
