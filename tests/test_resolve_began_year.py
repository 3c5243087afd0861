"""`pipeline.resolve.began._nearest`: the began-kind word nearest the date's year, where the
year is a whole run of digits (not part of a longer number)."""

from __future__ import annotations

from pipeline.extract.began import KindWord, KindWords
from pipeline.resolve.began import _nearest


def _words(text: str, word: str, kind: str) -> KindWords:
    at = text.index(word)
    return KindWords(text, (KindWord(kind, at, at + len(word)),))


def test_the_word_near_the_year_is_read():
    read = _words("Relations were established in 1992.", "established", "established")
    assert _nearest(read, "1992") == "established"


def test_a_year_inside_a_longer_number_is_not_the_year():
    read = _words("Relations were established, file 19921 and 21992.", "established", "x")
    assert _nearest(read, "1992") is None
    assert _nearest(read, "1992", anywhere=True) == "x"


def test_the_year_with_its_month_when_the_date_has_one():
    read = _words("Established on 2 April 1992; recognised in May 1992.", "Established", "e")
    assert _nearest(read, "1992", month="April") == "e"
    assert _nearest(read, "1992", month="June") is None
