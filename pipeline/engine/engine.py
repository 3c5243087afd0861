"""The engine: built once from every declared rule; per sentence one gate pass for all rules of
all families, each rule whose gate opens reads the sentence, every reading is kept with its rule,
and only then does each family's precedence (`Decide`) choose among them. The losing readings
stay in the result, for the rules report's overlaps and conflicts."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.analysis.text import Sentence
from pipeline.engine.gate import GatePass, opens
from pipeline.engine.rule import Context, Reading, Resources, Rule, Where

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
    pattern: re.Pattern[str]


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
        self._compiled = tuple(_Compiled(r, r.compile(resources.vocabulary)) for r in rules)
        self.gate = GatePass((r.needs for r in rules), resources.vocabulary)

    def read(self, sentence: Sentence, where: Where | None = None) -> SentenceReadings:
        """Gate once, let every open rule read, keep every reading, then decide per family."""
        opened = self.gate.opened(sentence.masked)
        ctx = Context(sentence, where or Where(), self.resources)
        readings: list[Reading] = []
        for compiled in self._compiled:
            rule = compiled.rule
            if not opens(rule.needs, opened):
                continue
            readings.extend(self._read(compiled, ctx))
        decided = {
            family: tuple(self.decide(family, [r for r in readings if r.family == family]))
            for family in self.families
        }
        return SentenceReadings(sentence, tuple(readings), decided, opened)

    def decide(self, family: str, readings: Sequence[Reading]) -> list[Reading]:
        """The family's precedence over one sentence's readings (all kept when it has none)."""
        decide = self.deciders.get(family)
        return decide(readings) if decide else list(readings)

    @staticmethod
    def _read(compiled: _Compiled, ctx: Context) -> list[Reading]:
        rule = compiled.rule
        matches = (
            list(compiled.pattern.finditer(ctx.masked))
            if rule.repeat
            else [m for m in (compiled.pattern.search(ctx.masked),) if m is not None]
        )
        return [Reading(rule, span, claim) for m in matches for span, claim in rule.build(ctx, m)]
