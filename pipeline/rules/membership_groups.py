"""`group-names-members`: a grouping named with the states that make it up, in the words that
say what relation the list names (fixtures/README.md, M3), not a bare parenthesis after its name.

    the ⟪G4⟫, an alliance among ⟪Brazil⟫, ⟪Germany⟫, ⟪India⟫, and ⟪Japan⟫
    the sub-regional grouping ⟪BIMSTEC⟫ involving ⟪Bangladesh⟫, ⟪India⟫, ⟪Sri Lanka⟫ ...
    the six member States (⟪Saudi Arabia⟫, ⟪Bahrain⟫, ...) of the ⟪GCC⟫
    members of the ⟪ASEAN⟫ (⟪ASEAN⟫) (⟪Brunei⟫, ⟪Cambodia⟫, ...)

Every item of the list must be a state: "an organization of ⟪French⟫ speaking countries", a
list that goes on with anything else, names none. "⟪O⟫ (⟪A⟫, ⟪B⟫)" alone says nothing of
membership (M3) and is not read; nor is "the ⟪EU⟫ countries, ⟪Russia⟫ and ⟪China⟫" (a series,
not an apposition: the text does not tell them apart).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.memberships import MembershipClaim
from schemas import rules as R

#: an organization's mention, with its acronym in brackets: "the ⟪GCC⟫ (⟪GCC⟫)"
ORG = r"(?:the\s+)?⟪(?P<{0}>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?"
#: the list ends the phrase: not "⟪French⟫ speaking countries", not "⟪A⟫'s"
LIST_END = r"(?![\w'’-]|\s+(?:speaking|-speaking|led|based|or)\b)"
#: a list that goes on past where the pattern stopped: "⟪A⟫, ⟪B⟫ and other states"
GOES_ON = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as)\s+)?(?:the\s+)?(?:⟪|other\b|several\b)", re.I
)
GROUPS = (
    # "the ⟪G4⟫, an alliance among ⟪A⟫, ⟪B⟫ and ⟪C⟫"
    ORG.format("org")
    + r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?@{grouping-noun}\s+(?:among|between|of)\s+"
    r"(?P<list>@{ENTS})"
    + LIST_END
    # "the sub-regional grouping ⟪BIMSTEC⟫ involving ⟪A⟫, ⟪B⟫"
    + r"|"
    + ORG.format("org2")
    + r"\s*,?\s+@{grouping-involves}\s+(?P<list2>@{ENTS})"
    + LIST_END
    # "the six member States (⟪A⟫, ⟪B⟫) of the ⟪GCC⟫"
    + r"|\b(?:@{COUNT}\s+)?member\s+(?:states|countries|nations)\s*\(\s*(?P<list3>@{ENTS})\s*\)"
    r"\s*of\s+"
    + ORG.format("org3")
    # "members of the ⟪ASEAN⟫ (⟪ASEAN⟫) (⟪A⟫, ⟪B⟫)"
    + r"|\bmembers\s+of\s+"
    + ORG.format("org4")
    + r"\s*\(\s*(?P<list4>@{ENTS})\s*\)"
)


def read_groups(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every state listed is a member of the organization, when every item is a state."""
    sentence = ctx.sentence
    org_at = next(m.group(g) for g in ("org", "org2", "org3", "org4") if m.group(g))
    listed = next(m.group(g) for g in ("list", "list2", "list3", "list4") if m.group(g))
    mention = sentence.mention(org_at)
    if mention.label != "ORG" or ctx.res.grammar.negated(
        ctx.masked[max(0, m.start() - 30) : m.end()]
    ):
        return []
    if GOES_ON.match(ctx.masked, m.end()):
        return []  # the list goes on with more than states
    states = []
    for i in re.findall(r"⟪(\d+)⟫", listed):
        code = ctx.res.grammar.state_code(sentence.mention(i))
        if code is None:
            return []  # an item that is no state: a list of something else
        states.append(code)
    if len(states) < 2:
        return []
    org = ctx.res.grammar.knowledge.organizations.orgs.get(mention.code or "")
    org_id, name = (org.org_id, org.name) if org else (None, mention.text)
    return [
        Found(
            (m.start(), m.end()),
            MembershipClaim(
                R.GROUP_NAMES_MEMBERS.name,
                sentence.line,
                sentence.evidence,
                state,
                org_id,
                name,
                "member",
            ),
            (i,),
        )
        for i, state in enumerate(dict.fromkeys(states))
    ]


GROUP_NAMES_MEMBERS = Rule(
    R.GROUP_NAMES_MEMBERS,
    Needs(groups=("grouping-noun", "grouping-involves"), words=("member", "members")),
    GROUPS,
    read_groups,
    ("member_iso3", "org_id", "org_name", "status"),
    (("members", "named"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (GROUP_NAMES_MEMBERS,)
