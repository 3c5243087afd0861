"""`country-and-member`: a state described as a kind of country "and (a) member of" a list.

    The ⟪Federal Republic of Germany⟫ (⟪FRG⟫) is a Central European country and member of the
    ⟪European Union⟫, ⟪G4⟫, ⟪G8⟫, the ⟪G20⟫, the ⟪OECD⟫ and the ⟪NATO⟫
    ⟪Malta⟫ is a small island nation and a full member of the ⟪EU⟫

The description before "and" names no state (a region's name is fine: "a South ⟪American⟫
country") and no negation; the standing is a member's
("and an observer of", "and a candidate for" are not read: only "member" is).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_such_as import opening_state_listed
from pipeline.rules.memberships import FILLS
from schemas import rules as R

COUNTRY_AND_MEMBER = (
    r"^\s*@{LEAD}(?:(?:the\s+)?⟪(?P<state>\d+)⟫(?:\s*\((?:\s*⟪\d+⟫\s*|[^()⟪]{1,20})\))?|(?P<it>it|the\s+country))\s+"
    r"(?P<between>@{ADVERBS}(?:is|was|remains|has\s+been)\s+(?:also\s+)?an?\s+[^.;,:]{0,60}?)"
    r"(?<![\w-])(?:country|nation|state|power|republic|kingdom|democracy|monarchy|economy)\s+"
    r"and\s+(?:also\s+)?(?:an?\s+)?(?:(?:founding|full|active|permanent|original)\s+)?"
    r"member(?:\s+state)?\s+of\s+(?:the\s+)?"
)


def read_country_and_member(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed after "and member of" is the state's."""
    grammar, sentence = ctx.res.grammar, ctx.sentence
    named = re.findall(r"⟪(\d+)⟫", m.group("between"))
    if any(grammar.state_code(sentence.mention(i)) is not None for i in named):
        return []  # "a ⟪Chile⟫-like country": another state in the description
    return opening_state_listed(ctx, m, R.COUNTRY_AND_MEMBER, modifier=True)


COUNTRY_AND_MEMBER_RULE = Rule(
    R.COUNTRY_AND_MEMBER,
    Needs(words=("member",)),
    COUNTRY_AND_MEMBER,
    read_country_and_member,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (COUNTRY_AND_MEMBER_RULE,)
