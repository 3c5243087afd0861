"""`member-of-quoted`: a state is (or, in apposition, "as") a member of a body whose name the
text puts in quotation marks (the organization lists stop at a quotation mark).

    ⟪India⟫ is a founding member of the "Community of Democracies"
    ... as ⟪Sudan⟫ is a member of the "⟪Saudi⟫ coalition"
    The ⟪United States⟫, as a member of "the Friends of ⟪Guatemala⟫", along with ⟪Colombia⟫,
        ⟪Mexico⟫, ⟪Spain⟫, ⟪Norway⟫, and ⟪Venezuela⟫, played ...     (the states "along with" too)

The name must begin with a capital (after an optional "the") and be at most eight words:
"a member of the "club of the rich"" names no body. The states are the clause's subject (a
state, not a possessive); negation, another standing ("an associate member") and unreal mood
read nothing. The registry's name is used where it knows the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_apposition import KEEP
from pipeline.rules.membership_entry import CLAUSE_START, STATES, states_of
from pipeline.rules.membership_such_as import NOT_SO
from pipeline.rules.memberships import FILLS, _claim
from schemas import rules as R

#: a quoted name: "Community of Democracies", "the Friends of ⟪Guatemala⟫", "⟪Saudi⟫ coalition"
QUOTED = (
    r"(?:the\s+)?\"(?:the\s+)?(?P<name>(?:(?-i:[A-Z])|⟪\d+⟫)[^\"⟪.;:]{0,60}?"
    r"(?:⟪\d+⟫[^\"⟪.;:]{0,40}?)?)\""
)
QUOTED_MEMBER = (
    CLAUSE_START + r"\s*(?P<states>" + STATES + r")(?!\s*(?:'s|’s))"
    r"(?:\s*,\s*as\s+|\s+(?P<between>@{ADVERBS}(?:(?:has|have|had)\s+(?:also\s+)?)?)"
    r"(?:is|are|was|were|been|became|remains|remained)\s+(?:also\s+)?)"
    r"(?:an?|one\s+of\s+the)\s+(?:" + KEEP + r"\s+)?members?\s+of\s+" + QUOTED + r"\s*"
    r"(?:,\s*(?:along|together)\s+with\s+(?P<with>" + STATES + r")\s*,)?"
)
#: at most this many words in a quoted name
MAX_WORDS = 8


def read_quoted(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The states are members of the body the quoted name names."""
    if m.group("between") and ctx.res.regex(NOT_SO).search(m.group("between")):
        return []
    members = states_of(ctx, m.group("states"))
    if members is None:
        return []
    if m.group("with"):
        named = states_of(ctx, m.group("with"))
        if named is None:
            return []
        members += named
    sentence = ctx.sentence
    name = re.sub(r"⟪(\d+)⟫", lambda x: sentence.mention(x.group(1)).text, m.group("name")).strip()
    if len(name.split()) > MAX_WORDS:
        return []
    known = ctx.res.grammar.knowledge.organizations.lookup(name)
    org = (known.org_id, known.name) if known else (None, name)
    return [
        Found((m.start(), m.end()), _claim(ctx, R.MEMBER_OF_QUOTED, member, org), (i,))
        for i, member in enumerate(dict.fromkeys(members))
    ]


MEMBER_OF_QUOTED = Rule(
    R.MEMBER_OF_QUOTED,
    Needs(words=("member", "members")),
    QUOTED_MEMBER,
    read_quoted,
    FILLS,
    (("members", "listed"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (MEMBER_OF_QUOTED,)
