"""`among-org-states`: a sentence that opens "(From) among the ⟪O⟫ states," and goes on about one
state's dealings with others names those others as O's states (fixtures/README.md, M8):

    From among the ⟪Arab League⟫ states, ⟪Syria⟫ continues to have good relations with ⟪Iraq⟫,
        ⟪Egypt⟫ (after 3 July 2013), ⟪Algeria⟫ and ⟪Oman⟫
    Among the ⟪Mercosur⟫ countries, ⟪Uruguay⟫ is closest to ⟪Brazil⟫ and ⟪Paraguay⟫

The states read are the first list of states after the subject, in the subject's clause (no
"while", "but", "than" ... before it), every name of it a state, and only as the other side of
the subject's ties ("relations with", "closest to", "allied with"): "Among the ⟪EU⟫ states,
⟪Spain⟫ does not recognise ⟪Kosovo⟫" or "... is the largest partner of ⟪China⟫" names no member.
The phrase says nothing about the subject itself (M8); a subject that is itself a list ("Among
the ⟪EU⟫ states, ⟪A⟫, ⟪B⟫ and ⟪C⟫ ...") is left undecided, and so is "among the first (largest)
states" (a rank, no set)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.memberships import FILLS, _claim, _org
from schemas import rules as R

#: "(From) among the ⟪O⟫ (member) states, ⟪S⟫ "
AMONG = (
    r"^\s*@{LEAD}(?:from\s+)?among(?:st)?\s+(?:the\s+)?(?:other\s+|fellow\s+)?⟪(?P<org>\d+)⟫\s+"
    r"(?:member\s+)?(?:states|countries|nations|members)\s*,\s*(?:the\s+)?⟪(?P<s>\d+)⟫\s+"
    r"(?!and\b|,)"
)
#: a list of states, footnote leftovers, doubled commas and a short parenthesis tolerated:
#: "⟪A⟫, ⟪B⟫ (after 3 July 2013), ⟪C⟫,, ⟪D⟫ and ⟪E⟫"
LIST = (
    r"(?:the\s+)?⟪\d+⟫(?:\s*\([^()⟪]{0,40}\))?"
    r"(?:(?:\s*,)+\s*(?:and\s+)?(?:the\s+)?⟪\d+⟫(?:\s*\([^()⟪]{0,40}\))?"
    r"|\s+and\s+(?:the\s+)?⟪\d+⟫(?:\s*\([^()⟪]{0,40}\))?)*"
)
#: the subject's ties with the states that follow, right before them
TIES = (
    r"(?<![\w-])(?:relations?|ties|links|contacts|closest|closer|close|friendly|cordial|allied|"
    r"aligned|partnerships?|cooperation)(?![\w-])[^⟪;:]{0,30}?(?<![\w-])(?:with|to)\s+$"
)
#: what ends the subject's clause, or sets the states that follow apart from the subject's set
BREAK = (
    r"[;:]|(?<![\w-])(?:while|whereas|but|though|although|however|than|except|unlike|"
    r"outside|beyond|besides|apart|which|who|that)(?![\w-])"
)


def read_among(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The states of the first list after the subject are members of the organization."""
    grammar, sentence, masked = ctx.res.grammar, ctx.sentence, ctx.masked
    if grammar.state_code(sentence.mention(m.group("s"))) is None:
        return []
    org = _org(ctx, m.group("org"))
    if org is None or org[0] is None:
        return []
    first = masked.find("⟪", m.end())
    gap = masked[m.end() : first]
    if first < 0 or ctx.res.regex(BREAK).search(gap) or not ctx.res.regex(TIES).search(gap):
        return []
    listed = ctx.res.regex(LIST).match(masked, first)
    if listed is None:
        return []
    named = re.findall(r"⟪(\d+)⟫", listed.group())
    codes = [grammar.state_code(sentence.mention(i)) for i in named]
    if not codes or None in codes:
        return []
    members = dict.fromkeys(str(c) for c in codes)
    return [
        Found((m.start(), listed.end()), _claim(ctx, R.AMONG_ORG_STATES, member, org), (i,))
        for i, member in enumerate(members)
    ]


AMONG_ORG_STATES = Rule(
    R.AMONG_ORG_STATES,
    Needs(words=("among", "amongst")),
    AMONG,
    read_among,
    FILLS,
    (("members", "named"),),
)
RULES: tuple[Rule, ...] = (AMONG_ORG_STATES,)
