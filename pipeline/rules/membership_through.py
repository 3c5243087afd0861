"""`through-membership`: the state a sentence is about acts "through (via, by virtue of)
membership of ⟪O⟫", "through participation in (groupings such as) ⟪O1⟫, ⟪O2⟫" or "through its
(permanent) seat on ⟪O⟫": it is a member of each organization named (a seat in a body is
membership of it, M14).

    The ⟪Republic of Estonia⟫ ... established diplomatic relations with many countries via
    membership of the ⟪League of Nations⟫
    In recent years, it has sought dialogue with ⟪India⟫ and ⟪China⟫ through participation in
    international groupings such as ⟪BASIC⟫, ⟪IBSA⟫ and ⟪BRICS⟫
    ... it has sought a higher profile in the ⟪UN⟫ through its permanent seat on the ⟪UNSC⟫

The state is the one the sentence opens with, or "It" / "The country" (the document's subject
outside a relations row); other states may be named between as what it acts on ("dialogue with
⟪India⟫"), but no clause of another subject ("..., and ⟪Chile⟫ ...", "which ...") and no
negation or unreal mood. "Through its membership of ⟪O⟫" is `its-membership`'s; "through their
membership", said of a pair, is `pair-again`'s; "another state's membership" is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_such_as import KINDS, NOT_SO, member_of_each, opening_state
from pipeline.rules.memberships import FILLS, reader
from schemas import rules as R

THROUGH = (
    # the state, or "It": what comes before it is checked in `read_through` to be only what a
    # clause may say before its subject (LEAD in the pattern made drawing from it too slow)
    r"(?:(?:the\s+)?⟪(?P<state>\d+)⟫|\b(?P<it>it|the\s+country)\b)"
    # any text here, its clause ends refused in `read_through` (a class excluding them made
    # drawing text from the pattern, in tests/test_engine_gates.py, run for minutes)
    r"(?P<between>.{1,200}?)"
    r"\b(?:through|via|by\s+virtue\s+of)\s+(?:(?P<its>its)\s+)?(?:active\s+|full\s+)?"
    r"(?P<noun>participation|membership|(?:(?:permanent|non-permanent|rotating)\s+)?seat)\s+"
    r"(?:in|of|on)\s+"
    # "international groupings such as", "organisations like"
    r"(?:(?:the\s+)?" + KINDS + r"\s*,?\s*(?:such\s+as|like|including)\s+)?"
    r"(?:the\s+)?(?=⟪)"
)
#: what a sentence may say before the state it is about: "In recent years,"
OPENING = r"^\s*@{LEAD}$"
#: a clause of its own between the state and the phrase: another subject may be acting
OTHER_CLAUSE = re.compile(
    r"[.;:]|,\s*(?:and|but|while|whereas)\b|\b(?:which|who|whose|where|whom)\b|(?:'s|’s)\s*$"
)


def read_through(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The opening state is a member of every organization listed after the phrase."""
    if not ctx.res.regex(OPENING).match(ctx.masked[: m.start()]):
        return []  # the state does not open the sentence
    between = m.group("between")
    if OTHER_CLAUSE.search(between) or ctx.res.regex(NOT_SO).search(between):
        return []
    if m.group("its") and m.group("noun").lower() == "membership":
        return []  # "through its membership of ⟪O⟫": `its-membership` reads it
    member = opening_state(ctx, m.group("state"))
    if member is None:
        return []
    items, _ = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], ctx.sentence, "member", modifier=True
    )
    return member_of_each(ctx, (m.start(), m.end()), R.THROUGH_MEMBERSHIP, member, items)


THROUGH_MEMBERSHIP = Rule(
    R.THROUGH_MEMBERSHIP,
    Needs(words=("through", "via", "virtue")),
    THROUGH,
    read_through,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (THROUGH_MEMBERSHIP,)
