"""`bare-mission-item`: a list item that is nothing but a mission and its place, with no sender
and no verb, as articles list a state's consulates under a row:

    - Consulate General in ⟪Vancouver⟫
    - Consulate General in ⟪Guangzhou⟫[77]
    - Consulate Agency in ⟪Hagatna⟫

The mission is one of the row's two states', in the other (`OTHER`: the sender is the state of
the row the place is not in), as for a mission named without its sender in a sentence. Only a
list item is read, and only where nothing else is said: "Embassy in Ankara was closed" is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.missions import OTHER
from pipeline.rules.mission_claim import mission_claim
from schemas import rules as R

#: the whole item: "(The) Consulate General in ⟪C⟫(, ⟪country⟫)(.)"
BARE_ITEM = (
    r"^\s*(?:the\s+)?(?:@{mission-adjective}\s+)*(?P<kind>@{mission-kind})\s+(?:in|at)\s+"
    r"(?=⟪|@{UPPER})"
)
#: what may end the item after its places
END = re.compile(r"\s*\.?\s*$")


def read_bare_item(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    sentence = ctx.sentence
    if match is None or not sentence.in_list or not ctx.where.in_row:
        return []
    places, end = ctx.res.grammar.places(ctx.masked, match.end(), sentence)
    if len(places) != 1 or not END.match(ctx.masked[end:]):
        return []
    span = (match.start("kind"), match.end("kind"))
    kind_text = match.group("kind")
    return [
        Found(
            span,
            mission_claim(
                ctx,
                R.BARE_MISSION_ITEM,
                kind_text,
                span,
                sender=OTHER,
                host=None,
                place=places[0],
                status="open",
            ),
            (24, span[0]),
        )
    ]
