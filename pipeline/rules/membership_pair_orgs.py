"""`pair-org-list-members`: both states of a pair are members of two or more organizations named
as modifiers of "members" (`both-members-of` reads one).

    Also both countries are ⟪BLACKSEAFOR⟫ and ⟪BSEC⟫ members.       (in a relations row)
    ⟪Chile⟫ and ⟪Peru⟫ are ⟪APEC⟫, ⟪CAN⟫ and ⟪Rio Group⟫ member states.

"Both countries" and "they" are the row's two states in a relations row (nothing outside one);
every organization must be a mention the registry knows as an organization; negation, another
standing ("observer members", "candidate members") and unreal mood read nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.membership_entry import states_of
from pipeline.rules.memberships import FILLS, _claim, _org
from schemas import rules as R

PAIR_ORGS = (
    r"^\s*(?:[^⟪.;,]{1,60},\s*)?(?:(?:also|moreover|furthermore|besides)\s+)?"
    r"(?:(?P<pair>both\s+(?:the\s+)?@{pair-noun}|the\s+two\s+@{pair-noun}|they)"
    r"|(?P<states>(?:the\s+)?⟪\d+⟫\s+and\s+(?:the\s+)?⟪\d+⟫))\s+"
    r"(?:are|were|have\s+been|remain)\s+(?:(?:also|both|all|still|now)\s+)*(?:full\s+)?"
    r"(?P<orgs>(?:the\s+)?⟪\d+⟫(?:@{AND}(?:the\s+)?⟪\d+⟫)+)\s+"
    r"members?(?:\s+(?:states|countries|nations))?\b"
)


def read_pair_orgs(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Both states of the pair are members of every organization named."""
    if m.group("pair"):
        if not (ctx.where.in_row and ctx.where.subject):
            return []
        members: list[str] = [ctx.where.subject, ROW]
    else:
        found = states_of(ctx, m.group("states"))
        if found is None:
            return []
        members = found
    orgs = [_org(ctx, i) for i in re.findall(r"⟪(\d+)⟫", m.group("orgs"))]
    if any(o is None or o[0] is None for o in orgs):
        return []
    claims = [
        _claim(ctx, R.PAIR_ORG_LIST_MEMBERS, member, org)
        for org in orgs
        if org is not None
        for member in members
    ]
    return [Found((m.start(), m.end()), c, (i,)) for i, c in enumerate(claims)]


PAIR_ORG_LIST_MEMBERS = Rule(
    R.PAIR_ORG_LIST_MEMBERS,
    Needs(words=("member", "members")),
    PAIR_ORGS,
    read_pair_orgs,
    FILLS,
    (("members", "subject-and-row"),),
)
RULES: tuple[Rule, ...] = (PAIR_ORG_LIST_MEMBERS,)
