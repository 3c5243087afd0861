"""`represented-in-itself`: a row's sentence that says a state is represented in itself, a slip
for the row's other state (the article's state written twice, or the row's):

    ⟪Croatia⟫ is represented in ⟪Croatia⟫ through its embassy in ⟪New Delhi⟫ and consulate in
        ⟪Colombo⟫.          (a row of Sri Lanka in "Foreign relations of Croatia")
    ⟪Zambia⟫ is represented in ⟪Zambia⟫ by its embassy in ⟪London⟫, ⟪United Kingdom⟫.
        (a row of Zambia in "Foreign relations of Greece")
    ⟪Pakistan⟫ is accredited to ⟪Pakistan⟫ from its embassy in ⟪Stockholm⟫, ⟪Sweden⟫.

Read as `represented-in-the-row` reads "⟪S⟫ is represented through its embassy in ⟪C⟫": the
host is the row's state the sender is not (the row's counterpart for the article's state, the
article's state for any other). The missions listed after the first are the sender's too: open
where they are in the host (the resolver decides, as the host may be the row's), represented-via
elsewhere. Only in a row, where the other state is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.mission_claim import mission_claim, negated_at
from pipeline.rules.mission_representation import FURTHER
from schemas import rules as R

#: "⟪S⟫ is represented in ⟪S⟫ through its embassy in ", "⟪S⟫ is accredited to ⟪S⟫ from its
#: embassy in "
SELF_REPRESENTED = (
    r"(?<![⟫\w])(?:the\s+)?⟪(?P<s>\d+)⟫\s+(?:is|are)\s+(?:(?:also|currently|now|still)\s+)*"
    r"(?:represented\s+(?:in|to)\s+(?:the\s+)?⟪(?P<h>\d+)⟫\s*,?\s*(?:through|via|by)\s+"
    r"|accredited\s+to\s+(?:the\s+)?⟪(?P<h2>\d+)⟫\s*,?\s*from\s+)"
    r"(?:its|their)\s+(?:@{mission-adjective}\s+)*(?P<kind>@{mission-kind})\s+(?:in|at)\s+"
)


def read_self_represented(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    if match is None or not ctx.where.in_row or ctx.where.subject is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if negated_at(ctx, match):
        return []
    sender = grammar.state_code(sentence.mention(match.group("s")))
    if (
        sender is None
        or grammar.state_code(sentence.mention(match.group("h") or match.group("h2"))) != sender
    ):
        return []
    host = ROW if sender == ctx.where.subject else ctx.where.subject
    out: list[Found] = []
    places, end = grammar.places(ctx.masked, match.end(), sentence)
    span, kind_text = (match.start("kind"), match.end("kind")), match.group("kind")
    while places:
        for place in places:
            claim = mission_claim(
                ctx,
                R.REPRESENTED_IN_ITSELF,
                kind_text,
                span,
                sender=sender,
                host=host,
                place=place,
                status="represented-via",
            )
            out.append(Found(span, claim, (30, place.start)))
        item = ctx.res.regex(FURTHER).match(ctx.masked, end)
        if item is None:
            break
        places, end = grammar.places(ctx.masked, item.end(), sentence)
        span, kind_text = (item.start("kind"), item.end("kind")), item.group("kind")
    return out
