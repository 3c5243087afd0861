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
from pipeline.engine.literals import Branches, lowered, required_branches
from pipeline.engine.rule import Context, Needs, Reading, Resources, Rule, Where
from pipeline.engine.template import expand

#: sets of open rules remembered at most (memory stays flat on any input)
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
    #: what every match of the pattern holds, per branch of its outermost alternation
    #: (`pipeline.engine.literals`): a sentence holding no branch's is not searched
    literals: Branches = ()
    #: the rule's cue (`Rule.cue`): a sentence it does not occur in is not searched
    cue: re.Pattern[str] | None = None


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
        # one compiled pattern per distinct template, searched once per sentence for the rules
        # that share it (and its cue: what one rule's cue refuses, another's search may find)
        patterns: dict[tuple[str | None, int, bool, str | None], re.Pattern[str] | None] = {}
        for r in rules:
            if _slot(r) not in patterns:
                patterns[_slot(r)] = r.compile(resources.vocabulary)
        slots = {key: i for i, key in enumerate(patterns)}
        literals = {key: required_branches(p) if p else () for key, p in patterns.items()}
        self._compiled = tuple(
            _Compiled(
                r,
                patterns[_slot(r)],
                _keys(r.needs),
                frozenset(r.needs.all_of),
                slots[_slot(r)],
                literals[_slot(r)],
                re.compile(expand(r.cue, resources.vocabulary), r.flags) if r.cue else None,
            )
            for r in rules
        )
        self.gate = GatePass((r.needs for r in rules), resources.vocabulary)
        # which rules each gate key opens, as bits (rule i: bit i), so that the open rules of a
        # sentence are an OR of its keys' bits, then those whose `all_of` is missing taken out
        self._always = sum(1 << i for i, c in enumerate(self._compiled) if c.keys is None)
        self._bits_of_key: dict[str, int] = {}
        for i, c in enumerate(self._compiled):
            for key in c.keys or ():
                self._bits_of_key[key] = self._bits_of_key.get(key, 0) | 1 << i
        all_of: dict[frozenset[str], int] = {}
        for i, c in enumerate(self._compiled):
            if c.all_of:
                all_of[c.all_of] = all_of.get(c.all_of, 0) | 1 << i
        self._all_of = tuple(all_of.items())
        self._open_for: dict[int, tuple[_Compiled, ...]] = {}
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
        """The rules whose gates these keys open, in declared order (kept per set of rules: a
        corpus has few of them)."""
        bits = self._always
        of_key = self._bits_of_key
        for key in opened:
            bits |= of_key.get(key, 0)
        for groups, rules in self._all_of:
            if bits & rules and not groups <= opened:
                bits &= ~rules
        found = self._open_for.get(bits)
        if found is None:
            found = tuple(c for i, c in enumerate(self._compiled) if bits >> i & 1)
            if len(self._open_for) >= MAX_KEY_SETS:
                self._open_for.clear()
            self._open_for[bits] = found
        return found

    def decide(self, family: str, readings: Sequence[Reading]) -> list[Reading]:
        """The family's precedence over one sentence's readings (all kept when it has none)."""
        decide = self.deciders.get(family)
        return decide(readings) if decide else list(readings)

    @staticmethod
    def _readings(open_rules: tuple[_Compiled, ...], ctx: Context) -> list[Reading]:
        """Every open rule's readings, in declared order. A rule without a pattern is built
        once with no match; with `repeat`, once per match; else once with its pattern's first
        match. A pattern is searched once per sentence for all the rules that share it, and
        not at all in a sentence without the strings every match of it holds (a rule whose
        pattern does not occur reads nothing). The loop is written out, not a call per rule:
        it runs some 600,000 times a corpus."""
        readings: list[Reading] = []
        add = readings.append
        first: dict[int, re.Match[str] | None] = {}
        every: dict[int, list[re.Match[str]]] = {}
        text, masked = ctx.sentence.text, ctx.sentence.masked
        low: dict[bool, str | None] = {}  # each searched text lower-cased, once
        for compiled in open_rules:
            rule, pattern = compiled.rule, compiled.pattern
            if pattern is None:
                for found in rule.build(ctx, None):
                    add(Reading(rule, *found))
                continue
            slot = compiled.slot
            if rule.repeat:
                matches = every.get(slot)
                if matches is None:
                    matches = every[slot] = (
                        list(pattern.finditer(text if rule.on_text else masked))
                        if _may_match(compiled, text, masked, low)
                        else []
                    )
                for m in matches:
                    for found in rule.build(ctx, m):
                        add(Reading(rule, *found))
            else:
                if slot in first:
                    match = first[slot]
                else:
                    match = first[slot] = (
                        pattern.search(text if rule.on_text else masked)
                        if _may_match(compiled, text, masked, low)
                        else None
                    )
                if match is not None:
                    for found in rule.build(ctx, match):
                        add(Reading(rule, *found))
        return readings


def _may_match(compiled: _Compiled, text: str, masked: str, low: dict[bool, str | None]) -> bool:
    """Does the text the rule searches hold the strings every match of one branch of its
    pattern holds, and the rule's cue?"""
    if compiled.literals and not _holds_literals(compiled, text, masked, low):
        return False
    cue = compiled.cue
    return cue is None or cue.search(text if compiled.rule.on_text else masked) is not None


def _holds_literals(
    compiled: _Compiled, text: str, masked: str, low: dict[bool, str | None]
) -> bool:
    on_text = compiled.rule.on_text
    if on_text not in low:
        low[on_text] = lowered(text if on_text else masked)
    searched = low[on_text]
    if searched is None:
        return True
    # loops, not any(all(any(...))): this runs 300,000 times; each branch's most telling set
    # comes first, so a branch the text lacks is most often left at its first set
    for branch in compiled.literals:
        for strings in branch:
            for w in strings:
                if w in searched:
                    break
            else:
                break  # the branch lacks a set
        else:
            return True
    return False


def _slot(rule: Rule) -> tuple[str | None, int, bool, str | None]:
    """What rules share one search of their pattern by: its template, flags, text and cue."""
    return rule.pattern, rule.flags, rule.on_text, rule.cue


def _keys(needs: Needs) -> frozenset[str] | None:
    """The gate keys that open a rule with these needs (None when it has none: always open)."""
    keys = frozenset(needs.groups) | frozenset(needs.words)
    return keys or None
