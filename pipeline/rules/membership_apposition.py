"""`member-apposition`: a state named inside a clause (an object, the end of a phrase), then
described in apposition as a member of organizations.

    the ⟪Soviet Union⟫ invaded ⟪Afghanistan⟫, an active member of the ⟪NAM⟫
    relations between ⟪Ghana⟫ and ⟪Nigeria⟫, two of the most important members of ⟪ECOWAS⟫ and the
        ⟪Commonwealth⟫

One state takes "a member"; two or more take "two of the members", "both members"; a list with
a singular apposition is not read (which of them is meant is unclear). Where the clause before
the state has a copula ("⟪Finland⟫ is a neighbour of ⟪Russia⟫, a member of the ⟪EU⟫"), the
apposition may be the subject's second predicate (`country-comma-member`): not read. Only the
words that keep a full membership describe it ("an associate member", "a former member", "an
observer" are not read), and the state must not be a possessive ("⟪Ghana⟫'s president, a member
of").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_entry import STATES, states_of
from pipeline.rules.memberships import FILLS, _claim, reader
from schemas import rules as R

#: words that keep a full membership: "an active member", "one of the founding members"
KEEP = (
    r"(?:(?:most|very|highly|particularly)\s+)?(?:active|founding|full|important|key|prominent|"
    r"leading|permanent|original|influential|committed|long-?standing|high-profile|major)"
)
APPOSITION = (
    r"(?<![\w'’])(?P<states>" + STATES + r")(?!\s*(?:'s|’s))\s*,\s*"
    r"(?:(?P<one>an?\s+(?:" + KEEP + r"\s+)?member(?:\s+(?:state|country|nation))?)"
    r"|(?P<many>(?:both|all|(?:two|three|four|five|\d+)\s+of\s+(?:the|its|their))\s+"
    r"(?:" + KEEP + r"\s+)?members(?:\s+(?:states|countries|nations))?))"
    r"\s+(?:of|in)\s+(?:both\s+)?(?:the\s+)?"
)
#: a copula in the clause before the state: the apposition may be the subject's predicate
COPULA = re.compile(
    r"\b(?:is|are|was|were|been|be|become|became|becomes|remain|remains|remained)\b[^,;:.]*$", re.I
)


def read_apposition(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state(s) the apposition describes are members of every organization listed."""
    if COPULA.search(ctx.masked[: m.start()]):
        return []
    members = states_of(ctx, m.group("states"))
    if members is None or (len(members) == 1) != bool(m.group("one")):
        return []
    items, _ = ctx.res.once(reader).org_list_end(ctx.masked[m.end() :], ctx.sentence, "member")
    claims = [
        _claim(ctx, R.MEMBER_APPOSITION, member, item.org_pair)
        for item in items
        if item.status == "member"
        for member in members
    ]
    return [Found((m.start(), m.end()), c, (i,)) for i, c in enumerate(claims)]


MEMBER_APPOSITION = Rule(
    R.MEMBER_APPOSITION,
    Needs(words=("member", "members")),
    APPOSITION,
    read_apposition,
    FILLS,
    (("members", "listed"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (MEMBER_APPOSITION,)
