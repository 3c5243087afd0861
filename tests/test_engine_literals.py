"""The strings a pattern cannot match without (`pipeline.engine.literals`): never one a match
lacks (a sentence that could match is always searched), and the engine reads as it would
searching every sentence."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.engine import Engine, Needs, Resources, Rule
from pipeline.engine.engine import _may_match
from pipeline.engine.literals import holds_a_branch, holds_all, lowered, required, required_branches
from pipeline.engine.rule import Found
from pipeline.knowledge.vocabulary import CASE_TWINS, Vocabulary
from schemas.rules import RuleSpec


def test_a_run_of_letters_is_needed():
    assert required(re.compile(r"⟪\d+⟫\s+is\s+a\s+member\s+of", re.I)) == (
        frozenset({"member"}),
        frozenset({"is"}),
        frozenset({"of"}),
    )


def test_an_alternation_needs_one_of_its_branches():
    assert required(re.compile(r"(?:joined|became\s+a\s+member)\s+of", re.I)) == (
        frozenset({"joined", "became"}),
        frozenset({"of"}),
    )


def test_what_is_optional_or_looked_around_is_not_needed():
    pattern = re.compile(r"(?:the\s+)?(?<!non-)members?(?=\s+states)(?:ship)*|\d+", re.I)
    assert required(pattern) == ()
    assert required(re.compile(r"(?:the\s+)?(?<!non-)members?(?=\s+states)", re.I)) == (
        frozenset({"member"}),
    )


def test_a_repeat_of_at_least_once_needs_its_body():
    assert required(re.compile(r"(?:\s*,\s*and\s+⟪\d+⟫){2,}", re.I)) == (frozenset({"and"}),)


def test_strings_are_lower_case_and_ascii():
    assert required(re.compile(r"(?-i:UN)\s+Générale", re.I)) == (frozenset({"un"}),)


def test_each_branch_of_an_outermost_alternation_keeps_its_own_strings():
    pattern = re.compile(r"(?:⟪\d+⟫\s+and\s+its\s+members|members\s+of\s+which\s+are)", re.I)
    assert required(pattern) == (frozenset({"members"}),)  # all the branches have in common
    assert required_branches(pattern) == (
        (frozenset({"members"}), frozenset({"and"}), frozenset({"its"})),
        (frozenset({"members"}), frozenset({"which"}), frozenset({"are"}), frozenset({"of"})),
    )
    branches = required_branches(pattern)
    assert holds_a_branch("and its members", branches)
    assert holds_a_branch("members of which are", branches)
    assert not holds_a_branch("its members of", branches)  # all of neither branch


def test_a_branch_that_needs_nothing_means_every_text_is_searched():
    assert required_branches(re.compile(r"members\s+of|\d+", re.I)) == ()
    assert holds_a_branch("anything", ())
    assert required_branches(re.compile(r"is\s+a\s+member", re.I)) == (
        (frozenset({"member"}), frozenset({"is"})),
    )
    assert required_branches(re.compile(r"(?:the\s+)?\d+", re.I)) == ()


def test_a_case_twin_means_the_text_is_searched():
    assert lowered("the \u212aingdom") is None
    assert lowered("The Kingdom") == "the kingdom"
    assert holds_all("a member of", (frozenset({"member"}), frozenset({"of", "in"})))
    assert not holds_all("a member to", (frozenset({"member"}), frozenset({"of", "in"})))


PATTERNS = [
    r"(?:⟪\d+⟫|it)\s+(?:is|was|became)\s+(?:an?\s+)?(?:founding\s+)?members?\s+of\s+⟪\d+⟫",
    r"(?:recogni[sz]ed|acknowledged)\s+(?:the\s+)?independence\s+of\s+⟪\d+⟫",
    r"\b(?:has|have)\s+(?:an?|\d+)\s+(?:embass(?:y|ies)|consulates?)\s+in\b",
    r"[();]|\bwith\b|(?:honorary\s+)?consul(?:ate)?s?\s+(?!in\b)[^\W\d_]",
    r"(?-i:[A-Z]{2,5})\s*,\s*(?-i:[A-Z]{2,5})(?:\s*,\s*(?-i:[A-Z]{2,5}))+",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_every_match_holds_the_strings(source):
    pattern = re.compile(source, re.I)
    literals = required(pattern)

    @settings(max_examples=200, deadline=None, database=None)
    @given(st.from_regex(pattern), st.sampled_from(["", "\u0130", "\u212a", "ſ", "ı", "É"]))
    def check(text: str, twin: str) -> None:
        text = f"{twin} {text}"
        assert pattern.search(text)
        low = lowered(text)
        assert low is None or holds_all(low, literals), (text, literals)
        assert low is None or holds_a_branch(low, required_branches(pattern)), text

    check()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ABEIKMNOSabeikmnos ⟪⟫0-\u0130\u0131\u017f\u212a", max_size=30))
def test_re_i_finds_an_ascii_string_only_where_the_lowered_text_holds_it(text):
    """The rule `lowered` rests on: with no case twin, an ASCII string occurs under re.I exactly
    where it occurs in the lower-cased text."""
    for word in ("kin", "is", "mob", "sake"):
        found = re.search(re.escape(word), text, re.I) is not None
        low = lowered(text)
        if low is None:
            assert CASE_TWINS.search(text)
        else:
            assert found == (word in low), (text, word)


def _toy_engine(pattern: str, *, repeat: bool = False) -> Engine:
    def build(ctx, m):
        return [Found(m.span(), m.group(0))]

    spec = RuleSpec("toy", "member-of-toy", 1, "a membership", "is a member of")
    rule = Rule(spec, Needs(), pattern, build, repeat=repeat)
    return Engine([rule], {}, Resources(Vocabulary([]), None))


@pytest.mark.parametrize("repeat", [False, True])
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Norway is a member of NATO", True),
        ("Norway is a MEMBER OF NATO", True),
        ("Norway is a Member of NATO", True),
        ("Norway is a partner of NATO", False),
        ("Norway \u0130s a member of NATO", True),  # a case twin: searched, and re.I reads it
    ],
)
def test_the_engine_reads_as_if_every_sentence_were_searched(text, read, repeat):
    from pipeline.analysis.text import Sentence

    engine = _toy_engine(r"\bis\s+an?\s+member\s+of\b", repeat=repeat)
    (compiled,) = engine._compiled
    assert compiled.literals
    sentence = Sentence.of(text, 1, ())
    readings = engine.read(sentence).readings
    searched = compiled.pattern is not None and compiled.pattern.search(sentence.masked)
    assert bool(readings) == bool(searched) == read
    assert _may_match(compiled, sentence.text, sentence.masked, {}) or not searched


def test_a_rule_whose_cue_does_not_occur_reads_nothing_and_the_others_read_as_before():
    from pipeline.analysis.text import Sentence

    def build(ctx, m):
        return [Found(m.span(), m.group(0))]

    def rule(name: str, cue: str | None) -> Rule:
        spec = RuleSpec(f"{name}-family", name, 1, "a membership", "is a member of")
        return Rule(spec, Needs(), r"(?:an?\s+)?member\s+of", build, cue=cue)

    engine = Engine(
        [rule("cued", r"member\s+of\s+the"), rule("plain", None)],
        {},
        Resources(Vocabulary([]), None),
    )
    read = engine.read(Sentence.of("Norway is a member of NATO", 1, ())).readings
    assert [r.rule.name for r in read] == ["plain"]  # the cue "member of the" is not there
    read = engine.read(Sentence.of("Norway is a member of the UN", 1, ())).readings
    assert [r.rule.name for r in read] == ["cued", "plain"]
