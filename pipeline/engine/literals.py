"""The words a pattern cannot match without, read from the pattern itself: a cheap test that
spares the search of a sentence the pattern cannot match.

A rule's gate (`Needs`) names the words it is declared to need; its pattern often needs more
("members", "of", "founded") that no gate names. `required(pattern)` reads the parsed pattern
and returns sets of lower-case ASCII strings: every match of the pattern holds at least one
string of each set (a run of literal characters is needed where it stands in a sequence; an
alternation needs one of its branches' strings; a repeat of at least once, what its body
needs). Anything else (an optional part, a look-around, a class of characters, a
back-reference) needs nothing. The sets are looked for in the lower-cased sentence
(`holds_all`): under `re.I`, an ASCII letter of the pattern matches a character of the text
exactly when that character lower-cases to it, but for the four case twins (`CASE_TWINS`: "İ",
"ı", "ſ", "K"), so a text holding one of those is always searched.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

from pipeline.knowledge.vocabulary import CASE_TWINS

#: sets of strings, each set needed (one of its strings)
Literals = tuple[frozenset[str], ...]
#: the literals of each branch of a pattern's outermost alternation: every match holds those of
#: one branch (a pattern without one: a single branch; none at all: any text may match)
Branches = tuple[Literals, ...]
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
#: the sets kept per pattern at most (the most telling: longest strings, fewest of them)
MAX_SETS = 4
#: a set whose shortest string is shorter tells little, and is not kept
MIN_CHARS = 2
#: nor a set of more strings (a vocabulary group's terms, which the gate asks about already):
#: looking for each costs more than the search it might spare
MAX_STRINGS = 8


def required(pattern: re.Pattern[str]) -> Literals:
    """Sets of lower-case strings, one string of each held by every match of `pattern`."""
    return _kept(_needed(P.parse(pattern.pattern, pattern.flags)))


def required_branches(pattern: re.Pattern[str]) -> Branches:
    """`required` of each branch of the pattern's outermost alternation. A pattern that is
    several constructions in one ("⟪O⟫ and its members, including ..." | "members of ⟪O⟫
    (notably ..." | ...) needs little in common, but each construction needs its own words: a
    text holding those of no branch is not searched. () when some branch needs nothing."""
    parsed = P.parse(pattern.pattern, pattern.flags)
    alternatives = _outermost(parsed)
    if alternatives is None:
        found = required(pattern)
        return (found,) if found else ()
    branches = tuple(_kept(_needed(branch)) for branch in alternatives)
    return branches if all(branches) else ()


def _outermost(sequence: Any) -> list[Any] | None:
    """The branches of an alternation that is the whole pattern (inside groups), else None."""
    while len(sequence) == 1:
        op, av = sequence[0]
        if op is C.BRANCH:
            return list(av[1])
        if op is not C.SUBPATTERN:
            return None
        sequence = av[3]
    return None


def _kept(needed: list[frozenset[str]]) -> Literals:
    """The most telling sets, lower case (`MIN_CHARS`, `MAX_STRINGS`, `MAX_SETS`)."""
    kept = sorted(
        (s for s in set(needed) if min(map(len, s)) >= MIN_CHARS and len(s) <= MAX_STRINGS),
        key=sorted,
    )
    kept.sort(key=_told, reverse=True)  # the most telling first; ties in the order of their strings
    return tuple(frozenset(w.lower() for w in s) for s in kept[:MAX_SETS])


def holds_all(lowered: str, literals: Literals) -> bool:
    """Does the lower-cased text hold a string of each set?"""
    return all(any(w in lowered for w in s) for s in literals)


def holds_a_branch(lowered: str, branches: Branches) -> bool:
    """Does the lower-cased text hold all the sets of one branch (any text, with no branch)?"""
    return not branches or any(holds_all(lowered, b) for b in branches)


def lowered(text: str) -> str | None:
    """The text the sets are looked for in; None when it holds a case twin (search it)."""
    return None if CASE_TWINS.search(text) is not None else text.lower()


def _needed(sequence: Any) -> list[frozenset[str]]:
    """Every set a parsed sequence needs, all of them needed."""
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in sequence:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(frozenset({"".join(run)}))
            run = []
        if op is C.SUBPATTERN:
            out += _needed(av[3])
        elif op is C.ATOMIC_GROUP:
            out += _needed(av)
        elif op in _REPEATS and av[0] >= 1:
            out += _needed(av[2])
        elif op is C.BRANCH:
            alternatives = [_best(_needed(branch)) for branch in av[1]]
            if all(a is not None for a in alternatives):
                out.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op is C.IN and av and all(o is C.LITERAL for o, _ in av):
            out.append(frozenset(chr(c) for _, c in av))
    if run:
        out.append(frozenset({"".join(run)}))
    return [s for s in out if all(w and w.isascii() for w in s)]


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    return max(sets, key=_told) if sets else None


def _told(strings: frozenset[str]) -> tuple[int, int]:
    """How much a set tells: the longer its shortest string and the fewer its strings."""
    return min(map(len, strings)), -len(strings)
