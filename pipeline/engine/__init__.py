"""The rule engine: rules are declared objects, each sentence is gated once for every rule of
every family, every reading is kept with its rule, and each family's precedence decides after.

    rule.py        `Rule`, `Needs` (its gate), `Reading`, `Context` (what a rule's build reads)
    template.py    a rule's pattern as data: `@{group}` and `@{PIECE}` filled from the
                   vocabulary and the shared grammar pieces
    gate.py        `GatePass`: one scan of a sentence answering every rule's gate
    literals.py    the strings every match of a pattern holds: a sentence without them is not
                   searched
    engine.py      `Engine`: gate, read, keep, then decide per family
"""

from pipeline.engine.engine import Engine, SentenceReadings
from pipeline.engine.rule import Context, Needs, Reading, Resources, Rule, Where

__all__ = [
    "Context",
    "Engine",
    "Needs",
    "Reading",
    "Resources",
    "Rule",
    "SentenceReadings",
    "Where",
]
