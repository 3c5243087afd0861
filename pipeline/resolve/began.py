"""Which began-kind word qualifies a relations row's resolved began date (the `began-kind`
rule family): the words are read before (`pipeline.extract.began`, `pipeline.rules.began`),
the kind is decided here, once the row's date and its source are known
(`pipeline.resolve.relations.relation_state`), best first: the began cell itself, the sentence
the date was read from, a row sentence that gives the date's year, and the began column's
header; nothing read leaves the kind `unknown`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.dates import ParsedDate
from pipeline.extract.began import KindWord, KindWords
from schemas import rules as R

#: how far (characters) a word may stand from the year it qualifies
NEAR = 80
#: a run of digits: the year is written where a whole run is it (one pattern for every year,
#: not one compiled per year, which overflowed `re`'s cache of patterns)
DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class BeganKind:
    kind: str  # established | re-established | recognition | unknown
    rule: str | None


def began_kind(
    began: ParsedDate | None,
    source: str | None,
    cell: KindWords,
    sentence: KindWords | None,
    row_sentences: Sequence[KindWords],
    header: KindWords,
) -> BeganKind | None:
    """The kind of the row's began date (None when there is no date). `sentence` is the
    sentence the date was read from, when it was read from one."""
    if began is None or began.date is None:
        return None
    year = str(began.date.year)
    # a row sentence must give the date's month too when the date has one ("9 November
    # 1992" is not the recognition "on April 2, 1992")
    month = began.date.strftime("%B") if began.precision in ("day", "month") else None
    found = _nearest(cell, year, anywhere=True)
    if found:
        return BeganKind(found, R.BEGAN_CELL.name)
    if source == R.BEGAN_SENTENCE_DATE.name and sentence is not None:
        found = _nearest(sentence, year, anywhere=True)
        if found:
            return BeganKind(found, R.BEGAN_SENTENCE.name)
    for text in row_sentences:
        found = _nearest(text, year, month=month)
        if found:
            return BeganKind(found, R.ROW_SENTENCE.name)
    found = _nearest(header, year, anywhere=True)
    if found:
        return BeganKind(found, R.BEGAN_HEADER.name)
    return BeganKind("unknown", None)


def _nearest(
    read: KindWords, year: str, anywhere: bool = False, month: str | None = None
) -> str | None:
    """The kind of the began-kind word nearest the year in the text (within NEAR characters
    of it; the year written with `month` when given); with `anywhere`, of the first word
    when the text does not give the year."""
    text, words = read.text, read.words
    if not words:
        return None
    years = [
        m.start()
        for m in DIGITS.finditer(text)
        if m.group() == year
        and (month is None or month.lower() in text[max(0, m.start() - 16) : m.start()].lower())
    ]
    if not years:
        return words[0].kind if anywhere else None
    best: tuple[int, KindWord] | None = None
    for w in words:
        for y in years:
            distance = y - w.end if w.end <= y else w.start - (y + len(year))
            if 0 <= distance <= NEAR and (best is None or distance < best[0]):
                best = (distance, w)
    return best[1].kind if best else None
