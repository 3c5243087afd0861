"""`ranked-org-member`: a state ranked among an organization's members by the organization's name
used as a modifier (M15), a second mention of the membership where the sentence is about
something else:

    ⟪India⟫ became the very first ⟪Commonwealth⟫ republic on 26 January 1950
    It became the 126th ⟪UN⟫ member on November 12, 1968
    ⟪Ireland⟫ is consistently the most pro-European of ⟪EU⟫ member states
    Similarly, the ⟪FSM⟫ is one of only six ⟪UN⟫ members that is not a member of the ⟪UPU⟫

and the same description as the second predicate of a state that opens the sentence:

    ⟪Greece⟫ supports ⟪Azerbaijan⟫'s bid to join ⟪EU⟫ and is the first ⟪EU⟫ member that ...
    The ⟪Philippines⟫ was the fifth state to recognize ⟪Korea⟫ and the first ⟪ASEAN⟫ country to
    ⟪Grenada⟫ was never declared a republic, but remained a ⟪Commonwealth⟫ realm

(`an-org-member` reads "⟪S⟫ is the only / the first / an ⟪O⟫ country" right after the state.)
A superlative ranks the state among the members only when nothing stands between it and "of" /
"among" ("the largest trading partner of ⟪EU⟫ member states" ranks no member). A relative or
reported clause between the state and the second predicate ("which", "that", "who") may change
who it is said of: nothing is read; neither is a prefix that makes the noun no member ("a
non-⟪EU⟫ country", "an ⟪EU⟫ candidate country": the noun must follow the name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.memberships import _claim
from schemas import rules as R

#: the noun an organization's name modifies ("member state", "country", "republic", "realm")
HEAD = (
    r"[\s-]+(?:members?(?:\s+(?:states?|countries|country|nations?))?|countries|country|states?"
    r"|nations?|republics?|realms?)\b"
)
#: a rank among the members: "the fifth", "the 126th", "the very first", "the last", "one of
#: (only) six", "one of the few"
RANK = (
    r"(?:the\s+(?:@{ordinal}|\d+(?:st|nd|rd|th)|last)"
    r"|one\s+of\s+(?:the\s+)?(?:only\s+)?(?:few|@{number}|\d+))\s+"
)
#: a superlative followed at once by the set it ranks in: "the most pro-European of", "the
#: largest amongst"
SUPERLATIVE = r"the\s+(?:[a-z]+est|most\s+[\w-]+)\s+(?:of|among|amongst)\s+(?:the\s+)?"
#: a description by rank, or a plain "a ⟪O⟫ realm" after a verb that carries it
RANKED = r"(?:" + RANK + r"|" + SUPERLATIVE + r")⟪(?P<o>\d+)⟫" + HEAD
PLAIN = r"(?:an?|the\s+only)\s+⟪(?P<o2>\d+)⟫" + HEAD
BE = (
    r"(?:(?:also|again|now|still|already|then|consistently|notably|thus)\s+)?"
    r"(?:is|was|became|becomes|remains|remained|has\s+been|had\s+been)\s+"
    r"(?:(?:also|again|now|still|already|consistently|notably|thus)\s+)?"
)
SUBJECT = r"(?:(?:the\s+)?⟪(?P<s>\d+)⟫|(?P<it>it))\s+"
#: what may open the sentence before its state: one phrase set off by a comma ("Similarly,")
OPENING = r"^\s*(?:[^⟪.;,]{1,60},\s*)?"
#: the state's first predicate, up to the joint: no end of a clause, no relative or reported
#: clause
FIRST = r"(?P<first>(?:(?!\b(?:which|who|whom|whose|that|said|says)\b)[^.;:])+?)"
PATTERN = (
    OPENING
    + SUBJECT
    + r"(?:"
    + BE
    + RANKED
    + r"|"
    + FIRST
    + r"\s*,?\s+(?:and|but)\s+(?:(?P<be>"
    + BE
    + r")(?:"
    + RANKED.replace("?P<o>", "?P<o3>")
    + r"|"
    + PLAIN
    + r")|"
    + RANKED.replace("?P<o>", "?P<o4>")
    + r"))"
)
#: a first predicate that is itself a description: the second one may leave out its verb
COPULA_FIRST = r"^\s*" + BE


def read_ranked(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state that opens the sentence is a member of the organization that modifies the noun
    it is ranked by."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    first = m.group("first")
    if m.group("o4") and not ctx.res.regex(COPULA_FIRST).match(first or ""):
        return []  # "⟪A⟫ recognised ⟪B⟫ and the first ⟪O⟫ country ...": whose rank is unclear
    index = m.group("o") or m.group("o2") or m.group("o3") or m.group("o4")
    mention = sentence.mention(index)
    org = grammar.knowledge.organizations.orgs.get(mention.code or "")
    said = ctx.masked[m.end("first") if first is not None else m.start() : m.end()]
    if mention.label != "ORG" or org is None or grammar.negated(said):
        return []
    if m.group("it"):
        # "It" opening a sentence of running text (after a phrase naming no state): the subject
        opens = "⟪" not in ctx.masked[: m.start("it")]
        state = ctx.implied_subject if opens else None
    else:
        state = grammar.state_code(sentence.mention(m.group("s")))
    if state is None:
        return []
    claim = _claim(ctx, R.RANKED_ORG_MEMBER, state, (org.org_id, org.name))
    return [Found((m.start(), m.end()), claim, (0,))]


RANKED_ORG_MEMBER = Rule(
    R.RANKED_ORG_MEMBER,
    Needs(
        words=(
            "member",
            "members",
            "country",
            "countries",
            "state",
            "states",
            "nation",
            "nations",
            "republic",
            "realm",
        )
    ),
    PATTERN,
    read_ranked,
    ("member_iso3", "org_id", "org_name", "status"),
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (RANKED_ORG_MEMBER,)
