"""The engine: built once from every declared rule; per sentence one gate pass for all rules of
all families, each rule whose gate opens reads the sentence, every reading is kept with its rule,
and only then does each family's precedence (`Decide`) choose among them. The losing readings
stay in the result, for the rules report's overlaps and conflicts."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.analysis.text import Sentence
from pipeline.engine.gate import GatePass
from pipeline.engine.rule import Context, Needs, Reading, Resources, Rule, Where

#: sets of gate keys whose open rules are remembered at most (memory stays flat on any input)
MAX_KEY_SETS = 10_000
#: a family's precedence: the readings of one sentence in, the ones that stand out
Decide = Callable[[Sequence[Reading]], list[Reading]]


@dataclass(frozen=True, slots=True)
class SentenceReadings:
    """What the rules read in one sentence: every reading, the decided ones per family, and the
    gate keys that occurred."""

    sentence: Sentence
    readings: tuple[Reading, ...]
    decided: Mapping[str, tuple[Reading, ...]]
    opened: frozenset[str]

    def claims(self, family: str) -> list[object]:
        """The decided claims of a family, in reading order."""
        return [r.claim for r in self.decided.get(family, ())]

    def losing(self) -> tuple[Reading, ...]:
        kept = {id(r) for family in self.decided.values() for r in family}
        return tuple(r for r in self.readings if id(r) not in kept)


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    pattern: re.Pattern[str] | None
    #: the gate keys any one of which opens the rule (None: any sentence)
    keys: frozenset[str] | None
    #: the gate keys that must all occur
    all_of: frozenset[str]
    #: the pattern's number among the distinct patterns (rules sharing one share its search)
    slot: int


class Engine:
    """Every declared rule, compiled once per process with the vocabulary."""

    def __init__(
        self,
        rules: Sequence[Rule],
        deciders: Mapping[str, Decide],
        resources: Resources,
    ) -> None:
        names = [(r.family, r.name) for r in rules]
        if len(set(names)) != len(names):
            raise ValueError("a rule is declared twice")
        self.rules = tuple(rules)
        self.resources = resources
        self.deciders = dict(deciders)
        self.families = tuple(dict.fromkeys(r.family for r in rules))
        patterns: dict[tuple[str | None, int, bool], re.Pattern[str] | None] = {}
        for r in rules:  # one compiled pattern per distinct template, searched once per sentence
            if (r.pattern, r.flags, r.on_text) not in patterns:
                patterns[r.pattern, r.flags, r.on_text] = r.compile(resources.vocabulary)
        slots = {key: i for i, key in enumerate(patterns)}
        self._compiled = tuple(
            _Compiled(
                r,
                patterns[r.pattern, r.flags, r.on_text],
                _keys(r.needs),
                frozenset(r.needs.all_of),
                slots[r.pattern, r.flags, r.on_text],
            )
            for r in rules
        )
        self.gate = GatePass((r.needs for r in rules), resources.vocabulary)
        self._open_for: dict[frozenset[str], tuple[_Compiled, ...]] = {}
        self._none: Mapping[str, tuple[Reading, ...]] = {family: () for family in self.families}

    def read(self, sentence: Sentence, where: Where | None = None) -> SentenceReadings:
        """Gate once, let every open rule read, keep every reading, then decide per family."""
        # the text holds every word its masked form holds (a mention's name besides)
        opened = self.gate.opened(sentence.text)
        open_rules = self._open(opened)
        if not open_rules:
            return SentenceReadings(sentence, (), self._none, opened)
        ctx = Context(sentence, where or Where(), self.resources)
        readings = self._readings(open_rules, ctx)
        if not readings:
            return SentenceReadings(sentence, (), self._none, opened)
        by_family: dict[str, list[Reading]] = {}
        for r in readings:
            by_family.setdefault(r.family, []).append(r)
        decided = {
            family: tuple(self.decide(family, found)) if found else ()
            for family in self.families
            for found in (by_family.get(family),)
        }
        return SentenceReadings(sentence, tuple(readings), decided, opened)

    def _open(self, opened: frozenset[str]) -> tuple[_Compiled, ...]:
        """The rules whose gates these keys open, in declared order (kept per set of keys: a
        corpus has few of them)."""
        found = self._open_for.get(opened)
        if found is None:
            found = tuple(
                c
                for c in self._compiled
                if (c.keys is None or not c.keys.isdisjoint(opened)) and c.all_of <= opened
            )
            if len(self._open_for) >= MAX_KEY_SETS:
                self._open_for.clear()
            self._open_for[opened] = found
        return found

    def decide(self, family: str, readings: Sequence[Reading]) -> list[Reading]:
        """The family's precedence over one sentence's readings (all kept when it has none)."""
        decide = self.deciders.get(family)
        return decide(readings) if decide else list(readings)

    @staticmethod
    def _readings(open_rules: tuple[_Compiled, ...], ctx: Context) -> list[Reading]:
        """Every open rule's readings, in declared order. A rule without a pattern is built
        once with no match; with `repeat`, once per match; else once with its pattern's first
        match, searched once per sentence for all the rules that share the pattern (a rule
        whose pattern does not occur reads nothing). The loop is written out, not a call per
        rule: it runs some 440,000 times a corpus."""
        readings: list[Reading] = []
        add = readings.append
        first: dict[int, re.Match[str] | None] = {}
        text, masked = ctx.sentence.text, ctx.sentence.masked
        for compiled in open_rules:
            rule, pattern = compiled.rule, compiled.pattern
            if pattern is None:
                for found in rule.build(ctx, None):
                    add(Reading(rule, *found))
            elif rule.repeat:
                for m in list(pattern.finditer(text if rule.on_text else masked)):
                    for found in rule.build(ctx, m):
                        add(Reading(rule, *found))
            else:
                slot = compiled.slot
                if slot in first:
                    match = first[slot]
                else:
                    match = first[slot] = pattern.search(text if rule.on_text else masked)
                if match is not None:
                    for found in rule.build(ctx, match):
                        add(Reading(rule, *found))
        return readings


def _keys(needs: Needs) -> frozenset[str] | None:
    """The gate keys that open a rule with these needs (None when it has none: always open)."""
    keys = frozenset(needs.groups) | frozenset(needs.words)
    return keys or None
