"""`members-respectively`: states and organizations paired in order by "respectively".

    ⟪Germany⟫ and ⟪Indonesia⟫, as the largest members of the ⟪European Union⟫ and the ⟪ASEAN⟫
    (⟪ASEAN⟫), respectively, take similar positions
    ⟪Chile⟫ and ⟪Peru⟫ are members of the ⟪OAS⟫ and the ⟪AU⟫ respectively

The first state is a member of the first organization, the second of the second, and so on:
both lists name as many, every item of the first is a state and of the second an organization
(an acronym in brackets after an organization is the same one); a negation reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.memberships import FILLS, _claim, _org
from schemas import rules as R

#: an organization of the list, with its acronym in brackets
ORG_ITEM = r"(?:the\s+)?⟪\d+⟫(?:\s*\(\s*⟪\d+⟫\s*\))?"
RESPECTIVELY = (
    r"(?P<states>(?:the\s+)?⟪\d+⟫(?:@{AND}(?:the\s+)?⟪\d+⟫)+)\s*,?\s+"
    r"(?:are|were|as|being|(?:have|had)\s+been)\s+(?:also\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"@{member-head:member}\s+(?:of|in)\s+"
    r"(?P<orgs>" + ORG_ITEM + r"(?:@{AND}" + ORG_ITEM + r")+)\s*,?\s*respectively\b"
)


def read_respectively(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The n-th state is a member of the n-th organization."""
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if grammar.negated(m.group()):
        return []
    states = [grammar.state_code(sentence.mention(i)) for i in re.findall(r"⟪(\d+)⟫", m["states"])]
    # the organizations, not their acronyms in brackets
    named = re.sub(r"\(\s*⟪\d+⟫\s*\)", "", m["orgs"])
    orgs = [_org(ctx, i) for i in re.findall(r"⟪(\d+)⟫", named)]
    if None in states or None in orgs or len(states) != len(orgs):
        return []
    return [
        Found((m.start(), m.end()), _claim(ctx, R.MEMBERS_RESPECTIVELY, str(state), org), (i,))
        for i, (state, org) in enumerate(zip(states, orgs, strict=True))
        if org is not None
    ]


MEMBERS_RESPECTIVELY = Rule(
    R.MEMBERS_RESPECTIVELY,
    Needs(words=("respectively",)),
    RESPECTIVELY,
    read_respectively,
    FILLS,
    (("members", "listed"),),
)
RULES: tuple[Rule, ...] = (MEMBERS_RESPECTIVELY,)
