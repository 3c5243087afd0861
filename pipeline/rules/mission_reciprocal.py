"""`missions-in-the-other-capital`: two states each with a mission in the other's capital, in the
wordings the older reciprocal reader does not take:

    Both countries have a resident embassy in the other's capital.
    Each country has an embassy in the other one capital.
    Both countries are represented by an embassy in the other one's capital.
    Both countries have an embassy in the each other's capital.
    ⟪Chile⟫ and ⟪Peru⟫ maintain embassies in the other's capital.

One open mission each way, its city not named (as the older reader states "in each other's
capitals"); "both countries" are the row's two states. A sentence the older reader reads keeps
its readings (this rule ranks after it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.mission_claim import mission_claim
from schemas import rules as R

#: the pair, the verb, the mission, "in the other's capital"
OTHER_CAPITAL = (
    r"(?<!\w)(?:(?P<both>(?:both|the\s+two)\s+(?:countries|states|nations|sides)"
    r"|each\s+(?:country|state|nation|side))"
    r"|(?:the\s+)?(?P<a>⟪\d+⟫)\s+and\s+(?:the\s+)?(?P<b>⟪\d+⟫))\s+"
    r"(?:also\s+|now\s+|both\s+|currently\s+|each\s+)*"
    r"(?:have|has|maintain|maintains|host|hosts|operate|operates|are\s+represented\s+by)\s+"
    r"(?:an?\s+|their\s+|its\s+)?(?:@{mission-adjective}\s+)*(?P<kind>@{mission-kind})\s+"
    r"(?:in|at)\s+(?:the\s+each\s+other'?s?|the\s+other(?:\s+one)?(?:'s)?|each\s+other'?s?"
    r"|one\s+another'?s?)\s+(?:capitals?|capital\s+cities)\b"
)


def read_other_capital(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    if match is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if grammar.negated(match.group(0)):
        return []
    pair: tuple[str, str]
    if match.group("both"):
        if not ctx.where.in_row or ctx.where.subject is None:
            return []
        pair = (ctx.where.subject, ROW)
    else:
        a = grammar.state_code(sentence.mention(match.group("a")[1:-1]))
        b = grammar.state_code(sentence.mention(match.group("b")[1:-1]))
        if a is None or b is None or a == b:
            return []
        pair = (a, b)
    span = (match.start("kind"), match.end("kind"))
    kind_text = match.group("kind")
    return [
        Found(
            span,
            mission_claim(
                ctx,
                R.MISSIONS_IN_THE_OTHER_CAPITAL,
                kind_text,
                span,
                sender=sender,
                host=host,
                place=None,
                status="open",
            ),
            (25, i),
        )
        for i, (sender, host) in enumerate((pair, pair[::-1]))
    ]
