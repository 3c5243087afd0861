"""`of-which-member`: an organization, then a relative clause saying a state is its member.

    The ⟪Shanghai Cooperation Organisation⟫, of which ⟪China⟫ is a founding member, is ...
    ... plays an active role in the ⟪ASEAN⟫ (⟪ASEAN⟫), of which ⟪Singapore⟫ is a founding member
    the ⟪European Community⟫ (precursor to the ⟪EU⟫), of which the ⟪Netherlands⟫ was a founding
    member
    ⟪Britain⟫ has withdrawn from the ⟪SPC⟫, a regional organization of which it was a founding
    member
    Its main allies are the ⟪NATO⟫ countries and the ⟪EU⟫ states, two entities of which ⟪Italy⟫
    is a founding member                                                     (both)

The state is named in the relative clause, or is "it": the one state named before it in the
sentence, else the document's subject (outside a relations row). The clause must say "member"
(with no negation): "of which it is an observer" is another standing, not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.memberships import FILLS, _claim, _it, _org
from schemas import rules as R

#: "the ⟪NATO⟫ countries and the ⟪EU⟫ states, two entities of which": both organizations
PAIR = (
    r"⟪(?P<pa>\d+)⟫(?:\s+(?:countries|states|nations))?\s+and\s+(?:the\s+)?⟪(?P<pb>\d+)⟫"
    r"(?:\s+(?:countries|states|nations))?\s*,\s*(?:the\s+)?(?:two|both)\s+"
    r"(?:entities|organi[sz]ations|bodies|blocs|alliances|groupings|institutions)\s+"
)
OF_WHICH = (
    r"(?:" + PAIR + r"|⟪(?P<org>\d+)⟫(?:\s*\([^()]{1,60}\))?(?:\s*\[\d+\])*\s*,?\s*"
    # "the ⟪SPC⟫, a regional organization of which it was ..."
    r"(?:an?\s+(?:[a-z-]+\s+){0,3}?(?:organi[sz]ation|body|group|grouping|bloc|forum|"
    r"institution|alliance|union|community)\s+)?)"
    r"of\s+which\s+(?:(?P<it>it)|(?:the\s+)?⟪(?P<state>\d+)⟫)\s+"
    r"(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:also\s+)?(?:an?|one\s+of\s+the)\s+"
    r"(?:(?:founding|founder|full|original|active|permanent)\s+)?members?\b"
)


def read_of_which(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state of the relative clause is a member of the organization before it (of both,
    after a pair of them)."""
    ats = [m.group("org")] if m.group("org") else [m.group("pa"), m.group("pb")]
    orgs = [_org(ctx, at) for at in ats]
    if any(org is None for org in orgs):
        return []
    if m.group("it"):
        member = _it(ctx, m.start())
    else:
        member = ctx.res.grammar.state_code(ctx.sentence.mention(m.group("state")))
    if member is None:
        return []
    return [
        Found((m.start(), m.end()), _claim(ctx, R.OF_WHICH_MEMBER, member, org), (i,))
        for i, org in enumerate(o for o in orgs if o is not None)
    ]


OF_WHICH_MEMBER = Rule(
    R.OF_WHICH_MEMBER,
    Needs(words=("which",)),
    OF_WHICH,
    read_of_which,
    FILLS,
    (("members", "one"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (OF_WHICH_MEMBER,)
