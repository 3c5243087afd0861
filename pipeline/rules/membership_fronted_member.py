"""`fronted-member`: a fronted phrase says the state the sentence goes on with is a member.

    Although a member of the ⟪Non-Aligned Movement⟫, ⟪Saudi Arabia⟫ was once described as ...
    Being a member of the ⟪Coffee Club⟫, ⟪Costa Rica⟫ does not support ...
    While a full member of the ⟪EU⟫ and ⟪NATO⟫, ⟪Denmark⟫ ...

Like `as-a-member` ("As a member of ⟪CARICOM⟫, ⟪Grenada⟫ ..."): the organizations listed in the
phrase are those of the state named right after its comma. "Although not a member of", "While
never a member": negated, not read; "a former / an observer / an associate member": another
standing (the vocabulary's `membership-noun` values), not read as a membership.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_such_as import member_of_each
from pipeline.rules.memberships import FILLS, reader
from schemas import rules as R

FRONTED = (
    r"^\s*(?:although|though|while|whilst|despite\s+being|being|while\s+being|though\s+being)\s+"
    r"(?:also\s+)?(?:an?|the|one\s+of\s+the)\s+(?:(?:founding|full|active|permanent|original|"
    r"long-standing|key|leading|prominent)\s+)?members?\s+(?:state\s+)?of\s+"
)


def read_fronted(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization of the phrase holds the state named right after it."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    rest = ctx.masked[m.end() :]
    items, used = ctx.res.once(reader).org_list_end(rest, sentence, "member", modifier=True)
    state = re.match(
        r"^\s*(?:\[\d+\]\s*)*,\s*(?:the\s+)?⟪(\d+)⟫(?!\s*(?:'s|’s|and\b|,))", rest[used:]
    )
    if not items or state is None:
        return []
    code = grammar.state_code(sentence.mention(state.group(1)))
    if code is None:
        return []
    return member_of_each(ctx, (m.start(), m.end()), R.FRONTED_MEMBER, code, items)


FRONTED_MEMBER = Rule(
    R.FRONTED_MEMBER,
    Needs(words=("member", "members")),
    FRONTED,
    read_fronted,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (FRONTED_MEMBER,)
