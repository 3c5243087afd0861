"""`participle-member`: a membership stated by a participle phrase of the sentence's subject.

    However, the ⟪Cayman Islands⟫ still participates in some international organisations,
    being a full member of the Central Development Bank and ⟪International Olympic Committee⟫
    It is also an active member of the ⟪UN⟫ family of agencies, serving as a member of the
    ⟪Commission on Human Rights⟫ and participating in ⟪UN⟫ peacekeeping activities

The subject is the one `and-member-of` reads (a state opening the sentence, "It" outside a
relations row, the pair); the words before the participle are its predicate, opening no clause
of their own, with no negation and nothing unreal; only a member's standing is read ("being an
associate member of" is not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_and_member import OTHER_CLAUSE, subject_states
from pipeline.rules.membership_members import listed_members
from pipeline.rules.membership_such_as import NOT_SO
from pipeline.rules.memberships import FILLS
from schemas import rules as R

PARTICIPLE_MEMBER = (
    # a fronted phrase set off by its comma, naming no state ("However,"): a lighter lead than
    # @{LEAD}, whose text the gate test draws slowly here
    r"^\s*(?:[^⟪.;,]{1,60},\s*)?(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country)"
    r"|(?P<pair>(?:both|the\s+two)\s+@{pair-noun}|both|they))\s+"
    r"(?P<first>[^.;:]{1,160}?),\s*(?:being|serving\s+as|acting\s+as)\s+(?:an?\s+)?"
    r"(?:(?:founding|full|active|permanent|original|full-fledged)\s+)?"
    r"@{member-head:member}\s+(?:of|in)\s+"
)


def read_participle_member(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed after the participle is the subject's."""
    if ctx.res.regex(OTHER_CLAUSE).search(m.group("first")):
        return []
    if ctx.res.regex(NOT_SO).search(m.group()):
        return []
    members = subject_states(ctx, m)
    if members is None:
        return []
    return listed_members(ctx, R.PARTICIPLE_MEMBER, members, m.end(), (m.start(), m.end()))


PARTICIPLE_MEMBER_RULE = Rule(
    R.PARTICIPLE_MEMBER,
    Needs(groups=("member-head",)),
    PARTICIPLE_MEMBER,
    read_participle_member,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (PARTICIPLE_MEMBER_RULE,)
