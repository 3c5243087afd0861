"""`its-membership`: a state's membership named as a noun, "its membership of ⟪O⟫".

    The foreign relations of ⟪Ireland⟫ are substantially influenced by its membership of the ⟪EU⟫
    In March 2017, ⟪Kazakhstan⟫ marked 25 years of its membership in the ⟪UN⟫
    ... gives its ⟪ASEAN⟫ membership the highest priority

"Its" is the one state named before it in the sentence, or, when none is, the document's subject
(outside a relations row); when the nearest mention before it is an organization, "its" may be
that organization's and nothing is read. A membership lost, suspended, ended, restored, sought or
applied for is not read (`NOT_HELD` before it; a word of prospect after it: "its EU membership
bid").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_such_as import NOT_SO
from pipeline.rules.memberships import FILLS, _claim, _it, _org
from schemas import rules as R

ITS_MEMBERSHIP = (
    r"(?<![\w-])its\s+(?:(?:full|formal|official|independent)\s+)?"
    r"(?:membership\s+(?:in|of)\s+(?:the\s+)?⟪(?P<org>\d+)⟫"
    r"|(?:the\s+)?⟪(?P<org2>\d+)⟫\s+membership\b(?!\s*(?:bid|application|talks|negotiations|"
    r"process|criteria|requirements|prospects|ambitions|hopes|aspirations)))"
)
#: what a membership named before it was not held at the time: lost, ended, sought, restored
NOT_HELD = (
    r"(?<![\w-])(?:lost|lose|loses|losing|suspend\w*|end\w*|terminat\w*|renounc\w*|withdr\w*|"
    r"restor\w*|regain\w*|seek\w*|sought|bid|appl\w*|for|toward\w*|against|oppos\w*|block\w*|"
    r"veto\w*|prepar\w*|support\w*|back\w*)\s+(?:\w+\s+)?$"
)


def read_its_membership(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The organization is the state's that "its" stands for."""
    before = ctx.masked[: m.start()]
    if ctx.res.regex(NOT_HELD).search(before[-40:]) or ctx.res.regex(NOT_SO).search(before[-25:]):
        return []
    mentions = re.findall(r"⟪(\d+)⟫", before)
    if mentions and ctx.sentence.mention(mentions[-1]).label == "ORG":
        return []  # "the ⟪EU⟫ and its membership of ...": maybe the organization's
    member = _it(ctx, m.start())
    org = _org(ctx, m.group("org") or m.group("org2"))
    if member is None or org is None:
        return []
    return [Found((m.start(), m.end()), _claim(ctx, R.ITS_MEMBERSHIP, member, org))]


ITS_MEMBERSHIP_RULE = Rule(
    R.ITS_MEMBERSHIP,
    Needs(words=("membership",)),
    ITS_MEMBERSHIP,
    read_its_membership,
    FILLS,
    (("members", "one"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (ITS_MEMBERSHIP_RULE,)
