"""`named-and-others-such-as`: a state takes part in one organization named first "as well as"
other organizations of a kind "such as" those listed (the first named and every one listed):

    ⟪The Netherlands⟫ is an active and responsible participant in the ⟪UN⟫ system as well as
        other multilateral organizations such as the ⟪OSCE⟫, ⟪OECD⟫, ⟪WTO⟫, and ⟪IMF⟫

(`active-in-such-as` reads the same list with no organization named before "other", and "In
addition to the ⟪UN⟫, ⟪S⟫ is active in other organisations such as ..."). The state opens the
sentence (or "It", the document's subject outside a relations row); the words up to the taking
part hold no other mention, no negation and nothing unreal; the verbs are the vocabulary's
`membership-taking-part` (working together, cooperating or being partners are not taking part).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_such_as import KINDS, NOT_SO, opening_state
from pipeline.rules.memberships import FILLS, _claim, _org, reader
from schemas import rules as R

AS_WELL_AS = (
    r"^\s*(?:[^⟪.;,]{1,60},\s*)?(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country))"
    r"(?P<between>[^⟪.;:]{0,80}?\b(?:an?\s+)?(?:[a-z-]+\s+(?:and\s+)?){0,3}?"
    r"@{membership-taking-part})\s+(?:the\s+)?⟪(?P<first>\d+)⟫(?:\s+(?:system|family))?"
    r"\s*,?\s+(?:as\s+well\s+as|and)\s+(?:in\s+)?(?:other|several|various|many)\s+"
    r"(?P<kinds>" + KINDS + r")\s*,?\s*@{member-named-lead}\s*:?\s*(?:the\s+)?"
)


def read_as_well_as(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state is a member of the organization named first and of every one listed."""
    if ctx.res.regex(NOT_SO).search(m.group("between")):
        return []
    member = opening_state(ctx, m.group("state"))
    first = _org(ctx, m.group("first"))
    if member is None or first is None or first[0] is None:
        return []
    items, _ = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], ctx.sentence, "member", modifier=True
    )
    orgs = [first] + [item.org_pair for item in items if item.status == "member"]
    return [
        Found((m.start(), m.end()), _claim(ctx, R.NAMED_AND_OTHERS_SUCH_AS, member, org), (i,))
        for i, org in enumerate(dict.fromkeys(orgs))
    ]


NAMED_AND_OTHERS_SUCH_AS = Rule(
    R.NAMED_AND_OTHERS_SUCH_AS,
    Needs(groups=("membership-taking-part",)),
    AS_WELL_AS,
    read_as_well_as,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (NAMED_AND_OTHERS_SUCH_AS,)
