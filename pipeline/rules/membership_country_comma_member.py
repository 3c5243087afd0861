"""`country-comma-member`: a state described as a kind of country, then ", a member of" a list
(a second predicate noun in apposition to the first, the state still its subject).

    ⟪Lithuania⟫ is a country on the south-eastern shore of the Baltic Sea, a member of the
    ⟪United Nations⟫, the ⟪OSCE⟫, the ⟪European Union⟫ ...
    The ⟪Czech Republic⟫ is a Central European country, a member of the ⟪EU⟫, the ⟪NATO⟫ ...

The description names no state ("a neighbour of ⟪Russia⟫, a member of ..." may describe the
neighbour) and holds no negation or irrealis; the standing is a member's ("an observer of" is
not read). "a country and (a) member of" is `country-and-member`'s. Only organizations the
registry knows are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.memberships import MembershipClaim
from pipeline.rules.membership_members import listed_members
from pipeline.rules.membership_such_as import NOT_SO, opening_state
from schemas import rules as R

COUNTRY_COMMA_MEMBER = (
    r"^\s*@{LEAD}(?:(?:the\s+)?⟪(?P<state>\d+)⟫(?:\s*\((?:\s*⟪\d+⟫\s*|[^()⟪]{1,20})\))?"
    r"|(?P<it>it|the\s+country))\s+"
    r"(?P<between>(?:is|was|remains|has\s+been)\s+(?:also\s+)?an?\s+(?:[^.;,:]{0,40}?\s)?"
    r"(?:country|nation|state|republic|kingdom|democracy|monarchy|island|archipelago)"
    r"(?:\s[^.;,:]{0,60}?)?)"
    r",\s*(?:also\s+)?an?\s+(?:(?:founding|full|active|original)\s+)?member(?:\s+state)?"
    r"\s+of\s+(?:the\s+)?"
)


def read_country_comma_member(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed after ", a member of" is the state's."""
    if ctx.res.regex(NOT_SO).search(m.group("between")):
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    named = re.findall(r"⟪(\d+)⟫", m.group("between"))
    if any(grammar.state_code(sentence.mention(i)) is not None for i in named):
        return []  # "a neighbour of ⟪Russia⟫, a member of": the neighbour may be meant
    member = opening_state(ctx, m.group("state"))
    if member is None:
        return []
    found = listed_members(ctx, R.COUNTRY_COMMA_MEMBER, [member], m.end(), (m.start(), m.end()))
    # only organizations the registry knows: in "the ⟪United Nations⟫ Organisation" the list
    # reader would take the name's last word for another body
    return [f for f in found if isinstance(f.claim, MembershipClaim) and f.claim.org_id]


COUNTRY_COMMA_MEMBER_RULE = Rule(
    R.COUNTRY_COMMA_MEMBER,
    Needs(words=("member",)),
    COUNTRY_COMMA_MEMBER,
    read_country_comma_member,
    ("member_iso3", "org_id", "org_name", "status", "date_text"),
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (COUNTRY_COMMA_MEMBER_RULE,)
