"""The footnotes' language identifier keeps only its languages' model, and names the language
of any text as py3langid's identifier restricted to those languages does."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from pipeline.extract.references import LANGUAGES, language_identifier


@pytest.fixture(scope="module")
def pair():
    restricted = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    restricted.set_languages(LANGUAGES)
    return language_identifier(), restricted.classify


TEXTS = st.sampled_from(
    [
        "Außenministerium der Republik Aserbaidschan",
        "Ministère des Affaires étrangères",
        "Relaciones diplomáticas entre ambos países",
        "Azərbaycan Respublikası Xarici İşlər Nazirliyi",
        "Embassy of the Republic of Azerbaijan",
        "",
    ]
)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(TEXTS, max_size=3).map(" ".join), st.text(max_size=20))
def test_it_names_the_language_the_restricted_model_names(pair, texts, noise):
    ours, theirs = pair
    assert ours(texts + noise) == theirs(texts + noise)


def test_it_holds_no_more_than_its_languages(pair):
    ours, theirs = pair
    assert len(pickle.dumps(ours)) < 0.75 * len(pickle.dumps(theirs))
