"""`held-presidency`: a state that chairs a body, or holds its (rotating) presidency, stands in
it (fixtures/README.md, M13), as a seat on the UN Security Council does.

    ⟪Ireland⟫ has held the Presidency of the Council of ⟪EU⟫ on seven occasions   (the EU)
    ⟪San Marino⟫ held the semi-annual presidency of the Committee of Ministers of the ⟪CoE⟫
    ⟪Honduras⟫ held the 6-month ⟪SICA⟫ presidency during the second half of 1998
    ⟪Malawi⟫ assumed the chair of the ⟪SADC⟫ in 2001
    ⟪Costa Rica⟫ gained election as President of the ⟪G-77⟫ in the ⟪UN⟫ in 1995
    ⟪Malaysia⟫ has chaired ⟪ASEAN⟫, the ⟪OIC⟫, and the ⟪NAM⟫ in the past
    ..., and held the Presidency of the ⟪EU⟫ during the first half of 2009

The organization is the first one named in the office's name: an organ written out before it
("the Council of", "the Committee of Ministers of") is the organization's. The state is the
subject of the clause (a state, or "it", "the country", "the nation": the one state named
before it, else the document's subject outside a relations row); a person chairing, hosting a
summit, seeking or bidding for a chair, negation and unreal mood read nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.rules.membership_entry import CLAUSE_START, STATES, UNREAL, listed_or_it, states_of
from pipeline.rules.memberships import FILLS, _claim, _org, reader
from schemas import rules as R

#: an organ of the organization named before it: "the Council of", "the Committee of
#: Ministers of the"
ORGAN = r"(?:(?:[A-Z][\w'’-]*|of|the|on|for)\s+){0,6}?"
#: the office: "the (rotating, semi-annual, 6-month) presidency (chairmanship, chair) of"
OFFICE = r"(?:presidency|chairmanship|co-chairmanship|chair|chairpersonship)"
CHAIR = (
    CLAUSE_START + r"\s*(?:(?:in|on|by|from)\s+[^⟪,;.]{0,30}?\d{4}\s*,?\s+)?"
    r"(?:(?P<list>" + STATES + r")(?:\s*,\s*which)?|(?P<it>it|the\s+country|the\s+nation))\s+"
    r"(?P<between>@{ADVERBS}(?:(?:has|have|had)\s+(?:also\s+|since\s+)?)?)"
    r"(?:(?:held|holds|hold|holding|assumed|assumes|took\s+over|takes\s+over|taken\s+over)\s+"
    r"(?:the\s+|its\s+)?(?:first\s+)?(?:(?:[\w-]+\s+){0,2}?" + OFFICE + r"(?:\s+office)?\s+of\s+"
    r"(?:the\s+)?" + ORGAN + r"⟪(?P<org>\d+)⟫"
    r"|(?:[\w-]+\s+){0,2}?⟪(?P<org2>\d+)⟫\s+" + OFFICE + r"\b)"
    r"|(?:gained\s+election|was\s+elected)\s+as\s+(?:the\s+)?(?:President|Chair|Chairman)\s+of\s+"
    r"(?:the\s+)?" + ORGAN + r"⟪(?P<org3>\d+)⟫"
    r"|(?:chaired|chairs|co-chaired|presided\s+over|presides\s+over)\s+(?:the\s+)?"
    + ORGAN
    + r"⟪(?P<org4>\d+)⟫(?=\s*(?:[,;.()]|$|(?:summits?|meetings?|sessions?|conferences?)\b|"
    r"(?:in|on|from|during|between|until|for|and|since|at|twice|again)\b)))"
)


def read_chair(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state that opens the clause stands in the organization whose office it holds."""
    if ctx.res.regex(UNREAL).search(m.group("between")):
        return []
    org_at = next(m.group(g) for g in ("org", "org2", "org3", "org4") if m.group(g))
    org = _org(ctx, org_at)
    if org is None:
        return []
    orgs = [org]
    if m.group("org4"):  # "has chaired ⟪ASEAN⟫, the ⟪OIC⟫, and the ⟪NAM⟫": each of the list
        at = m.start("org4") - 1
        items, _ = ctx.res.once(reader).org_list_end(
            ctx.masked[at:], ctx.sentence, "member", modifier=True
        )
        orgs = [item.org_pair for item in items if item.status == "member"] or orgs
    members = listed_or_it(ctx, m.group("list"), m.start("it"))
    if not members:
        return []
    claims = [_claim(ctx, R.HELD_PRESIDENCY, member, o) for o in orgs for member in members]
    return [Found((m.start(), m.end()), c, (i,)) for i, c in enumerate(claims)]


HELD_PRESIDENCY = Rule(
    R.HELD_PRESIDENCY,
    Needs(
        words=(
            "presidency",
            "chairmanship",
            "chair",
            "chairpersonship",
            "president",
            "chairman",
            "chaired",
            "chairs",
            "presided",
            "presides",
        )
    ),
    CHAIR,
    read_chair,
    FILLS,
    (("members", "one"),),
    repeat=True,
)
#: "⟪Nauru⟫ uses its seat in the ⟪UN⟫", "⟪Kazakhstan⟫ was elected to a seat on the ⟪UNHRC⟫"
#: (M14: a state's seat in a body), of any body (`council-seat` reads a council's only); and a
#: seat handed to a state (M29: "transferring ⟪China⟫'s seat on the ⟪UNSC⟫ to the ⟪PRC⟫"; "the ⟪UN⟫
#: ... transferred ⟪China⟫'s seat to the ⟪PRC⟫": the one body named before; "the seat of ⟪China⟫
#: is currently occupied by the ⟪PRC⟫")
SEAT = (
    CLAUSE_START + r"\s*(?:(?:in|on|by|from)\s+[^⟪,;.]{0,30}?\d{4}\s*,?\s+)?"
    r"(?:(?P<list>" + STATES + r")|(?P<it>it|the\s+country|the\s+nation))\s+"
    r"(?P<between>@{ADVERBS}(?:(?:has|have|had)\s+(?:also\s+)?)?)"
    r"(?:held|holds|hold|occupies|occupied|uses|used|retained|retains|won|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:re-?)?elected\s+to)\s+"
    r"(?:its|a|their)\s+(?:(?:permanent|non-permanent|nonpermanent|rotating|rotational|full|"
    r"voting)\s+)?seats?\s+(?:in|on|at)\s+(?:the\s+)?⟪(?P<org>\d+)⟫"
    # not a modifier: "a seat in the ⟪EU⟫ parliament"
    r"(?!\s*['’])(?!\s+(?!(?:in|on|since|from|until|as|and|with|when|after|before|for|at|by|"
    r"during|of|to|but|while|which|where)\b)[a-z]+)"
    # a seat that changes hands (M29): "transferring ⟪China⟫'s seat on the ⟪UNSC⟫ to the ⟪PRC⟫"
    r"|(?<![\w-])(?:transferr(?:ed|ing)|gave|giving|handed|handing)\s+(?:the\s+)?⟪(?P<owner>\d+)⟫['’]s\s+"
    r"seat\s+(?:(?:in|on|at)\s+(?:the\s+)?⟪(?P<org2>\d+)⟫\s+)?to\s+(?:the\s+)?⟪(?P<to>\d+)⟫"
    # a seat granted to a body that is no state's government: the state whose seat it is,
    # "granted to the ⟪Syrian⟫ National Coalition ⟪Syria⟫'s seat in the ⟪Arab League⟫"
    r"|(?<![\w-])(?:granted|granting|gave|giving|handed|handing)\s+to\s+(?:the\s+)?(?:⟪\d+⟫\s+)?"
    r"(?:[\w-]+\s+){1,4}?⟪(?P<owner2>\d+)⟫['’]s\s+seat\s+(?:in|on|at)\s+(?:the\s+)?⟪(?P<org5>\d+)⟫"
    # "the seat of ⟪China⟫ is currently occupied by the ⟪PRC⟫"
    r"|(?<![\w-])seat\s+of\s+(?:the\s+)?⟪\d+⟫\s+(?:(?:in|on|at)\s+(?:the\s+)?⟪(?P<org3>\d+)⟫\s+)?"
    r"(?:is|was|has\s+been)\s+(?:now\s+|currently\s+|since\s+\d{4}\s+)?(?:occupied|held)\s+by\s+"
    r"(?:the\s+)?⟪(?P<by>\d+)⟫"
)


#: a transfer proposed, not made
PROPOSED = (
    r"(?<![\w-])(?:motions?|proposals?|proposed|proposing|attempts?|attempted|bids?|drafts?)\b"
)


def _the_one_body_before(ctx: Context, at: int) -> str | None:
    """The one organization named before `at` ("the ⟪UN⟫ expelled ⟪A⟫ and transferred ⟪B⟫'s seat
    to ⟪C⟫": the body whose seat it is), None when none or several are."""
    named = [
        i for i in re.findall(r"⟪(\d+)⟫", ctx.masked[:at]) if ctx.sentence.mention(i).label == "ORG"
    ]
    codes = {ctx.sentence.mention(i).code for i in named}
    return named[0] if len(codes) == 1 else None


def read_seat(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state that opens the clause stands in the body it holds a seat in; a seat handed
    over (M29) is the seat of the state whose seat it was and of the one it goes to."""
    if m.group("to") or m.group("by") or m.group("owner2"):
        # the state the seat is handed to (held by) holds it; the one whose seat it is held it
        before = ctx.masked[max(0, m.start() - 40) : m.start()]
        if ctx.res.regex(UNREAL).search(before) or ctx.res.regex(PROPOSED).search(before):
            return []
        held = [m.group(g) for g in ("owner", "owner2", "to", "by") if m.group(g)]
        codes = [c for c in (states_of(ctx, f"⟪{i}⟫") for i in held) if c]
        members: list[str] | None = list(dict.fromkeys(c[0] for c in codes))
        at = m.group("org2") or m.group("org3") or m.group("org5")
        at = at or _the_one_body_before(ctx, m.start())
        org = _org(ctx, at) if at is not None else None
    else:
        if ctx.res.regex(UNREAL).search(m.group("between")):
            return []
        org = _org(ctx, m.group("org"))
        members = listed_or_it(ctx, m.group("list"), m.start("it"))
    if org is None or not members:
        return []
    return [
        Found((m.start(), m.end()), _claim(ctx, R.SEAT_IN, member, org), (i,))
        for i, member in enumerate(members)
    ]


SEAT_IN = Rule(
    R.SEAT_IN,
    Needs(words=("seat", "seats")),
    SEAT,
    read_seat,
    FILLS,
    (("members", "one"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (HELD_PRESIDENCY, SEAT_IN)
