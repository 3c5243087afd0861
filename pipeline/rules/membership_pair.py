"""`pair-members`: a pair of states said to be members together, where the older "both
countries" construction (`both-members-of`, a clause that opens with the pair) does not reach:
the pair after a fronted clause or a conjunction, named with "both" ("Both ⟪India⟫ and
⟪Nigeria⟫, are"), with an aside ("⟪Turkey⟫ and ⟪Kazakhstan⟫, both being Turkic nations, are"),
or with the article misprinted ("Both countries a members of").

    Despite wavering tensions, the two countries are members of the ⟪OIC⟫ and the ⟪D-8⟫
    ... while ⟪Italy⟫ has ..., also the two nations are members of the ⟪UfM⟫
    ... between ⟪Brazil⟫ and ⟪India⟫ ... as both are member nations of ⟪BRICS⟫
    In the economic area, both are members of the ⟪ALADI⟫, the ⟪G8+5⟫ and the ⟪G-20⟫
    ..., they are both founding members of the ⟪NATO⟫, the ⟪EAPC⟫ ...
    Both countries are also partners and founding members of the ⟪NAM⟫
    ... between ⟪Chile⟫ and ⟪Peru⟫, both of whom are members of the ⟪OAS⟫
    ⟪India⟫ & ⟪Australia⟫ are both ⟪Commonwealth⟫ members      (not: the list is before "members")

Who "both" / "the two" are: the two states the sentence names before it, when it names exactly
two; when it names none or one, the document's subject and the row's counterpart (in prose, the
country the section's heading names: `pipeline.resolve.heading`); more than two: nobody. Being
"partners in" or cooperating within an organization is no membership (M1): "partners and
founding members" reads for the founding, "partners in" never.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.membership_members import listed_members, named_states
from pipeline.rules.memberships import _claim
from schemas import rules as R

#: where the pair's clause starts: the sentence, a clause after a comma or semicolon, or a
#: clause a conjunction opens ("as both are", "when both countries were", "also the two")
CLAUSE = (
    # a fronted phrase set off by its comma, naming no state ("In the economic area,"): a
    # lighter lead than @{LEAD}, whose text the gate test draws slowly
    r"(?:^\s*(?:[^⟪.;,]{1,60},\s*)?|[,;]\s*"
    r"|\b(?:and|as|since|because|when|while|whereas|where|also|so|although|though)\s+)"
)
#: "both countries", "the two nations", "both", "both of them", "they" (read only with a "both"
#: after its verb: "they are both"); "⟪A⟫ and ⟪B⟫, both of whom are": the two states named before
PAIR_WORDS = (
    r"(?P<words>(?:both|the\s+two)(?:\s+@{pair-noun})?|both\s+of\s+them|(?P<whom>both\s+of\s+"
    r"(?:whom|which))|they)"
)
#: "Both ⟪A⟫ and ⟪B⟫,", "⟪A⟫ & ⟪B⟫", "⟪A⟫ and ⟪B⟫, both being Turkic nations,"
PAIR_NAMED = (
    r"(?P<named>(?:both\s+)?(?:the\s+)?⟪(?P<a>\d+)⟫\s*(?:and|&)\s*(?:the\s+)?⟪(?P<b>\d+)⟫)"
    r"(?:\s*,\s*both\s+[^,;.⟪]{1,40},|\s*,)?"
)
#: "are (also) (both) (the) (full / founding) members of", "a members of" (a misprint), "were
#: part of", "are also partners and founding members of"
BE_MEMBERS = (
    r"\s+(?:(?:also|now|still|currently)\s+)?(?:are|were|have\s+been|had\s+been|remain|remained|a)"
    r"\s+(?:(?:also|now|still|currently|both|all)\s+){0,2}(?:the\s+)?(?:partners\s+and\s+)?"
    r"(?:(?:full|founding|founder|active|original)\s+)?"
    r"(?:@{member-head:member}|part)\s+(?:of|in|on)\s+"
)
PAIR = CLAUSE + r"(?:" + PAIR_WORDS + r"|" + PAIR_NAMED + r")" + BE_MEMBERS


def pair_states(ctx: Context, before: int) -> list[str] | None:
    """Who "both" / "the two" at `before` are: the two states the sentence names before it,
    else (none or one named) the subject and the row's counterpart; None for more than two."""
    named = named_states(ctx, ctx.masked[:before])
    if named is None or len(named) > 2:
        return None
    if len(named) == 2:
        return named
    if ctx.where.subject and ctx.where.part is None:
        return [ctx.where.subject, ROW]
    return None


def read_pair(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Both states of the pair are members of every organization listed."""
    if ctx.res.grammar.negated(m.group()):
        return []
    if ctx.res.regex(r"\brespectively\b").search(ctx.masked, m.end()):
        return []  # paired in order: `members-respectively`
    if (m.group("words") or "").lower() == "they" and not re.search(r"\bboth\b", m.group(), re.I):
        return []  # "they are members of" is the row rule's (`they-in-row`), "they are both" ours
    if m.group("named"):
        members = named_states(ctx, m.group("named"))
        if members is None or len(members) != 2:
            return []
    else:
        found = pair_states(ctx, m.start("words"))
        if found is None:
            return []
        if m.group("whom") and found != named_states(ctx, ctx.masked[: m.start("words")]):
            return []  # "both of whom" stands for two states the sentence names, nobody else
        members = found
    return listed_members(ctx, R.PAIR_MEMBERS, members, m.end(), (m.start(), m.end()))


#: "between the two Muslim-majority ⟪OIC⟫ members", "both ⟪NATO⟫ nations have", "⟪India⟫ &
#: ⟪Australia⟫ are both ⟪Commonwealth⟫ members": the pair described by the organization's name
PAIR_ORG = (
    r"(?:(?P<words>\bboth|\bthe\s+two)\s+(?:(?!non\b|former\b|candidate\b|partner\b)[\w-]+\s+)?"
    r"|(?P<named>(?:the\s+)?⟪(?P<a>\d+)⟫\s*(?:and|&)\s*(?:the\s+)?⟪(?P<b>\d+)⟫)\s+(?:are|were)\s+"
    r"(?:(?:also|now|still)\s+)?both\s+)"
    r"⟪(?P<org>\d+)⟫[\s-]+(?:members|member\s+states|countries|states|nations)\b"
)


def read_pair_org(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Both states of the pair are members of the organization that describes them."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    mention = sentence.mention(m.group("org"))
    org = grammar.knowledge.organizations.orgs.get(mention.code or "")
    if mention.label != "ORG" or org is None or grammar.negated(m.group()):
        return []
    if re.search(r"\b(?:of|among)\s*$", ctx.masked[: m.start()], re.I):
        return []  # "one of the two ⟪EU⟫ members": one state, not a pair
    if m.group("named"):
        members = named_states(ctx, m.group("named"))
        if members is None or len(members) != 2:
            return []
    else:
        found = pair_states(ctx, m.start("words"))
        if found is None:
            return []
        members = found
    return [
        Found(
            (m.start(), m.end()),
            _claim(ctx, R.PAIR_ORG_MEMBERS, member, (org.org_id, org.name)),
            (i,),
        )
        for i, member in enumerate(members)
    ]


PAIR_MEMBERS = Rule(
    R.PAIR_MEMBERS,
    Needs(groups=("member-head",), words=("part",)),
    PAIR,
    read_pair,
    ("member_iso3", "org_id", "org_name", "status", "date_text"),
    (("members", "subject-and-row"),),
    # "They are both members of the ⟪UN⟫, they are both founding members of ⟪NATO⟫": every
    # clause of the pair is read
    repeat=True,
)
PAIR_ORG_MEMBERS = Rule(
    R.PAIR_ORG_MEMBERS,
    Needs(words=("both", "two")),
    PAIR_ORG,
    read_pair_org,
    ("member_iso3", "org_id", "org_name", "status"),
    (("members", "subject-and-row"),),
)
RULES: tuple[Rule, ...] = (PAIR_MEMBERS, PAIR_ORG_MEMBERS)
