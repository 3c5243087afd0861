"""The claim a missions rule makes of one mission noun: what every rule module of the family
fills the same way (the sentence's line and evidence, the kind the vocabulary gives the noun as
written, the noun with single spaces), written once."""

from __future__ import annotations

import re

from pipeline.engine import Context
from pipeline.extract.grammar import Place
from pipeline.extract.missions import MissionClaim
from schemas.rules import RuleSpec


def mission_claim(
    ctx: Context,
    spec: RuleSpec,
    kind_text: str,
    span: tuple[int, int],
    *,
    sender: str,
    host: str | None,
    place: Place | None,
    status: str,
    date_text: str | None = None,
) -> MissionClaim:
    """`spec`'s claim of the mission noun `kind_text` at `span` (an embassy where the
    vocabulary gives the noun no kind)."""
    return MissionClaim(
        rule=spec.name,
        line=ctx.sentence.line,
        text=ctx.sentence.evidence,
        span=span,
        sender=sender,
        host=host,
        place=place,
        kind=ctx.res.vocabulary.value("mission-kind", kind_text) or "embassy",
        kind_text=" ".join(kind_text.split()),
        status=status,
        date_text=date_text,
    )


#: how many characters before a rule's match a negation still denies the mission ("has never
#: since had an embassy")
NEGATION_REACH = 40


def negated_at(ctx: Context, match: re.Match[str]) -> bool:
    """Whether the match, or the words just before it, deny the mission it reads."""
    grammar = ctx.res.grammar
    before = ctx.masked[max(0, match.start() - NEGATION_REACH) : match.start()]
    return grammar.negated(match.group(0)) or grammar.negated(before)
