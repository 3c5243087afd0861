"""What the member-side membership rules share: the states a sentence names, and the claims of
the members a rule resolved for every organization listed after its pattern (read with
`MembershipReader.org_list_end`, the family's one reader of lists of organizations)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.engine import Context
from pipeline.engine.rule import Found
from pipeline.extract.memberships import MembershipClaim
from pipeline.rules import memberships
from schemas import rules as R


def named_states(ctx: Context, masked: str) -> list[str] | None:
    """The states the mentions of `masked` name, in order, each once; None when one of them is
    a mention of a country the grammar cannot tell (no guess is made for it)."""
    out: list[str] = []
    for i in re.findall(r"⟪(\d+)⟫", masked):
        mention = ctx.sentence.mention(i)
        if mention.label != "COUNTRY":
            continue
        code = ctx.res.grammar.state_code(mention)
        if code is None:
            return None
        if code not in out:
            out.append(code)
    return out


def listed_members(
    ctx: Context,
    spec: R.RuleSpec,
    members: Sequence[str],
    start: int,
    span: tuple[int, int],
) -> list[Found]:
    """Every member is a member of every organization listed from `start` of the masked
    sentence (an item qualified with another standing, "(observer)", is left out)."""
    items, _ = ctx.res.once(memberships.reader).org_list_end(
        ctx.masked[start:], ctx.sentence, "member", modifier=True
    )
    claims = [
        MembershipClaim(
            spec.name,
            ctx.sentence.line,
            ctx.sentence.evidence,
            member,
            item.org.org_id if item.org else None,
            item.org.name if item.org else item.name,
            "member",
            item.date_text,
        )
        for item in items
        if item.status == "member"
        for member in dict.fromkeys(members)
    ]
    return [Found(span, claim, (i,)) for i, claim in enumerate(claims)]
