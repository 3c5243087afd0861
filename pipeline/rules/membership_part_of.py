"""Standing in an organization said without the word "member" (fixtures/README.md, M1: "is part
of", "within the Commonwealth", "is active in").

    within-organization  when it became an independent native monarchy within the ⟪Commonwealth⟫
                         ⟪India⟫ became independent within the ⟪Commonwealth⟫ in August 1947
                         ..., as a republic within the ⟪Commonwealth⟫   (the sentence's state)
    of-which-part        the ⟪Schengen Area⟫, of which ⟪Switzerland⟫ is a part
                         the ⟪ASEAN⟫, of which it is part of
    part-alongside       ⟪South Africa⟫ is part of the ⟪IBSA⟫, alongside ⟪Brazil⟫ and ⟪India⟫
    active-in            It is particularly active in West African regional affairs and in the ⟪AU⟫

Negation and unreal mood between the state and its standing read nothing; an organization that
is a modifier ("within the ⟪NATO⟫ framework", "active in ⟪UN⟫ peacekeeping") is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_entry import UNREAL, listed_or_it, states_of
from pipeline.rules.membership_such_as import member_of_each, opening_state
from pipeline.rules.memberships import FILLS, FIRST_STATE, _claim, _org, reader
from schemas import rules as R


def _named_or_it(ctx: Context, m: re.Match[str]) -> str | None:
    """The state the match's `state` group names, else the one its "it" stands for."""
    state = m.group("state")
    members = listed_or_it(ctx, f"⟪{state}⟫" if state else None, m.start("it"))
    return members[0] if members else None


#: what a state is within a body: "an independent native monarchy", "a republic", "independent"
WITHIN_WHAT = (
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:monarchy|republic|realm|dominion|kingdom|state|nation|"
    r"country)|independent)"
)
WITHIN = (
    r"(?:(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?<![\w-])(?P<it>it))\s+(?P<between>@{ADVERBS}"
    r"(?:became|becomes|was|is|remained|remains|has\s+been|had\s+been)\s+)"
    + WITHIN_WHAT
    + r"|(?<![\w-])(?P<as>as)\s+"
    + WITHIN_WHAT
    + r")\s*,?\s+within\s+(?:the\s+)?(?:British\s+|⟪\d+⟫\s+)?⟪(?P<org>\d+)⟫"
    # not a modifier: "within the ⟪NATO⟫ framework", "the ⟪EU⟫'s"
    r"(?!\s*['’])(?!\s+(?!(?:in|on|since|from|until|as|and|with|when|after|before|for|at|by|"
    r"during|of|to|but|while|which|where)\b)[a-z]+)"
)


def read_within(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state stands in the organization it is "within": the state named, the one an "it"
    stands for, or for "as a republic within" the state the sentence opens with."""
    if m.group("between") and ctx.res.regex(UNREAL).search(m.group("between")):
        return []
    org = _org(ctx, m.group("org"))
    if org is None:
        return []
    if m.group("state") or m.group("it"):
        member = _named_or_it(ctx, m)
    else:
        first = ctx.res.regex(FIRST_STATE).match(ctx.masked)
        member = (
            opening_state(ctx, first.group("state"))
            if first is not None and first.end() <= m.start()
            else None
        )
    if member is None:
        return []
    return [Found((m.start(), m.end()), _claim(ctx, R.WITHIN_ORGANIZATION, member, org))]


WITHIN_ORGANIZATION = Rule(
    R.WITHIN_ORGANIZATION,
    Needs(words=("within",)),
    WITHIN,
    read_within,
    FILLS,
    (("members", "one"),),
)

#: "the ⟪Schengen Area⟫, of which ⟪Switzerland⟫ is a part", "the ⟪ASEAN⟫, of which it is part
#: of"
OF_WHICH_PART = (
    r"⟪(?P<org>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?\s*,\s*of\s+which\s+(?:(?:the\s+)?⟪(?P<state>\d+)⟫|"
    r"(?P<it>it))\s+(?P<between>@{ADVERBS}(?:is|was|has\s+been|had\s+been|remains|became)\s+)"
    r"(?:also\s+)?(?:a\s+)?part(?:\s+of)?(?![\w-])"
)


def read_of_which_part(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state named (or the one an "it" stands for) is part of the organization."""
    if ctx.res.regex(UNREAL).search(m.group("between")):
        return []
    org = _org(ctx, m.group("org"))
    if org is None:
        return []
    member = _named_or_it(ctx, m)
    if member is None:
        return []
    return [Found((m.start(), m.end()), _claim(ctx, R.OF_WHICH_PART, member, org))]


OF_WHICH_PART_RULE = Rule(
    R.OF_WHICH_PART,
    Needs(words=("part",)),
    OF_WHICH_PART,
    read_of_which_part,
    FILLS,
    (("members", "one"),),
)

#: "⟪South Africa⟫ is part of the ⟪IBSA⟫, alongside ⟪Brazil⟫ and ⟪India⟫": the states it is
#: alongside are members too (the state itself is read by `member-of`)
ALONGSIDE = (
    r"(?:the\s+)?⟪(?P<state>\d+)⟫\s+(?P<between>@{ADVERBS}(?:is|are|was|were|has\s+been|"
    r"have\s+been|became)\s+)(?:also\s+)?(?:a\s+|an\s+)?(?:(?:founding|full)\s+)?"
    r"(?:part|member|members|member\s+state)\s+of\s+(?:the\s+)?⟪(?P<org>\d+)⟫"
    r"(?:\s*\(\s*⟪\d+⟫\s*\))?\s*,?\s+(?:alongside|along\s+with|together\s+with)\s+"
    r"(?P<list>(?:the\s+)?⟪\d+⟫(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟪\d+⟫)*)"
    r"(?!\s*(?:'|’))"
)


def read_alongside(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state and every state it is alongside are members of the organization."""
    if ctx.res.regex(UNREAL).search(m.group("between")):
        return []
    org = _org(ctx, m.group("org"))
    members = states_of(ctx, f"⟪{m.group('state')}⟫ and {m.group('list')}")
    if org is None or not members:
        return []
    return [
        Found((m.start(), m.end()), _claim(ctx, R.PART_ALONGSIDE, member, org), (i,))
        for i, member in enumerate(members)
    ]


PART_ALONGSIDE = Rule(
    R.PART_ALONGSIDE,
    Needs(words=("alongside", "along", "together")),
    ALONGSIDE,
    read_alongside,
    FILLS,
    (("members", "listed"),),
)

#: "It is particularly active in West African regional affairs and in the ⟪AU⟫", "⟪Chile⟫ is
#: very active in the ⟪AU⟫"
ACTIVE_IN = (
    r"^\s*(?:[^⟪.;,]{1,60},\s*)?(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country))\s+"
    r"(?P<between>@{ADVERBS}(?:is|are|was|were|has\s+been|have\s+been|remains|remained)\s+"
    r"(?:(?:very|particularly|especially|also|quite|highly|increasingly|most|notably)\s+)+)"
    r"active\s+(?:in|within)\s+(?:[^⟪.;:]{0,60}?\s(?:and|as\s+well\s+as)\s+(?:in|within)\s+)?"
    r"(?:the\s+)?(?=⟪)"
)


def read_active_in(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed is the state's (the one the sentence opens with, or "It")."""
    if ctx.res.regex(UNREAL).search(m.group("between")):
        return []
    member = opening_state(ctx, m.group("state"))
    if member is None:
        return []
    items, _ = ctx.res.once(reader).org_list_end(ctx.masked[m.end() :], ctx.sentence, "member")
    return member_of_each(ctx, (m.start(), m.end()), R.ACTIVE_IN, member, items)


ACTIVE_IN_RULE = Rule(
    R.ACTIVE_IN,
    Needs(words=("active",)),
    ACTIVE_IN,
    read_active_in,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (
    WITHIN_ORGANIZATION,
    OF_WHICH_PART_RULE,
    PART_ALONGSIDE,
    ACTIVE_IN_RULE,
)
