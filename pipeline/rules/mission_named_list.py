"""`named-mission-list`: the further missions of a list item that opens with a mission named by
its sender's demonym, with no verb: the sender's missions too.

    - ⟪South Korean⟫ embassy in ⟪Moscow⟫ and consulates-general in ⟪Irkutsk⟫, ⟪Vladivostok⟫ and a
      consular office in ⟪Yuzhno-Sakhalinsk⟫.
    - ⟪Russian⟫ embassy in ⟪Seoul⟫ and a consulate-general in ⟪Busan⟫.

The first mission is `named-mission`'s; this rule reads the ones after it ("and", ",", "as well
as" before a kind and its places). The host is the place's state, or the row's other state.
Only a list item that is nothing but the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.rules.mission_claim import mission_claim
from schemas import rules as R

#: "(The) ⟪Demonym⟫ embassy in ": the item's start
NAMED_HEAD = (
    r"^\s*(?:the\s+)?(?:@{mission-adjective}\s+)*⟪(?P<s>\d+)⟫\s+(?:@{mission-adjective}\s+)*"
    r"@{mission-kind}\s+(?:in|at)\s+"
)
#: where the list may end
END = re.compile(r"\s*\.?\s*$")


def read_named_list(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    sentence = ctx.sentence
    if match is None or not sentence.in_list or not ctx.where.in_row:
        return []
    grammar, masked = ctx.res.grammar, ctx.masked
    mention = sentence.mention(match.group("s"))
    if mention.label != "DEMONYM":
        return []
    sender = grammar.state_code(mention, demonym_ok=True)
    if sender is None:
        return []
    places, pos = grammar.places(masked, match.end(), sentence)
    out: list[Found] = []
    while places:
        item = grammar.item_head.match(masked[pos:])
        if item is None:
            break
        places, end = grammar.places(masked, pos + item.end(), sentence)
        span = (pos + item.start("kind"), pos + item.end("kind"))
        for place in places:
            claim = mission_claim(
                ctx,
                R.NAMED_MISSION_LIST,
                item.group("kind"),
                span,
                sender=sender,
                host=None,
                place=place,
                status="open",
            )
            out.append(Found(span, claim, (26, place.start)))
        pos = end
    if not END.match(masked[pos:]):
        return []  # the item goes on about something else
    return out
