"""What a relations row's "began" date dates: the first establishment of relations, their
re-establishment, or a recognition standing in for them (the `began-kind` rule family).

"1919" and "1991" for Estonia-Lithuania are not a conflict when one is the establishment and
the other the restoration. The kind is read from the words nearest the date, best first: the
began cell itself ("1991 (restored)"), the sentence the date was read from, a row sentence
that gives the date's year ("relations were restored in 1991"), and the began column's header
("Formal relations began", "Period of recognition"). The words are the vocabulary's
`began-kind` group, read by the family's rules (`pipeline.rules.began`); which of them
qualifies the date is decided once the row's date is resolved (`pipeline.resolve.began`);
nothing read leaves the kind `unknown`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK

#: leftover table attributes before the value (`< style="background: silver;" | N/A`)
ATTRIBUTES = re.compile(r"^.*?\b(?:style|class|data-sort-type|width|align)\s*=[^|]*\|")
#: an opened template's name and named parameters (`{{dts|format=dmy|1992`)
TEMPLATE = re.compile(r"\{\{[^|{}]*\||\b[\w-]+=[^|{}]*\||\{\{|\}\}")


@dataclass(frozen=True, slots=True)
class KindWord:
    """A began-kind word a rule read: what it stands for, and where in its text."""

    kind: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class KindWords:
    """A text of the row and the began-kind words read in it, in order."""

    text: str
    words: tuple[KindWord, ...]


def plain_cell(text: str | None) -> str | None:
    """A cell's text without footnote markers and leftover markup; None when nothing is left."""
    if text is None:
        return None
    text = FOOTNOTE_MARK.sub(" ", text)
    text = " ".join(ATTRIBUTES.sub(" ", line) for line in text.split("\n"))
    text = TEMPLATE.sub(" ", text).replace("|", " ")
    text = " ".join(text.split()).strip(" ,;")
    return text or None
