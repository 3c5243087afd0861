"""`and-member-of`: a membership stated by a later predicate of the sentence's subject, after
"and", where the first predicate names organizations or other things of its own.

    ⟪Nepal⟫ participates in a number of ⟪UN⟫ specialized agencies and is a member of the
    ⟪World Bank⟫, ⟪IMF⟫, ⟪Colombo Plan⟫, and the ⟪ADB⟫
    Both nations are regional powers and members of the ⟪G-20⟫
    They enjoy friendly relations and are full members of the ⟪EU⟫ and ⟪NATO⟫   (in a row)
    It is a member of the ⟪UN⟫ and has served one term in the ⟪UNSC⟫         (and-council-seat)

The subject opens the sentence: a state, "It" / "The country" (the document's subject outside a
relations row), or the pair ("Both countries", "The two nations", "They" in a row: the row's two
states; in prose the two states the sentence names before it, else the subject and the
section's counterpart, as `pair-members` reads them). The words between the subject and "and"
are its first predicate: they open with no other subject ("⟪A⟫ and ⟪B⟫ are ..." is the listed
rule's), hold no clause of their own ("which", "who", "while", ...), no negation and nothing
unreal ("wants to"). Without a verb after "and" ("are regional powers and members of") the
first predicate is a form of "be" naming nothing ("⟪A⟫ has ties with ⟪B⟫ and members of the
⟪EU⟫" names the members as objects, not the subject). Only a member's standing is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.membership_members import listed_members
from pipeline.rules.membership_pair import pair_states
from pipeline.rules.membership_such_as import NOT_SO
from pipeline.rules.memberships import COUNCIL_HEAD, FILLS, _claim, _org, reader
from schemas import rules as R

#: the forms of "be" a predicate opens with
BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|remain|remained)"
#: "and (is) (a full) member of": the later predicate, after the words of the first
LATER = (
    r"(?P<first>[^.;:]{1,160}?)"
    r"(?:,\s*)?\band\s+(?:also\s+|later\s+)?"
    r"(?:(?P<be>" + BE + r")\s+@{ADVERBS}(?:both\s+)?)?"
    r"(?:an?\s+|the\s+)?(?:(?:founding|full|active|permanent|original|full-fledged)\s+)?"
    r"@{member-head:member}\s+(?:of|in)\s+(?:both\s+(?=(?:the\s+)?⟪))?"
)
AND_MEMBER = (
    r"^\s*@{LEAD}(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country)"
    r"|(?P<pair>(?:both|the\s+two)\s+@{pair-noun}|both|they))\s+" + LATER
)
#: at most this many later predicates are read after the first ("... and were members of the
#: ⟪Axis⟫ during the war, ..., and are full members of the ⟪EU⟫")
MAX_LATER = 3
#: what makes the first predicate a clause of its own, or not the subject's
OTHER_CLAUSE = (
    r"^(?:and|or|&|,)|(?<![\w-])(?:which|who|whom|whose|that|where|when|while|whereas|although|"
    r"though|because|if|unless)(?![\w-])"
)


def _predicate(ctx: Context, m: re.Match[str]) -> bool:
    """Is the match a later predicate of the subject (see the module's docstring)?"""
    first = m.group("first")
    if ctx.res.regex(OTHER_CLAUSE).search(first) or ctx.res.regex(NOT_SO).search(m.group()):
        return False
    # "has ties with ⟪B⟫ and members of": the members are objects
    return m.group("be") is not None or (
        "⟪" not in first and ctx.res.regex(r"^" + BE + r"\s").match(first) is not None
    )


def read_and_member(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed after "and ... member(s) of" is the subject's, and so are
    those of the later predicates that follow it."""
    if not _predicate(ctx, m):
        return []
    members = subject_states(ctx, m)
    if members is None:
        return []
    found = listed_members(ctx, R.AND_MEMBER_OF, members, m.end(), (m.start(), m.end()))
    reader_ = ctx.res.once(reader)
    at = m.end()
    for _ in range(MAX_LATER):
        _, used = reader_.org_list_end(ctx.masked[at:], ctx.sentence, "member", modifier=True)
        later = ctx.res.regex(LATER).match(ctx.masked, at + used) if used else None
        if later is None or not later.group("be") or not _predicate(ctx, later):
            break
        found += listed_members(ctx, R.AND_MEMBER_OF, members, later.end(), later.span())
        at = later.end()
    return [Found(f.span, f.claim, (i,)) for i, f in enumerate(found)]


def subject_states(ctx: Context, m: re.Match[str]) -> list[str] | None:
    """The states the sentence opens with (groups `state`, `it`, `pair` of the match): a state,
    "It" (outside a row), or the pair."""
    grammar = ctx.res.grammar
    if m.group("state"):
        code = grammar.state_code(ctx.sentence.mention(m.group("state")))
        return None if code is None else [code]
    if m.group("it"):
        return None if ctx.where.in_row or not ctx.where.subject else [ctx.where.subject]
    if m.group("pair").lower() == "they":
        return [ctx.where.subject, ROW] if ctx.where.in_row and ctx.where.subject else None
    return pair_states(ctx, m.start("pair"))


#: "... and has served three terms in the ⟪UN Security Council⟫": a seat on a council as the
#: later predicate (`council-seat` reads it where it is the first)
AND_SEAT = (
    r"^\s*@{LEAD}(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country)"
    r"|(?P<pair>(?:both|the\s+two)\s+@{pair-noun}|both|they))\s+"
    r"(?P<first>[^.;:]{1,160}?)(?:,\s*)?\band\s+(?:also\s+)?(?:(?:has|have|had)\s+(?:also\s+)?)?"
    r"(?:served|sat)\s+(?:[^.;⟪]{0,40}?\s)?(?:on|in)\s+(?:the\s+)?⟪(?P<org>\d+)⟫"
)


def read_and_seat(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The subject holds a seat on the council named."""
    if ctx.res.regex(OTHER_CLAUSE).search(m.group("first")):
        return []
    if ctx.res.regex(NOT_SO).search(m.group()) or ctx.res.grammar.negated(m.group()):
        return []
    org = _org(ctx, m.group("org"))
    if org is None or org[0] is None or not COUNCIL_HEAD.search(org[1]):
        return []
    members = subject_states(ctx, m)
    if members is None:
        return []
    return [
        Found((m.start(), m.end()), _claim(ctx, R.AND_COUNCIL_SEAT, member, org), (i,))
        for i, member in enumerate(members)
    ]


AND_MEMBER_OF = Rule(
    R.AND_MEMBER_OF,
    Needs(groups=("member-head",)),
    AND_MEMBER,
    read_and_member,
    FILLS,
    (("members", "one"),),
)
AND_COUNCIL_SEAT = Rule(
    R.AND_COUNCIL_SEAT,
    Needs(words=("served", "sat")),
    AND_SEAT,
    read_and_seat,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (AND_MEMBER_OF, AND_COUNCIL_SEAT)
