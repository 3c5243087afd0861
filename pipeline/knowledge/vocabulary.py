"""The words the rules read: mission kinds, verbs of opening and closing, negation, ordinals,
capacities in an organization, section and template names (`data/vocabulary.csv`).

The grammar of a rule (what comes before what) is code; the words that fill it are data, so a
new wording ("chancery", "legation") is a new row, not a new rule. In a term, a space or a
hyphen matches a space, a hyphen or (for a hyphen) nothing: "consulate general" also reads
"consulate-general", "non-resident" also reads "nonresident".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from pipeline.knowledge.files import read_data

_SEPARATORS = re.compile(r"[\s\-‐‑–\u2014]+")
#: the only characters outside ASCII that a case-insensitive pattern matches to an ASCII letter,
#: or that lower-case to one: "İ", "ı", "ſ" and the Kelvin sign
CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")


class Gate:
    """A quick test for "does the text hold any of these words, whatever their case?", with
    the answer of the case-insensitive regular expression of the words (kept as the reference):
    the lower-cased text is searched with a case-sensitive one, several times faster, unless it
    holds a character (`CASE_TWINS`) on which the two could differ, or a word is not ASCII."""

    def __init__(self, words: Iterable[str]) -> None:
        kept = sorted({w for w in words if w})
        alternatives = "|".join(re.escape(w) for w in kept)
        self.pattern = re.compile(alternatives, re.I)
        plain = all(w.isascii() and w == w.lower() for w in kept)
        self._lowered = re.compile(alternatives) if plain else None

    def search(self, text: str) -> bool:
        if self._lowered is None:
            return self.pattern.search(text) is not None
        lowered = _lowered(text)
        if lowered is None:
            return self.pattern.search(text) is not None
        return self._lowered.search(lowered) is not None


def _lowered(text: str) -> str | None:
    """The lower-cased text a gate searches, None when it holds a `CASE_TWINS` character;
    the last text's answer is kept, since the rules' gates all ask about the same sentence one
    after the other. Kept as one tuple, read and replaced whole, so that threads (a Dask
    worker's) never pair one text with another's answer."""
    global _last
    last_text, lowered = _last
    if text is not last_text:
        lowered = None if CASE_TWINS.search(text) is not None else text.lower()
        _last = (text, lowered)
    return lowered


_last: tuple[str | None, str | None] = (None, None)


@cache
def whole_word(term: str) -> re.Pattern[str]:
    """`term` as a whole word (`\\b` on each side), compiled once per term: the rules try the
    same few terms on every sentence, and `re`'s own cache would rebuild and rehash the
    pattern's string at each call."""
    return re.compile(rf"\b{re.escape(term)}\b")


def normal(term: str) -> str:
    """A term or a matched text, for lookup: lower case, one space between words."""
    return _SEPARATORS.sub(" ", term.strip().lower())


class Vocabulary:
    """Terms by group, each with the value it stands for."""

    def __init__(self, rows: Iterable[Mapping[str, str]]) -> None:
        grouped: dict[str, dict[str, str]] = defaultdict(dict)
        for r in rows:
            grouped[r["group"]][normal(r["term"])] = r["value"]
        self._groups = dict(grouped)

    @classmethod
    def from_data(cls) -> Vocabulary:
        return cls(read_data("vocabulary.csv"))

    def groups(self) -> list[str]:
        return sorted(self._groups)

    def terms(self, group: str, value: str | None = None) -> list[str]:
        """The terms of a group (those standing for `value` only, if given), longest first."""
        found = self._groups[group]
        terms = [t for t, v in found.items() if value is None or v == value]
        return sorted(terms, key=lambda t: (-len(t), t))

    def value(self, group: str, text: str) -> str | None:
        """What a matched text stands for in a group."""
        return self._groups[group].get(normal(text))

    def values(self, group: str) -> dict[str, str]:
        return dict(self._groups[group])

    def gate(self, *groups: str, length: int = 5) -> Gate:
        """A quick test for "might any term of these groups be in the text?": the start of each
        term's longest word. A text the gate rejects holds none of the terms."""
        return Gate(
            max(term.split(" "), key=len)[:length].replace("-", "")
            for group in groups
            for term in self._groups[group]
        )

    def pattern(self, group: str, value: str | None = None) -> str:
        """A regular expression (no groups) matching any term of the group, longest first."""
        return _alternation(self.terms(group, value))


def _alternation(terms: list[str]) -> str:
    """The terms as one alternation that matches exactly as `(?:t1|t2|...)` in this order, but
    with the terms grouped by their first character: at a given place in a text only the terms
    of one group can match (distinct ASCII letters or digits never match the same character,
    whatever the case), so the order between groups never decides anything, and within a group
    it is kept; the regular expression engine then tries one group at each place instead of
    every term (the patterns that hold a large group search several times faster). Terms that
    do not all start with an ASCII letter or digit are left as a plain alternation."""
    if not all(t[:1].isascii() and t[:1].isalnum() for t in terms):
        return "(?:" + "|".join(_term_pattern(t) for t in terms) + ")"
    by_first: dict[str, list[str]] = {}
    for t in terms:
        by_first.setdefault(t[0].lower(), []).append(_term_pattern(t))
    return "(?:" + "|".join(_group(patterns) for patterns in by_first.values()) + ")"


def _group(patterns: list[str]) -> str:
    return patterns[0] if len(patterns) == 1 else "(?:" + "|".join(patterns) + ")"


def _term_pattern(term: str) -> str:
    """Inside a term an em dash reads as a hyphen too ("consulate—general"): the masking keeps
    it, as it sets a phrase apart between words, but inside a term it is only a wider hyphen."""
    words = [re.escape(w) for w in term.split(" ")]
    return r"[\s\-\u2014]+".join(w.replace(r"\-", r"[\s\-\u2014]?") for w in words)
