"""`it-has-mission`: a sentence of a row that goes on about a state named before it as "it":
its missions are the sender's of the row's two states whose territory they are not in.

    ⟪Sweden⟫ has an embassy in ⟪New Delhi⟫. It has three honorary consulates in ⟪Chennai⟫,
        ⟪Kolkata⟫ and ⟪Mumbai⟫.
    It also has two honorary consulates in ⟪Bolivia⟫ in the cities of ⟪La Paz⟫ and ⟪Santa Cruz⟫.

Only in a row (where the two states are known), only a sentence that opens with "It" (or
another word for the previous sentence's subject: "The country", "These", after a fronted
phrase: "Since 2010, it has") and a verb of holding; the sender is the state of the row the
place is not in (`OTHER`, as for a mission named without its sender), so a place in neither
state reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.missions import OTHER, RESPECTIVELY
from pipeline.rules.mission_claim import mission_claim
from schemas import rules as R

#: "It (also) has ", at the sentence's start, or any subject that continues the previous
#: sentence's after a fronted phrase (`CONTINUES`: "Since 2010, the country has", "It has, since",
#: "Since 2010 it has also had", "These are complemented by")
IT_HAS = (
    r"@{CONTINUES}\s+(?:(?:also|currently|now|still)\s+)*"
    r"(?:ha(?:s|ve)\s+(?:also\s+)?(?:had|maintained|operated)|@{mission-holding:plain}"
    r"|(?:is|are)\s+(?:also\s+)?(?:complemented|supplemented)\s+by)"
    r"(?:\s+|(?=,))"
)


def read_it_has(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    if match is None or not ctx.where.in_row:
        return []
    grammar, masked, sentence = ctx.res.grammar, ctx.masked, ctx.sentence
    if grammar.negated(masked):
        return []
    out: list[Found] = []
    pos = match.end()
    while True:
        item = grammar.item_head.match(masked[pos:])
        if item is None:
            break
        places, end = grammar.places(masked, pos + item.end(), sentence)
        if not places:
            break
        # "an embassy and a consulate in A": both kinds; "... in A and B respectively": the
        # first in A, the second in B
        kinds = [k for k in ("kind", "kind2") if item.group(k)]
        following = grammar.item_head.match(masked[end:])
        respective = len(kinds) > 1 and len(places) > 1
        respective = respective and bool(
            RESPECTIVELY.search(masked, end, end + following.start() if following else len(masked))
        )
        if respective and len(kinds) != len(places):
            break
        for index, kind in enumerate(kinds):
            span = (pos + item.start(kind), pos + item.end(kind))
            for place in places[index : index + 1] if respective else places:
                claim = mission_claim(
                    ctx,
                    R.IT_HAS_MISSION,
                    item.group(kind),
                    span,
                    sender=OTHER,
                    host=None,
                    place=place,
                    status="open",
                )
                out.append(Found(span, claim, (25, place.start)))
        pos = end
    return out
