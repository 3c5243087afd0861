"""Second mentions of a pair's memberships: a sentence about something else that says, in passing,
that the two states it is about are members.

`pair-as-members` (the pair is the relations row's two states; M4):

    As members of the ⟪Commonwealth⟫, diplomatic relations are at a governmental level
    Although both member of ⟪CIS⟫, the economic relations between ⟪A⟫ and ⟪B⟫ stay marginal
    There are common interests which the two countries share as members of the ⟪Commonwealth⟫
        and the ⟪OIC⟫
    ..., they work together ... through membership of the ⟪Cairns Group⟫
    Both nations inherited many connections from colonisation, such as membership in the
        ⟪Commonwealth⟫

A fronted "As members of ⟪O⟫," followed by two states named ("As members of the ⟪EU⟫, ⟪France⟫
and ⟪Germany⟫ ...") gives those two, in a row or not. Outside a relations row "both", "the two
countries" and "they" stand for no certain pair: nothing is read (`both-members-of` reads the
document's own "Both countries are members of").

Two states named with an apposition ("⟪Ghana⟫ and ⟪Nigeria⟫, two of the most important
members of ⟪ECOWAS⟫") are `member-apposition`'s.

A membership in prospect ("both want to become members of", "as future members of"), negated,
or of an observer or partner (the list's qualifiers) is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.memberships import FILLS, _claim, reader
from schemas import rules as R

#: what makes a membership said of a pair not (yet) held
PROSPECT = (
    r"\b(?:become|becoming|join\w*|seek\w*|sought|want\w*|wish\w*|hop\w*|aim\w*|plan\w*|"
    r"appl\w*|candidates?|bids?|future|potential|prospective|would|could|might|(?-i:may)|will|"
    r"former|formerly|observers?|partners?)\b"
)
#: "both", "both nations", "the two countries", "they both"
PAIR = r"(?:both(?:\s+@{pair-noun})?|the\s+two(?:\s+@{pair-noun})?|they(?:\s+both)?)"
#: "Although both member of", "Both countries are also members of"
MEMBERS_OF = r"(?:\s+(?:are|were|being|also|both|all|now|still))*\s+members?\s+of\s+"
#: a few words of the pair's predicate, no end of a clause between (and no state: the reader
#: checks; "from ⟪British⟫ colonisation" is no other pair)
GAP = r"(?P<gap>(?:[^.;:⟪]|⟪\d+⟫){0,80}?)"
#: "as (fellow) members of", "through (their) membership of", "such as membership in"
SECOND = (
    r"(?:\bas\s+(?:fellow\s+)?members\s+of"
    r"|\b(?:through|via|such\s+as|including)\s+(?:their\s+)?(?:common\s+|joint\s+|shared\s+)?"
    r"membership\s+(?:of|in))\s+"
)
AS_MEMBERS = (
    # "As members of the ⟪Commonwealth⟫, ..."
    r"(?P<fronted>^\s*(?:[^⟪.;,]{1,60},\s*)?(?:as|being)\s+(?:fellow\s+)?members\s+of\s+)"
    r"(?:both\s+)?(?:the\s+)?"
    r"|(?<![\w-])(?P<pair>" + PAIR + r")(?:" + MEMBERS_OF + r"|\s+" + GAP + SECOND + r")"
    r"(?:both\s+)?(?:the\s+)?"
)
#: after a fronted "As members of ⟪O⟫,": the two (or more) states that follow
LISTED_AFTER = (
    r"^\s*,\s*(?P<list>(?:the\s+)?⟪\d+⟫(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟪\d+⟫)+)"
)
#: after a fronted "As members of ⟪O⟫,": a clause about the pair's relations, naming no state
DANGLING_AFTER = r"^\s*,\s*(?:(?:they|the\s+two\s+@{pair-noun})\b|[^⟪.;,]+(?:[,.;]|$))"


def _pair_members(ctx: Context) -> list[str]:
    """The relations row's two states (the second resolved with the row); none outside a row."""
    if ctx.where.in_row and ctx.where.subject:
        return [ctx.where.subject, ROW]
    return []


def read_as_members(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed has both states of the pair as members."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    said = ctx.masked[max(0, m.start() - 30) : m.end()]
    if grammar.negated(said) or ctx.res.regex(PROSPECT).search(m.group()):
        return []
    if m.group("pair") and re.search(r"⟪\d+⟫\s*,\s*$", ctx.masked[: m.start()]):
        return []  # "⟪Peru⟫ and ⟪Chile⟫, both members of": the states named (member-apposition)
    gap = m.group("gap") or ""
    if any(sentence.mention(i).label == "COUNTRY" for i in re.findall(r"⟪(\d+)⟫", gap)):
        return []  # "both ⟪Peru⟫ and ⟪Chile⟫ share ... as members of": another pair
    items, used = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], sentence, "member", modifier=True
    )
    orgs = [item.org_pair for item in items if item.status == "member"]
    if not orgs:
        return []
    members: list[str] = []
    if m.group("fronted"):
        rest = ctx.masked[m.end() + used :]
        listed = ctx.res.regex(LISTED_AFTER).match(rest)
        if listed:
            codes = [
                grammar.state_code(sentence.mention(i))
                for i in re.findall(r"⟪(\d+)⟫", listed.group("list"))
            ]
            members = [] if None in codes else [str(c) for c in codes]
        elif ctx.res.regex(DANGLING_AFTER).match(rest):
            members = _pair_members(ctx)
    else:
        members = _pair_members(ctx)
    claims = [_claim(ctx, R.PAIR_AS_MEMBERS, member, org) for org in orgs for member in members]
    return [Found((m.start(), m.end()), c, (i,)) for i, c in enumerate(claims)]


PAIR_AS_MEMBERS = Rule(
    R.PAIR_AS_MEMBERS,
    Needs(words=("member", "members", "membership")),
    AS_MEMBERS,
    read_as_members,
    FILLS,
    (("members", "subject-and-row"),),
)
RULES: tuple[Rule, ...] = (PAIR_AS_MEMBERS,)
