"""`missions-sharing-a-place`: a sender's missions listed together before the one place they
share, where the list also holds words the older item reader stops at ("both", an office that is
no mission, ", both in"):

    ⟪Croatia⟫ has both an embassy and an honorary consulate in ⟪Dublin⟫.
    ⟪Peru⟫ has an embassy and an honorary consulate, both in ⟪Bucharest⟫.
    ⟪Iran⟫ has an embassy and a cultural centre in ⟪Zagreb⟫.
    ⟪Ireland⟫ has an embassy, a visa office and a passport office in ⟪London⟫.

Each item that is a mission noun is a mission at the place (open); the other items are left
out. A sentence the older reader reads keeps its readings (this rule ranks after it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.rules.mission_claim import mission_claim
from schemas import rules as R

#: "⟪S⟫ has (both) <item>, <item> and <item>(, both) in "
SHARING = (
    r"(?<![⟫\w])(?:the\s+)?⟪(?P<s>\d+)⟫\s+(?:also\s+|currently\s+)*"
    r"(?:@{mission-holding:plain})\s+(?:both\s+)?"
    r"(?P<items>[a-z][a-z\- ]{1,40}?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[a-z][a-z\- ]{1,40}?)+)"
    r"\s*(?:,\s*both\s+)?(?:in|at)\s+(?=⟪)"
)
#: the joints between items
JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def read_sharing(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    if match is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if grammar.negated(match.group(0)):
        return []
    sender = grammar.state_code(sentence.mention(match.group("s")))
    places, _end = grammar.places(ctx.masked, match.end(), sentence)
    if sender is None or len(places) != 1:
        return []
    item_re = ctx.res.regex(
        r"(?:an?\s+|its\s+)?(?:@{mission-adjective}\s+)*(?P<kind>@{mission-kind})"
    )
    out: list[Found] = []
    at = match.start("items")
    for piece in JOINT.split(match.group("items")):
        start = ctx.masked.index(piece, at)
        at = start + len(piece)
        item = item_re.fullmatch(piece)
        if item is None:
            continue
        span = (start + item.start("kind"), start + item.end("kind"))
        kind_text = item.group("kind")
        out.append(
            Found(
                span,
                mission_claim(
                    ctx,
                    R.MISSIONS_SHARING_A_PLACE,
                    kind_text,
                    span,
                    sender=sender,
                    host=None,
                    place=places[0],
                    status="open",
                ),
                (29, span[0]),
            )
        )
    return out
