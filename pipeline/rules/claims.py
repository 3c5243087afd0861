"""`claims`: counts the article states.

    ⟪Azerbaijan⟫ has diplomatic relations with 158 countries.          relations-count
    ⟪Azerbaijan⟫ has not established diplomatic relations with 3 states.
                                                                     no-relations-count
    ⟪Kosovo⟫ is recognised by 112 ⟪UN⟫ member states.                  recognitions-count
    ⟪Azerbaijan⟫ is a member of 47 international organizations.        memberships-count
    ⟪Azerbaijan⟫ has about 60 embassies.                               embassies-count

A claim keeps the count as written, its qualifier ("more than", "about"), the year it is given
for ("As of 2017"), and, when the claim introduces a list ("158 countries: A, B, ..."), how many
states that list names. Comparing it with what the rest of the document lists is the resolve
stage's work (`pipeline.resolve.claims`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.analysis.text import ENT, Sentence
from pipeline.dates import ParsedDate, find_date
from pipeline.engine import Context, Needs, Reading, Rule
from pipeline.engine.engine import SentenceReadings
from pipeline.engine.rule import Found
from schemas import rules as R

FAMILY = R.RELATIONS_COUNT.family
FILLS = ("value", "qualifier", "as_of", "listed_in_sentence")


@dataclass(frozen=True, slots=True)
class CountClaim:
    rule: str
    line: int
    text: str
    value: int
    qualifier: str
    as_of: ParsedDate | None
    listed_in_sentence: int | None


# -- the pieces of English the rules read (templates: `pipeline.engine.template`) --------------
QUALIFIER = r"(?P<qual>@{count-qualifier})?\s*"
#: "112 UN member states": the organization is masked; "164 independent states"
NOUN = r"(?:@{count-modifier}\s+)*(?:⟪\d+⟫\s+)?@{count-noun:%s}"
RELATIONS = (
    r"\b(?:diplomatic\s+)?(?:relations|ties)\s+with\s+"
    + QUALIFIER
    + r"(?P<n>\d{1,3})\s+"
    + NOUN % "relations"
)
RECOGNITIONS = r"\brecogni[sz]ed\s+by\s+" + QUALIFIER + r"(?P<n>\d{1,3})\s+" + NOUN % "relations"
MEMBERSHIPS = (
    r"\b(?:member|party)\s+(?:of|to)\s+" + QUALIFIER + r"(?P<n>\d{1,3})\s+" + NOUN % "memberships"
)
EMBASSIES = (
    r"\b(?:has|have|maintains?|operates?)\s+(?:a\s+network\s+of\s+)?"
    + QUALIFIER
    + r"(?P<n>\d{1,3})\s+"
    + NOUN % "embassies"
)
#: a negation before the count ("has not", "hasn't established relations with 13 states")
NOT_BEFORE = r"(?:\b(?:not|no|never|without|nor)|n't)\b[^,.;]*$"
#: "unofficial relations with 57 states" are not diplomatic relations
UNOFFICIAL = r"\bunofficial\s+(?:diplomatic\s+)?(?:relations|ties)\s+with\s+\S*$"
AS_OF = r"\b(?:as of|by|in)\s+(?P<when>(?:\w+\s+)?\d{4})\b"
#: a list the count introduces: "158 countries: A, B, ..."
COLON = r"\s*(?:\[\d+\])*\s*:"


def _listed_after_colon(ctx: Context, end: int) -> int | None:
    """States named after the claim when it introduces a list ("158 countries: A, B, ...")."""
    sentence: Sentence = ctx.sentence
    colon = ctx.res.regex(COLON).match(sentence.masked[end:])
    if not colon:
        return None
    rest = sentence.masked[end + colon.end() :]
    codes = {
        sentence.mention(i).code for i in re.findall(ENT, rest) if sentence.mention(i).is_state
    }
    return len(codes) or None


@dataclass(frozen=True, slots=True)
class _Count:
    """A count rule's build: the count it reads, where its negation is as the rule wants it
    (`negated`: None, either)."""

    spec: R.RuleSpec
    #: the rule's place among the patterns, its claims' order within a sentence
    kind: int
    negated: bool | None = None

    def __call__(self, ctx: Context, m: re.Match[str]) -> Iterable[Found]:
        text, rx = ctx.masked, ctx.res.regex
        if rx(UNOFFICIAL).search(text[: m.start("n")]):
            return []
        negated = rx(NOT_BEFORE).search(text[: m.start()]) is not None
        if self.negated is not None and negated != self.negated:
            return []
        qualifier = "exact"
        if m.group("qual"):
            qualifier = ctx.res.vocabulary.value("count-qualifier", m.group("qual")) or "exact"
        when = rx(AS_OF).search(ctx.sentence.text)
        claim = CountClaim(
            self.spec.name,
            ctx.sentence.line,
            ctx.sentence.evidence,
            int(m.group("n")),
            qualifier,
            find_date(when.group("when")) if when else None,
            _listed_after_colon(ctx, m.end()),
        )
        return [Found(m.span(), claim, (self.kind, m.start()))]


def _rule(spec: R.RuleSpec, needs: Needs, pattern: str, build: _Count) -> Rule:
    return Rule(spec, needs, pattern, build, FILLS, repeat=True)


RELATIONS_COUNT = _rule(
    R.RELATIONS_COUNT,
    Needs(words=("relations", "ties")),
    RELATIONS,
    _Count(R.RELATIONS_COUNT, 0, negated=False),
)
NO_RELATIONS_COUNT = _rule(
    R.NO_RELATIONS_COUNT,
    Needs(words=("relations", "ties")),
    RELATIONS,
    _Count(R.NO_RELATIONS_COUNT, 0, negated=True),
)
RECOGNITIONS_COUNT = _rule(
    R.RECOGNITIONS_COUNT,
    Needs(words=("recogni",)),  # recognised, recognized
    RECOGNITIONS,
    _Count(R.RECOGNITIONS_COUNT, 1),
)
MEMBERSHIPS_COUNT = _rule(
    R.MEMBERSHIPS_COUNT,
    Needs(words=("member", "party")),
    MEMBERSHIPS,
    _Count(R.MEMBERSHIPS_COUNT, 2),
)
EMBASSIES_COUNT = _rule(
    R.EMBASSIES_COUNT,
    Needs(words=("has", "have", "maintain", "operate")),
    EMBASSIES,
    _Count(R.EMBASSIES_COUNT, 3),
)
RULES: tuple[Rule, ...] = (
    RELATIONS_COUNT,
    NO_RELATIONS_COUNT,
    RECOGNITIONS_COUNT,
    MEMBERSHIPS_COUNT,
    EMBASSIES_COUNT,
)


def decide(readings: Sequence[Reading]) -> list[Reading]:
    """Every count the sentence states: by kind (relations, recognitions, memberships,
    embassies), each kind in the order the sentence states them."""
    return sorted(readings, key=lambda r: r.order)


def claims(found: SentenceReadings) -> list[CountClaim]:
    """The counts one sentence states."""
    return [r.claim for r in found.decided.get(FAMILY, ())]
