"""The footnote block of a plain-text article: `[N] text`, one per line, at its end.

The block is found by its numbering, not by being the document's last lines: scanning back
from the last footnote line, it is the run of footnote lines whose ids fall strictly (1, 2, 3,
...), down to footnote 1. Other lines between or after them (an appended sentence, a stray
heading) stay body text, so an edit anywhere changes only the lines it touches. A body line
that is only citation markers ("[1][2][3]" under a caption) is never a footnote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.model import Footnote, Line

#: footnote numbers have at most six digits: "[9223372036854775808]" is text, not a note
FOOTNOTE = re.compile(r"^\[(?P<id>\d{1,6})\]\s?(?P<text>.*)$")
#: a footnote marker inside running text
MARKER = re.compile(r"\[(\d{1,6})\]")
#: a line of citation markers only, such as "[1][2][3]" or "[451] [452]"
MARKERS_ONLY = re.compile(r"^(?:\s*\[\d{1,6}\]){2,}\s*$")


def split_footnotes(lines: Sequence[Line]) -> tuple[list[Line], dict[int, Footnote]]:
    """(body lines, footnotes). The body keeps every line; each footnote line in it is blank."""
    block: dict[int, Footnote] = {}
    last = None
    for line in reversed(lines):
        m = footnote_line(line.text)
        if m is None:
            continue
        ref = int(m.group("id"))
        if last is not None and ref >= last:
            break
        block[ref] = Footnote(ref, m.group("text").strip(), line.number)
        last = ref
        if ref <= 1:
            break
    if not block:
        return list(lines), {}
    taken = {note.line for note in block.values()}
    body = [Line(line.number, "") if line.number in taken else line for line in lines]
    return body, dict(sorted(block.items()))


def footnote_line(text: str) -> re.Match[str] | None:
    """The match of a footnote line (`[N] text` or `[N]`), None for any other line."""
    if MARKERS_ONLY.match(text):
        return None
    return FOOTNOTE.match(text)


def cited(text: str) -> list[int]:
    """Footnote ids cited in `text`, in order of first citation."""
    seen: dict[int, None] = {}
    for m in MARKER.finditer(text):
        seen.setdefault(int(m.group(1)), None)
    return list(seen)
