"""Two adjacent letters swapped in a long word ("Indoneisa", "re-establsihed") read as the word
meant, so that a slip of the keyboard does not hide a country or a rule's word.

Only one kind of slip is read, and only where it cannot be anything else: a word of
`MIN_LETTERS` ASCII letters or more that is not itself a known word, and that one swap of adjacent
letters turns into exactly one known word (a country's name, or a word of the rules'
vocabulary). A swap keeps the text's length, so every offset holds. A missing, extra or other
letter is not guessed: "Austria" for "Australia" or "Slovakia" for "Slovenia" are one or two
letters apart, and a reading built on such a guess would be a wrong fact, not a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pipeline.knowledge.files import read_data

#: shorter words are left alone: among them one swap often makes another word ("trial", "trail")
MIN_LETTERS = 8
#: a word (of any letters), and a run of ASCII letters: the runs are what a text is first
#: searched for (twice as fast, and every known word is ASCII), the words what is replaced (a run
#: inside a longer word with other letters is no word)
WORD = re.compile(rf"[^\W\d_]{{{MIN_LETTERS},}}")
RUN = re.compile(rf"[A-Za-z]{{{MIN_LETTERS},}}")


class Respeller:
    """Built from the known words: each one-swap slip of a long known word that is neither a
    known word nor the slip of two of them, with the word it stands for."""

    def __init__(self, words: Iterable[str]) -> None:
        known = {w for w in words if RUN.fullmatch(w)}
        meant: dict[str, set[str]] = {}
        for word in known:
            for i in range(len(word) - 1):
                if word[i] != word[i + 1]:
                    slip = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                    meant.setdefault(slip, set()).add(word)
        self.slips = {s: w.pop() for s, w in meant.items() if len(w) == 1 and s not in known}

    def __call__(self, text: str) -> str:
        """`text` with its slips replaced by the words they stand for (same length)."""
        if not self.slips.keys() & set(RUN.findall(text)):
            return text
        return WORD.sub(lambda m: self.slips.get(m.group(), m.group()), text)


def known_words() -> set[str]:
    """The words whose slips are read: every word of the rules' vocabulary (`vocabulary.csv`)
    and of the countries' names (ISO 3166-1 via pycountry, and `country_aliases.csv`)."""
    import pycountry

    names = [r["term"] for r in read_data("vocabulary.csv")]
    names += [r["name"] for r in read_data("country_aliases.csv")]
    for country in pycountry.countries:
        names += [getattr(country, f, "") for f in ("name", "common_name", "official_name")]
    return {word for name in names for word in re.split(r"[^\w]+", name) if word}


@cache
def respeller() -> Respeller:
    """The process's respeller (built at the first call)."""
    return Respeller(known_words())


def respell(text: str) -> str:
    """`text` with its one-swap slips of long known words read as those words."""
    return respeller()(text)
