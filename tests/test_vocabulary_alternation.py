"""A vocabulary group's alternation, grouped by first character for speed, matches exactly what
the plain alternation of its terms in the same order matches: the same span and the same
continuation, in any text, with or without case."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.knowledge.vocabulary import _alternation, _term_pattern

WORD = st.text(alphabet="abeEk-s ", min_size=1, max_size=6).map(lambda t: " ".join(t.split()))
TERMS = st.lists(WORD.filter(lambda t: t.strip(" -") == t and t), min_size=1, max_size=8)


def _plain(terms: list[str]) -> str:
    return "(?:" + "|".join(_term_pattern(t) for t in terms) + ")"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(TERMS, st.text(alphabet="abeEkKſs -", max_size=20), st.sampled_from([0, re.I]))
def test_grouped_alternation_matches_as_the_plain_one(
    terms: list[str], text: str, flags: int
) -> None:
    # a continuation that makes the order of the alternatives matter ("k" must follow)
    for tail in ("", "k", r"\b"):
        plain = re.compile(_plain(terms) + tail, flags)
        grouped = re.compile(_alternation(terms) + tail, flags)
        found = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in grouped.finditer(text)] == found


def test_terms_are_grouped_by_first_letter_keeping_their_order() -> None:
    pattern = _alternation(["embassies", "consulate", "embassy", "consulates"])
    assert pattern == "(?:(?:embassies|embassy)|(?:consulate|consulates))"


def test_terms_not_starting_with_a_letter_stay_a_plain_alternation() -> None:
    assert _alternation(["(x)", "ab"]) == _plain(["(x)", "ab"])
