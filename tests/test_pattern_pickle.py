"""`pipeline.pattern_pickle`: a pattern unpickled from its compiled code is the pattern
`re.compile` makes (same source, flags, groups, code: `==` compares them all) and matches
alike; one stored by another engine is compiled from its source."""

from __future__ import annotations

import pickle
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline import pattern_pickle
from pipeline.pattern_pickle import dumps

_ATOMS = st.sampled_from(
    ["a", "b", "é", "ß", "İ", r"\d", r"\w+", r"\s", r"\b", "[a-z]", "[^,;]", ".", r"\.", "x{2,3}"]
)


def _regexes() -> st.SearchStrategy[str]:
    """Regular-expression sources: sequences, alternations, groups (named ones too),
    quantifiers, look-arounds."""

    def grown(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=4).map("|".join),
            inner.map(lambda r: f"(?:{r})"),
            inner.map(lambda r: f"({r})"),
            inner.map(lambda r: f"(?P<n>{r})"),
            st.tuples(inner, st.sampled_from(["*", "+", "?", "*?", "{1,4}"])).map("".join),
            inner.map(lambda r: f"(?=a){r}(?<!b)"),
            inner.map(lambda r: f"(?i:{r})"),
        )

    return st.recursive(_ATOMS, grown, max_leaves=12)


_FLAGS = st.sampled_from([0, re.I, re.I | re.M, re.S, re.X, re.A])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(_regexes(), _FLAGS, st.text(alphabet="abéßİı ,;.x1\n", max_size=40))
def test_a_pattern_comes_back_compiled_alike(source, flags, text):
    try:
        pattern = re.compile(source, flags)
    except (re.error, OverflowError):  # "multiple repeat", a group name twice, ...
        assume(False)
    back = pickle.loads(dumps(pattern))
    assert back == pattern  # source, flags and compiled code
    assert (back.groups, back.groupindex) == (pattern.groups, pattern.groupindex)
    found, again = pattern.search(text), back.search(text)
    assert (found and (found.span(), found.groups())) == (again and (again.span(), again.groups()))


def test_patterns_inside_a_value_keep_their_sharing():
    word = re.compile(r"(?P<word>\w+)", re.I)
    value = {"a": word, "b": [word, re.compile(b"by+tes")], "c": "text"}
    back = pickle.loads(dumps(value))
    assert back["a"] is back["b"][0]
    assert back["a"] == word and back["b"][1] == re.compile(b"by+tes")
    assert back["a"].match("Hello world").group("word") == "Hello"


def test_a_pattern_from_another_engine_is_compiled_from_its_source():
    # the code of an engine with another version number is not handed to this one
    rebuilt = pattern_pickle._rebuilt("a+b", re.I, -1, 4, b"\xff" * 8, 0, {}, ())
    assert rebuilt == re.compile("a+b", re.I)
