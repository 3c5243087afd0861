"""`represented-in-misnamed-host`: a row's sentence that says a state of the row is represented in
(or accredited to) a place whose name the gazetteer does not know, through a mission elsewhere: a
misprint or unusual spelling of the row's other state's name.

    ⟪Croatia⟫ is represented in Tongo through its embassy in ⟪Paris⟫ (⟪France⟫).
    ⟪Armenia⟫ is represented in Denmank through its embassy in ⟪Kopenhagen⟫, ⟪Denmark⟫.
    ⟪Iceland⟫ is represented in Saint-Vincent-and-the-Grenadines by its Mission to the United
        Nations in ⟪New York City⟫.

Read as `represented-in-the-row` reads "⟪S⟫ is represented through its embassy in ⟪C⟫": the
host is the row's state the sender is not. Only in a row; only a capitalised name of one to four
words that the gazetteer knows as no country, city, subdivision, region or other place, and that
looks like a country's name misprinted: close to one (difflib ratio >= 0.8: "Tongo", "Denmank"),
one with hyphens for spaces, or a word of one ("Timor"); so "represented in Scandinavia", "in
the Caribbean" read nothing. Not negated.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found, Resources
from pipeline.extract.missions import ROW
from pipeline.knowledge.files import fold
from pipeline.rules.mission_claim import mission_claim, negated_at
from schemas import rules as R

#: "⟪S⟫ is represented in <Unknown Name> through its embassy in ", "⟪S⟫ is accredited to
#: <Unknown Name> from its embassy in "
MISNAMED = (
    r"(?<![⟫\w])(?:the\s+)?⟪(?P<s>\d+)⟫\s+(?:is|are)\s+(?:(?:also|currently|now|still)\s+)*"
    r"(?:represented\s+(?:in|to)|accredited\s+to)\s+(?:the\s+)?"
    r"(?P<h>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3})\s*,?\s*"
    r"(?:through|via|by|from)\s+(?:its|their)\s+(?:@{mission-adjective}\s+)*"
    r"(?P<kind>@{mission-kind})"
    r"(?:\s+to\s+(?:the\s+)?United\s+Nations(?:\s+Office)?)?\s*,?\s+(?:in|at)\s+"
)


def read_misnamed(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    if match is None or not ctx.where.in_row or ctx.where.subject is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if negated_at(ctx, match):
        return []
    if not _unknown(ctx, match.group("h")) or not _like_a_country(ctx, match.group("h")):
        return []
    sender = grammar.state_code(sentence.mention(match.group("s")))
    if sender is None:
        return []
    host = ROW if sender == ctx.where.subject else ctx.where.subject
    places, _end = grammar.places(ctx.masked, match.end(), sentence)
    span, kind_text = (match.start("kind"), match.end("kind")), match.group("kind")
    return [
        Found(
            span,
            mission_claim(
                ctx,
                R.REPRESENTED_IN_MISNAMED_HOST,
                kind_text,
                span,
                sender=sender,
                host=host,
                place=place,
                status="represented-via",
            ),
            (30, place.start),
        )
        for place in places
    ]


def _unknown(ctx: Context, name: str) -> bool:
    """Whether the gazetteer knows `name` as no place of any kind."""
    gazetteer = ctx.res.grammar.knowledge.gazetteer
    return not (
        gazetteer.country(name)
        or gazetteer.city_anywhere(name)
        or gazetteer.subdivision_of(name)
        or gazetteer.non_country(name)
        or gazetteer.region_continents(name)
    )


def _country_names(res: Resources) -> tuple[tuple[str, ...], frozenset[str]]:
    """Every folded country name the gazetteer knows, and their words of five letters or more."""
    names = tuple(sorted({fold(n) for n in res.grammar.knowledge.gazetteer.country_forms}))
    return names, frozenset(w for n in names for w in n.split() if len(w) >= 5)


def _like_a_country(ctx: Context, name: str) -> bool:
    """Whether `name` reads as a country's name misprinted (see the module's docstring)."""
    names, words = ctx.res.once(_country_names)
    key = fold(name).replace("-", " ")
    if key.startswith("the "):
        key = key[4:]
    return (
        ctx.res.grammar.knowledge.gazetteer.country(key) != frozenset()
        or key in words
        or bool(difflib.get_close_matches(key, names, n=1, cutoff=0.8))
    )
