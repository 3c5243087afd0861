"""`state-membership-noun`: a state's membership named as a noun with the state's name, a second
mention inside a sentence about something else:

    ⟪Spain⟫'s ⟪European Union⟫ membership represents an important part of its foreign policy
    relations stemmed initially from ⟪Cypriot⟫ ⟪Commonwealth⟫ membership at independence
    ⟪Kazakhstan⟫ outlined priorities during its ⟪UNSC⟫ tenure            (M14: a seat's tenure)
    Notwithstanding its membership in the ⟪OIC⟫, ⟪Kazakhstan⟫ has good relations with ⟪Israel⟫

("⟪S⟫'s membership of ⟪O⟫" and "its ⟪O⟫ membership" are read by `member-of` and
`its-membership`.) "Its" is the one state named before it in the sentence, or, in a fronted
phrase, the state the sentence goes on with. A membership sought, supported, opposed, lost or
ended is not read (a word of prospect or loss before it: "supports ⟪Turkey⟫'s ⟪EU⟫
membership"; a word of prospect after it: "⟪Turkey⟫'s ⟪EU⟫ membership bid / talks"), nor one
negated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_its_membership import NOT_HELD
from pipeline.rules.membership_such_as import NOT_SO
from pipeline.rules.memberships import FILLS, _claim, _it, _org, reader
from schemas import rules as R

NOUN = (
    # "⟪Spain⟫'s ⟪EU⟫ membership", "⟪Cypriot⟫ ⟪Commonwealth⟫ membership"
    r"(?<![\w-])⟪(?P<s>\d+)⟫(?:'s|’s)?\s+(?:full\s+)?⟪(?P<o>\d+)⟫\s+membership\b"
    # "its ⟪UNSC⟫ tenure", "its ⟪UN⟫ seat"
    r"|(?<![\w-])its\s+⟪(?P<o2>\d+)⟫\s+(?:tenure|seat|term)\b"
    # "Notwithstanding its membership in the ⟪OIC⟫, ⟪Kazakhstan⟫"
    r"|^\s*(?:notwithstanding|despite|given|through|because\s+of|due\s+to|with)\s+its\s+"
    r"(?:full\s+)?membership\s+(?:in|of)\s+(?:the\s+)?⟪(?P<o3>\d+)⟫\s*,\s*(?:the\s+)?"
    r"⟪(?P<s3>\d+)⟫(?!\s*(?:'s|’s|and\b|,))"
)

#: a membership still to come, said just after the noun: "... membership would", "... is unlikely",
#: "... is not expected" (the words every family reads there: `to-come` in the vocabulary)
TO_COME = r"^[^.;⟪]{0,30}?(?<![\w-])(?:@{to-come})(?![\w-])"


def read_noun(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The organization is the state's whose membership (tenure, seat) the noun names."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    before = ctx.masked[max(0, m.start() - 40) : m.start()]
    after = ctx.masked[m.end() :]
    read = ctx.res.once(reader)
    if (
        ctx.res.regex(NOT_HELD).search(before)
        or ctx.res.regex(NOT_SO).search(before[-25:])
        or read.prospect_before.search(before)
        or read.prospect_after.match(after)
        or ctx.res.regex(TO_COME).match(after)
        or grammar.negated(before[-25:])
    ):
        return []
    if m.group("o2"):
        member = _it(ctx, m.start())
    else:
        member = grammar.state_code(
            sentence.mention(m.group("s") or m.group("s3")), demonym_ok=True
        )
    org = _org(ctx, m.group("o") or m.group("o2") or m.group("o3"))
    if member is None or org is None or org[0] is None:
        return []
    return [Found((m.start(), m.end()), _claim(ctx, R.STATE_MEMBERSHIP_NOUN, member, org))]


STATE_MEMBERSHIP_NOUN = Rule(
    R.STATE_MEMBERSHIP_NOUN,
    Needs(words=("membership", "tenure", "seat", "term")),
    NOUN,
    read_noun,
    FILLS,
    (("members", "one"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (STATE_MEMBERSHIP_NOUN,)
