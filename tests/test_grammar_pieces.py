"""The shared grammar pieces (`pipeline.engine.pieces`), each on short masked texts, and the
typographic variants made plain where sentences are masked."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.analysis.text import typographic
from pipeline.engine.pieces import ENTS, LEAD, listed
from pipeline.engine.template import expand
from tests.conftest import extractors, sentences


def piece(name: str) -> re.Pattern[str]:
    return re.compile(expand(f"@{{{name}}}", extractors().knowledge.vocabulary), re.I)


@pytest.mark.parametrize(
    "text",
    [
        "⟪0⟫",
        "⟪0⟫ and ⟪1⟫",
        "⟪0⟫, ⟪1⟫ and ⟪2⟫",
        "⟪0⟫, ⟪1⟫, and the ⟪2⟫",
        "⟪0⟫, ⟪1⟫, ⟪2⟫, ⟪3⟫ or ⟪4⟫",
    ],
)
def test_a_list_of_mentions_of_any_length_with_or_without_the_last_comma(text):
    assert re.fullmatch(ENTS, text, re.I)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["Kotka", "Oulu", "Vaasa", "Turku"]), min_size=1, max_size=12),
    st.booleans(),
)
def test_listed_reads_every_item(items, oxford):
    joint = ", and " if oxford else " and "
    text = items[0] if len(items) == 1 else ", ".join(items[:-1]) + joint + items[-1]
    m = re.fullmatch(listed(r"(?:[A-Z][a-z]+)"), text)
    assert m is not None


def test_a_list_stops_at_what_is_not_an_item():
    m = re.match(ENTS, "⟪0⟫, ⟪1⟫ and embassies in ⟪2⟫")
    assert m is not None and m.group() == "⟪0⟫, ⟪1⟫"


@pytest.mark.parametrize(("text", "count"), [("two consulates", "two"), ("6 embassies", "6")])
def test_counted_plural(text, count):
    m = piece("COUNTED").match(text)
    assert m is not None and m.group("count") == count


def test_a_word_that_is_no_number_is_not_counted():
    assert piece("COUNTED").match("the consulates") is None


@pytest.mark.parametrize(
    "text", ["its capital, ", "the capital ", "the city of ", "⟪3⟫'s capital city, "]
)
def test_apposition(text):
    assert piece("APPOSITION").fullmatch(text)


@pytest.mark.parametrize(
    "text",
    ["Since 1994, ", "In 2008 ", "However, ", "Six years later, ", "On 12 May 1992, "],
)
def test_fronted_time_phrases(text):
    m = re.match(LEAD, text, re.I)
    assert m is not None and m.end() == len(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It also has an embassy", "It"),
        ("These are honorary consulates", "These"),
        ("In 2001, it opened", "it"),
        ("The country has", "The country"),
    ],
)
def test_a_sentence_continuing_the_previous_subject(text, word):
    m = piece("CONTINUES").match(text)
    assert m is not None and m.group("continues") == word


def test_a_sentence_naming_its_own_subject_continues_none():
    assert piece("CONTINUES").match("⟪0⟫ has an embassy") is None


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("consulate‑general", "consulate-general"),  # a non-breaking hyphen
        ("consulate‐general", "consulate-general"),  # a hyphen
        ("consulate–general", "consulate-general"),  # an en dash inside a word
        ("Kenya’s “embassy”", 'Kenya\'s "embassy"'),
        ("1990–1995", "1990–1995"),  # a range stays a range
        ("Belgium—itself new—recognized", "Belgium—itself new—recognized"),  # an em dash too
    ],
)
def test_typographic_variants_made_plain(text, plain):
    assert typographic(text) == plain


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_typographic_keeps_every_offset(text):
    assert len(typographic(text)) == len(text)


def test_a_sentence_is_masked_with_its_variants_plain():
    (s,) = sentences("Turkey has two consulates–general in Istanbul and Izmir.")
    assert "consulates-general" in s.masked and "–" in s.text


@pytest.mark.parametrize(
    ("name", "text", "reads"),
    [
        ("NO_RELATIONS", "The two countries do not have diplomatic relations.", True),
        ("NO_RELATIONS", "Armenia has not yet established relations with Turkey.", True),
        ("NO_RELATIONS", "The two countries have diplomatic relations.", False),
        ("RESTORATION", "The last renewal was in March 1990.", True),
        ("RESTORATION", "the restoration of its independence", False),
    ],
)
def test_relation_status_pieces(name, text, reads):
    assert (piece(name).search(text) is not None) is reads


def test_lead_reads_a_reference_back_to_the_text():
    """ "As noted," and "As mentioned above," are no subject: what follows them is."""
    for text in ("As noted, ", "As mentioned above, ", "as stated earlier, "):
        m = re.match(rf"{LEAD}⟪0⟫", f"{text}⟪0⟫", re.I)
        assert m and m.end() == len(text) + 3
    # "as noted by" is a phrase with its own agent: not read as a lead
    assert re.match(rf"{LEAD}⟪0⟫", "As noted by ⟪1⟫, ⟪0⟫", re.I) is None


def test_the_clauses_of_a_text_are_cut_once_and_each_caller_gets_its_own_list():
    """`Grammar.clauses` remembers the cut of a masked text (the rules of several families ask
    for it in one sentence): the same clauses each time, in a list no caller shares."""
    grammar = extractors().engine.resources.grammar
    (sentence,) = sentences("Norway has an embassy in Oslo, and Peru has an embassy in Lima.")
    first = grammar.clauses(sentence)
    assert len(first) == 2 and first[1].text.startswith("⟪")
    first.clear()
    again = grammar.clauses(sentence)
    assert len(again) == 2 and again == grammar._cut(sentence.masked)
