"""`its-members-are`: the members of an organization listed by name after the words that say
they are its members, the organization named before the list in the same sentence.

    ⟪SAARC⟫ was founded in 1985; its members are ⟪Afghanistan⟫, ⟪Bangladesh⟫ and ⟪Bhutan⟫
    The ⟪Andean Community⟫'s member states are ⟪Bolivia⟫, ⟪Colombia⟫, ⟪Ecuador⟫ and ⟪Peru⟫
    ⟪Mercosur⟫ held a summit, and the organization's members are now ⟪A⟫, ⟪B⟫ and ⟪C⟫
    the ⟪Andean Community⟫, whose member states are ⟪A⟫ and ⟪B⟫, ...
    The member states of the ⟪Andean Community⟫ are ⟪A⟫ and ⟪B⟫
    The ⟪Andean Community⟫ has four members: ⟪A⟫, ⟪B⟫, ⟪C⟫ and ⟪D⟫
    At the ⟪SCO⟫ summit the total number of member states increased to eight: ⟪A⟫, ⟪B⟫, ...

"Its" / "the organization's" / an unowned "member states" stand for an organization only when
exactly one organization is named in the sentence or, when none is, in the sentence before (of
the same paragraph: the claim names `PREVIOUS` and `resolve_previous` completes it); for "its",
no state may be named before it (an "its" after a state may be the state's), but a state set
apart by a fronted "Other than ⟪India⟫," is one more member:

    ... through the ⟪SAARC⟫. Other than ⟪India⟫, its members are ⟪Afghanistan⟫, ⟪Bangladesh⟫ ...
 Every item of the list must be a state and the list
must end there ("⟪A⟫, ⟪B⟫ and several Western European nations", "⟪A⟫ (observer)" read
nothing); "its partners / neighbours / observers / candidates are" is no statement of membership.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from pipeline.analysis.text import Sentence
from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.grammar import Grammar
from pipeline.extract.memberships import MembershipClaim
from pipeline.rules.membership_groups import GOES_ON, LIST_END
from pipeline.rules.memberships import FILLS, _claim, _org
from schemas import rules as R

#: "members", "member states", "full members": never "candidate members", "observer members"
MEMBERS = (
    r"(?:(?:other|current|present|full|founding|original)\s+)?"
    r"(?:members|member\s+(?:states|countries|nations))"
)
#: whose members: "its", "the organization's", "the ⟪SAARC⟫'s"
OWNER = (
    r"(?:(?<![\w-])(?P<its>its)"
    r"|(?<![\w-])(?P<the>the\s+(?:organi[sz]ation|group|grouping|bloc|alliance|union|"
    r"community|forum|association)['’]s?)"
    r"|(?:the\s+)?⟪(?P<org>\d+)⟫['’]s?)"
)
#: an organization's mention, with its acronym in brackets: "the ⟪GCC⟫ (⟪GCC⟫)"
NAMED = r"(?:the\s+)?⟪(?P<{0}>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?"
ARE = r"\s+(?:are|were|include|included)(?:\s+(?:now|today|currently))?\s*:?\s*"
ITS_MEMBERS = (
    OWNER
    + r"\s+"
    + MEMBERS
    + ARE
    # "the ⟪Andean Community⟫, whose member states are ⟪A⟫, ⟪B⟫"
    + r"|"
    + NAMED.format("org2")
    + r"\s*,\s*whose\s+"
    + MEMBERS
    + ARE
    # "the member states of the ⟪Andean Community⟫ are ⟪A⟫, ⟪B⟫"
    + r"|(?<![\w-])(?:(?:current|present|founding|original)\s+)?member\s+(?:states|countries|"
    r"nations)\s+of\s+"
    + NAMED.format("org3")
    + ARE
    # "the ⟪Andean Community⟫ has four members: ⟪A⟫, ⟪B⟫", "..., namely ⟪A⟫, ⟪B⟫"
    + r"|"
    + NAMED.format("org4")
    + r"\s+(?:(?:now|currently|today)\s+)?(?:has|had)\s+@{COUNT}\s+"
    + MEMBERS
    + r"\s*(?::|,\s*namely)\s*"
    # "the total number of member states increased to eight: ⟪A⟫, ⟪B⟫"
    + r"|(?<![\w-])(?P<count>the\s+(?:total\s+)?number\s+of\s+member\s+(?:states|countries|"
    r"nations)\s+(?:increased|rose|grew|went\s+up)\s+to\s+@{COUNT}\s*:\s*)"
)
PATTERN = r"(?:" + ITS_MEMBERS + r")(?P<list>@{ENTS})" + LIST_END
#: the organization of the sentence before: what "its" stands for when the sentence names none
PREVIOUS = "@previous-organization"
#: a state set apart from the members listed, and so one of them: "Other than ⟪India⟫, its"
OTHER_THAN = re.compile(
    r"(?:^|[,;]\s*)(?:other\s+than|besides|apart\s+from|aside\s+from)\s+(?:the\s+)?⟪(\d+)⟫\s*,\s*$",
    re.I,
)


def _owner(ctx: Context, m: re.Match[str]) -> tuple[str | None, str] | None:
    """The organization whose members are listed: the one named, or the one organization the
    sentence names outside the list (for "its", the mention just before it)."""
    named = next((m.group(g) for g in ("org", "org2", "org3", "org4") if m.group(g)), None)
    if named:
        return _org(ctx, named)
    sentence = ctx.sentence
    outside = re.findall(r"⟪(\d+)⟫", ctx.masked[: m.start("list")] + ctx.masked[m.end() :])
    orgs = {i for i in outside if sentence.mention(i).label == "ORG"}
    codes = {sentence.mention(i).code or sentence.mention(i).text for i in orgs}
    if len(codes) > 1:
        return None
    if m.group("its"):
        before = re.findall(r"⟪(\d+)⟫", _unset(ctx.masked[: m.start()]))
        if any(i not in orgs for i in before):
            return None  # "⟪Uruguay⟫ ... its members": maybe the state's
        if orgs and not before:
            return None  # "Its members are ⟪A⟫ ... of the ⟪EU⟫": not told
    if not orgs:
        return (None, PREVIOUS)
    return _org(ctx, min(orgs, key=int))


def _unset(before: str) -> str:
    """What comes before the match without a fronted "Other than ⟪India⟫,"."""
    found = OTHER_THAN.search(before)
    return before[: found.start()] if found else before


def resolve_previous(
    claims: Sequence[MembershipClaim], before: Sentence | None, grammar: Grammar
) -> list[MembershipClaim]:
    """The claims with the organization of the sentence before in place of `PREVIOUS`: the one
    organization it names, else those claims are left out."""
    if not any(c.org_name == PREVIOUS for c in claims):
        return list(claims)
    org: tuple[str | None, str] | None = None
    if before is not None:
        mentions = [before.mention(i) for i in re.findall(r"⟪(\d+)⟫", before.masked)]
        orgs = {(m.code or m.text): m for m in mentions if m.label == "ORG"}
        if len(orgs) == 1:
            mention = next(iter(orgs.values()))
            known = grammar.knowledge.organizations.orgs.get(mention.code or "")
            org = (known.org_id, known.name) if known else (None, mention.text)
    out: list[MembershipClaim] = []
    for c in claims:
        if c.org_name != PREVIOUS:
            out.append(c)
        elif org is not None:
            out.append(replace(c, org_id=org[0], org_name=org[1]))
    return out


def read_its_members(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every state listed is a member of the organization the sentence names."""
    if GOES_ON.match(ctx.masked, m.end()) or re.match(r"\s*\(", ctx.masked[m.end() :]):
        return []  # the list goes on with more than states, or qualifies an item
    if ctx.res.grammar.negated(ctx.masked[max(0, m.start() - 30) : m.end()]):
        return []
    org = _owner(ctx, m)
    if org is None:
        return []
    states: list[str] = []
    for i in re.findall(r"⟪(\d+)⟫", m.group("list")):
        code = ctx.res.grammar.state_code(ctx.sentence.mention(i))
        if code is None:
            return []  # an item that is no state: a list of something else
        states.append(code)
    if len(states) < 2:
        return []
    if m.group("its"):
        found = OTHER_THAN.search(ctx.masked[: m.start()])
        code = ctx.res.grammar.state_code(ctx.sentence.mention(found.group(1))) if found else None
        states = [code, *states] if code else states
    return [
        Found((m.start(), m.end()), _claim(ctx, R.ITS_MEMBERS_ARE, state, org), (i,))
        for i, state in enumerate(dict.fromkeys(states))
    ]


ITS_MEMBERS_RULE = Rule(
    R.ITS_MEMBERS_ARE,
    Needs(words=("members", "member")),
    PATTERN,
    read_its_members,
    FILLS,
    (("members", "named"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (ITS_MEMBERS_RULE,)
