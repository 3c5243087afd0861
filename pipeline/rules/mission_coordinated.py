"""`coordinated-named-mission`: a mission named by its sender's demonym (or possessive) after
"and" / "while" that joins it to another mission at its place, in running text:

    The ⟪Turkish⟫ Embassy in ⟪Dushanbe⟫ was opened in 1992 and the ⟪Tajik⟫ Embassy in ⟪Ankara⟫
        was opened in 1995.
    ... via the ⟪British⟫ Embassy in ⟪Ankara⟫ and the ⟪Turkish⟫ Embassy in ⟪London⟫.
    There is a ⟪South Korean⟫ embassy in ⟪Suva⟫ and a ⟪Fijian⟫ embassy in ⟪Seoul⟫.

The first mission is `named-mission`'s or `existential-mission`'s (they read a clause's start);
this rule reads the one after the plain "and", which starts no clause. The host is the place's
state (as for `named-mission`). Not read: a negated sentence, a mission said to be accredited to
or to cover another state ("... and the Irish embassy in Paris is accredited to Monaco": its host
is not the place's), a sender the gazetteer does not know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.rules.mission_claim import mission_claim
from schemas import rules as R

#: "<kind> in ⟪P⟫ <up to 60 characters, no other name> and the ⟪Demonym⟫ <kind> in "
COORDINATED = (
    r"@{mission-kind}\s+(?:in|at)\s+(?:the\s+)?⟪\d+⟫[^⟪;:]{0,60}?"
    r"\s(?:and|while|whereas)\s+(?:the\s+|an?\s+)?(?:@{mission-adjective}\s+)*"
    r"⟪(?P<s>\d+)⟫(?:'s|’s)?\s+(?:@{mission-adjective}\s+)*(?P<kind>@{mission-kind})"
    r"\s+(?:in|at)\s+"
)
#: what every match holds: a mention, then within 60 characters "and", "while" or "whereas"
COORDINATED_CUE = r"⟫[^⟪;:]{0,60}?\s(?:and|while|whereas)\s"
#: what makes the place's state no host: the mission covers another state from there
COVERING = re.compile(
    r"\b(?:accredited|accreditation|covers?|covering|serves?|serving|responsible)\b", re.I
)


def read_coordinated(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    if match is None:
        return []
    grammar, masked, sentence = ctx.res.grammar, ctx.masked, ctx.sentence
    if grammar.negated(masked) or COVERING.search(masked):
        return []
    sender = grammar.state_code(sentence.mention(match.group("s")), demonym_ok=True)
    if sender is None:
        return []
    places, _end = grammar.places(masked, match.end(), sentence)
    span = (match.start("kind"), match.end("kind"))
    return [
        Found(
            span,
            mission_claim(
                ctx,
                R.COORDINATED_NAMED_MISSION,
                match.group("kind"),
                span,
                sender=sender,
                host=None,
                place=place,
                status="open",
            ),
            (27, place.start),
        )
        for place in places[:1]
    ]
