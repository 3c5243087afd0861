"""`founding-member`: a state is (was, became) a founding member (one of the founders) of the
organizations named after it, in the wordings the clause walk of `MembershipReader` does not
read: the organization introduced by a phrase, a predicate joined to its subject by ", and" past
other states, "becomes", and a membership stated after the founded organizations.

    ⟪Cuba⟫ is a founding member of the organization known as the ⟪ALBA⟫, a member of the
    ⟪CELAC⟫, the ⟪ALADI⟫ and ⟪UN⟫
    The ⟪Netherlands⟫ is one of the founding members of what today is ⟪EU⟫
    ⟪India⟫ was one of the founding members of several international organisations—⟪UN⟫, the
    ⟪ADB⟫ ...
    ⟪Malaysia⟫ was active in the opposition ... that saw ⟪South Africa⟫ quit ⟪Commonwealth⟫ in
    1961, and was a founding member of the ⟪ASEAN⟫ (⟪ASEAN⟫) in 1967 and the ⟪OIC⟫ (⟪OIC⟫)
    8 August 1967 – ⟪Singapore⟫ becomes a founding member of ⟪ASEAN⟫ (⟪ASEAN⟫)
    ⟪Liberia⟫ is a founding member of the ⟪UN⟫ (see ...) and its specialized agencies and is a
    member of the ⟪AU⟫ (⟪AU⟫), ⟪ECOWAS⟫ (⟪ECOWAS⟫) ... and the ⟪NAM⟫
    As one of the founding members of ⟪ASEAN⟫ (⟪ASEAN⟫), established in 1967, and also as the
    largest country in Southeast Asia, ⟪Indonesia⟫ has put ...

The state is the one the sentence opens with (or "It" / "The country": the document's subject
outside a relations row) with no other state, negation or unreal mood between it and the
predicate; or, past other states, the state that opens the sentence as the subject of its own
verb, when the founding predicate is joined to it by ", and" with no subject of its own. A
membership named after the founded organizations ("..., a member of B", "and is a member of
B", "and the founder of B") is read for the same state; another standing ("an observer of",
"an associate member of") ends the reading. After a fronted "As one of the founding members of
O", the state is the one named after the list and a comment on it that names no state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_founded import FOUNDER, _founders
from pipeline.rules.membership_such_as import NOT_SO, member_of_each
from pipeline.rules.memberships import FILLS, reader
from schemas import rules as R

#: the founding predicate
FOUNDING_MEMBER = (
    r"(?:is|are|was|were|became|becomes|become|remains?|remained|(?:has|have|had)\s+(?:also\s+)?"
    r"been)\s+(?:also\s+)?(?:an?|the|one\s+of\s+the|among\s+the)\s+@{founder-noun}\s+of\s+"
    # what introduces the organization: "the organization known as", "what today is",
    # "several international organisations—"
    r"(?:the\s+organi[sz]ation\s+(?:known|referred\s+to)\s+as\s+"
    r"|what\s+(?:is\s+)?(?:today|now|later)\s+(?:is\s+|became\s+)?"
    r"|(?:several|many|numerous|various|a\s+number\s+of)\s+(?:[a-z]+\s+){0,2}?"
    r"@{organization-kinds}\s*(?:[—–:]\s*|,?\s*(?:including|such\s+as|like)\s+))?"
    r"(?:the\s+)?(?=⟪)"
)
NEAR = FOUNDER + r"(?P<between>[^⟪.;:]{0,80}?)\b" + FOUNDING_MEMBER
#: "⟪Malaysia⟫ was active in ... ⟪South Africa⟫ ..., and was a founding member of" (after a
#: fronted phrase set off by its comma; the shared LEAD piece makes drawing text from the
#: pattern far too slow for the gate test)
FAR = (
    r"^\s*(?:[^⟪.;,]{1,100},\s*)?(?:the\s+)?⟪(?P<far>\d+)⟫\s+"
    r"(?:is|was|has|had|became|remains|remained)\b"
    r"[^.;]{0,200}?,\s*and\s+(?:also\s+)?" + FOUNDING_MEMBER
)
#: "As one of the founding members of ⟪ASEAN⟫ (⟪ASEAN⟫), established in 1967, ..., ⟪Indonesia⟫
#: has put ...": the state the sentence goes on with, after the list and a comment on it
FRONTED = (
    r"^\s*(?:[^⟪.;,]{1,60},\s*)?as\s+(?:an?|one\s+of\s+the)\s+@{founder-noun}\s+of\s+"
    r"(?:the\s+)?(?=⟪)(?P<fronted>)"
)
FOUNDING = NEAR + "|" + FAR + "|" + FRONTED
#: after the fronted list: a comment with no state in it, then the state and its verb
FRONTED_STATE = (
    r"^(?:\s*,[^⟪.;]{0,120}?)?\s*,\s*(?:the\s+)?⟪(?P<state>\d+)⟫(?!\s*(?:'s|’s|and\b|,|\())"
)
#: what may follow the founded organizations before a membership named after them: a bracket,
#: "and its specialized agencies", then ", a member of", "and is a member of", "and the founder
#: of" (not an observer's, associate's or candidate's standing)
THEN_MEMBER = (
    r"^(?:\s*\[\d+\])*(?:\s*\([^()]{0,120}\))?"
    r"(?:\s*,?\s*and\s+(?:(?:several|many|most|all|some)\s+of\s+)?its\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:agencies|bodies|organs|institutions))?"
    r"\s*(?:,|;|[—–])?\s*(?:and\s+)?(?:(?:is|was|has\s+been|remains)\s+)?(?:also\s+)?"
    r"(?:an?|the|one\s+of\s+the)\s+(?:(?:full|founding|founder|active|original)\s+)?"
    r"(?:member|members|founder|founders)\s+(?:of|in)\s+(?:the\s+)?(?=⟪)"
)


def read_founding_member(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state is a member of every organization listed after the predicate, and of those
    of a membership named right after them."""
    if m.group("fronted") is not None:
        return _fronted(ctx, m)
    if m.group("far"):
        member = ctx.res.grammar.state_code(ctx.sentence.mention(m.group("far")))
        members = [member] if member else []
    else:
        if ctx.res.regex(NOT_SO).search(m.group("between")):
            return []
        members = _founders(ctx, m)
    if not members:
        return []
    lists = ctx.res.once(reader)
    then = ctx.res.regex(THEN_MEMBER)
    at, items = m.end(), []
    for _ in range(3):
        found, used = lists.org_list_end(ctx.masked[at:], ctx.sentence, "member", modifier=True)
        items += found
        more = then.match(ctx.masked[at + used :]) if found else None
        if more is None:
            break
        at += used + more.end()
    span = (m.start(), m.end())
    return [
        f._replace(order=(i, *f.order))
        for i, member in enumerate(members)
        for f in member_of_each(ctx, span, R.FOUNDING_MEMBER, member, items)
    ]


def _fronted(ctx: Context, m: re.Match[str]) -> list[Found]:
    """Every organization of the fronted list holds the state named after it."""
    items, used = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], ctx.sentence, "member", modifier=True
    )
    state = ctx.res.regex(FRONTED_STATE).match(ctx.masked[m.end() + used :]) if items else None
    if state is None:
        return []
    member = ctx.res.grammar.state_code(ctx.sentence.mention(state.group("state")))
    if member is None:
        return []
    return member_of_each(ctx, (m.start(), m.end()), R.FOUNDING_MEMBER, member, items)


FOUNDING_MEMBER_RULE = Rule(
    R.FOUNDING_MEMBER,
    Needs(groups=("founder-noun",)),
    FOUNDING,
    read_founding_member,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (FOUNDING_MEMBER_RULE,)
