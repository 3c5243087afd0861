"""`representation-handled-by`: a state's representation in another is handled by a mission in a
third place (represented-via; the mission's own state, or a third state's standing in).

    The diplomatic representation of ⟪Romania⟫ in ⟪Chad⟫ is handled by the ⟪Romanian⟫ embassy
        in ⟪Khartoum⟫, ⟪Sudan⟫.
    ⟪Liechtenstein⟫'s diplomatic representation in ⟪Romania⟫ is handled by the ⟪Swiss⟫ embassy
        in ⟪Bucharest⟫.
    The consular affairs in ⟪Bhutan⟫ are handled by the embassy of ⟪Germany⟫ in ⟪India⟫.

Every mission the sentence lists after "handled by" is read ("by the Romanian embassy in Lusaka,
Zambia (between 1978–1980), the Romanian embassy in Maputo, ..."), each at its place; a negated
verb ("is no longer handled") reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.missions import MissionClaim
from schemas import rules as R

#: whose representation, where, and the verb: "The diplomatic representation of ⟪S⟫ in ⟪H⟫ is
#: handled by", "⟪S⟫'s diplomatic representation in ⟪H⟫ is handled by", "The consular affairs in
#: ⟪H⟫ are handled by"
HANDLED = (
    r"(?:(?:the\s+)?(?:diplomatic\s+|consular\s+)?representation\s+(?:of|for)\s+(?:the\s+)?"
    r"⟪(?P<s>\d+)⟫\s+(?:in|to)\s+(?:the\s+)?⟪(?P<h>\d+)⟫"
    r"|(?:the\s+)?⟪(?P<s2>\d+)⟫(?:'s|’s)\s+(?:diplomatic\s+|consular\s+)?representation\s+"
    r"(?:in|to)\s+(?:the\s+)?⟪(?P<h2>\d+)⟫"
    r"|(?:the\s+)?consular\s+(?:affairs|matters)\s+(?:in|of|for)\s+(?:the\s+)?⟪(?P<h3>\d+)⟫)"
    r"(?P<between>[^⟪.;]{0,40}?)\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+|also\s+|still\s+)*handled\s+(?:by|through)\s+"
)
#: one mission of the list after "handled by": "the ⟪Romanian⟫ embassy in ", "the embassy of
#: ⟪Germany⟫ in "
MISSION = (
    r"(?:\s*,\s*(?:and\s+)?(?:by\s+)?|\s+and\s+(?:by\s+)?|\s*;\s*)?(?:the\s+|its\s+|their\s+|an?\s+)?"
    r"(?:(?P<own>⟪\d+⟫)(?:'s|’s)?\s+)?(?:@{mission-adjective}\s+)*(?P<kind>@{mission-kind})"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>⟪\d+⟫))?\s+(?:in|at)\s+"
)
#: what may stand between two missions of the list: "in neighbouring ⟪Finland⟫", "(between
#: 1978–1980)"
BETWEEN = r"(?:\s*,?\s*in\s+neighbou?ring\s+⟪\d+⟫)?(?:\s*\([^()⟪]{0,40}\))?"


def read_handled(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    if match is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if grammar.negated(match.group("between")) or grammar.negated(
        ctx.masked[max(0, match.start() - 30) : match.start()]
    ):
        return []
    host_at = match.group("h") or match.group("h2") or match.group("h3")
    host = grammar.state_code(sentence.mention(host_at))
    sender_at = match.group("s") or match.group("s2")
    sender = grammar.state_code(sentence.mention(sender_at)) if sender_at else None
    if host is None or (sender_at and sender is None):
        return []
    out: list[Found] = []
    pos = match.end()
    while True:
        item = ctx.res.regex(MISSION).match(ctx.masked, pos)
        if item is None:
            break
        of = item.group("of")
        owner = grammar.state_code(sentence.mention(of[1:-1]), demonym_ok=True) if of else None
        mission_sender = sender or owner
        if mission_sender is None or mission_sender == host:
            break
        places, end = grammar.places(ctx.masked, item.end(), sentence)
        if not places:
            break
        span = (item.start("kind"), item.end("kind"))
        kind_text = item.group("kind")
        for place in places:
            claim = MissionClaim(
                rule=R.REPRESENTATION_HANDLED_BY.name,
                line=sentence.line,
                text=sentence.evidence,
                span=span,
                sender=mission_sender,
                host=host,
                place=place,
                kind=ctx.res.vocabulary.value("mission-kind", kind_text) or "embassy",
                kind_text=" ".join(kind_text.split()),
                status="represented-via",
            )
            out.append(Found(span, claim, (20, span[0])))
        skip = ctx.res.regex(BETWEEN).match(ctx.masked, end)
        pos = skip.end() if skip else end
    return out
