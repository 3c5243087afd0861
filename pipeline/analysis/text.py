"""A sentence as every rule reads it: its text, its line, its mentions, and its masked form.

The masked form is the cleaned sentence with each mention replaced by `⟪i⟫` (its index), so
that rules are patterns of English over "a country", "a city", "an organization" rather than
over names:

    ⟪Azerbaijan⟫ has an embassy in ⟪Washington, DC⟫ and a consulate-general in Los Angeles
    ⟪Uruguay⟫ is accredited to ⟪Azerbaijan⟫ from its embassy in ⟪Tehran⟫, ⟪Iran⟫

It is computed once, when the sentence is made; no rule cleans or masks again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.analysis.entities import Mention, clean

ENT = r"⟪(\d+)⟫"
ENT_RE = re.compile(ENT)


#: hyphens of every kind, and an en dash or a minus sign inside a word, read as "-"
#: ("consulate‑general", "consulate–general"); not the em dash, which sets a phrase apart
#: ("Belgium—itself newly independent—recognized"); curly quotes as straight ones
_HYPHENS = re.compile("[\u2010\u2011\u2012]|(?<=[^\\W\\d_])[\u2013\u2212](?=[^\\W\\d_])")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def typographic(text: str) -> str:
    """Typographic variants made plain, one character for one (offsets are kept): the rules'
    patterns then spell a hyphen, an apostrophe or a quote one way."""
    if text.isascii():
        return text
    return _HYPHENS.sub("-", text).translate(_QUOTES)


def mask(text: str, mentions: tuple[Mention, ...], cleaned: str | None = None) -> str:
    """The cleaned text with each mention replaced by ⟪index⟫, typographic variants made plain
    (`typographic`). `cleaned`: `clean(text)` when the caller holds it already (the spotter
    cleans a whole text, then splits it into sentences)."""
    cleaned = typographic(clean(text) if cleaned is None else cleaned)
    out, last = [], 0
    for i, m in enumerate(mentions):
        out.append(cleaned[last : m.start])
        out.append(f"⟪{i}⟫")
        last = m.end
    out.append(cleaned[last:])
    return "".join(out)


#: a mention opening a masked sentence, perhaps after "The" or a short phrase and its comma
OPENING_MENTION = re.compile(r"(?:[^⟪,.;]{0,40},\s*)?(?:[Tt]he\s+)?⟪(\d+)⟫")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph, list item or table cell, with its 1-based input line."""

    text: str
    line: int
    mentions: tuple[Mention, ...]
    in_list: bool = False
    masked: str = field(default="", compare=False)
    #: the state the sentences before it in its paragraph, item or cell last opened with, when
    #: that is a state ("Argentina has an embassy in Montevideo. It is ...": "It" may be
    #: Argentina, so it does not stand for the document's state); None when none did
    after: str | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls,
        text: str,
        line: int,
        mentions: tuple[Mention, ...],
        in_list: bool = False,
        cleaned: str | None = None,
        after: str | None = None,
    ) -> Sentence:
        """`cleaned`: `clean(text)`, when the caller holds it (see `mask`)."""
        return cls(text, line, mentions, in_list, mask(text, mentions, cleaned), after)

    def opening_state(self) -> str | None:
        """The state the sentence opens with, after a fronted phrase set off by a comma at
        most ("In 1995, ⟪Argentina⟫ joined ..."): what a following "It" may stand for."""
        m = OPENING_MENTION.match(self.masked)
        if m is None or int(m.group(1)) >= len(self.mentions):
            return None  # none, or a text that writes the marks itself (hostile input)
        mention = self.mention(m.group(1))
        return mention.code if mention.is_state else None

    def mention(self, index: int | str) -> Mention:
        return self.mentions[int(index)]

    def at(self, position: int) -> int:
        """Offset in the masked text where mention `position` stands."""
        return self.masked.index(f"⟪{position}⟫")

    @property
    def evidence(self) -> str:
        return " ".join(self.text.split())
