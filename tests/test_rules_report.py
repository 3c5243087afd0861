"""The rules report's analysis of readings (Snorkel's LFAnalysis): overlaps are two rules on
the same words of a sentence, conflicts the same words read as different facts, losses the
readings precedence set aside, and "only" the facts no other rule reads."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.analysis.text import Sentence
from pipeline.engine import Needs, Reading, Rule, SentenceReadings
from pipeline.evaluation.readings import RuleFigures, analyse
from schemas.rules import RuleSpec

A = RuleSpec("toy", "a", 1, "", "")
B = RuleSpec("toy", "b", 2, "", "")
C = RuleSpec("toy", "c", 2, "", "")


@dataclass(frozen=True)
class Fact:
    rule: str
    who: str


def rule(spec: RuleSpec) -> Rule:
    return Rule(spec, Needs(), None, lambda ctx, m: [])


def reading(spec: RuleSpec, span: tuple[int, int], who: str) -> Reading:
    return Reading(rule(spec), span, Fact(spec.name, who))


def sentence_readings(readings: list[Reading], kept: list[Reading]) -> SentenceReadings:
    return SentenceReadings(
        Sentence.of("x", 1, ()), tuple(readings), {"toy": tuple(kept)}, frozenset()
    )


def test_overlaps_conflicts_losses_and_unique_facts():
    a = reading(A, (0, 5), "X")
    b_same = reading(B, (3, 8), "X")  # overlaps a, reads the same fact
    c_other = reading(C, (4, 6), "Y")  # overlaps both, reads another fact
    b_apart = reading(B, (20, 25), "Z")  # overlaps nothing
    figures: dict[str, RuleFigures] = {}
    analyse([sentence_readings([a, b_same, c_other, b_apart], [a, b_apart])], figures)
    fa, fb, fc = figures["a"], figures["b"], figures["c"]
    assert (fa.readings, fb.readings, fc.readings) == (1, 2, 1)
    assert (fa.sentences, fb.sentences) == (1, 1)
    assert (fa.lost, fb.lost, fc.lost) == (0, 1, 1)
    assert fa.overlaps == {"b": 1, "c": 1} and fa.conflicts == {"c": 1}
    assert fb.overlaps == {"a": 1, "c": 1} and fb.conflicts == {"c": 1}
    # X is read by a and b; Y by c alone; Z by b alone
    assert (fa.only, fb.only, fc.only) == (0, 1, 1)


def test_rules_of_different_families_never_overlap():
    other = RuleSpec("other", "o", 1, "", "")
    a, o = reading(A, (0, 5), "X"), reading(other, (0, 5), "Y")
    figures: dict[str, RuleFigures] = {}
    analyse([sentence_readings([a, o], [a])], figures)
    assert not figures["a"].overlaps and not figures["o"].overlaps
