"""`like-a-member`: "Like ⟪A⟫, ⟪B⟫ is a (full) member of ⟪O⟫" says it of both states.

    Like ⟪Brunei⟫, ⟪Canada⟫ is a full member of the ⟪Commonwealth⟫.

"Unlike ⟪A⟫, ⟪B⟫ is a member" says the opposite of A: it is the member-of reading's, for B
only; so is "Like ⟪A⟫, ⟪B⟫ applied to join" (no membership)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_members import listed_members
from schemas import rules as R

LIKE = (
    r"^\s*(?:[^⟪.;,]{1,60},\s*)?like\s+(?:the\s+)?⟪(?P<a>\d+)⟫\s*,\s*(?:the\s+)?⟪(?P<b>\d+)⟫\s+"
    r"(?:(?:also|too|still|now)\s+)?(?:is|was|has\s+been|remains|became)\s+(?:(?:also|too)\s+)?"
    r"(?:an?\s+|the\s+)?(?:(?:full|founding|active|original|permanent)\s+)?"
    r"@{member-head:member}\s+(?:of|in)\s+"
)


def read_like(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Both states are members of every organization listed."""
    grammar = ctx.res.grammar
    states = [grammar.state_code(ctx.sentence.mention(m.group(g))) for g in ("a", "b")]
    if None in states or grammar.negated(m.group()):
        return []
    members = [str(s) for s in states]
    return listed_members(ctx, R.LIKE_A_MEMBER, members, m.end(), (m.start(), m.end()))


LIKE_A_MEMBER = Rule(
    R.LIKE_A_MEMBER,
    Needs(words=("like",)),
    LIKE,
    read_like,
    ("member_iso3", "org_id", "org_name", "status", "date_text"),
    (("members", "listed"),),
)
RULES: tuple[Rule, ...] = (LIKE_A_MEMBER,)
