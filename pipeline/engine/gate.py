"""One scan of a sentence for every rule's gate: which vocabulary groups and words occur.

Each gate term stands for the piece of text any match of it must hold: a word as given, a
vocabulary term by its longest word (its spaces and hyphens may vary, its words do not). All
pieces are searched at once, lower case, with one regular expression tried at every position
(a lookahead, so overlapping pieces are all seen); a piece found means every shorter piece it
starts with is found too. A rule's gate opens when one of its groups or words occurs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine.rule import Needs
from pipeline.knowledge.vocabulary import CASE_TWINS, Vocabulary

_PARTS = re.compile(r"[\s\-‐‑–]+")


def term_piece(term: str) -> str:
    """The part of a vocabulary term that every match of it holds, lower case."""
    return max(_PARTS.split(term.lower()), key=len)


class GatePass:
    """Built once from every rule's `Needs`; `opened(text)` says which keys (group names and
    words) occur in a text, in one scan."""

    def __init__(self, needs: Iterable[Needs], vocabulary: Vocabulary) -> None:
        keys_of_piece: dict[str, set[str]] = {}
        for need in needs:
            for group in need.groups:
                for term in vocabulary.terms(group):
                    keys_of_piece.setdefault(term_piece(term), set()).add(group)
            for word in need.words:
                keys_of_piece.setdefault(word.lower(), set()).add(word)
        pieces = sorted((p for p in keys_of_piece if p), key=lambda p: (-len(p), p))
        #: for each piece, the keys of every piece it starts with (itself included)
        self._keys = {
            p: frozenset(k for q in pieces if p.startswith(q) for k in keys_of_piece[q])
            for p in pieces
        }
        alternatives = "|".join(re.escape(p) for p in pieces)
        self._lowered = re.compile(f"(?=({alternatives}))") if pieces else None
        self._folded = re.compile(f"(?=({alternatives}))", re.I) if pieces else None

    def opened(self, text: str) -> frozenset[str]:
        """The gate keys (vocabulary groups and words) that occur in `text`."""
        if self._lowered is None or self._folded is None:
            return frozenset()
        if CASE_TWINS.search(text) is None:
            found = {m.group(1) for m in self._lowered.finditer(text.lower())}
        else:  # a character whose case folding differs from lower-casing: ask re.I
            found = {self._piece(m.group(1)) for m in self._folded.finditer(text)}
        out: set[str] = set()
        for piece in found:
            out |= self._keys.get(piece, frozenset())
        return frozenset(out)

    def _piece(self, matched: str) -> str:
        """The piece a case-insensitive match stands for (its lower case may differ)."""
        return next(
            (p for p in self._keys if re.fullmatch(re.escape(p), matched, re.I)), matched.lower()
        )


def opens(needs: Needs, opened: frozenset[str]) -> bool:
    """Does a rule with these needs read a sentence in which `opened` occur?"""
    if not needs.groups and not needs.words:
        return True
    return any(g in opened for g in needs.groups) or any(w in opened for w in needs.words)
