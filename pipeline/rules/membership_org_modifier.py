"""`an-org-member`: a state described by an organization's name used as a modifier (M15): "an
⟪EU⟫ member state", "a ⟪NATO⟫ member", "the only ⟪EU⟫ country", "one of the two ⟪EU⟫
members", said of the state it describes.

    The insistence of ⟪Slovenia⟫, an ⟪EU⟫ member state, that ...
    ..., with ⟪Turkey⟫ – a ⟪NATO⟫ member – blocking ⟪Cyprus⟫ from ...
    In 2009, ⟪France⟫ again was a fully integrated ⟪NATO⟫ member.
    ⟪Ireland⟫ was the only ⟪EU⟫ country that did not have full diplomatic relations with ...
    ⟪France⟫ is one of the two ⟪European Union⟫ members not to recognise ⟪North Korea⟫, the
        other being ⟪Estonia⟫ (both)
    ⟪Malaysia⟫ and other ⟪ASEAN⟫ members had decided not to defend ⟪Myanmar⟫
    ⟪Germany⟫ is a stable and democratic republic and a ⟪G7⟫ country
    ⟪Venezuela⟫ broke off ties with ⟪Japan⟫ (and the other ⟪Axis Powers⟫) in 1941

The modifier must be an organization's mention: "a Latin ⟪America⟫n country", "a Caribbean
country", "a Turkic nation" name a region, a language or a people and give nothing (M15); so do
"a non-⟪EU⟫ country", "an ⟪EU⟫ candidate country", "a ⟪NATO⟫ partner country" (no modifier
word is allowed between the article and the organization but a few that keep the membership).
"(and the other ⟪O⟫)" reads only a name that says what its members are ("Axis Powers"), not
"(and the other ⟪EU⟫)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.memberships import _claim
from schemas import rules as R

#: the noun an organization's name modifies: "member state", "country", "members"
HEAD = (
    r"[\s-]+(?:members?(?:\s+(?:states?|countries|country|nations?))?|countries|country|states?"
    r"|nations?)\b"
)
#: words between the article and the organization that keep the membership
KEEPS = r"(?:(?:fully\s+integrated|full|founding|active|original|staunch|key|loyal)\s+)?"
MODIFIER = (
    # "⟪Slovenia⟫, an ⟪EU⟫ member state,", "⟪Turkey⟫ – a ⟪NATO⟫ member –"
    r"(?:the\s+)?⟪(?P<s>\d+)⟫\s*(?P<sep>[,–—])\s*(?:an?|the)\s+"
    + KEEPS
    + r"⟪(?P<o>\d+)⟫"
    + HEAD
    + r"\s*(?P=sep)"
    # "⟪France⟫ (again) was a fully integrated ⟪NATO⟫ member", "It is the only ⟪EU⟫ country"
    r"|(?:^\s*(?:[^⟪.;,]{1,60},\s*)?|[;]\s*|,\s*and\s+|\band\s+)"
    r"(?:(?:the\s+)?⟪(?P<s2>\d+)⟫|(?P<it>it))\s+(?:(?:also|again|now|still|already|then)\s+)?"
    r"(?:is|was|became|remains|has\s+been|had\s+been)\s+(?:(?:also|again|now|still|already)\s+)?"
    # "is a stable and democratic republic and a ⟪G7⟫ country": a second noun of the same copula
    r"(?:an?\s+[^⟪.;,()]{1,50}?\s+and\s+(?:also\s+)?(?=an?\s))?"
    r"(?:an?|the\s+only|the\s+first|one\s+of\s+(?:the|only)(?:\s+(?:two|three|four|five|few|\d+))?)\s+"
    + KEEPS
    + r"⟪(?P<o2>\d+)⟫"
    + HEAD
    # "⟪Malaysia⟫ and other ⟪ASEAN⟫ members", "⟪Indonesia⟫ and other ⟪ASEAN⟫ member countries"
    + r"|(?:the\s+)?⟪(?P<s3>\d+)⟫\s*,?\s*(?:and|along\s+with|together\s+with)\s+(?:the\s+)?other\s+"
    r"⟪(?P<o3>\d+)⟫"
    + HEAD
    # "⟪Japan⟫ (and the other ⟪Axis Powers⟫)": a name that says what its members are
    + r"|(?:the\s+)?⟪(?P<s4>\d+)⟫\s*\(\s*and\s+(?:the\s+)?other\s+⟪(?P<o4>\d+)⟫\s*\)"
)
#: an organization's name that says what its members are: "Axis Powers", "Allied Nations"
PLURAL_NAME = re.compile(r"\b(?:powers|nations|countries|states|members)$", re.I)

#: the second of "one of (only) two O members": ", the other being ⟪B⟫", in the same clause
THE_OTHER = r"[^;:]*?,\s*the\s+other\s+(?:one\s+)?being\s+(?:the\s+)?⟪(?P<other>\d+)⟫"


def read_modifier(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state described is a member of the organization that modifies its noun."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    mention = sentence.mention(m.group("o") or m.group("o2") or m.group("o3") or m.group("o4"))
    org = grammar.knowledge.organizations.orgs.get(mention.code or "")
    if mention.label != "ORG" or org is None or grammar.negated(m.group()):
        return []
    if m.group("o4") and not PLURAL_NAME.search(mention.text):
        return []  # "⟪A⟫ (and the other ⟪EU⟫)": the name alone does not say members
    if m.group("it"):
        # "It" opening a sentence of running text: the document's subject
        opens = not ctx.masked[: m.start("it")].strip()
        state = ctx.implied_subject if opens else None
    else:
        state = grammar.state_code(
            sentence.mention(m.group("s") or m.group("s2") or m.group("s3") or m.group("s4"))
        )
    if state is None:
        return []
    states = [state]
    other = ctx.res.regex(THE_OTHER).match(ctx.masked, m.end())
    if other is not None and re.search(r"\btwo\b", m.group(), re.I):
        # "one of only two ⟪EU⟫ members not to ..., the other being ⟪Estonia⟫"
        second = grammar.state_code(sentence.mention(other.group("other")))
        states += [second] if second and second != state else []
    return [
        Found(
            (m.start(), m.end()),
            _claim(ctx, R.AN_ORG_MEMBER, member, (org.org_id, org.name)),
            (i,),
        )
        for i, member in enumerate(states)
    ]


#: what every match holds: an organization's mention and the noun it modifies, or "other ⟪O⟫)"
CUE = r"⟫[\s-]+(?:members?|countries|country|states?|nations?)\b|other\s+⟪\d+⟫\s*\)"
AN_ORG_MEMBER = Rule(
    R.AN_ORG_MEMBER,
    Needs(
        words=("member", "members", "country", "countries", "state", "states", "nation", "other")
    ),
    MODIFIER,
    read_modifier,
    ("member_iso3", "org_id", "org_name", "status"),
    (("members", "one"),),
    repeat=True,
    cue=CUE,
)
RULES: tuple[Rule, ...] = (AN_ORG_MEMBER,)
