"""`along-with-standing` and `with-the-rest-of`.

`along-with-standing`: a state, "along with" (together with) others, stands in an
organization in M1's words other than "is a member of" (`members-along-with` reads that one with
the others named): "is part of", "plays a role in", "participates in", "is active in"; or is a
member with others the sentence does not name.

    ⟪Russia⟫, along with ⟪China⟫, remains part of the ⟪UN Security Council⟫
    ⟪Jordan⟫ together with ⟪Pakistan⟫ is playing an effective role in the ⟪OIC⟫
    ⟪Lithuania⟫, together with other two Baltic countries, is also a member of ⟪NIB⟫
                                                   (the state only: the others are not named)
    From 1961 to 1965 the two states, along with ⟪Tanzania⟫, were united in the ⟪EACSO⟫
                                                   (in a relations row: the row's two states)

The states named "along with" the subject stand in it too (every name must be a state); other
companions ("other Baltic countries", "its partners") add nothing. A statement about something
done in the organization ("cooperates in", "votes in": M1), negation and unreal mood read
nothing.

`with-the-rest-of`: the state set apart from "the rest of" an organization is its member
(fixtures/README.md, M20), whatever else the sentence says.

    Together with the rest of the ⟪EU⟫, ⟪Finland⟫ enforces sanctions against ⟪Russia⟫
    ⟪Finland⟫, along with the rest of the ⟪EU⟫, has not recognized ...
    ⟪Finland⟫ enforces the sanctions together with the rest of the ⟪EU⟫

The rest must be of an organization's mention ("the rest of the world", "of the hemisphere",
"of South America" name none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.missions import ROW
from pipeline.rules.membership_entry import STATES, states_of
from pipeline.rules.membership_such_as import NOT_SO
from pipeline.rules.memberships import FILLS, _claim, _org, reader
from schemas import rules as R

#: the standing: "remains part of", "is also a member of", "is playing an effective role in"
STANDING = (
    r"(?:(?:is|are|was|were|remains|remain|remained|(?:has|have|had)\s+been)\s+(?:also\s+|still\s+"
    r"|now\s+|both\s+)*(?:(?:an?|the)\s+)?(?:(?:full|founding|active|key|permanent|important)\s+)?"
    r"(?:part|members?|member\s+states?)\s+(?:of|in)"
    r"|(?:(?:is|are|was|were)\s+(?:also\s+)?playing|plays|play|played)\s+(?:an?\s+)?"
    r"(?:[a-z-]+\s+(?:and\s+)?){0,3}?role\s+in"
    r"|(?:participates|participate|participated|(?:is|are|was|were)\s+(?:also\s+)?active)\s+in"
    # "the two states, along with ⟪Tanzania⟫, were united in the ⟪EACSO⟫" (an organization only)
    r"|(?:were|are)\s+united\s+in(?=\s+(?:the\s+)?⟪))"
)
ALONG_WITH = (
    r"^\s*(?:[^⟪.;,]{1,60},\s*|from\s+\d{4}\s+to\s+\d{4}\s+)?"
    r"(?:(?P<subject>(?:the\s+)?⟪\d+⟫)|(?P<pair>both\s+@{pair-noun}|the\s+two\s+@{pair-noun}))"
    r"\s*,?\s+(?:along|together)\s+with\s+"
    r"(?:(?P<with>" + STATES + r")|(?P<others>(?:the\s+)?(?:other|its|their|several|some|"
    r"fellow)\s+[^⟪,;.]{1,40}?))\s*,?\s+(?P<between>@{ADVERBS})" + STANDING + r"\s+(?:the\s+)?"
)


def read_along_with(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The subject, and the states named with it, stand in every organization listed."""
    if ctx.res.regex(NOT_SO).search(m.group("between") + " " + (m.group("others") or "")):
        return []
    if m.group("pair"):  # the row's two states, in a relations row only
        subject = ctx.where.subject
        members: list[str] | None = [subject, ROW] if ctx.where.in_row and subject else None
    else:
        members = states_of(ctx, m.group("subject"))
    if members is None:
        return []
    if m.group("with"):
        named = states_of(ctx, m.group("with"))
        if named is None:
            return []
        members += named
    items, _ = ctx.res.once(reader).org_list_end(ctx.masked[m.end() :], ctx.sentence, "member")
    orgs = [item.org_pair for item in items if item.status == "member"]
    claims = [
        _claim(ctx, R.ALONG_WITH_STANDING, member, org)
        for org in orgs
        for member in dict.fromkeys(members)
    ]
    return [Found((m.start(), m.end()), c, (i,)) for i, c in enumerate(claims)]


ALONG_WITH_STANDING = Rule(
    R.ALONG_WITH_STANDING,
    Needs(words=("along", "together")),
    ALONG_WITH,
    read_along_with,
    FILLS,
    (("members", "listed"),),
)
#: "Together with the rest of the ⟪EU⟫, ⟪Finland⟫ ...", "⟪Finland⟫, along with the rest of the
#: ⟪EU⟫, ..." (M20: the state set apart from the rest of the organization is one of it)
REST_OF = (
    r"(?:^|[,;]\s*)\s*(?:(?:together|along)\s+with\s+the\s+rest\s+of\s+(?:the\s+)?⟪(?P<org>\d+)⟫"
    r"\s*,\s*(?P<state>(?:the\s+)?⟪\d+⟫)"
    r"|(?P<state2>(?:the\s+)?⟪\d+⟫)\s*,?\s+(?:together|along)\s+with\s+the\s+rest\s+of\s+"
    r"(?:the\s+)?⟪(?P<org2>\d+)⟫)(?!\s*(?:'s|’s|[-‐]))"
    # "⟪Finland⟫ enforces the sanctions together with the rest of the ⟪EU⟫": the subject
    r"|^\s*(?:[^⟪.;,]{1,60},\s*)?(?P<state3>(?:the\s+)?⟪\d+⟫)\s+(?!and\b)[^⟪.;]{1,80}?"
    r"\b(?:together|along)\s+with\s+the\s+rest\s+of\s+(?:the\s+)?⟪(?P<org3>\d+)⟫"
    r"(?!\s*(?:'s|’s|[-‐]))"
)


def read_rest_of(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state set apart from the rest of the organization is its member (a negation
    elsewhere in the sentence does not touch the membership, M20)."""
    org = _org(ctx, m.group("org") or m.group("org2") or m.group("org3"))
    members = states_of(ctx, m.group("state") or m.group("state2") or m.group("state3"))
    if org is None or not members:
        return []
    return [Found((m.start(), m.end()), _claim(ctx, R.WITH_THE_REST_OF, members[0], org))]


WITH_THE_REST_OF = Rule(
    R.WITH_THE_REST_OF,
    Needs(words=("rest",)),
    REST_OF,
    read_rest_of,
    FILLS,
    (("members", "one"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (ALONG_WITH_STANDING, WITH_THE_REST_OF)
