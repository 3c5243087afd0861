"""A rule's pattern as data: a regular expression over the masked sentence in which `@{group}`
stands for any term of a vocabulary group (`@{group:value}`: its terms standing for `value`) and
`@{PIECE}` (upper case) for a shared grammar piece (`pipeline.engine.pieces`).

    @{ENT}\\s+@{recognition-verb}\\s+@{ENT}      "⟪0⟫ recognised ⟪1⟫"

So a new wording is a vocabulary row and a new construction a shared piece, not a new regex
spelled out inside a reader."""

from __future__ import annotations

import re

from pipeline.engine import pieces
from pipeline.knowledge.vocabulary import Vocabulary

PLACEHOLDER = re.compile(r"@\{(?P<name>[A-Za-z][\w-]*)(?::(?P<value>[^}]+))?\}")


def expand(template: str, vocabulary: Vocabulary) -> str:
    """The template with its placeholders filled; an unknown name is a programming error."""

    def fill(m: re.Match[str]) -> str:
        name, value = m.group("name"), m.group("value")
        if name.isupper():
            piece = pieces.PIECES.get(name)
            if piece is None:
                raise KeyError(f"no grammar piece {name!r} (in {template!r})")
            return expand(piece, vocabulary)
        if name not in vocabulary.groups():
            raise KeyError(f"no vocabulary group {name!r} (in {template!r})")
        return vocabulary.pattern(name, value)

    return PLACEHOLDER.sub(fill, template)


def groups_in(template: str) -> set[str]:
    """The vocabulary groups a template names."""
    return {
        m.group("name") for m in PLACEHOLDER.finditer(template) if not m.group("name").isupper()
    }
