"""`active-in-such-as`: a state takes part in organizations of a kind, "such as" those listed.

    ⟪Cameroon⟫ is very active in other multilateral organisations or global institutions such
    as the ⟪Francophonie⟫, ⟪The Commonwealth⟫ and the ⟪African Union⟫
    ⟪India⟫ has also played an important role in other international organisations like ⟪EAS⟫
    ⟪Greenland⟫ does directly participate in some Nordic organisations like the ⟪WNC⟫
    ⟪Greenland⟫ is represented by ⟪Denmark⟫, although ⟪Greenland⟫ does participate in some
    Nordic organisations like the ⟪WNC⟫                              (the clause's own subject)
    As the largest economy in ⟪Southeast Asia⟫, ⟪Indonesia⟫ also belongs to another economic
    groupings such as ⟪G20⟫ (⟪G20⟫) and ⟪D-8⟫ (⟪D-8⟫)
    ⟪Hong Kong⟫ ... plays an active role in such international organisations as ⟪WTO⟫
    In addition to the ⟪UN⟫, ⟪Cameroon⟫ is active in other organisations such as ...   (the UN too)

The state is the one the sentence opens with (or "It", the document's subject outside a
relations row); the words between it and its taking part hold no other state, no negation and
nothing unreal ("wants to", "would"). Working together, cooperating, being partners or
observers, or having a presence or influence in organizations are not taking part in them and
are not read (the verbs are the vocabulary's `membership-taking-part`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.memberships import OrgItem
from pipeline.rules.memberships import FILLS, _claim, _org, reader
from schemas import rules as R

#: the adjectives of a kind of organization: "other multilateral", "some Nordic", "regional and
#: international"
KIND_WORDS = r"(?:[A-Za-z-]+,?\s+(?:(?:and|or)\s+)?){0,3}?"
#: a kind of organization, once or twice: "organisations or global institutions"
KIND = rf"{KIND_WORDS}@{{organization-kinds}}"
KINDS = rf"{KIND}(?:\s+(?:or|and)\s+{KIND})?"
SUCH_AS = (
    # "In addition to the ⟪UN⟫,", or a fronted phrase that names no state ("As a separate
    # customs territory,", "However,")
    r"^\s*(?:in\s+addition\s+to\s+(?:the\s+)?⟪(?P<also>\d+)⟫\s*,\s*|[^⟪.;,]{1,60},\s*"
    # "⟪Greenland⟫ is represented by ⟪Denmark⟫, although ⟪Greenland⟫ does participate in": a
    # clause of its own, with its own subject
    r"|[^.;]{1,200}?,\s*(?:although|though|while|whereas|but)\s+"
    # "As the largest economy in ⟪Southeast Asia⟫,": what the state is, which may name a place
    r"|as\s+(?:the|an?)\s+[^.;,]{1,60},\s*)?"
    r"(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country))"
    # up to the taking part: no other mention, no end of a clause
    r"(?P<between>[^⟪.;:]{0,80}?\b(?:an?\s+)?(?:[a-z-]+\s+(?:and\s+)?){0,3}?"
    r"@{membership-taking-part})\s+"
    r"(?:(?P<such>such\s+)(?P<kinds1>" + KINDS + r")\s+as"
    r"|(?:(?P<other>other|another)\s+|(?:some|several|various|many|numerous|a\s+number\s+of)\s+)?"
    r"(?P<kinds2>" + KINDS + r")\s*,?\s*@{member-named-lead})"
    r"\s*:?\s*(?:the\s+)?"
)
#: what makes the words between the state and its taking part not a statement of it
NOT_SO = r"(?<![\w'])(?:@{irrealis}|@{negation})(?![\w'])"


def opening_state(ctx: Context, state: str | None) -> str | None:
    """The state a sentence opens with (its mention's index), or for "It" / "The country" the
    document's subject outside a relations row (in a row "it" may be the row's country)."""
    if state:
        return ctx.res.grammar.state_code(ctx.sentence.mention(state))
    return ctx.implied_subject


def member_of_each(
    ctx: Context, span: tuple[int, int], spec: R.RuleSpec, member: str, items: list[OrgItem]
) -> list[Found]:
    """`member` is a member of every organization of a list read after a rule's pattern (an
    item qualified with another standing, "(observer)", is left out)."""
    return [
        Found(
            span,
            _claim(
                ctx,
                spec,
                member,
                item.org_pair,
            ),
            (i,),
        )
        for i, item in enumerate(items)
        if item.status == "member"
    ]


def opening_state_listed(
    ctx: Context, m: re.Match[str], spec: R.RuleSpec, *, modifier: bool = False
) -> list[Found]:
    """The state the sentence opens with (`opening_state`) is a member of every organization
    listed right after the match, unless the words between them (group `between`) hold a
    negation or something unreal."""
    if ctx.res.regex(NOT_SO).search(m.group("between")):
        return []
    member = opening_state(ctx, m.group("state"))
    if member is None:
        return []
    items, _ = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], ctx.sentence, "member", modifier=modifier
    )
    return member_of_each(ctx, (m.start(), m.end()), spec, member, items)


def read_such_as(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed after the kind is the state's; with "In addition to ⟪O⟫ ...
    other organisations", ⟪O⟫ too."""
    sentence = ctx.sentence
    # the "to" of the taking part itself ("belongs to") is not an infinitive's
    between = re.sub(r"\bto$", "", m.group("between"))
    if ctx.res.regex(NOT_SO).search(between):
        return []
    member = opening_state(ctx, m.group("state"))
    if member is None:
        return []
    items, _ = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], sentence, "member", modifier=True
    )
    orgs: list[tuple[str | None, str]] = [
        item.org_pair for item in items if item.status == "member"
    ]
    if not orgs:
        return []
    if m.group("also") and m.group("other"):
        also = _org(ctx, m.group("also"))
        if also is not None and also not in orgs:
            orgs.insert(0, also)
    return [
        Found((m.start(), m.end()), _claim(ctx, R.ACTIVE_IN_SUCH_AS, member, org), (i,))
        for i, org in enumerate(orgs)
    ]


ACTIVE_IN_SUCH_AS = Rule(
    R.ACTIVE_IN_SUCH_AS,
    Needs(groups=("membership-taking-part",)),
    SUCH_AS,
    read_such_as,
    FILLS,
    (("members", "one"),),
)
RULES: tuple[Rule, ...] = (ACTIVE_IN_SUCH_AS,)
