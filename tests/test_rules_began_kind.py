"""The `began-kind` rules: each reads the vocabulary's began-kind words in its own part of a
relations row (the began cell, the header, the sentence the date came from, the row's other
sentences); which word qualifies the date is decided for the row (tests/test_row_meaning.py)."""

from __future__ import annotations

import pytest

from pipeline.analysis.text import Sentence
from pipeline.engine import Where
from pipeline.rules import began
from tests.conftest import extractors, sentences


def read_by(text: str, where: Where, *, sentence: bool = False) -> dict[str, list[str | None]]:
    """The kinds each began-kind rule read in a text, by rule."""
    found = extractors().engine.read(
        sentences(text)[0] if sentence else Sentence.of(text, 1, ()), where
    )
    return {
        rule.name: [w.kind for w in began.words(found, rule).words]
        for rule in began.RULES
        if began.words(found, rule).words
    }


@pytest.mark.parametrize(
    ("part", "rule"),
    [(began.BEGAN_CELL, "began-cell"), (began.BEGAN_HEADER, "began-header")],
)
def test_a_part_of_the_row_is_read_by_its_own_rule_only(part, rule):
    assert read_by("27 August 1991 (restored)", Where(part=part.name)) == {rule: ["re-established"]}


def test_a_row_sentence_is_read_as_the_dated_sentence_and_as_a_row_sentence():
    assert read_by(
        "Relations were recognised in 1990 and restored in 1991.",
        Where(in_row=True),
        sentence=True,
    ) == {
        "began-sentence": ["recognition", "re-established"],
        "row-sentence": ["recognition", "re-established"],
    }


def test_a_sentence_outside_a_row_is_not_read():
    assert read_by("Relations were restored in 1991.", Where(), sentence=True) == {}


def test_the_restoration_of_independence_is_no_restoration_of_relations():
    text = "The restoration of Latvian independence was recognised in 1991."
    assert read_by(text, Where(part=began.BEGAN_CELL.name)) == {"began-cell": ["recognition"]}
