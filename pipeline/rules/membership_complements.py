"""`complement-list-member`: a state's membership as one item of a list of what the state is or
became, after other items that are no membership:

    ⟪New Zealand⟫ is a "dialogue partner" with the ⟪ASEAN⟫, a member of the ⟪EAS⟫ and an active
        participant in ⟪APEC⟫
    ⟪India⟫ became a sectoral dialogue partner with ⟪ASEAN⟫ in 1992, a full dialogue partner in
        1995, a member of the ⟪ARF⟫ in 1996, and a summit-level partner in 2002
    ... after ⟪Turkey⟫ became a founding member of the ⟪UN⟫ in 1945, a recipient of Marshall Plan
        aid and a member of ⟪NATO⟫ in 1952
    The ⟪Republic of Cyprus⟫ is a constitutional democracy ..., part of the ⟪UN⟫, ⟪EU⟫ and
        several others

Each item that says membership ("a (founding / full / active) member of", "an (active)
participant in", "part of") right after the verb or after a joint of the list ("," / "and") is
read, the organizations it lists with it; the list must have a joint before one of them (a plain
"⟪S⟫ is a member of ⟪O⟫" is `member-of`'s). An item that is not membership ("a dialogue partner",
"an observer of") reads nothing; neither does an organization the registry does not know ("part
of the Balkans"). The list ends at the end of the clause, or at a state named in it ("..., and
⟪Chile⟫ is a member of ...": another subject).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.memberships import FILLS, _claim, reader
from schemas import rules as R

#: the state and the verb of what it is: at the opening of the sentence (after one fronted
#: phrase naming no state), or of a clause "after" / "when" opens
SUBJECT_VERB = (
    r"(?:^\s*(?:[^⟪.;,]{1,80},\s*)?|\b(?:after|when|once|since|until|before)\s+)"
    r"(?:the\s+)?⟪(?P<s>\d+)⟫\s+(?:(?:also|now|then|later|soon)\s+)?"
    r"(?:is|was|became|becomes|has\s+become|had\s+become|remains|remained|has\s+been|had\s+been)"
    r"\s+(?:(?:also|now|since|then|later)\s+)?"
)
#: an item of the list that says membership
MEMBER_ITEM = (
    r"(?:(?:an?|the)\s+)?(?:(?:founding|full|active|full-fledged|permanent|original)\s+)?"
    r"(?:member\s+(?:of|in)|participant\s+in)\s+(?:both\s+)?(?:the\s+)?"
    r"|part\s+of\s+(?:the\s+)?"
)
#: the joint before an item: "," / "and" / ", and" (and "now": "and now a member of")
JOINT = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:now\s+|also\s+|later\s+)?"
#: the state, its verb, and its complements up to the first membership item after a joint
PATTERN = (
    SUBJECT_VERB
    + r"(?P<list>(?:[^.;:⟪]|⟪\d+⟫){0,240}?"
    + JOINT
    + r"(?:(?:an?|the)\s+)?(?:(?:founding|full|active|full-fledged|permanent|original)\s+)?"
    r"(?:member\s+(?:of|in)|participant\s+in|part\s+of)\s)"
)


def read_complements(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization of every membership item of the state's list of complements."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    state = grammar.state_code(sentence.mention(m.group("s")))
    if state is None:
        return []
    rest = ctx.masked[m.start("list") :]
    # the list ends at the end of the clause or at a state named in it
    end = len(rest)
    stop = re.search(r"[.;:]", rest)
    if stop:
        end = stop.start()
    for mention in re.finditer(r"⟪(\d+)⟫", rest[:end]):
        if sentence.mention(mention.group(1)).label == "COUNTRY":
            end = mention.start()
            break
    region = rest[:end]
    items_at: list[tuple[int, bool]] = []  # (where the item's organizations start, after a joint)
    item = ctx.res.regex(MEMBER_ITEM)
    first = item.match(region)
    if first:
        items_at.append((first.end(), False))
    for joint in ctx.res.regex(JOINT).finditer(region):
        after = item.match(region, joint.end())
        if after:
            items_at.append((after.end(), True))
    if not any(joined for _, joined in items_at):
        return []
    out: list[Found] = []
    for at, _ in items_at:
        if grammar.negated(region[max(0, at - 40) : at]):
            continue
        orgs, _ = ctx.res.once(reader).org_list_end(region[at:], sentence, "member")
        for org in orgs:
            if org.status == "member" and org.org is not None:
                claim = _claim(ctx, R.COMPLEMENT_LIST_MEMBER, state, org.org_pair)
                span = (m.start(), m.start("list") + at)
                out.append(Found(span, claim, (len(out),)))
    return out


COMPLEMENT_LIST_MEMBER = Rule(
    R.COMPLEMENT_LIST_MEMBER,
    Needs(words=("member", "participant", "part")),
    PATTERN,
    read_complements,
    FILLS,
    (("members", "one"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (COMPLEMENT_LIST_MEMBER,)
