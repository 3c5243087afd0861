"""The rules' readings over a corpus, in the spirit of Snorkel's `LFAnalysis`: per rule, the
sentences and readings it makes, the readings that lost to precedence, the rules it overlaps
(two rules reading the same words of a sentence) and conflicts with (the same words read as a
different fact), and the facts no other rule reads.

It reads each document's sentences with the engine itself (every reading, the losers
included), so it knows what the published tables, which hold only the decided facts, cannot.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.engine import Reading, SentenceReadings, Where

#: fields of a claim that say where it was read, not what it says
WHERE_FIELDS = frozenset({"rule", "line", "text", "span", "date_text", "note"})


@dataclass
class RuleFigures:
    """What one rule read over the corpus."""

    family: str
    sentences: int = 0
    readings: int = 0
    lost: int = 0
    only: int = 0
    overlaps: Counter[str] = field(default_factory=Counter)
    conflicts: Counter[str] = field(default_factory=Counter)


def value(claim: Any) -> tuple[object, ...]:
    """What a claim says (its fields but those saying where it was read), comparable."""
    if not dataclasses.is_dataclass(claim):
        return (repr(claim),)
    return tuple(
        repr(getattr(claim, f.name))
        for f in dataclasses.fields(claim)
        if f.name not in WHERE_FIELDS
    )


def analyse(sentences: Iterable[SentenceReadings], figures: dict[str, RuleFigures]) -> None:
    """Add one document's sentences' readings to `figures` (by rule name)."""
    read_by: dict[tuple[str, tuple[object, ...]], set[str]] = defaultdict(set)
    for found in sentences:
        kept = {id(r) for family in found.decided.values() for r in family}
        seen: set[str] = set()
        for r in found.readings:
            f = figures.setdefault(r.rule.name, RuleFigures(r.family))
            f.readings += 1
            f.lost += id(r) not in kept
            if r.rule.name not in seen:
                f.sentences += 1
                seen.add(r.rule.name)
            read_by[r.family, value(r.claim)].add(r.rule.name)
        _pairs(found.readings, figures)
    for (_family, _value), rules in read_by.items():
        if len(rules) == 1:
            figures[next(iter(rules))].only += 1


def _pairs(readings: tuple[Reading, ...], figures: dict[str, RuleFigures]) -> None:
    """Overlaps (two rules read overlapping words of the sentence) and conflicts (and read them
    as different facts) between the readings of one sentence, counted for both rules."""
    for i, a in enumerate(readings):
        for b in readings[i + 1 :]:
            if a.family != b.family or a.rule.name == b.rule.name:
                continue
            if not (a.span[0] < b.span[1] and b.span[0] < a.span[1]):
                continue
            figures[a.rule.name].overlaps[b.rule.name] += 1
            figures[b.rule.name].overlaps[a.rule.name] += 1
            if value(a.claim) != value(b.claim):
                figures[a.rule.name].conflicts[b.rule.name] += 1
                figures[b.rule.name].conflicts[a.rule.name] += 1


def corpus_readings(paths: Iterable[Path]) -> dict[str, RuleFigures]:
    """Every rule's figures over the documents at `paths` (unreadable ones skipped, said)."""
    from pipeline.document import Extractors
    from pipeline.errors import InputError
    from pipeline.extract.relations import relation_rows
    from pipeline.formats import build_layout, read_document

    ex = Extractors.build(languages=False)
    figures: dict[str, RuleFigures] = {}
    for path in paths:
        if path.name.lower() == "readme.md":
            continue
        try:
            document = read_document(path, ex.knowledge.gazetteer)
        except InputError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
            continue
        analysis = ex.analyzer.analyse(build_layout(document, ex.knowledge.vocabulary))
        subject = document.subject_iso3
        row = Where(in_row=True, subject=subject)
        prose = Where(subject=subject)
        found = [
            *(ex.engine.read(s, row) for r in relation_rows(analysis) for s in r.sentences),
            *(ex.engine.read(p.sentence, prose) for p in analysis.prose),
        ]
        analyse(found, figures)
    return figures
