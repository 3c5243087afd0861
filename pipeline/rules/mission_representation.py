"""`representation-handled-by`: a state's representation in another is handled by a mission in a
third place (represented-via; the mission's own state, or a third state's standing in).

    The diplomatic representation of ⟪Romania⟫ in ⟪Chad⟫ is handled by the ⟪Romanian⟫ embassy
        in ⟪Khartoum⟫, ⟪Sudan⟫.
    ⟪Liechtenstein⟫'s diplomatic representation in ⟪Romania⟫ is handled by the ⟪Swiss⟫ embassy
        in ⟪Bucharest⟫.
    The consular affairs in ⟪Bhutan⟫ are handled by the embassy of ⟪Germany⟫ in ⟪India⟫.

    Diplomatic representation for ⟪Djibouti⟫ is handled by the embassy in ⟪Paris⟫, ⟪France⟫.
        (in a row of two states: the host is the one the sender is not)

Every mission the sentence lists after "handled by" is read ("by the Romanian embassy in Lusaka,
Zambia (between 1978–1980), the Romanian embassy in Maputo, ..."), each at its place; a negated
verb ("is no longer handled") reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.grammar import Place
from pipeline.extract.missions import ROW
from pipeline.rules.mission_claim import mission_claim, negated_at
from schemas import rules as R

#: whose representation, where, and the verb: "The diplomatic representation of ⟪S⟫ in ⟪H⟫ is
#: handled by", "⟪S⟫'s diplomatic representation in ⟪H⟫ is handled by", "The consular affairs in
#: ⟪H⟫ are handled by"
HANDLED = (
    r"(?:(?:the\s+)?(?:diplomatic\s+|consular\s+)?representation\s+(?:of|for)\s+(?:the\s+)?"
    r"⟪(?P<s>\d+)⟫\s+(?:in|to|is)\s+(?:the\s+)?⟪(?P<h>\d+)⟫"
    r"|(?:the\s+)?⟪(?P<s2>\d+)⟫(?:'s|’s)\s+(?:diplomatic\s+|consular\s+)?representation\s+"
    r"(?:in|to)\s+(?:the\s+)?⟪(?P<h2>\d+)⟫"
    r"|(?:the\s+)?consular\s+(?:affairs|matters)\s+(?:in|of|for)\s+(?:the\s+)?⟪(?P<h3>\d+)⟫"
    r"|(?:the\s+)?(?:diplomatic\s+|consular\s+)?representation\s+for\s+(?:the\s+)?"
    r"⟪(?P<s4>\d+)⟫(?=\s+(?:is|are|was|were|has|have|had)\s))"
    r"(?P<between>[^⟪.;]{0,40}?)\b(?:is|ins|in|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+|also\s+|still\s+)*handled\s+(?:by|through)\s+"
)
#: one mission of the list after "handled by": "the ⟪Romanian⟫ embassy in ", "the embassy of
#: ⟪Germany⟫ in "
MISSION = (
    r"(?:\s*,\s*(?:and\s+)?(?:by\s+)?|\s+and\s+(?:by\s+)?|\s*;\s*)?(?:the\s+|its\s+|their\s+|an?\s+)?"
    r"(?:(?P<own>⟪\d+⟫)(?:'s|’s)?\s+|(?P<demonym>@{CAPWORD})\s+)?(?:@{mission-adjective}\s+)*?"
    r"(?P<kind>@{mission-kind})"
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
    sender_at = match.group("s") or match.group("s2") or match.group("s4")
    sender = grammar.state_code(sentence.mention(sender_at)) if sender_at else None
    if sender_at and sender is None:
        return []
    if host_at:
        host = grammar.state_code(sentence.mention(host_at))
    elif ctx.where.in_row and ctx.where.subject:
        # "Diplomatic representation for ⟪S⟫ is handled by ...": in a row of two states, the
        # host is the one S is not
        host = ROW if sender == ctx.where.subject else ctx.where.subject
    else:
        return []
    if host is None:
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
        if item.group("demonym") and not sender:
            break  # a capitalised word the gazetteer does not know is the sender's demonym only
            # where the sentence names the sender
        places, end = grammar.places(ctx.masked, item.end(), sentence)
        if not places:
            break
        span = (item.start("kind"), item.end("kind"))
        kind_text = item.group("kind")
        for place in places:
            claim = mission_claim(
                ctx,
                R.REPRESENTATION_HANDLED_BY,
                kind_text,
                span,
                sender=mission_sender,
                host=host,
                place=place,
                status="represented-via",
            )
            out.append(Found(span, claim, (20, span[0])))
        skip = ctx.res.regex(BETWEEN).match(ctx.masked, end)
        pos = skip.end() if skip else end
    return out


# -- represented-through-mission ------------------------------------------------------------------
#: the wordings of representation through a mission that the older accreditation reader does not
#: take: "is represented in ⟪H⟫ via parallel accreditation of its embassy in", "is represented in
#: ⟪H⟫ consularly through its embassy in", "is represented to ⟪H⟫ through its accredited embassy
#: in", "relations with ⟪H⟫ are maintained through ⟪S⟫'s Permanent Mission to the United Nations
#: in", "⟪S⟫ maintains relations with ⟪H⟫ through its embassy in"; the verb's "is" may be left
#: out, as in a note ("⟪Greece⟫ represented in ⟪Somalia⟫ via parallel accreditation of ...")
REPRESENTED_THROUGH = (
    r"(?:(?<![⟫\w])(?:the\s+)?⟪(?P<s>\d+)⟫\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
    r"(?:also\s+|currently\s+|now\s+|still\s+)*represented\s+(?:in|to)\s+(?:the\s+)?⟪(?P<h>\d+)⟫"
    r"\s*,?\s*(?:consularly\s+(?:through|via|by)\s+(?:its|their|the)\s+(?:accredited\s+)?"
    r"|(?:through|via|by)\s+(?:the\s+)?parallel\s+accreditation\s+of\s+(?:its|their|the)\s+"
    r"|(?:through|via|by)\s+(?:its|their)\s+accredited\s+)"
    r"|(?:diplomatic\s+)?relations\s+with\s+(?:the\s+)?⟪(?P<h2>\d+)⟫\s+(?:are|is|were|was)\s+"
    r"(?:also\s+)?maintained\s+(?:through|via)\s+(?:the\s+)?⟪(?P<s2>\d+)⟫(?:'s|’s)\s+"
    r"|(?<![⟫\w])(?:the\s+)?⟪(?P<s3>\d+)⟫\s+(?:also\s+)?maintains\s+(?:diplomatic\s+)?relations\s+"
    r"with\s+(?:the\s+)?(?:[A-Za-z ]{0,40}?\s+of\s+(?:the\s+)?)?⟪(?P<h3>\d+)⟫\s+(?:through|via)\s+"
    r"(?:its|their)\s+"
    # the plain wording as the articles misprint it ("represented in ⟪H⟫ through it embassy",
    # "by ts embassy", "thought it embassy", "is repreented in", "is represent in"): read only
    # where one of its words is misprinted (`MISPRINTS`); the older reader reads it spelt right
    r"|(?<![⟫\w])(?:the\s+)?⟪(?P<s4>\d+)⟫\s+(?:is|are)\s+(?:also\s+|currently\s+|now\s+)*"
    r"(?P<verb4>represented|represent|repreented|represnted|reprsented)\s+(?:in|to)\s+(?:the\s+)?"
    r"⟪(?P<h4>\d+)⟫\s*,?\s*(?P<prep4>through|thought|via|by)\s+(?P<pron4>its|it|ts|their)\s+)"
    r"(?:@{mission-adjective}\s+)*?(?P<kind>@{mission-kind})"
    r"(?:\s+(?:to|at)\s+(?:the\s+)?(?:⟪\d+⟫|United\s+Nations(?:\s+Office)?))?\s*,?\s+(?:in|at)\s+"
)


#: the misprints of the plain wording that `REPRESENTED_THROUGH` reads: a verb, preposition or
#: pronoun other than "represented", "through / via / by", "its / their"
REPRESENTED_MISPRINTS = ("represent", "repreented", "represnted", "reprsented")
MISPRINTS = frozenset((*REPRESENTED_MISPRINTS, "thought", "it", "ts"))
#: a further mission of the sender after the first one's places: "(⟪Denmark⟫) and consulate in",
#: ", and an honorary consulate in", "and through honorary consulate in"
FURTHER = (
    r"(?:\s*\([^()⟪]{0,40}\)|\s*\(\s*⟪\d+⟫\s*\)|\s*,\s*(?:the\s+)?⟪\d+⟫)?\s*,?\s*(?:and\s+)?"
    r"(?:(?:through|via)\s+)?(?:an?\s+|its\s+|it\s+|their\s+)?(?:@{mission-adjective}\s+)*?"
    r"(?P<kind>@{mission-kind})\s+(?:in|at)\s+"
)


def read_represented(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    """ "⟪Japan⟫ is represented in ⟪Eswatini⟫ via parallel accreditation of its embassy in
    ⟪Pretoria⟫, ⟪South Africa⟫" and the other wordings of `REPRESENTED_THROUGH`; the further
    missions the sentence lists after the first one's places ("... in ⟪Copenhagen⟫ (⟪Denmark⟫)
    and consulate in ⟪Reykjavik⟫"): represented-via where they are out of the host, open in it."""
    if match is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if negated_at(ctx, match):
        return []
    if match.group("s4") and not (
        {match.group(g).lower() for g in ("verb4", "prep4", "pron4")} & MISPRINTS
    ):
        return []
    sender_at = match.group("s") or match.group("s2") or match.group("s3") or match.group("s4")
    host_at = match.group("h") or match.group("h2") or match.group("h3") or match.group("h4")
    sender = grammar.state_code(sentence.mention(sender_at))
    host = grammar.state_code(sentence.mention(host_at))
    if sender is None or host is None or sender == host:
        return []
    places, end = grammar.places(ctx.masked, match.end(), sentence)
    span = (match.start("kind"), match.end("kind"))
    out = [
        _represented(ctx, span, match.group("kind"), sender, host, place, "represented-via")
        for place in places
    ]
    while places:
        item = ctx.res.regex(FURTHER).match(ctx.masked, end)
        if item is None:
            break
        places, end = grammar.places(ctx.masked, item.end(), sentence)
        span = (item.start("kind"), item.end("kind"))
        for place in places:
            status = "open" if _in_host(ctx, place, host) else "represented-via"
            out.append(_represented(ctx, span, item.group("kind"), sender, host, place, status))
    return out


def _in_host(ctx: Context, place: Place, host: str) -> bool:
    """Whether a place is in the host: its country, or one of the countries its city is in."""
    sovereign = ctx.res.grammar.knowledge.gazetteer.sovereign
    if place.country is not None:
        return bool(place.country == host or sovereign(place.country) == host)
    return any(c == host or sovereign(c) == host for c in place.city_anywhere)


def _represented(
    ctx: Context,
    span: tuple[int, int],
    kind_text: str,
    sender: str,
    host: str,
    place: Place,
    status: str,
) -> Found:
    return Found(
        span,
        mission_claim(
            ctx,
            R.REPRESENTED_THROUGH_MISSION,
            kind_text,
            span,
            sender=sender,
            host=host,
            place=place,
            status=status,
        ),
        (21, span[0] * 100 + place.start),
    )


# -- represented-in-the-row -----------------------------------------------------------------------
#: "⟪S⟫ is represented through its embassy in ": no host named, the row's other state is it
REPRESENTED_IN_ROW = (
    r"(?<![⟫\w])(?:the\s+)?⟪(?P<s>\d+)⟫\s+(?:is|are)\s+(?:(?:also|currently|now|still)\s+)*"
    r"represented\s+(?:through|via|by)\s+(?:its|their)\s+(?:@{mission-adjective}\s+)*"
    r"(?P<kind>@{mission-kind})\s+(?:in|at)\s+"
)


def read_represented_in_row(ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
    """ "⟪Denmark⟫ is represented through its embassy in ⟪Moscow⟫" in a row of Denmark and
    Belarus: represented in Belarus from Moscow (the resolver makes it open where the place is in
    the host after all)."""
    if match is None or not ctx.where.in_row or ctx.where.subject is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if negated_at(ctx, match):
        return []
    sender = grammar.state_code(sentence.mention(match.group("s")))
    if sender is None:
        return []
    host = ROW if sender == ctx.where.subject else ctx.where.subject
    places, _end = grammar.places(ctx.masked, match.end(), sentence)
    span = (match.start("kind"), match.end("kind"))
    kind_text = match.group("kind")
    return [
        Found(
            span,
            mission_claim(
                ctx,
                R.REPRESENTED_IN_THE_ROW,
                kind_text,
                span,
                sender=sender,
                host=host,
                place=place,
                status="represented-via",
            ),
            (30, place.start),
        )
        for place in places
    ]
