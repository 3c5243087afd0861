"""The rule engine: one gate pass per sentence for every rule, every reading kept with its rule,
precedence decided afterwards by the family's own function, the losers still there."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.engine import Context, Engine, Needs, Reading, Resources, Rule, Where
from pipeline.engine.gate import GatePass, any_of, term_piece
from pipeline.engine.rule import Found
from pipeline.engine.template import expand, groups_in
from pipeline.knowledge.vocabulary import Vocabulary
from pipeline.rules import recognitions
from schemas.rules import RuleSpec
from tests.conftest import extractors, sentences

VOCABULARY = Vocabulary(
    [
        {"group": "fruit", "term": "apple", "value": "apple"},
        {"group": "fruit", "term": "blood orange", "value": "orange"},
        {"group": "colour", "term": "red", "value": "red"},
    ]
)
FIRST = RuleSpec("toy", "fruit-first", 1, "a fruit", "an apple")
SECOND = RuleSpec("toy", "fruit-second", 2, "a fruit, again", "an apple")
COLOUR = RuleSpec("toy", "colour", 1, "a colour", "red")


def span_of(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    return [Found((m.start(), m.end()), m.group(0).lower())]


def toy_rules() -> tuple[Rule, ...]:
    return (
        Rule(FIRST, Needs(groups=("fruit",)), r"@{fruit}", span_of),
        Rule(SECOND, Needs(groups=("fruit",)), r"\b@{fruit}\b", span_of, repeat=True),
        Rule(COLOUR, Needs(words=("red",)), r"\bred\b", span_of),
    )


def lower_rank_wins(readings: Sequence[Reading]) -> list[Reading]:
    best: dict[tuple[int, int], Reading] = {}
    for r in readings:
        if r.span not in best or r.rule.rank < best[r.span].rule.rank:
            best[r.span] = r
    return list(best.values())


def engine(decide: bool = True) -> Engine:
    return Engine(
        toy_rules(), {"toy": lower_rank_wins} if decide else {}, Resources(VOCABULARY, None)
    )


def sentence(text: str):
    from pipeline.analysis.text import Sentence

    return Sentence.of(text, 1, ())


def test_every_reading_is_kept_and_precedence_decides_after():
    found = engine().read(sentence("An apple and a blood-orange."))
    names = sorted(r.rule.name for r in found.readings)
    # the first rule reads once, the repeating one every match; all are kept
    assert names == ["fruit-first", "fruit-second", "fruit-second"]
    decided = found.decided["toy"]
    assert [(r.rule.name, r.claim) for r in decided] == [
        ("fruit-first", "apple"),
        ("fruit-second", "blood-orange"),
    ]
    assert [r.rule.name for r in found.losing()] == ["fruit-second"]


def test_without_a_decider_every_reading_stands():
    found = engine(decide=False).read(sentence("An apple."))
    assert len(found.decided["toy"]) == len(found.readings) == 2


def test_a_closed_gate_keeps_a_rule_from_reading():
    found = engine().read(sentence("Nothing but red here."))
    assert [r.rule.name for r in found.readings] == ["colour"]
    assert found.opened == frozenset({"red"})


def test_the_gate_is_computed_once_per_sentence(monkeypatch):
    e = engine()
    calls: list[str] = []
    opened = e.gate.opened

    def counting(text: str) -> frozenset[str]:
        calls.append(text)
        return opened(text)

    monkeypatch.setattr(e.gate, "opened", counting)
    e.read(sentence("A red apple."))
    assert len(calls) == 1


def test_a_rule_declared_twice_is_refused():
    rule = toy_rules()[0]
    with pytest.raises(ValueError, match="twice"):
        Engine((rule, rule), {}, Resources(VOCABULARY, None))


def test_gate_sees_overlapping_and_nested_pieces():
    gate = GatePass([Needs(words=("ab", "bc", "abc", "b"))], VOCABULARY)
    assert gate.opened("xABCx") == frozenset({"ab", "bc", "abc", "b"})
    assert gate.opened("xbcx") == frozenset({"bc", "b"})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abc.(", min_size=1, max_size=4), max_size=6),
    st.text(alphabet="abc.( ", max_size=12),
)
def test_the_tree_of_the_pieces_occurs_where_one_of_them_does(words, text):
    """The gate's "any piece here?" pattern: the pieces as a tree of their letters finds a
    piece exactly where the plain alternation of them does."""
    plain = re.compile("|".join(re.escape(w) for w in words) or "(?!)")
    assert (re.search(any_of(words), text) is None) == (plain.search(text) is None)


def test_gate_reads_a_term_by_its_longest_word_whatever_its_joints():
    gate = GatePass([Needs(groups=("fruit",))], VOCABULARY)
    assert term_piece("blood orange") == "orange"
    assert gate.opened("a blood-Orange") == frozenset({"fruit"})
    assert gate.opened("a pear") == frozenset()


def test_gate_with_a_character_whose_case_folds_differently():
    gate = GatePass([Needs(words=("kin",))], VOCABULARY)
    assert gate.opened("\u212ain") == frozenset({"kin"})  # the Kelvin sign folds to "k"


def test_template_fills_groups_and_pieces():
    pattern = expand(r"@{ENT}\s+@{fruit:orange}", VOCABULARY)
    assert re.fullmatch(pattern, "⟪2⟫ blood-orange")
    assert not re.fullmatch(pattern, "⟪2⟫ apple")
    assert groups_in(r"@{ENT} @{fruit} @{colour:red}") == {"fruit", "colour"}
    with pytest.raises(KeyError):
        expand("@{NOPIECE}", VOCABULARY)
    with pytest.raises(KeyError):
        expand("@{no-group}", VOCABULARY)


def test_recognitions_keep_the_nominal_reading_that_lost():
    """ "Mexico's recognition of Namibia ... Mexico recognized Namibia": the same two states
    twice; the nominal reading loses to the verb's but stays among the readings."""
    ex = extractors()
    (s,) = sentences(
        "Mexico's recognition of Namibia came when Mexico recognized Namibia on 17 April 1990."
    )
    found = ex.engine.read(s, Where())
    read = {r.rule.name for r in found.readings}
    assert {recognitions.RECOGNIZED.name, recognitions.RECOGNITION_OF.name} <= read
    assert [r.rule.name for r in found.losing()] == [recognitions.RECOGNITION_OF.name]
    assert [(c.recognizer, c.recognized) for c in recognitions.claims(found)] == [("MEX", "NAM")]


def test_the_engine_survives_pickling():
    """The process's extractors are cached as a pickle: rules and their builds must pickle."""
    import pickle

    e = pickle.loads(pickle.dumps(extractors().engine))
    (s,) = sentences("Japan recognized Azerbaijan on 28 December 1991.")
    assert [c.recognizer for c in recognitions.claims(e.read(s))] == ["JPN"]


def test_extractors_loaded_from_a_pickle_give_the_same_facts():
    """A run loads its extractors from the set-up cache (a pickle), the tests build them: the
    facts must not depend on which. Rules are compared by name, never by identity, since an
    unpickled engine holds copies of them (began-kind and present-relations once read nothing)."""
    import pickle

    from pipeline.document import extract_document, table_rows
    from tests.conftest import REFERENCE

    built = extractors()
    loaded = pickle.loads(pickle.dumps(built))
    here, _ = extract_document(REFERENCE, built)
    there, _ = extract_document(REFERENCE, loaded)
    assert any(r.began_kind not in (None, "unknown") for r in here["relations"])
    assert table_rows(there, loaded) == table_rows(here, built)
