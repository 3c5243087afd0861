"""`chaired-by`: a body, or a meeting of it, chaired by states; a state named after "As chair of"
a body (fixtures/README.md, M13: chairing a body or one of its organs, summits or meetings is
standing in the body). `held-presidency` reads the state as the subject of "chaired".

    The ⟪OSCE Minsk Group⟫ is co-chaired by ⟪Russia⟫, ⟪France⟫, and the ⟪United States⟫
    the Second Ministerial Meeting of ⟪APEC⟫ as chaired by ⟪Singapore⟫ in 1990
    As Chair of the ⟪UNSC⟫'s ⟪Angola⟫ Sanctions Committee, ⟪Canada⟫ limited ...

Every name after "by" must be a state ("chaired by its Secretary-General", "by ⟪France⟫'s
president" read nothing); after "As chair of", the state must be the clause's subject (not
"⟪Ghana⟫'s foreign minister"). A person chairing ("As chairman of the ⟪AU⟫, Gaddafi ...") names
no state and reads nothing; negation and unreal mood read nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_entry import STATES, states_of
from pipeline.rules.membership_such_as import NOT_SO
from pipeline.rules.memberships import FILLS, _claim, _org
from schemas import rules as R

#: a meeting of a body: "the Second Ministerial Meeting of", "the 2015 summit of the"
MEETING = (
    r"(?:[\w-]+\s+){0,3}?(?:meeting|meetings|summit|summits|session|sessions|conference|"
    r"conferences)\s+of\s+(?:the\s+)?"
)
#: "⟪O⟫ is co-chaired by ⟪A⟫ and ⟪B⟫", "the ... Meeting of ⟪O⟫ as chaired by ⟪S⟫"
PASSIVE = (
    r"(?:(?<![\w-])" + MEETING + r")?⟪(?P<org>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?\s*,?\s+"
    r"(?P<between>(?:(?:is|are|was|were|has\s+been|had\s+been|have\s+been|being)\s+)?"
    r"(?:(?:also|currently|jointly|now|then|as)\s+)?)"
    r"(?:co-?chaired|chaired|presided\s+over)\s+by\s+(?P<list>" + STATES + r")"
    r"(?!\s*(?:'s|’s|[-‐]))"
)
#: "As (the) Chair of the ⟪UNSC⟫'s ⟪Angola⟫ Sanctions Committee, ⟪Canada⟫ ..."
AS_CHAIR = (
    r"^\s*(?:[^⟪.;,]{1,60},\s*)?as\s+(?:the\s+)?(?:co-?)?(?:chair|chairman|chairwoman|"
    r"chairperson|president)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|the|on|for)\s+){0,6}?"
    r"⟪(?P<org2>\d+)⟫(?:(?:'s|’s)\s+[^,;.⟪]{0,60}?(?:⟪\d+⟫[^,;.⟪]{0,40}?)?)?\s*,\s*"
    r"(?P<state>(?:the\s+)?⟪\d+⟫)(?!\s*(?:'s|’s|,|and\b|[-‐]))"
)
CHAIRED_BY = rf"(?P<passive>{PASSIVE})|(?P<as_chair>{AS_CHAIR})"


def read_chaired_by(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The states named stand in the body chaired (its organ or meeting: the body)."""
    if m.group("passive"):
        if ctx.res.regex(NOT_SO).search(m.group("between")):
            return []
        org, members = _org(ctx, m.group("org")), states_of(ctx, m.group("list"))
    else:
        org, members = _org(ctx, m.group("org2")), states_of(ctx, m.group("state"))
    if org is None or not members:
        return []
    return [
        Found((m.start(), m.end()), _claim(ctx, R.CHAIRED_BY, member, org), (i,))
        for i, member in enumerate(dict.fromkeys(members))
    ]


CHAIRED_BY_RULE = Rule(
    R.CHAIRED_BY,
    Needs(
        words=(
            "chaired",
            "cochaired",
            "presided",
            "chair",
            "chairman",
            "chairwoman",
            "chairperson",
            "president",
        )
    ),
    CHAIRED_BY,
    read_chaired_by,
    FILLS,
    (("members", "listed"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (CHAIRED_BY_RULE,)
