"""`mission-without-place`: a sender's missions in its host named without their cities, after
a mission that is placed, at the end of the sentence: one mission of that kind, its city
unknown (a count is not so many facts: the labels give one object for "8 honorary consulates").

    ⟪Germany⟫ has an embassy in ⟪Stockholm⟫ and 8 honorary consulates.
    ⟪Greece⟫ has an embassy in ⟪Manila⟫ and an honorary consulate general.

Not read: "... and several consulates(-general) throughout the country" (the labels take it in
some articles and leave it in others: France's rows leave it, Chile's take it).

The host is the first mission's (its place's country); where a city names no one country, the
state of the row the sender is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.mission_claim import mission_claim
from schemas import rules as R

#: "⟪S⟫ has an embassy in ⟪C⟫ and 8 honorary consulates."
PLACELESS = (
    r"(?<![⟫\w])(?:the\s+)?⟪(?P<s>\d+)⟫\s+(?:also\s+|currently\s+)*"
    r"(?:@{mission-holding:plain})\s+(?:an?\s+|its\s+)?(?:@{mission-adjective}\s+)*"
    r"@{mission-kind}\s+(?:in|at)\s+(?P<first>⟪\d+⟫)(?:\s*,\s*(?:the\s+)?⟪\d+⟫)?\s*,?\s+and\s+"
    r"(?:has\s+|maintains\s+)?(?:@{COUNT}|several|various|numerous|a\s+number\s+of|an?)\s+"
    r"(?:@{mission-adjective}\s+)*(?P<kind>@{mission-kind})\s*[.;]?\s*$"
)


def read_placeless(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    if match is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if grammar.negated(match.group(0)):
        return []
    sender = grammar.state_code(sentence.mention(match.group("s")))
    if sender is None:
        return []
    places, _end = grammar.places(ctx.masked, match.start("first"), sentence)
    host = None
    if places:
        first = places[0]
        host = first.country or (
            next(iter(first.city_countries)) if len(first.city_countries) == 1 else None
        )
    if host is None and ctx.where.in_row and ctx.where.subject:
        host = ROW if sender == ctx.where.subject else ctx.where.subject
    if host is None or host == sender:
        return []
    span = (match.start("kind"), match.end("kind"))
    kind_text = match.group("kind")
    return [
        Found(
            span,
            mission_claim(
                ctx,
                R.MISSION_WITHOUT_PLACE,
                kind_text,
                span,
                sender=sender,
                host=host,
                place=None,
                status="open",
            ),
            (23, span[0]),
        )
    ]
