"""`both-take-part`: in a relations row, "both countries" taking part in organizations (M1:
"participates in", "is active in", "belongs to", "takes part in") are the row's two states.

    Furthermore, both participate in the ⟪Nordic Council⟫, which grants ...
    Both countries take part in the ⟪OSCE⟫ and the ⟪BSEC⟫.
    The two countries are active in the ⟪Commonwealth⟫.

Outside a row "both" names no pair the sentence gives, and reads nothing; a negation, an
unreal mood ("would both participate") or organizations used as adjectives ("both take part in
⟪NATO⟫ exercises") read nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.membership_such_as import NOT_SO, member_of_each
from pipeline.rules.memberships import FILLS, reader
from schemas import rules as R

BOTH_TAKE_PART = (
    r"^\s*@{LEAD}(?P<both>both(?:\s+(?:countries|nations|states|sides))?|the\s+two\s+"
    r"(?:countries|nations|states)|they\s+both)\s+(?P<between>(?:(?:also|both|still|now|"
    r"actively|fully)\s+)*(?:(?:are|were|have\s+been)\s+(?:(?:also|both|very|highly)\s+)*"
    r"(?:an?\s+)?)?)@{membership-taking-part}\s+(?:the\s+)?"
)


def read_both_take_part(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The row's two states take part in every organization listed."""
    if not (ctx.where.in_row and ctx.where.subject):
        return []
    if ctx.res.regex(NOT_SO).search(m.group("between")):
        return []
    # organizations used as adjectives end the reading ("both take part in ⟪NATO⟫ exercises")
    items, _ = ctx.res.once(reader).org_list_end(ctx.masked[m.end() :], ctx.sentence, "member")
    return [
        Found(f.span, f.claim, (i,))
        for i, f in enumerate(
            found
            for member in (ctx.where.subject, ROW)
            for found in member_of_each(ctx, m.span(), R.BOTH_TAKE_PART, member, items)
        )
    ]


BOTH_TAKE_PART_RULE = Rule(
    R.BOTH_TAKE_PART,
    Needs(groups=("membership-taking-part",), words=("both", "two")),
    BOTH_TAKE_PART,
    read_both_take_part,
    FILLS,
    (("members", "subject-and-row"),),
)
RULES: tuple[Rule, ...] = (BOTH_TAKE_PART_RULE,)
