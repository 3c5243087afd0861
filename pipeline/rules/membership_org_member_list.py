"""`org-member-and-list`: a state described as an organization's member by the organization's
name as a modifier, its acronym in brackets allowed, and the memberships listed after it.

    The government is an ⟪Asian Development Bank⟫ (⟪ADB⟫) member, a member of ⟪ASEAN⟫, and of
    the ⟪WTO⟫.
    ⟪Uruguay⟫ is a founding ⟪Mercosur⟫ member and a member of the ⟪OAS⟫.

The subject is the state the sentence opens with, or "It" / "The country" / "The government"
(the document's subject outside a relations row). A negation reads nothing; "a non-⟪EU⟫
member", "an ⟪EU⟫ candidate" are no members (`an-org-member` reads the plain "S is an ⟪O⟫
member" too)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_such_as import member_of_each, opening_state
from pipeline.rules.memberships import FILLS, _claim, _org, reader
from schemas import rules as R

ORG_MEMBER = (
    r"^\s*@{LEAD}(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country|the\s+government))\s+"
    r"@{ADVERBS}(?:is|was|became|has\s+been|remains)\s+@{ADVERBS}an?\s+"
    r"(?:(?:full|founding|active|original)\s+)?⟪(?P<org>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?[\s-]+"
    r"member(?:\s+(?:state|country|nation))?(?![\w-])"
)
#: the list going on: ", a member of", "and a full member of", ", and of"
GOES_ON = (
    r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:also\s+)?(?:(?:an?\s+)?(?:(?:full|founding|active)\s+)?"
    r"member\s+)?(?:of|in)\s+(?:the\s+)?"
)


def read_org_member(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state is a member of the organization named as a modifier and of those listed after
    it."""
    grammar = ctx.res.grammar
    if grammar.negated(ctx.masked[: m.end()]):
        return []
    member = opening_state(ctx, m.group("state"))
    org = _org(ctx, m.group("org"))
    if member is None or org is None:
        return []
    found = [Found(m.span(), _claim(ctx, R.ORG_MEMBER_AND_LIST, member, org), (0,))]
    more = ctx.res.regex(GOES_ON).match(ctx.masked[m.end() :])
    if more is not None:
        items, _ = ctx.res.once(reader).org_list_end(
            ctx.masked[m.end() + more.end() :], ctx.sentence, "member"
        )
        found += [
            Found(f.span, f.claim, (i + 1,))
            for i, f in enumerate(
                member_of_each(ctx, m.span(), R.ORG_MEMBER_AND_LIST, member, items)
            )
            if f.claim.org_id != org[0]
        ]
    return found


ORG_MEMBER_AND_LIST = Rule(
    R.ORG_MEMBER_AND_LIST,
    Needs(words=("member",)),
    ORG_MEMBER,
    read_org_member,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (ORG_MEMBER_AND_LIST,)
