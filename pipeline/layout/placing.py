"""Section paths of blocks: shared by both layouts (plain text and wikitext), below both."""

from __future__ import annotations

from pipeline.model import Block, Heading, Placed


def place(blocks: list[Block]) -> tuple[Placed, ...]:
    """Attach to each block the path of section headings above it."""
    placed: list[Placed] = []
    path: list[tuple[int, str]] = []
    for block in blocks:
        if isinstance(block, Heading):
            while path and path[-1][0] >= block.level:
                path.pop()
            path.append((block.level, block.text))
        placed.append(Placed(block, tuple(text for _, text in path)))
    return tuple(placed)
