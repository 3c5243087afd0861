"""The footnote block at the end of a plain-text article: `[N] text`, one per line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.model import Footnote, Line

#: footnote numbers have at most six digits: "[9223372036854775808]" is text, not a note
FOOTNOTE = re.compile(r"^\[(?P<id>\d{1,6})\]\s?(?P<text>.*)$")
#: a footnote marker inside running text
MARKER = re.compile(r"\[(\d{1,6})\]")


def split_footnotes(lines: Sequence[Line]) -> tuple[list[Line], dict[int, Footnote]]:
    """(body lines, footnotes): the footnotes are the trailing run of `[N]` and blank lines."""
    start = len(lines)
    while start > 0 and (
        not lines[start - 1].text.strip() or FOOTNOTE.match(lines[start - 1].text)
    ):
        start -= 1
    notes: dict[int, Footnote] = {}
    for line in lines[start:]:
        m = FOOTNOTE.match(line.text)
        if m:
            ref = int(m.group("id"))
            notes.setdefault(ref, Footnote(ref, m.group("text").strip(), line.number))
    if not notes:
        return list(lines), {}
    return list(lines[:start]), notes


def cited(text: str) -> list[int]:
    """Footnote ids cited in `text`, in order of first citation."""
    seen: dict[int, None] = {}
    for m in MARKER.finditer(text):
        seen.setdefault(int(m.group(1)), None)
    return list(seen)
