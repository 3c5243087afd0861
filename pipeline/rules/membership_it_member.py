"""`it-member-of`: "it" in a later clause of the sentence stands for the one state named
before it, and is (has become) a member of the organizations listed.

    While historically the ⟪Kingdom of the Netherlands⟫ was a neutral state, since 1945 it has
    become a member of ⟪NATO⟫, the ⟪United Nations⟫, the ⟪European Union⟫ and many other ...
    ⟪Malta⟫ lies south of ⟪Sicily⟫; it is a member of the ⟪EU⟫        (not: two places named)

The clause opens after a comma, a semicolon or "and" / "but" / "so"; "it" stands for the one
state the sentence names before it (a sentence naming two or more, or none, reads nothing: the
walk of `member-of` reads a sentence that opens with "It"). Negation, other standings and
anything unreal ("it hopes to become") are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_members import listed_members, named_states
from pipeline.rules.membership_such_as import NOT_SO
from schemas import rules as R

IT_MEMBER = (
    r"(?:[,;]\s*|\b(?:and|but|so)\s+)@{LEAD}(?P<it>it)\s+@{ADVERBS}"
    r"(?:is|was|remains|became|(?:has|had)\s+(?:also\s+|since\s+|long\s+)?(?:been|become))\s+"
    r"@{ADVERBS}(?:an?\s+|the\s+|one\s+of\s+the\s+)?"
    r"(?:(?:founding|full|active|permanent|original|full-fledged)\s+)?"
    r"@{member-head:member}\s+(?:of|in)\s+"
)


def read_it_member(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The one state named before "it" is a member of every organization listed."""
    if ctx.res.regex(NOT_SO).search(m.group()):
        return []
    named = named_states(ctx, ctx.masked[: m.start("it")])
    if named is None or len(named) != 1:
        return []
    # a mention of anything else that "it" may stand for: a place, a people, a body
    others = [
        i
        for i in re.findall(r"⟪(\d+)⟫", ctx.masked[: m.start("it")])
        if ctx.sentence.mention(i).label != "COUNTRY"
    ]
    if others:
        return []
    return listed_members(ctx, R.IT_MEMBER_OF, named, m.end(), (m.start(), m.end()))


IT_MEMBER_OF = Rule(
    R.IT_MEMBER_OF,
    Needs(groups=("member-head",)),
    IT_MEMBER,
    read_it_member,
    ("member_iso3", "org_id", "org_name", "status", "date_text"),
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (IT_MEMBER_OF,)
