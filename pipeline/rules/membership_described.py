"""`described-member`: a state that is, was or became a member described by a word or two
("a fully independent member state of", "a high-profile member of", "one of the 28 Member
States of"), or whose clause follows a fronted clause of its own ("Although ⟪Cyprus⟫ became a
republic in 1960, ⟪Cyprus⟫ has been a member state of ..."; "Right now, ⟪Lithuania⟫ is a
member of ...").

    ⟪Brunei⟫ has been a fully independent member state of the ⟪Commonwealth⟫ since 1984
    In any case ⟪Cyprus⟫ became a high-profile member of the ⟪NAM⟫
    On 1 May 2004, ⟪Lithuania⟫ became one of the 28 Member States of the ⟪EU⟫

A word that makes the member not (or not yet) one, or one of another standing, is not read:
"an associate member", "a non-member", "a prospective member", "a candidate member", "an
observer member" (LABELLING: only full membership).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_members import listed_members
from schemas import rules as R

#: a word that makes the member no (full) member
NOT_FULL = (
    r"(?:non|associate|associated|prospective|potential|future|aspiring|would|candidate|"
    r"observer|honorary|affiliate|partner|applicant|suspended|guest)"
)
#: one to three words describing the member: "fully independent", "high-profile", "committed"
DESCRIBED = rf"(?:(?!{NOT_FULL}\b)[a-z][\w-]*\s+){{1,3}}?"
MEMBER_NOUN = r"members?(?:\s+(?:states?|nations?|countries|country))?"
DESCRIBED_MEMBER = (
    r"(?:^\s*(?:[^.;]{1,120}?,\s*)?|;\s*)(?:the\s+)?⟪(?P<s>\d+)⟫\s+"
    r"(?:(?:also|now|later|then|soon|still)\s+)?"
    r"(?:is|was|became|has\s+been|had\s+been|remains|remained|has\s+become)\s+"
    r"(?:(?:also|now|still)\s+)?"
    r"(?:(?:an?|one\s+of\s+the(?:\s+(?:\d+|[a-z]+))?)\s+"
    + DESCRIBED
    + MEMBER_NOUN
    + r"|(?:an?|one\s+of\s+the\s+(?:\d+|[a-z]+))\s+"
    + MEMBER_NOUN
    + r")\s+(?:of|in)\s+"
)


def read_described(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state is a member of every organization listed."""
    grammar = ctx.res.grammar
    state = grammar.state_code(ctx.sentence.mention(m.group("s")))
    if state is None or grammar.negated(ctx.masked[m.start("s") - 1 : m.end()]):
        return []
    if re.search(r"⟫\s*,\s*(?:the\s+)?⟪$", ctx.masked[: m.start("s")]):
        return []  # "⟪A⟫, ⟪B⟫ is a member": the last of a list, not a clause's subject
    return listed_members(ctx, R.DESCRIBED_MEMBER, [state], m.end(), (m.start(), m.end()))


DESCRIBED_MEMBER_RULE = Rule(
    R.DESCRIBED_MEMBER,
    Needs(groups=("member-head",)),
    DESCRIBED_MEMBER,
    read_described,
    ("member_iso3", "org_id", "org_name", "status", "date_text"),
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (DESCRIBED_MEMBER_RULE,)
