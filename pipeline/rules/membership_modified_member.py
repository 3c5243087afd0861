"""`modified-member-of`: a state is a member of organizations, its membership described by
several words before "member", or its sentence opened by a subordinate clause.

    ⟪Brunei⟫ has been a fully independent member state of the ⟪Commonwealth⟫ since 1984
    Although ⟪Cyprus⟫ became an independent republic in 1960, ⟪Cyprus⟫ has been a member state
    of the ⟪Commonwealth⟫ since 1961
    ⟪Chile⟫ is a long-standing and active member of the ⟪OAS⟫
    In 2009, ⟪France⟫ again was a fully integrated ⟪NATO⟫ member
    ⟪France⟫ is one of the two ⟪European Union⟫ members not to recognise ⟪North Korea⟫

The words before "member" must not make it another standing (former, prospective, candidate,
associate, observer, honorary, non-member: `NOT_A_MEMBER`); the words between the state and its
membership hold no other state, negation or unreal mood.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_such_as import NOT_SO, opening_state
from pipeline.rules.memberships import FILLS, _claim, _org, reader
from schemas import rules as R

#: words before "member" that make the standing another than a member's
NOT_A_MEMBER = (
    r"(?<![\w-])(?:former|prospective|potential|future|aspiring|would-be|candidate|associate|"
    r"associated|observer|honorary|affiliate|ex|non(?!-?permanent))(?![\w])"
)
MODIFIED_MEMBER = (
    # "Although ⟪Cyprus⟫ became a republic in 1960, ": a subordinate clause before the subject
    r"^\s*(?P<clause>(?:although|though|while|whereas|after|when|since|because)\s+[^;.]{1,120}?,\s*)?"
    r"@{LEAD}(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country|the\s+government))\s+"
    r"(?P<between>@{ADVERBS}(?:is|was|has\s+been|had\s+been|became|becomes|has\s+become|"
    r"remains|remained)\s+@{ADVERBS}(?:an?|the|one\s+of\s+the)\s+"
    r"(?P<mods>(?:[a-z][\w-]*,?\s+(?:and\s+)?){0,3}?))"
    r"(?:member(?:\s+(?:state|country|nation))?\s+of\s+(?:the\s+)?"
    # "a fully integrated ⟪NATO⟫ member", "the fifth ⟪EU⟫ member state", "one of the two ⟪EU⟫
    # members", "an ⟪Asian Development Bank⟫ (⟪ADB⟫) member"
    r"|⟪(?P<org>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?\s+members?"
    r"(?:\s+(?:states?|countries|country|nations?))?(?![\w-]))"
)


#: a predicate that goes on after "a ⟪O⟫ member": ", a member of", ", and of"
MORE = r"^\s*,?\s*(?:and\s+)?(?:(?:an?\s+(?:full\s+)?member\s+)?of\s+)(?:the\s+)?"


def read_modified_member(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed after "member of" is the state's."""
    if not (m.group("mods") or m.group("clause") or m.group("org")):
        return []  # "S is a member of O": the older `member-of` reads it
    if ctx.res.regex(NOT_SO).search(m.group("between")):
        return []
    if ctx.res.regex(NOT_A_MEMBER).search(m.group("mods")):
        return []
    member = opening_state(ctx, m.group("state"))
    if member is None:
        return []
    rest = ctx.masked[m.end() :]
    first: list[Found] = []
    if m.group("org"):
        org = _org(ctx, m.group("org"))
        if org is None:
            return []
        first = [Found((m.start(), m.end()), _claim(ctx, R.MODIFIED_MEMBER_OF, member, org))]
        # "an ⟪ADB⟫ member, a member of ⟪ASEAN⟫, and of the ⟪WTO⟫": the predicate goes on
        more = ctx.res.regex(MORE).match(rest)
        if more is None:
            return first
        rest = rest[more.end() :]
    items, _ = ctx.res.once(reader).org_list_end(rest, ctx.sentence, "member", modifier=True)
    return first + [
        Found(
            (m.start(), m.end()),
            _claim(
                ctx,
                R.MODIFIED_MEMBER_OF,
                member,
                (item.org.org_id, item.org.name) if item.org else (None, item.name),
            ),
            (i,),
        )
        for i, item in enumerate(items)
        if item.status == "member"
    ]


MODIFIED_MEMBER_RULE = Rule(
    R.MODIFIED_MEMBER_OF,
    Needs(words=("member",)),
    MODIFIED_MEMBER,
    read_modified_member,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (MODIFIED_MEMBER_RULE,)
