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


def mask(text: str, mentions: tuple[Mention, ...]) -> str:
    """The cleaned text with each mention replaced by ⟪index⟫."""
    cleaned = clean(text)
    out, last = [], 0
    for i, m in enumerate(mentions):
        out.append(cleaned[last : m.start])
        out.append(f"⟪{i}⟫")
        last = m.end
    out.append(cleaned[last:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph, list item or table cell, with its 1-based input line."""

    text: str
    line: int
    mentions: tuple[Mention, ...]
    in_list: bool = False
    masked: str = field(default="", compare=False)

    @classmethod
    def of(
        cls, text: str, line: int, mentions: tuple[Mention, ...], in_list: bool = False
    ) -> Sentence:
        return cls(text, line, mentions, in_list, mask(text, mentions))

    def mention(self, index: int | str) -> Mention:
        return self.mentions[int(index)]

    def at(self, position: int) -> int:
        """Offset in the masked text where mention `position` stands."""
        return self.masked.index(f"⟪{position}⟫")

    @property
    def evidence(self) -> str:
        return " ".join(self.text.split())
