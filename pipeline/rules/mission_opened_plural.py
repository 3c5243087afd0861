"""`missions-opened-without-sender`: missions of no named sender opened in several places, in a
row of two states: each is the mission of the state of the row it is not in (`OTHER`, as for a
mission named without its sender).

    ... and consulates-general were opened in ⟪Istanbul⟫ and ⟪Johannesburg⟫ respectively.
    ... general-consulates were set up in ⟪Mariupol⟫ and ⟪Odessa⟫.

The older passive construction reads one mission ("a consulate was opened in C"); a mission noun
with its sender before it ("⟪Turkish⟫ consulates were opened in") is the named-mission reading's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.missions import OTHER
from pipeline.rules.mission_claim import mission_claim
from schemas import rules as R

#: "(the) consulates-general were (later) opened in "
OPENED_PLURAL = (
    r"(?<![⟫\w'’])(?:the\s+)?(?:@{mission-adjective}\s+)*(?P<kind>@{mission-kind})\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:(?:also|later|then|subsequently|soon)\s+)*"
    r"(?:opened|established|set\s+up|inaugurated)\s+in\s+"
)
#: a sender just before the mission noun: "⟪Turkey⟫'s", "⟪Turkish⟫", "their", "its"
OWNED = re.compile(r"(?:⟫(?:'s|’s)?|\b(?:its|their|his|her))\s*$", re.I)


def read_opened_plural(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    sentence = ctx.sentence
    if match is None or not ctx.where.in_row:
        return []
    if OWNED.search(ctx.masked[: match.start()]) or ctx.res.grammar.negated(match.group(0)):
        return []
    places, end = ctx.res.grammar.places(ctx.masked, match.end(), sentence)
    if len(places) < 2:
        return []
    date = ctx.res.grammar.date_after(ctx.masked[end:])
    span = (match.start("kind"), match.end("kind"))
    kind_text = match.group("kind")
    return [
        Found(
            span,
            mission_claim(
                ctx,
                R.MISSIONS_OPENED_WITHOUT_SENDER,
                kind_text,
                span,
                sender=OTHER,
                host=None,
                place=place,
                status="opened",
                date_text=date,
            ),
            (28, place.start),
        )
        for place in places
    ]
