"""`subjectless-member`: a sentence of running text that opens with its verb, its subject left
out ("Is also a member of many regional groups, including ⟪O1⟫, ⟪O2⟫ ..."), goes on with the
state the text is about: the document's subject, as an opening "It" would (outside a relations
row, where it could be either state).

    ⟪Ecuador⟫ is a founding member of the ⟪UN⟫. Is also a member of many regional groups,
    including the ⟪Rio Group⟫, the ⟪SELA⟫ and the ⟪Andean Pact⟫.

Only a capitalised verb of being opens such a sentence; negation, another standing
("an observer", "a candidate") and a question ("Is it a member of ...?") read nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_members import listed_members
from pipeline.rules.memberships import FILLS, reader
from schemas import rules as R

SUBJECTLESS = (
    r"^\s*(?-i:Is|Was|Has\s+been|Remains)\s+@{ADVERBS}(?:an?\s+|one\s+of\s+the\s+)?"
    r"(?:(?:founding|full|active|permanent)\s+)?@{member-head:member}\s+(?:of|in)\s+"
)


def read_subjectless(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The document's subject is a member of every organization listed (after a generic head:
    "many regional groups, including")."""
    if ctx.implied_subject is None or ctx.masked.rstrip().endswith("?"):
        return []
    if ctx.res.grammar.negated(ctx.masked[: m.end()]):
        return []
    start = m.end()
    lead = ctx.res.once(reader).count_lead.match(ctx.masked[start:])
    if lead is not None:
        start += lead.end()
    return listed_members(ctx, R.SUBJECTLESS_MEMBER, [ctx.implied_subject], start, m.span())


SUBJECTLESS_MEMBER = Rule(
    R.SUBJECTLESS_MEMBER,
    Needs(groups=("member-head",)),
    SUBJECTLESS,
    read_subjectless,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (SUBJECTLESS_MEMBER,)
