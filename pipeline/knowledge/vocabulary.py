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

from pipeline.knowledge.files import read_data

_SEPARATORS = re.compile(r"[\s\-‐‑–]+")


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

    def gate(self, *groups: str, length: int = 5) -> re.Pattern[str]:
        """A quick test for "might any term of these groups be in the text?": the start of each
        term's longest word. A text the gate rejects holds none of the terms."""
        stems = {
            max(term.split(" "), key=len)[:length].replace("-", "")
            for group in groups
            for term in self._groups[group]
        }
        return re.compile("|".join(sorted(re.escape(s) for s in stems if s)), re.I)

    def pattern(self, group: str, value: str | None = None) -> str:
        """A regular expression (no groups) matching any term of the group, longest first."""
        return "(?:" + "|".join(_term_pattern(t) for t in self.terms(group, value)) + ")"


def _term_pattern(term: str) -> str:
    words = [re.escape(w) for w in term.split(" ")]
    return r"[\s\-]+".join(w.replace(r"\-", r"[\s\-]?") for w in words)
