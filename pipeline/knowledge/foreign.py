"""Country names in the other languages of the footnotes, inflected forms included.

Russian is matched on lemmas from pymorphy3 ("с Руандой и Кенией" -> руанда, кения), with one
typo allowed in a long word of a multi-word name ("Доминиканкой Республикой"). Azerbaijani and
Turkish add case suffixes to names ("Azərbaycan ilə Toqo arasında", "Toqonun"), so a name also
matches a word that is the name plus a short suffix. The names themselves are the ISO 3166
translations pycountry ships, plus `data/foreign_names.csv`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import pymorphy3

from pipeline.knowledge.files import fold
from pipeline.knowledge.gazetteer import FOREIGN_LANGUAGES, Gazetteer

WORD = re.compile(r"[^\W\d_]+(?:[-‐’'][^\W\d_]+)*")
CYRILLIC = re.compile(r"[А-яЁё]")
AGGLUTINATIVE = {"az", "tr"}
#: letters that only Azerbaijani and Turkish spelling uses; suffix matching needs one of them
TURKIC_LETTERS = re.compile(r"[əƏğĞıİşŞ]")
MAX_SUFFIX = 5
MIN_TYPO_WORD = 8


@dataclass(frozen=True, slots=True)
class ForeignMention:
    codes: frozenset[str]
    text: str
    lang: str


@dataclass(frozen=True, slots=True)
class _Name:
    words: tuple[frozenset[str], ...]  # acceptable forms of each word
    codes: frozenset[str]
    lang: str


class ForeignNames:
    """Finds country names of the gazetteer's `foreign` table in running text."""

    def __init__(self, g: Gazetteer) -> None:
        self.morph = pymorphy3.MorphAnalyzer(lang="ru")
        self._by_first: dict[str, list[_Name]] = defaultdict(list)
        # multi-word names by their second word too, so that a typo in the first is found
        self._by_second: dict[str, list[_Name]] = defaultdict(list)
        for lang in FOREIGN_LANGUAGES:
            for name, codes in g.foreign.get(lang, {}).items():
                words = WORD.findall(name)
                if not words:
                    continue
                forms = tuple(frozenset(self._forms(w, lang)) for w in words)
                entry = _Name(forms, codes, lang)
                for first in forms[0]:
                    self._by_first[first].append(entry)
                if len(forms) > 1:
                    for second in forms[1]:
                        self._by_second[second].append(entry)

    def _forms(self, word: str, lang: str) -> set[str]:
        """Every form a name word may take in running text (lemmas for Russian)."""
        low = word.lower()
        if lang in {"ru", "uk"} and CYRILLIC.search(word):
            return {p.normal_form for p in self.morph.parse(low)} | {low}
        return {fold(word)}

    def _text_forms(self, word: str) -> set[str]:
        low = word.lower()
        if CYRILLIC.search(word):
            return {p.normal_form for p in self.morph.parse(low)} | {low}
        folded = fold(word)
        stems = {folded}
        for cut in range(1, MAX_SUFFIX + 1):
            if len(folded) - cut >= 4:
                stems.add(folded[:-cut])
        return stems

    def mentions(self, text: str) -> list[ForeignMention]:
        """Countries named in `text` in a language other than English."""
        turkic = bool(TURKIC_LETTERS.search(text))
        words = WORD.findall(text)
        forms = [self._text_forms(w) for w in words]
        exact = [
            {fold(w)} if not CYRILLIC.search(w) else f for w, f in zip(words, forms, strict=True)
        ]
        out: list[ForeignMention] = []
        i = 0
        while i < len(words):
            best: tuple[int, _Name] | None = None
            following = forms[i + 1] if i + 1 < len(words) else set()
            for entry in self._candidates(forms[i], following):
                if entry.lang in AGGLUTINATIVE and not turkic:
                    continue
                n = len(entry.words)
                longer = best is None or n > best[0]
                if longer and i + n <= len(words) and self._matches(entry, words, forms, exact, i):
                    best = (n, entry)
            if best is None:
                i += 1
                continue
            n, entry = best
            out.append(ForeignMention(entry.codes, " ".join(words[i : i + n]), entry.lang))
            i += n
        return out

    def _candidates(self, forms: set[str], following: set[str]) -> list[_Name]:
        seen: dict[int, _Name] = {}
        for f in forms:
            for entry in self._by_first.get(f, ()):
                seen[id(entry)] = entry
        for f in following:
            for entry in self._by_second.get(f, ()):
                seen[id(entry)] = entry
        return list(seen.values())

    def _matches(
        self,
        entry: _Name,
        words: list[str],
        forms: list[set[str]],
        exact: list[set[str]],
        i: int,
    ) -> bool:
        typo_used = False
        for k, wanted in enumerate(entry.words):
            j = i + k
            have = (
                forms[j] if entry.lang in AGGLUTINATIVE or entry.lang in {"ru", "uk"} else exact[j]
            )
            if wanted & have:
                continue
            if (
                not typo_used
                and len(entry.words) > 1
                and entry.lang in {"ru", "uk"}
                and len(words[j]) >= MIN_TYPO_WORD
                and any(_one_edit(words[j].lower(), w) for w in self._inflections(wanted))
            ):
                typo_used = True
                continue
            return False
        return True

    def _inflections(self, lemmas: frozenset[str]) -> set[str]:
        out: set[str] = set()
        for lemma in lemmas:
            for parse in self.morph.parse(lemma)[:1]:
                out |= {f.word for f in parse.lexeme}
        return out


def _one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])
