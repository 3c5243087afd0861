"""The gate never refuses a sentence a rule's pattern would read: for every declared rule, text
drawn from its own pattern (hypothesis), with a word of each group its family cannot read
without (`Needs.all_of`), opens its gate in the engine's single gate pass, and holds the
strings the engine reads from the pattern as what every match holds (`pipeline.engine.literals`)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.engine import pieces
from pipeline.engine.gate import opens
from pipeline.engine.literals import holds_a_branch, lowered
from pipeline.rules import RULES
from tests.conftest import extractors

WITH_PATTERN = [r.name for r in RULES if r.pattern is not None]

#: the shared pieces that may read nothing: each is a repetition `(?:...)*` of phrases that
#: overlap one another (fronted time phrases, sentence adverbs), so that searching a long drawn
#: text through them backtracks without end (hypothesis filters every draw by a search). The
#: text a pattern reads with them empty is text the whole pattern reads, and a gate only opens
#: on more words, never closes (`Needs`: any of, all of); so the gate opens on everything the
#: pattern reads if it opens on everything the pattern reads with these pieces empty.
OPTIONAL_PIECES = (pieces.LEAD, pieces.ADVERBS)


def test_the_optional_pieces_read_nothing_too():
    for piece in OPTIONAL_PIECES:
        assert re.fullmatch(piece, "", re.I)


def drawable(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its optional pieces taken out."""
    text = pattern.pattern
    for piece in OPTIONAL_PIECES:
        text = text.replace(piece, "")
    return re.compile(text, pattern.flags)


def required_words(groups: tuple[str, ...]) -> st.SearchStrategy[str]:
    vocabulary = extractors().knowledge.vocabulary
    parts = [st.sampled_from(vocabulary.terms(g)) for g in groups]
    return st.tuples(*parts).map(" ".join) if parts else st.just("")


@pytest.mark.parametrize("name", WITH_PATTERN)
def test_gate_opens_on_whatever_the_pattern_reads(name):
    engine = extractors().engine
    (compiled,) = [c for c in engine._compiled if c.rule.name == name]
    assert compiled.pattern is not None

    # The draws are derandomized: the same examples on every machine and in every run.
    @settings(
        max_examples=20,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(st.from_regex(drawable(compiled.pattern)), required_words(compiled.rule.needs.all_of))
    def check(text: str, required: str) -> None:
        assert compiled.pattern is not None and compiled.pattern.search(text)
        sentence = f"{text} {required}"
        assert opens(compiled.rule.needs, engine.gate.opened(sentence)), sentence
        low = lowered(text)
        assert low is None or holds_a_branch(low, compiled.literals), (text, compiled.literals)
        assert compiled.cue is None or compiled.cue.search(text), (text, compiled.cue.pattern)

    check()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_the_gate_pass_answers_as_each_piece_searched_alone(text):
    """The one pass over a sentence's runs finds exactly the keys a search per piece finds."""
    import re

    gate = extractors().engine.gate
    alone = frozenset(
        k for p, keys in gate._pieces if re.search(re.escape(p), text, re.I) for k in keys
    )
    assert gate.opened(text) == alone


def test_a_mission_rule_needs_a_mission_noun():
    engine = extractors().engine
    opened = engine.gate.opened("Uruguay is accredited to Azerbaijan from Tehran")
    for rule in RULES:
        if "mission-kind" in rule.needs.all_of:
            assert not opens(rule.needs, opened), rule.name


def test_fronted_pieces_are_read_up_to_four():
    """The phrases fronted before a subject overlap one another ("In 1990," is a time phrase
    three ways, and one phrase may run over several), so an unbounded repetition of them
    backtracks exponentially when the rest of a pattern fails: a sentence opening with twelve
    "In 1990," kept one rule's search for half a minute. Four pieces (each of which may hold
    several time phrases) are more than any sentence of the corpus fronts; the corpus tables
    are the same bytes with the bound as without it."""
    lead = re.compile(rf"^{pieces.LEAD}⟪0⟫", re.I)
    assert lead.match("In 1990, however, following the war, economically, ⟪0⟫")
    assert lead.match("In 1990, in 1991, in 1992, in 1993, in 1994, ⟪0⟫")
    assert lead.match("However, " * 4 + "⟪0⟫")
    assert not lead.match("However, " * 5 + "⟪0⟫")
