"""When relations began, and where they stand, for each relations row.

In order of strength:
- `table-cell`: the "Formal relations began" cell ("1962-06-12", "1918–1921");
- `sentence`: a sentence of the row ("Both countries established diplomatic relations on
  24 April 1995", "Diplomatic relations between Armenia and Niger were established on ...");
- `footnote-date`: the publication date of the footnote cited in the cell (an announcement of
  the relations, so weaker evidence: the relations began on or before that date).
Status: `none` ("do not have diplomatic relations", "has not yet established"), `severed`,
`suspended`, `established` (a date or a statement of relations or missions), else `unknown`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates import ParsedDate, find_date, parse_date
from pipeline.extract.references import parse_reference
from pipeline.extract.relations import FOOTNOTE_MARK, RelationRow
from pipeline.extract.sentences import LocatedSentence
from pipeline.model import Layout

ESTABLISHED = re.compile(
    r"\b(?:established|establish(?:ment|ed)? of|began|begun|started|opened|set up|restored|"
    r"resumed|formalized|formalised)\b[^.]{0,60}\b(?:diplomatic\s+)?(?:relations|ties)\b"
    r"|\b(?:diplomatic\s+)?(?:relations|ties)\b[^.]{0,60}\b(?:were|was|have been|had been)\s+"
    r"(?:officially\s+|formally\s+)?(?:established|began|begun|restored|resumed|formalized)",
    re.I,
)
NONE = re.compile(
    r"\b(?:do(?:es)? not|don't|doesn't|never)\s+(?:have|maintain|had)\s+(?:any\s+)?"
    r"(?:formal\s+|official\s+)?diplomatic\s+relations"
    r"|\bno\s+(?:formal\s+|official\s+)?diplomatic\s+relations"
    r"|\b(?:has|have)\s+(?:not\s+yet|yet\s+to|not)\s+establish(?:ed)?\s+(?:formal\s+)?"
    r"diplomatic\s+relations",
    re.I,
)
SEVERED = re.compile(
    r"\b(?:sever(?:ed|s)?\s+(?:all\s+|its\s+|diplomatic\s+)*(?:ties|relations)"
    r"|broke\s+off|broken\s+off"
    r"|cut\s+(?:off\s+)?(?:all\s+)?(?:diplomatic\s+)?(?:ties|relations)"
    r"|terminated\s+(?:diplomatic\s+)?relations)",
    re.I,
)
RESTORED = re.compile(
    r"\b(?:relations|ties)\b[^.]*?\b(?:re-?established|restored|resumed|renewed|normali[sz]ed)\b"
    r"|\b(?:re-?established|restored|resumed|renewed|normali[sz]ed|re-?opened)\b[^.]{0,40}"
    r"\b(?:relations|ties)\b|\brenewal\b",
    re.I,
)
#: a negation shortly before the verb: "didn't succumb to Arab pressure to sever relations"
NEGATED = re.compile(
    r"(?:\bnot\b|n't\b|\bnever\b|\brefused\b|\brefuses\b|\bwithout\b)[^.;]{0,60}$", re.I
)
SUSPENDED = re.compile(
    r"\bsuspend(?:ed|s)?\s+(?:its\s+|all\s+)?(?:diplomatic\s+)?"
    r"(?:relations|ties)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Began:
    date: ParsedDate | None
    source: str | None
    status: str
    status_evidence: str | None


def began_of(row: RelationRow, layout: Layout, has_missions: bool) -> Began:
    cell = _cell_date(row)
    date, source = (cell, "table-cell") if cell else (None, None)
    sentence_text = None
    for sentence in row.sentences:
        if date is None and ESTABLISHED.search(sentence.text):
            found = find_date(sentence.text)
            if found is not None:
                date, source, sentence_text = found, "sentence", sentence.text
    if date is None:
        date = _footnote_date(row, layout)
        source = "footnote-date" if date else None
    status, evidence = _status(row, date is not None or has_missions)
    return Began(date, source, status, evidence or sentence_text)


def _cell_date(row: RelationRow) -> ParsedDate | None:
    text = FOOTNOTE_MARK.sub(" ", row.began_text or "")
    first = next((ln.strip(" ,;") for ln in text.split("\n") if ln.strip(" ,;")), "")
    if not first:
        return None
    parsed = parse_date(first)
    if parsed.date is not None:
        return parsed
    return find_date(first)


def _footnote_date(row: RelationRow, layout: Layout) -> ParsedDate | None:
    """Publication date of the footnote the began cell cites, if it cites one."""
    cited = [int(m) for m in re.findall(r"\[(\d+)\]", row.began_text or "")]
    for ref in cited:
        note = layout.footnotes.get(ref)
        if note is None or not note.text.strip():
            continue
        published = parse_reference(note.text).date
        if published is not None:
            return published
    return None


def _status(row: RelationRow, dated: bool) -> tuple[str, str | None]:
    """Where relations stand: the last change of state the row tells of between the subject
    and the counterpart. Within a sentence a restoration wins ("restored diplomatic relations,
    which were broken off in 1975"); across sentences the later one does."""
    pair = {row.subject_iso3, row.counterpart_iso3} - {None}
    state: tuple[str, str] | None = None
    for sentence in row.sentences:
        found = {
            status
            for status, pattern in STATE_CHANGES
            for m in pattern.finditer(sentence.text)
            if (status in ("none", "established") or not NEGATED.search(sentence.text[: m.start()]))
            and _between(sentence, m.start(), pair)
        }
        if found:
            best = "established" if "established" in found else sorted(found)[0]
            state = (best, sentence.text.strip())
    if state is not None:
        return state
    if dated or any(ESTABLISHED.search(s.text) for s in row.sentences):
        return "established", None
    return "unknown", None


def _between(sentence: LocatedSentence, start: int, pair: set[str]) -> bool:
    """Is the state change the sentence states at `start` one between the row's two states?
    Its agent (the sentence's first state named) and its object (the first named after it)
    must be among them: "Panama ... severed ties with Taiwan" says nothing of Panama–China."""
    named = [m for m in sentence.mentions if m.label in ("COUNTRY", "DEMONYM") and m.code]
    agent = named[0] if named else None
    after = next((m for m in named if m.start >= start), None)
    return all(m is None or m.code in pair for m in (agent, after))


STATE_CHANGES = (
    ("none", NONE),
    ("severed", SEVERED),
    ("suspended", SUSPENDED),
    ("established", RESTORED),
)
