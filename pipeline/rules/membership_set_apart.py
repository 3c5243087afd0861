"""A state set apart from the other members of an organization: a second mention of its
membership where the sentence is about something else.

A state set "together / along with the rest of" an organization is `with-the-rest-of`'s (M20).

`other-org-members` (M7, M15): "other (fellow) ⟪O⟫ members / states / countries", said in a
sentence whose subject is the state they are other than:

    ⟪Qatar⟫ funded ... (which was opposed by other fellow ⟪GCC⟫ states)
    It has engaged cooperation with other ⟪ASEAN⟫ members and ⟪China⟫    (the document's subject)
    Aside from relations with other ⟪ASEAN⟫ states, of which the ⟪Philippines⟫, ⟪Indonesia⟫, and
        ⟪Malaysia⟫ are key partners, ⟪Brunei⟫ also has ...     (and the states "of which" names)

The subject is the state opening the sentence (or its possessive: "⟪Qatar⟫'s stance"), an
"It" opening running text (outside a relations row), or the state right after a fronted phrase
that holds the "other" phrase. Nothing when the phrase goes on from a state ("⟪Malaysia⟫ and
other ⟪ASEAN⟫ members" is `an-org-member`'s) or is preceded by a word that makes them no members
("non-", "former"), and nothing when the sentence opens with anything else ("The Moroccan
military ... involving other ⟪NATO⟫ members": no state is set apart).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.memberships import FILLS, NOT_MEMBERS, _claim, _org
from schemas import rules as R

#: "other (fellow) ⟪GCC⟫ states", "other ⟪ASEAN⟫ member countries", "other member-states of
#: ⟪CIS⟫"; with what follows it: "of which ⟪A⟫, ⟪B⟫ and ⟪C⟫ are"
OTHER = (
    r"(?<![\w-])other\s+(?:fellow\s+)?(?:⟪(?P<o>\d+)⟫\s+(?:members?(?:\s+(?:states?|countries|"
    r"nations))?|states|countries|nations)(?![\w-])"
    r"|members?[\s-]states\s+of\s+(?:the\s+)?⟪(?P<o2>\d+)⟫)"
    r"(?P<of_which>\s*,\s*of\s+which\s+(?P<list>(?:the\s+)?⟪\d+⟫(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:the\s+)?⟪\d+⟫)*)\s+(?:are|were)\b)?"
)
#: what the "other" phrase may not go on from: a state of its own ("⟪Malaysia⟫ and other")
FROM_A_STATE = r"⟪\d+⟫\s*,?\s*(?:and|along\s+with|together\s+with|as\s+well\s+as)\s+(?:the\s+)?$"
#: the state right after a fronted phrase that holds the "other" phrase
AFTER_FRONTED = r"^[^⟪.;]*?,\s*(?:the\s+)?⟪(?P<s>\d+)⟫\s+(?!and\b)"
#: the state a sentence opens with (or its possessive), after a fronted phrase naming none ("Due
#: to its natural resources,"); or an opening "It"
OPENS = (
    r"^\s*(?:[^⟪.;,]{1,80},\s*)?(?:(?:the\s+)?⟪(?P<state>\d+)⟫(?:'s|’s)?\s"
    r"|(?P<it>it|the\s+country)\s)"
)
#: a clause of another subject between the state and the "other" phrase
ANOTHER_CLAUSE = (
    r"\b(?:that|however|but|although|though|whereas|while|said|says|argued|stated|claimed|"
    r"noted)\b"
)
#: a sentence that opens with a fronted phrase (no state before the "other" phrase)
FRONTED = r"^\s*(?:aside\s+from|apart\s+from|besides|beyond|unlike|like|as|with|in|among|amongst)\b"


def _subject(ctx: Context, m: re.Match[str]) -> str | None:
    """The state the "other" phrase sets apart, or None."""
    grammar, sentence, masked = ctx.res.grammar, ctx.sentence, ctx.masked
    first = ctx.res.regex(OPENS).match(masked)
    if first is not None and first.end() <= m.start():
        if ctx.res.regex(ANOTHER_CLAUSE).search(masked[first.end() : m.start()]):
            return None  # "⟪US⟫ argued that ..., however this has not persuaded other ..."
        if first.group("state"):
            return grammar.state_code(sentence.mention(first.group("state")))
        return ctx.implied_subject
    if "⟪" in masked[: m.start()] or not ctx.res.regex(FRONTED).match(masked):
        return None
    after = ctx.res.regex(AFTER_FRONTED).match(masked[m.end() :])
    return grammar.state_code(sentence.mention(after.group("s"))) if after else None


def read_other(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The subject is a member of the organization whose other members the phrase names, and so
    are the states an "of which" names among them."""
    sentence, grammar, masked = ctx.sentence, ctx.res.grammar, ctx.masked
    before = masked[max(0, m.start() - 40) : m.start()]
    if ctx.res.regex(FROM_A_STATE).search(before) or ctx.res.regex(NOT_MEMBERS + r"[\s-]*$").search(
        before[-12:]
    ):
        return []
    org = _org(ctx, m.group("o") or m.group("o2"))
    if org is None or org[0] is None:
        return []
    subject = _subject(ctx, m)
    members = [subject] if subject else []
    if m.group("list"):
        codes = [
            grammar.state_code(sentence.mention(i)) for i in re.findall(r"⟪(\d+)⟫", m.group("list"))
        ]
        if None not in codes:
            members += [str(c) for c in codes]
    return [
        Found((m.start(), m.end()), _claim(ctx, R.OTHER_ORG_MEMBERS, member, org), (i,))
        for i, member in enumerate(dict.fromkeys(members))
    ]


OTHER_ORG_MEMBERS = Rule(
    R.OTHER_ORG_MEMBERS,
    Needs(words=("other",)),
    OTHER,
    read_other,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (OTHER_ORG_MEMBERS,)
