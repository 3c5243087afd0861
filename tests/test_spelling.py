"""Two adjacent letters swapped in a long known word are read as that word; nothing else is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.analysis.spelling import Respeller, known_words, respell
from tests.conftest import facts

SMALL = Respeller(["Indonesia", "established", "recognition", "Austria", "relations", "trial"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("recognized by Indoneisa in 1984", "recognized by Indonesia in 1984"),
        ("recognized and re-establsihed relations", "recognized and re-established relations"),
        ("a mutual recogntiion", "a mutual recognition"),
        # traps: a known word, a short word, another letter, a missing letter, a swap inside a
        # longer word, two swaps, and the case of the first letter (a name is capitalised)
        ("Indonesia and Austria", "Indonesia and Austria"),
        ("Asutria and a trail", "Asutria and a trail"),
        ("Indonasia", "Indonasia"),
        ("Indonesa", "Indonesa"),
        ("Indoneisaé", "Indoneisaé"),
        ("Idnoneisa", "Idnoneisa"),
        ("indoneisa", "indoneisa"),
    ],
)
def test_one_swap_of_a_long_known_word_is_that_word(text, expected):
    assert SMALL(text) == expected


def test_a_slip_of_two_known_words_is_neither():
    # "abdcfegh": one swap from "abcdfegh" (c-d) and from "abdcefgh" (f-e)
    both = Respeller(["abcdfegh", "abdcefgh"])
    assert both("abdcfegh") == "abdcfegh"
    assert both("bacdfegh") == "abcdfegh"  # a slip of one of them only


def test_no_known_word_is_changed():
    """Every country name and vocabulary word reads as itself (none is another's slip)."""
    words = sorted(known_words())
    text = " ".join(words)
    assert respell(text) == text


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from("Indonesiaestablhdr -.é"), max_size=60))
def test_respelling_keeps_the_length_and_is_stable(text):
    once = SMALL(text)
    assert len(once) == len(text)
    assert SMALL(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brunei was recognized by Indoneisa in 1984.",
            [("IDN", "BRN", "1984", "recognized-by")],
        ),
        (
            "On 5 November 1991, Mexico recognized and re-establsihed diplomatic relations with "
            "Ghana.",
            [("MEX", "GHA", "5 November 1991", "recognized")],
        ),
    ],
)
def test_a_slip_in_a_recognition(text, expected):
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    found = sorted(
        (r.recognizer_iso3, r.recognized_iso3, r.date_text, r.rule) for r in tables["recognitions"]
    )
    assert found == expected
    # the evidence is the sentence as written
    assert all(r.evidence == text for r in tables["recognitions"])
