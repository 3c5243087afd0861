"""One scan of a sentence for every rule's gate: which vocabulary groups and words occur.

Each gate term stands for the piece of text any match of it must hold: a word as given, a
vocabulary term by its longest word (its spaces and hyphens may vary, its words do not). A piece
holds no space or hyphen, so it occurs in a text exactly when it occurs inside one of the text's
runs between spaces and hyphens: the sentence is cut there once, lower case, and each run is
looked up in a table of the keys its substrings open (filled the first time a run is seen, so
the common words of a corpus cost one dictionary lookup). A rule's gate opens when one of its
groups or words occurs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine.rule import Needs
from pipeline.knowledge.vocabulary import CASE_TWINS, Vocabulary

#: what separates the words of a term (and so never falls inside a piece)
SEPARATORS = re.compile(r"[\s\-‐‑–]+")
#: the case twins (`CASE_TWINS`) as the ASCII letter re.I matches them to
_TWIN_LETTERS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
#: runs remembered at most (the table is emptied when full: memory stays flat on any input)
MAX_RUNS = 200_000
_NONE: frozenset[str] = frozenset()


def term_piece(term: str) -> str:
    """The part of a vocabulary term that every match of it holds, lower case."""
    return max(SEPARATORS.split(term.lower()), key=len)


class GatePass:
    """Built once from every rule's `Needs`; `opened(text)` says which keys (group names and
    words) occur in a text."""

    def __init__(self, needs: Iterable[Needs], vocabulary: Vocabulary) -> None:
        keys_of_piece: dict[str, set[str]] = {}
        for need in needs:
            for group in (*need.groups, *need.all_of):
                for term in vocabulary.terms(group):
                    keys_of_piece.setdefault(term_piece(term), set()).add(group)
            for word in need.words:
                if SEPARATORS.search(word) or not word:
                    raise ValueError(f"a gate word is one word: {word!r}")
                keys_of_piece.setdefault(word.lower(), set()).add(word)
        self._pieces = tuple((p, frozenset(keys)) for p, keys in sorted(keys_of_piece.items()) if p)
        self._folded = tuple((re.compile(re.escape(p), re.I), keys) for p, keys in self._pieces)
        #: with ASCII pieces, a text lower-cased after its case twins are replaced by the ASCII
        #: letter they fold to holds a piece exactly when re.I would find it
        self._ascii = all(p.isascii() for p, _ in self._pieces)
        #: the pieces by their first character, for the runs not seen before
        self._starting: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
        for p, keys in self._pieces:
            self._starting[p[0]] = (*self._starting.get(p[0], ()), (p, keys))
        self._runs: dict[str, frozenset[str]] = {}
        #: any piece at all: most runs hold none, and this says so in one search (the pieces as
        #: a tree of their letters: one branch per next letter instead of one per piece)
        self._any = re.compile(any_of(p for p, _ in self._pieces))

    def opened(self, text: str) -> frozenset[str]:
        """The gate keys (vocabulary groups and words) that occur in `text`."""
        if CASE_TWINS.search(text) is not None:
            if not self._ascii:  # ask re.I, piece by piece
                return frozenset(k for p, keys in self._folded if p.search(text) for k in keys)
            text = text.translate(_TWIN_LETTERS)
        runs = self._runs
        out: set[str] = set()
        for run in set(SEPARATORS.split(text.lower())):
            keys = runs.get(run)
            if keys is None:  # a run not seen before: its pieces, looked up once
                keys = self._run(run)
            if keys:
                out |= keys
        return frozenset(out)

    def _run(self, run: str) -> frozenset[str]:
        starting = self._starting
        keys = (
            frozenset(
                k
                for i, c in enumerate(run)
                for p, ks in starting.get(c, ())
                if run.startswith(p, i)
                for k in ks
            )
            if self._any.search(run) is not None
            else _NONE
        )
        if len(self._runs) >= MAX_RUNS:
            self._runs.clear()
        self._runs[run] = keys
        return keys


#: the words of `any_of` by their letters ("" marks the end of a word)
_Tree = dict[str, "_Tree"]


def any_of(words: Iterable[str]) -> str:
    """A pattern that occurs in a text exactly when one of `words` does: the words as a tree of
    their letters, a word's continuations left out (a text holding it holds the word)."""
    tree: _Tree = {}
    for word in sorted(set(words)):
        if not word:
            continue
        node = tree
        for ch in word:
            if node.get("") is not None:
                break  # a shorter word already ends here
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}
    return _branches(tree) if tree else "(?!)"


def _branches(node: _Tree) -> str:
    if "" in node:
        return ""
    parts = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def opens(needs: Needs, opened: frozenset[str]) -> bool:
    """Does a rule with these needs read a sentence in which `opened` occur?"""
    if not all(g in opened for g in needs.all_of):
        return False
    if not needs.groups and not needs.words:
        return True
    return any(g in opened for g in needs.groups) or any(w in opened for w in needs.words)
