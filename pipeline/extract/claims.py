"""`claims`: counts the article states ("diplomatic relations with 158 countries", "As of 2017,
... with 178 states", "a member of 47 international organizations").

A claim keeps the count as written and, when the claim introduces a list ("158 countries: A,
B, ..."), how many states that list names. Comparing it with what the rest of the document
lists is the resolve stage's work (`pipeline.resolve.claims`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.analysis.text import ENT, Sentence
from pipeline.dates import ParsedDate, find_date
from pipeline.knowledge.vocabulary import Vocabulary

#: a negation before the count ("has not", "hasn't established relations with 13 states")
NOT_BEFORE = re.compile(r"(?:\b(?:not|no|never|without|nor)|n't)\b[^,.;]*$", re.I)
UNOFFICIAL = re.compile(r"\bunofficial\s+(?:diplomatic\s+)?(?:relations|ties)\s+with\s+\S*$", re.I)
AS_OF = re.compile(r"\b(?:as of|by|in)\s+(?P<when>(?:\w+\s+)?\d{4})\b", re.I)


@dataclass(frozen=True, slots=True)
class CountClaim:
    rule: str
    line: int
    text: str
    value: int
    qualifier: str
    as_of: ParsedDate | None
    listed_in_sentence: int | None


class ClaimReader:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.v = vocabulary
        qualifier = rf"(?P<qual>{vocabulary.pattern('count-qualifier')})?\s*"

        modifier = rf"(?:{vocabulary.pattern('count-modifier')}\s+)*"

        def noun(value: str) -> str:
            # "112 UN member states": the organization is masked; "164 independent states"
            return rf"{modifier}(?:⟪\d+⟫\s+)?{vocabulary.pattern('count-noun', value)}"

        self.patterns = (
            (
                "relations-count",
                re.compile(
                    rf"\b(?:diplomatic\s+)?(?:relations|ties)\s+with\s+{qualifier}"
                    rf"(?P<n>\d{{1,3}})\s+{noun('relations')}",
                    re.I,
                ),
            ),
            (
                "recognitions-count",
                re.compile(
                    rf"\brecogni[sz]ed\s+by\s+{qualifier}(?P<n>\d{{1,3}})\s+{noun('relations')}",
                    re.I,
                ),
            ),
            (
                "memberships-count",
                re.compile(
                    rf"\b(?:member|party)\s+(?:of|to)\s+{qualifier}(?P<n>\d{{1,3}})\s+"
                    rf"{noun('memberships')}",
                    re.I,
                ),
            ),
            (
                "embassies-count",
                re.compile(
                    rf"\b(?:has|have|maintains?|operates?)\s+(?:a\s+network\s+of\s+)?{qualifier}"
                    rf"(?P<n>\d{{1,3}})\s+{noun('embassies')}",
                    re.I,
                ),
            ),
        )

    def claims(self, sentence: Sentence) -> list[CountClaim]:
        out: list[CountClaim] = []
        text = sentence.masked
        if not any(ch.isdigit() for ch in text):
            return out
        for kind, pattern in self.patterns:
            for m in pattern.finditer(text):
                if UNOFFICIAL.search(text[: m.start("n")]):
                    continue  # "unofficial relations with 57 states" are not diplomatic relations
                rule = kind
                if kind == "relations-count" and NOT_BEFORE.search(text[: m.start()]):
                    rule = "no-relations-count"
                qualifier = "exact"
                if m.group("qual"):
                    qualifier = self.v.value("count-qualifier", m.group("qual")) or "exact"
                when = AS_OF.search(sentence.text)
                out.append(
                    CountClaim(
                        rule,
                        sentence.line,
                        sentence.evidence,
                        int(m.group("n")),
                        qualifier,
                        find_date(when.group("when")) if when else None,
                        _listed_after_colon(sentence, m.end()),
                    )
                )
        return out


def _listed_after_colon(sentence: Sentence, end: int) -> int | None:
    """States named after the claim when it introduces a list ("158 countries: A, B, ...")."""
    colon = re.match(r"\s*(?:\[\d+\])*\s*:", sentence.masked[end:])
    if not colon:
        return None
    rest = sentence.masked[end + colon.end() :]
    codes = {
        sentence.mention(i).code for i in re.findall(ENT, rest) if sentence.mention(i).is_state
    }
    return len(codes) or None
