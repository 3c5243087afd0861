"""`with-other-members`: the state a sentence is about, said to act "with (along with, like) the
other members of ⟪O⟫" or "with other ⟪O⟫ members (nations)", is one of O's members.

    The country ... is represented jointly with other ⟪OECS⟫ (⟪OECS⟫) members in ⟪Canada⟫.
    ⟪India⟫ is seeking a permanent seat in the ⟪UNSC⟫, along with the other ⟪G4⟫ nations.
    Its principal objective is to develop good relations with its neighbours in the ⟪SADC⟫ and
    the other members of the ⟪AU⟫.

The state is the one the sentence opens with, or "It" / "The country" / "Its" (the document's
subject outside a relations row). "⟪A⟫ and other ⟪O⟫ members" says it of A, not of the
subject (`an-org-member` reads A); so nothing is read when a state is named right before the
"and"; a negation or an unreal mood before it reads nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_such_as import opening_state
from pipeline.rules.memberships import FILLS, _claim, _org
from schemas import rules as R

#: "with the other members of ⟪O⟫", "along with the other ⟪O⟫ nations", "and the other members
#: of ⟪O⟫"
OTHER_MEMBERS = (
    r"(?:\b(?:along\s+with|together\s+with|with|alongside|like)|(?P<and>\band))\s+"
    r"(?:all\s+)?(?:the\s+)?other\s+(?:"
    r"⟪(?P<org>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?(?:\s+(?:members?(?:\s+(?:states|countries|nations))?"
    r"|nations|countries|states)\b|(?P<bare>(?=\s*[.,;)])))"
    r"|members\s+of\s+(?:the\s+)?⟪(?P<org2>\d+)⟫)"
)
#: the state the sentence is about, as it opens: "⟪India⟫", "It", "The country", "Its"
SUBJECT = r"^\s*@{LEAD}(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country|its)\b)"


def read_other_members(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state the sentence is about is a member of the organization whose "other members"
    it is named with."""
    subject = ctx.res.regex(SUBJECT).match(ctx.masked)
    if subject is None or subject.end() > m.start():
        return []
    between = ctx.masked[subject.end() : m.start()]
    if ";" in between or ctx.res.grammar.negated(between):
        return []
    if m.group("and"):
        last = re.search(r"⟪(\d+)⟫\s*$", between)
        if last is None or ctx.sentence.mention(last.group(1)).label != "ORG":
            return []  # "⟪A⟫ and other ⟪O⟫ members": A's, not the subject's
    if m.group("bare") is not None:
        # "the other ⟪G4 nations⟫": the name says what its members are
        name = ctx.sentence.mention(m.group("org")).text
        if not re.search(r"\b(?:nations|countries|states|members)$", name, re.I):
            return []
    member = opening_state(ctx, subject.group("state"))
    org = _org(ctx, m.group("org") or m.group("org2"))
    if member is None or org is None or org[0] is None:
        return []
    return [Found(m.span(), _claim(ctx, R.WITH_OTHER_MEMBERS, member, org), (0,))]


WITH_OTHER_MEMBERS = Rule(
    R.WITH_OTHER_MEMBERS,
    Needs(words=("other",)),
    OTHER_MEMBERS,
    read_other_members,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (WITH_OTHER_MEMBERS,)
