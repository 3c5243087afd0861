"""What a relations row's "began" date dates: the first establishment of relations, their
re-establishment, or a recognition standing in for them (the `began-kind` rule family).

"1919" and "1991" for Estonia-Lithuania are not a conflict when one is the establishment and
the other the restoration. The kind is read from the words nearest the date, best first: the
began cell itself ("1991 (restored)"), the sentence the date was read from, a row sentence
that gives the date's year ("relations were restored in 1991"), and the began column's header
("Formal relations began", "Period of recognition"). The words are the vocabulary's
`began-kind` group; nothing read leaves the kind `unknown`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates import ParsedDate
from pipeline.knowledge.vocabulary import Vocabulary
from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from schemas import rules as R

#: leftover table attributes before the value (`< style="background: silver;" | N/A`)
ATTRIBUTES = re.compile(r"^.*?\b(?:style|class|data-sort-type|width|align)\s*=[^|]*\|")
#: an opened template's name and named parameters (`{{dts|format=dmy|1992`)
TEMPLATE = re.compile(r"\{\{[^|{}]*\||\b[\w-]+=[^|{}]*\||\{\{|\}\}")
#: how far (characters) a word may stand from the year it qualifies
NEAR = 80
#: "the restoration of Latvian independence" restores a state, not relations
OF_INDEPENDENCE = re.compile(r"^\s+of\s+(?:\w+\s+){0,2}independence", re.I)


@dataclass(frozen=True, slots=True)
class BeganKind:
    kind: str  # established | re-established | recognition | unknown
    rule: str | None


def plain_cell(text: str | None) -> str | None:
    """A cell's text without footnote markers and leftover markup; None when nothing is left."""
    if text is None:
        return None
    text = FOOTNOTE_MARK.sub(" ", text)
    text = " ".join(ATTRIBUTES.sub(" ", line) for line in text.split("\n"))
    text = TEMPLATE.sub(" ", text).replace("|", " ")
    text = " ".join(text.split()).strip(" ,;")
    return text or None


class BeganKindReader:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.words = re.compile(rf"(?<![\w-]){vocabulary.pattern('began-kind')}(?![\w-])", re.I)

    def kind(
        self,
        began: ParsedDate | None,
        source: str | None,
        cell: str | None,
        sentence: str | None,
        row_sentences: tuple[str, ...],
        header: str | None,
    ) -> BeganKind | None:
        """The kind of the row's began date (None when there is no date). `sentence` is the
        sentence the date was read from, when it was read from one."""
        if began is None or began.date is None:
            return None
        year = str(began.date.year)
        # a row sentence must give the date's month too when the date has one ("9 November
        # 1992" is not the recognition "on April 2, 1992")
        month = began.date.strftime("%B") if began.precision in ("day", "month") else None
        found = self._nearest(plain_cell(cell) or "", year, anywhere=True)
        if found:
            return BeganKind(found, "began-cell")
        if source == R.BEGAN_SENTENCE_DATE.name and sentence:
            found = self._nearest(sentence, year, anywhere=True)
            if found:
                return BeganKind(found, "began-sentence")
        for text in row_sentences:
            found = self._nearest(text, year, month=month)
            if found:
                return BeganKind(found, "row-sentence")
        found = self._nearest(header or "", year, anywhere=True)
        if found:
            return BeganKind(found, "began-header")
        return BeganKind("unknown", None)

    def _nearest(
        self, text: str, year: str, anywhere: bool = False, month: str | None = None
    ) -> str | None:
        """The kind of the began-kind word nearest the year in `text` (within NEAR characters
        of it; the year written with `month` when given); with `anywhere`, of the first word
        when the text does not give the year."""
        words = [w for w in self.words.finditer(text) if not OF_INDEPENDENCE.match(text[w.end() :])]
        if not words:
            return None
        years = [
            m.start()
            for m in re.finditer(rf"(?<!\d){year}(?!\d)", text)
            if month is None or month.lower() in text[max(0, m.start() - 16) : m.start()].lower()
        ]
        if not years:
            return self.vocabulary.value("began-kind", words[0].group()) if anywhere else None
        best: tuple[int, str] | None = None
        for w in words:
            for y in years:
                distance = y - w.end() if w.end() <= y else w.start() - (y + len(year))
                if 0 <= distance <= NEAR and (best is None or distance < best[0]):
                    best = (distance, w.group())
        return self.vocabulary.value("began-kind", best[1]) if best else None
