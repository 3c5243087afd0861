"""`mission-to-holy-see`: a state's embassy to the Holy See, which stands in Rome (Italy's
capital) but is accredited to the Holy See: its host is the Holy See, not Italy.

    ⟪Chile⟫ has an embassy in ⟪Rome⟫ to the ⟪Holy See⟫.
    ⟪France⟫ has an embassy to the ⟪Holy See⟫ based in ⟪Rome⟫.
    ⟪Croatia⟫ has a resident embassy to the ⟪Holy See⟫ in ⟪Rome⟫.
    ⟪Ireland⟫ has an embassy to the ⟪Holy See⟫.

The mission is read where the sentence says the sender has it (open); the state after "to the"
must be the Holy See (an embassy "to the United Nations" is another reading's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.grammar import Place
from pipeline.rules.mission_claim import mission_claim, negated_at
from schemas import rules as R

#: the Holy See's code
HOLY_SEE = "VAT"
#: "⟪S⟫ has an embassy (in ⟪Rome⟫) to the ⟪Holy See⟫ (based in ⟪Rome⟫)"
TO_HOLY_SEE = (
    r"(?<![⟫\w])(?:the\s+)?⟪(?P<s>\d+)⟫\s+(?:also\s+|currently\s+|now\s+)*"
    r"(?:@{mission-holding})\s+(?:an?\s+|its\s+)?"
    r"(?:@{mission-adjective}\s+)*(?P<kind>@{mission-kind})\s+"
    r"(?:(?P<in>in|at)\s+(?P<city>⟪\d+⟫)\s+)?to\s+(?:the\s+)?⟪(?P<v>\d+)⟫"
    r"(?:\s*,?\s*(?:(?:based|situated|located)\s+)?(?P<after>in|at)\s+(?=⟪))?"
)


def read_holy_see(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    if match is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if negated_at(ctx, match):
        return []
    if grammar.state_code(sentence.mention(match.group("v"))) != HOLY_SEE:
        return []
    sender = grammar.state_code(sentence.mention(match.group("s")))
    if sender is None or sender == HOLY_SEE:
        return []
    places: list[Place | None] = []
    if match.group("in"):
        places.extend(grammar.places(ctx.masked, match.start("city"), sentence)[0][:1])
    elif match.group("after"):
        places.extend(grammar.places(ctx.masked, match.end(), sentence)[0][:1])
    if not places:
        places = [None]
    span = (match.start("kind"), match.end("kind"))
    kind_text = match.group("kind")
    return [
        Found(
            span,
            mission_claim(
                ctx,
                R.MISSION_TO_HOLY_SEE,
                kind_text,
                span,
                sender=sender,
                host=HOLY_SEE,
                place=place,
                status="open",
            ),
            (22, span[0]),
        )
        for place in places
    ]
