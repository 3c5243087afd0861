"""The spotter's fast paths answer as the readings they stand for: the sentence starts found
from the full stops forward as spaCy's sentencizer rule read token by token, a spotter from
the set-up cache (pickled) as the one built, and a mission rule skipped by its word gate only
where its pattern could not match."""

from __future__ import annotations

import pickle
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH

from pipeline.analysis.document import _pieces
from pipeline.analysis.entities import (
    TOKEN_CACHE_CHUNKS,
    Spotter,
    _sentence_starts,
    _starts_after_stops,
    bounded,
    clean,
)
from pipeline.extract.missions import INTERESTS_GATE, OPENED_GATE, THERE_GATE
from pipeline.knowledge.vocabulary import Gate
from pipeline.rules import missions
from tests.conftest import extractors

#: token ids 0 and 1 are full stops (1 also punctuation, as "." is); 2 is other punctuation
STOPS = frozenset({0, 1})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.booleans()), max_size=30))
def test_starts_after_stops_answer_as_the_rule_read_token_by_token(tokens):
    orths = [orth for orth, _ in tokens]
    puncts = [int(orth in (1, 2) or (orth != 3 and punct)) for orth, punct in tokens]
    fast = _starts_after_stops(orths, STOPS, lambda i: bool(puncts[i]))
    assert fast == _sentence_starts(orths, puncts, STOPS)


PIECES = ["France", "Mr.", "U.S.", "Dr.", ".", "!", "?", "...", ")", '"', "(", "\n", " ", "  "]
PIECES += ["1992", "the embassy", "Tbilisi", "Georgia", ";", ":", "…", "?!", "'", "."]


def _reference_bounds(spotter: Spotter, text: str) -> list[tuple[int, int]]:
    """Sentence bounds as the spotter made them before its fast path: every token read."""
    doc = spotter.nlp.make_doc(text)
    orths, puncts, starts, lengths = zip(
        *doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH]).tolist(), strict=True
    )
    first = _sentence_starts(orths, puncts, spotter._full_stops)
    return [
        (starts[a], starts[b - 1] + lengths[b - 1]) for a, b in pairwise([0, *first, len(orths)])
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25).map("".join))
def test_sentence_bounds_answer_as_every_token_read(text):
    spotter = extractors().analyzer.spotter
    doc = spotter.nlp.make_doc(text)
    if len(doc):
        assert spotter._sentence_bounds(doc) == _reference_bounds(spotter, text)


TEXTS = [
    "Georgia has an embassy in Tbilisi. The U.S. embassy in Ankara opened in 1992!",
    "Both countries are full members of the Council of Europe and of NATO.",
    "Mexico City, Washington, D.C.; the Republic of China (Taiwan)... and Northern Cyprus?",
    "",
    "   [12] ",
]


def test_a_spotter_from_the_set_up_cache_reads_as_the_one_built():
    spotter = extractors().analyzer.spotter
    loaded = pickle.loads(pickle.dumps(spotter, protocol=pickle.HIGHEST_PROTOCOL))
    for text in TEXTS:
        assert loaded.sentences(text) == spotter.sentences(text)
        assert loaded.mentions(text) == spotter.mentions(text)
    assert spotter.mentions(TEXTS[0])  # the texts do name things


def test_the_spotter_keeps_its_wider_token_cache_once_unpickled():
    spotter = extractors().analyzer.spotter
    loaded = pickle.loads(pickle.dumps(spotter, protocol=pickle.HIGHEST_PROTOCOL))
    assert spotter.nlp.tokenizer.max_cache_size == TOKEN_CACHE_CHUNKS
    assert loaded.nlp.tokenizer.max_cache_size == TOKEN_CACHE_CHUNKS


def _tokens(spotter: Spotter, text: str) -> list[tuple[int, int, int]]:
    return [tuple(t) for t in spotter.nlp.make_doc(text).to_array([ORTH, IDX, IS_PUNCT]).tolist()]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join), max_size=8)
)
def test_cached_chunks_give_the_tokens_of_an_uncached_tokenizer(texts):
    cached = extractors().analyzer.spotter
    uncached = pickle.loads(pickle.dumps(cached, protocol=pickle.HIGHEST_PROTOCOL))
    uncached.nlp.tokenizer.max_cache_size = 0
    for text in [*texts, *texts]:  # the second time from the cache
        assert _tokens(cached, text) == _tokens(uncached, text)


MASKED_PIECES = [
    "⟪0⟫",
    "⟪1⟫",
    " ",
    ", ",
    "there",
    "There",
    "THERE",
    " is ",
    " are ",
    "an embassy",
    "a consulate",
    " in ",
    " at ",
    "interests",
    "Interests",
    " represented by ",
    " was ",
    " were ",
    "opened",
    "Established",
    "inaugurated",
    "set up",
    "the",
    "In 1992, ",
    "ſ",
    "İ",
]


@pytest.mark.parametrize(
    ("gate", "pattern", "whole_sentence"),
    [
        (THERE_GATE, "existential", False),
        (INTERESTS_GATE, "interests", True),
        (OPENED_GATE, "opened_passive", False),
    ],
)
@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(MASKED_PIECES), max_size=14).map("".join))
def test_a_mission_rule_skipped_by_its_gate_could_not_have_matched(
    gate: Gate, pattern: str, whole_sentence: bool, text: str
):
    compiled = getattr(extractors().engine.resources.once(missions.reader), pattern)
    if not gate.search(text):
        assert compiled.match(text) is None
        # a clause is a stretch of the sentence: the gate on the sentence covers it too
        assert whole_sentence or all(compiled.match(text[i:]) is None for i in range(len(text)))


CLEANED_PIECES = [*PIECES, "[12]", "[3]", "_", "_Georgia_", "a#b", "#", "]]", "[[", "Indoneisa"]
CLEANED_PIECES += ["x" * 101, "http://example.org/a_b", 'style="x" |', "See Foreign relations of "]
CLEANED_PIECES += ["Togo", "See Iceland–Latvia relations ", "in 2006]] ", "and ", "(1991)", "—"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CLEANED_PIECES), min_size=1, max_size=25).map("".join))
def test_a_sentence_cleaned_with_its_text_reads_as_cleaned_alone(text):
    """Masking reads a sentence's slice of the whole text's cleaned form (`Span.cleaned`)
    where it is bounded by whitespace (`bounded`), and cleans the sentence again elsewhere:
    the slice is the sentence cleaned alone."""
    for span in extractors().analyzer.spotter.sentences(text):
        if span.cleaned is not None:
            assert span.cleaned == clean(span.text)
            for piece, offset, _ in _pieces(span.text, span.mentions):
                if bounded(span.text, offset, offset + len(piece)):
                    assert span.cleaned[offset : offset + len(piece)] == clean(piece)


def test_a_slice_is_bounded_by_whitespace_or_the_ends():
    assert bounded("France has", 0, 6) and bounded("x France y", 2, 8)
    assert not bounded("France__", 0, 7) and not bounded("end.The", 4, 7)
    assert clean("France__")[:7] != clean("France_")  # why it matters
    spans = extractors().analyzer.spotter.sentences("Georgia [3] opened it. France_ did_")
    assert [s.cleaned for s in spans] == ["Georgia     opened it.", None]
