"""`began-kind`: the words that say what a relations row's "began" date dates (the first
establishment of relations, their re-establishment, or a recognition standing in for them).

    1991 (restored)                                          began-cell     re-established
    Relations were re-established on 1 May 1991.             began-sentence re-established
    Relations were restored in 1991.                         row-sentence   re-established
    Formal relations began                                   began-header   established

Each rule reads the vocabulary's `began-kind` words in its part of the row: the began cell and
the column's header (read as texts of their own, `Where.part`), the sentence the date was read
from, the row's other sentences. Which word qualifies the date (the nearest to its year, best
part first) is decided for the row, once its date is known (`pipeline.resolve.began`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.engine import SentenceReadings
from pipeline.engine.rule import Found
from pipeline.extract.began import KindWord, KindWords
from schemas import rules as R

FAMILY = R.BEGAN_CELL.family
#: a began-kind word, whole
KIND = r"(?<![\w-])@{began-kind}(?![\w-])"
#: "the restoration of Latvian independence" restores a state, not relations
OF_INDEPENDENCE = r"^\s+of\s+(?:\w+\s+){0,2}independence"
WORDS = Needs(groups=("began-kind",))


def _word(ctx: Context, text: str, m: re.Match[str]) -> list[Found]:
    if ctx.res.regex(OF_INDEPENDENCE).match(text[m.end() :]):
        return []
    kind = ctx.res.vocabulary.value("began-kind", m.group())
    return [Found(m.span(), KindWord(kind, m.start(), m.end()))]


@dataclass(frozen=True, slots=True)
class _Part:
    """A rule's build: the word, where the text is the rule's part of the row (a row's own
    text: `part`; else one of the row's sentences)."""

    part: str | None

    def __call__(self, ctx: Context, m: re.Match[str]) -> Iterable[Found]:
        if ctx.where.part != self.part or (self.part is None and not ctx.where.in_row):
            return []
        return _word(ctx, ctx.sentence.text, m)


def _began_sentence(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The words of a row sentence as the date read from it was given: its evidence (spaces
    collapsed), where the row's other sentences are read as written."""
    if ctx.where.part is not None or not ctx.where.in_row:
        return []
    text = ctx.sentence.evidence
    return [f for w in ctx.res.regex(KIND).finditer(text) for f in _word(ctx, text, w)]


FILLS = ("began_kind", "began_kind_rule")
BEGAN_CELL = Rule(
    R.BEGAN_CELL, WORDS, KIND, _Part(R.BEGAN_CELL.name), FILLS, repeat=True, on_text=True
)
BEGAN_SENTENCE = Rule(R.BEGAN_SENTENCE, WORDS, KIND, _began_sentence, FILLS, on_text=True)
ROW_SENTENCE = Rule(R.ROW_SENTENCE, WORDS, KIND, _Part(None), FILLS, repeat=True, on_text=True)
BEGAN_HEADER = Rule(
    R.BEGAN_HEADER, WORDS, KIND, _Part(R.BEGAN_HEADER.name), FILLS, repeat=True, on_text=True
)
RULES: tuple[Rule, ...] = (BEGAN_CELL, BEGAN_SENTENCE, ROW_SENTENCE, BEGAN_HEADER)


def words(found: SentenceReadings, rule: Rule, text: str | None = None) -> KindWords:
    """The began-kind words `rule` read in a text (the sentence's own, unless given)."""
    # by name, not identity: an engine loaded from the set-up cache holds copies of the rules
    read = tuple(r.claim for r in found.decided.get(FAMILY, ()) if r.rule.name == rule.name)
    return KindWords(found.sentence.text if text is None else text, read)
