"""`represented-by-mission`: a state said to be represented by a mission named after "by" rather
than through its own:

    ⟪Armenia⟫ is represented by ⟪New Zealand⟫ through its embassy in ⟪Moscow⟫.
        (New Zealand's embassy in Moscow covers Armenia: sender New Zealand, host Armenia)
    ⟪North Korea⟫ is represented by the ⟪North Korean⟫ embassy in ⟪Stockholm⟫, ⟪Sweden⟫.
        (in a row of Finland and North Korea: the host is the row's other state, as for
        `represented-in-the-row`)

The first wording names both states: the one represented is the host, the one after "by" the
sender. The second names the sender twice (its name and its demonym, the same state) and no host:
only in a row. Not negated; a third state's demonym ("represented by the Swiss embassy") is a
protecting power, other rules' business, and reads nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.mission_claim import mission_claim, negated_at
from schemas import rules as R

#: "⟪H⟫ is represented by ⟪S⟫ through its embassy in ", "⟪S⟫ is represented by the ⟪S'⟫ embassy in "
REPRESENTED_BY = (
    r"(?<![⟫\w])(?:the\s+)?⟪(?P<a>\d+)⟫\s+(?:is|are)\s+(?:(?:also|currently|now|still)\s+)*"
    r"represented\s+by\s+(?:the\s+)?⟪(?P<b>\d+)⟫\s*"
    r"(?P<through>,?\s*(?:through|via|from)\s+(?:its|their)\s+)?(?:@{mission-adjective}\s+)*"
    r"(?P<kind>@{mission-kind})\s+(?:in|at)\s+"
)


def read_represented_by(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    if match is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if negated_at(ctx, match):
        return []
    first = grammar.state_code(sentence.mention(match.group("a")))
    if first is None:
        return []
    host: str | None
    if match.group("through"):
        sender = grammar.state_code(sentence.mention(match.group("b")))
        host = first
    else:
        if not ctx.where.in_row or ctx.where.subject is None:
            return []
        sender = grammar.state_code(sentence.mention(match.group("b")), demonym_ok=True)
        if sender != first:
            return []
        host = ROW if sender == ctx.where.subject else ctx.where.subject
    if sender is None or sender == host:
        return []
    places, _end = grammar.places(ctx.masked, match.end(), sentence)
    span, kind_text = (match.start("kind"), match.end("kind")), match.group("kind")
    return [
        Found(
            span,
            mission_claim(
                ctx,
                R.REPRESENTED_BY_MISSION,
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
