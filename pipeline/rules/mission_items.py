"""`bare-mission-item`: a list item or a sentence of a row that is nothing but a mission and its
places, with no sender and no verb, as articles list a state's consulates under a row:

    - Consulate General in ⟪Vancouver⟫
    - Consulate General in ⟪Guangzhou⟫[77]
    - Consulate Agency in ⟪Hagatna⟫

    Embassy in ⟪Madrid⟫.                  (a row's notes that are only fragments)
    Honorary consulates in ⟪Salto⟫ and ⟪Paysandú⟫.
    - Embassy in ⟪Berlin⟫; consulate-general in ⟪Hamburg⟫
    ⟪Spain⟫: embassy in ⟪Montevideo⟫.       (the sender named before a colon)

The mission is one of the row's two states', in the other (`OTHER`: the sender is the state of
the row the place is not in), as for a mission named without its sender in a sentence. Only in
a row (a list item or a sentence of its notes), and only where nothing else is said: "Embassy
in Ankara was closed" is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.missions import OTHER
from pipeline.rules.mission_claim import mission_claim
from schemas import rules as R

#: the whole item: "(⟪S⟫:) (The) Consulate General in ⟪C⟫(, ⟪country⟫)(.)"
BARE_ITEM = (
    r"^\s*(?:(?P<sender>⟪\d+⟫)\s*:\s*)?(?:the\s+)?(?:@{mission-adjective}\s+)*"
    r"(?P<kind>@{mission-kind})\s+(?:in|at)\s+(?=⟪|@{UPPER})"
)
#: what may end the item after its places
END = re.compile(r"\s*\.?\s*$")
#: between two items of one list item or sentence: "Embassy in ⟪A⟫; consulate in ⟪B⟫"
APART = re.compile(r"\s*;\s*")


def read_bare_item(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    sentence = ctx.sentence
    if match is None or not ctx.where.in_row:
        return []
    out: list[Found] = []
    at = 0
    while match is not None:
        places, end = ctx.res.grammar.places(ctx.masked, at + match.end(), sentence)
        if not places:
            return []
        span = (at + match.start("kind"), at + match.end("kind"))
        kind_text = match.group("kind")
        # "Spain: embassy in Montevideo": the state named before a colon sends it
        sender = OTHER
        if match.group("sender"):
            named = ctx.res.grammar.state_code(sentence.mention(match.group("sender")[1:-1]))
            if named is None:
                return []
            sender = named
        out.extend(
            Found(
                span,
                mission_claim(
                    ctx,
                    R.BARE_MISSION_ITEM,
                    kind_text,
                    span,
                    sender=sender,
                    host=None,
                    place=place,
                    status="open",
                ),
                (24, place.start),
            )
            for place in places
        )
        if END.match(ctx.masked[end:]):
            return out
        apart = APART.match(ctx.masked, end)
        if apart is None:
            return []
        at = apart.end()
        match = match.re.match(ctx.masked[at:])
    return []
