"""`founded` and `founded-by`: a state founded (helped create, launched) an organization, so is
one of its founders and a member of it (fixtures/README.md M9, M17, M21).

    ⟪Nigeria⟫ helped create ⟪ECOWAS⟫, which seeks ...                                founded
    ⟪France⟫ was instrumental in launching the ⟪ASEM⟫ process                        founded
    ⟪Nepal⟫ has played an active role in the formation of the ... ⟪SAARC⟫            founded
    In 1955, ⟪Egypt⟫ under Nasser and ⟪India⟫ under Nehru became the founders of the ⟪NAM⟫
                                                                                     founded
    ⟪Turkey⟫ is part of launching the ⟪SEECP⟫                                       founded
    ... membership in ⟪NATO⟫, which the ⟪Netherlands⟫ co-founded in 1949            founded-by
    the ⟪ACD⟫ (⟪ACD⟫) initiated by ⟪Thailand⟫ in 2002                                founded-by
    ⟪ASEAN⟫ was founded in 1967 by ⟪Indonesia⟫, ⟪Malaysia⟫ and ⟪Thailand⟫           founded-by

The founder is the state (or the two states, or "both countries" in a relations row) the
sentence opens with, or "It" / "The country" (the document's subject outside a relations row),
with no other state, negation or unreal mood between it and its founding; in the relative and
passive shapes, the states named after "which" / "by". What is founded is an organization named
right after the verb (up to two words of description before it: "the economic
development-oriented ⟪SAARC⟫"); one followed by a noun that is not a body with members
("launched the ⟪NATO⟫ operation", "initiated the ⟪UN⟫ talks") is not read. Supporting,
proposing or calling for the creation of a body is not founding it (M21): those verbs are not
read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.membership_such_as import NOT_SO
from pipeline.rules.memberships import FILLS, _claim, _org, reader
from schemas import rules as R

#: "⟪Egypt⟫ under Gamal Abdul Nasser": the state with the leader it acted under
UNDER = r"(?:\s+under\s+[^⟪,.;()]{1,40}?)?"
#: the founder(s) a sentence opens with, after a fronted phrase that names no state
FOUNDER = (
    # "In 1955,", "Nonetheless,"; a dated item of a list: "-   8 August 1967 – "
    # "For the reconstruction efforts": a fronted phrase with no comma, before the state
    r"^\s*(?:[-*•]\s+)?(?:[^⟪.;,]{1,100},\s*|[^⟪.;,–—]{1,40}\s[–—]\s+"
    r"|(?:for|in|during|after|since)\s+the\s+[^⟪.;,]{1,40}?\s+(?=(?:the\s+)?⟪))?"
    r"(?:(?P<pair>both\s+@{pair-noun}|the\s+two\s+@{pair-noun})"
    rf"|(?:the\s+)?⟪(?P<state>\d+)⟫{UNDER}"
    rf"(?:\s*,?\s+and\s+(?:the\s+)?⟪(?P<state2>\d+)⟫{UNDER})?"
    r"|(?P<it>it|the\s+country))"
)
#: the words that say the subject founded what follows
FOUNDING = (
    # "⟪Liberia⟫ was founded by ...": a passive says who founded the state
    r"(?:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)@{founding-verb}"
    r"|(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:also\s+)?"
    r"(?:instrumental|pivotal|key)\s+in\s+@{founding-gerund}"
    r"|(?:is|are|was|were)\s+(?:also\s+)?(?:a\s+)?part\s+of\s+@{founding-gerund}"
    r"|(?:took|takes|take)\s+part\s+in\s+@{founding-gerund}"
    r"|(?:plays|played|play|playing)\s+(?:an?\s+)?(?:[a-z-]+\s+(?:and\s+)?){0,3}?role\s+in\s+"
    r"the\s+@{founding-noun}\s+of"
    r"|(?:is|are|was|were|became|become|becomes|(?:has|have|had)\s+been)\s+(?:also\s+)?"
    r"(?:(?:one|among)\s+of\s+)?the\s+(?:co-?)?founders?\s+of)"
)
#: up to two words describing the organization before its name ("the economic
#: development-oriented ⟪SAARC⟫"), none a word of grammar ("a rival to the ⟪EU⟫")
DESCRIBED = (
    r"\s+(?:the\s+)?(?:(?!(?:of|to|for|in|on|at|an?|the|with|by|from|against|and|or|its|their)"
    r"\b)[a-z][\w-]*\s+){0,2}?(?=⟪)"
)
FOUNDED = FOUNDER + r"(?P<between>[^⟪.;:]{0,80}?)\b" + FOUNDING + DESCRIBED

#: "⟪NATO⟫, which the ⟪Netherlands⟫ co-founded", "the ⟪ACD⟫ initiated by ⟪Thailand⟫", "⟪ASEAN⟫
#: was founded in 1967 by ⟪A⟫, ⟪B⟫ and ⟪C⟫"
FOUNDED_BY = (
    r"⟪(?P<org>\d+)⟫(?:\s*\([^()]{1,60}\))?(?:\s*\[\d+\])*\s*,?\s*"
    r"(?:(?:which|that)\s+(?:the\s+)?⟪(?P<state>\d+)⟫\s+(?:also\s+)?(?:had\s+|has\s+)?"
    r"@{founding-verb}"
    r"|(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:@{founding-passive})\s+(?:(?:in|on)\s+@{DATE}\s+)?by\s+(?P<list>@{ENTS}))"
)


def _not_a_body(ctx: Context, rest: str) -> bool:
    """The organization read is a modifier of a noun that names no body with members: "the
    ⟪NATO⟫ operation", "the ⟪UN⟫ talks" (M21)."""
    return ctx.res.regex(r"^\s+(?:@{founding-not-body})\b").match(rest) is not None


def _founded_orgs(ctx: Context, at: int) -> list[tuple[str | None, str]]:
    """The organizations named from `at` on (a list: "⟪ASEAN⟫ and the ⟪OIC⟫")."""
    items, used = ctx.res.once(reader).org_list_end(
        ctx.masked[at:], ctx.sentence, "member", modifier=True
    )
    if not items or _not_a_body(ctx, ctx.masked[at:][used:]):
        return []
    return [item.org_pair for item in items if item.status == "member"]


def _founders(ctx: Context, m: re.Match[str]) -> list[str]:
    """The founders the sentence opens with: one or two states, "both countries" (the document's
    subject and the row's counterpart, in a row), or "It" (the document's subject)."""
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if m.group("pair"):
        subject = ctx.where.subject
        return [subject, ROW] if ctx.where.in_row and subject else []
    if m.group("it"):
        return [ctx.implied_subject] if ctx.implied_subject else []
    codes = [
        grammar.state_code(sentence.mention(m.group(g))) for g in ("state", "state2") if m.group(g)
    ]
    return [] if None in codes else [str(c) for c in codes]


def read_founded(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The sentence's opening state(s) founded every organization listed after the verb."""
    if ctx.res.regex(NOT_SO).search(m.group("between")):
        return []
    members = _founders(ctx, m)
    orgs = _founded_orgs(ctx, m.end())
    return [
        Found((m.start(), m.end()), _claim(ctx, R.FOUNDED, member, org), (i, j))
        for i, org in enumerate(orgs)
        for j, member in enumerate(members)
    ]


def read_founded_by(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The states of the relative clause or of the "by" phrase founded the organization."""
    org = _org(ctx, m.group("org"))
    if org is None:
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if m.group("state"):
        at = [m.group("state")]
    else:
        at = re.findall(r"⟪(\d+)⟫", m.group("list"))
        # "by ⟪A⟫ and ⟪B⟫ ..." must end there: "by ⟪France⟫ and ⟪Germany⟫'s leaders" names people
        if ctx.res.regex(r"^(?:'s|’s|\s*-)").match(ctx.masked[m.end() :]):
            return []
    codes = [grammar.state_code(sentence.mention(i)) for i in at]
    if not codes or None in codes:
        return []
    return [
        Found((m.start(), m.end()), _claim(ctx, R.FOUNDED_BY, str(code), org), (i,))
        for i, code in enumerate(dict.fromkeys(codes))
    ]


FOUNDED_RULE = Rule(
    R.FOUNDED,
    Needs(groups=("founding-verb", "founding-gerund", "founding-noun", "founder-noun")),
    FOUNDED,
    read_founded,
    FILLS,
    (("members", "one"),),
)
FOUNDED_BY_RULE = Rule(
    R.FOUNDED_BY,
    Needs(groups=("founding-verb", "founding-passive")),
    FOUNDED_BY,
    read_founded_by,
    FILLS,
    (("members", "listed"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (FOUNDED_RULE, FOUNDED_BY_RULE)
