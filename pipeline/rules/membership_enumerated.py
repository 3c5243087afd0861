"""`members-enumerated`: an organization's members named after words that say they are its
members (fixtures/README.md, M3, M15), in the shapes `members-named` does not read.

    the ⟪EU⟫ and its member states, particularly the ⟪United Kingdom⟫ and ⟪France⟫
    all members of the ⟪European Union⟫ (including ⟪Cyprus⟫)
    the ⟪EU⟫ of 27, including ⟪Cyprus⟫ and ⟪Malta⟫
    the ⟪CARICOM⟫ economic giants: ⟪Barbados⟫, ⟪Jamaica⟫, ⟪Guyana⟫ and ⟪Trinidad and Tobago⟫
    other ⟪ASEAN⟫ states, of which the ⟪Philippines⟫, ⟪Indonesia⟫, and ⟪Malaysia⟫ are key partners

Every name listed must be a state (a list that goes on with anything else names none); a word
that makes them not (or not yet) members ("candidate", "former", "non-") reads nothing; a bare
bracket after the name ("the ⟪GCC⟫ (⟪Saudi Arabia⟫, ...)") says nothing of membership (M3) and
is not read; an organization followed by a list with no colon ("the ⟪EU⟫ countries, ⟪Russia⟫
and ⟪China⟫") is a series, not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_entry import states_of
from pipeline.rules.memberships import FILLS, NOT_MEMBERS, _claim, _org
from schemas import rules as R

#: the states listed, each with an optional article (all of them: an atomic group, so that a list
#: that goes on with anything else is not read as a shorter one)
LIST = r"(?P<list>(?>(?:the\s+)?⟪\d+⟫(?:@{AND}(?:the\s+)?⟪\d+⟫)*))"
#: the list must end there: not "⟪France⟫'s", not "⟪France⟫ and other states"
END = r"(?!\s*(?:'s|’s|[-‐]|@{AND}(?!(?:the\s+)?⟪)))"
ENUMERATED = (
    # "the ⟪EU⟫ and its member states, particularly ..."
    r"⟪(?P<org1>\d+)⟫\s+and\s+its\s+@{member-head}\s*,?\s*@{member-named-lead}\s*:?\s*"
    + LIST
    + END
    # "(all) members of the ⟪EU⟫ (including ⟪Cyprus⟫)"
    + r"|(?<![\w-])@{member-head}\s+of\s+(?:the\s+)?⟪(?P<org2>\d+)⟫\s*\(\s*@{member-named-lead}\s+"
    + LIST.replace("list", "list2")
    + r"\s*\)"
    # "the ⟪EU⟫ of 27, including ..."
    + r"|(?<![\w-])the\s+⟪(?P<org3>\d+)⟫\s+of\s+(?:\d+|@{number})\s*(?:@{member-head}\s*)?,\s*"
    r"@{member-named-lead}\s*:?\s*"
    + LIST.replace("list", "list3")
    + END
    # "the ⟪CARICOM⟫ economic giants: ..."
    + r"|(?<![\w-])the\s+⟪(?P<org4>\d+)⟫\s+(?:[a-z]+\s+){0,2}?(?:states|countries|nations|"
    r"powers|giants|heavyweights|economies)\s*:\s*"
    + LIST.replace("list", "list4")
    + END
    # "other ⟪ASEAN⟫ states, of which the ⟪Philippines⟫ and ⟪Malaysia⟫ are key partners"
    + r"|(?<![\w-])⟪(?P<org5>\d+)⟫\s+(?:member\s+)?(?:states|countries|nations|members)\s*,\s*"
    r"of\s+which\s+" + LIST.replace("list", "list5") + r"\s+(?:is|are|was|were)\b"
)


def read_enumerated(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every state listed is a member of the organization."""
    n = next(i for i in "12345" if m.group(f"org{i}"))
    listed = m.group("list" if n == "1" else f"list{n}")
    before = ctx.masked[max(0, m.start() - 12) : m.start()]
    if ctx.res.regex(NOT_MEMBERS + r"[\s-]*$").search(before):
        return []
    org, members = _org(ctx, m.group(f"org{n}")), states_of(ctx, listed)
    if org is None or not members:
        return []
    return [
        Found((m.start(), m.end()), _claim(ctx, R.MEMBERS_ENUMERATED, member, org), (i,))
        for i, member in enumerate(dict.fromkeys(members))
    ]


MEMBERS_ENUMERATED = Rule(
    R.MEMBERS_ENUMERATED,
    Needs(
        groups=("member-head", "member-named-lead"),
        words=("states", "countries", "nations", "powers", "giants", "heavyweights", "economies"),
    ),
    ENUMERATED,
    read_enumerated,
    FILLS,
    (("members", "named"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (MEMBERS_ENUMERATED,)
