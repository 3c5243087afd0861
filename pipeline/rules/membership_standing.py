"""A membership that ended or is suspended: its `standing` (`memberships.standing`, former or
suspended; fixtures/README.md: "withdrew, quit, was expelled, has left: was a member;
suspended: still a member").

    withdrew-from    ⟪Albania⟫ formally withdrew from the ⟪Warsaw Pact⟫ in 1968
                     ..., ⟪Georgia⟫ broke off relations ... and has left the ⟪CIS⟫
                     ⟪Morocco⟫, consequently, withdrew from the ⟪OAU⟫
                     ..., when ⟪Cuba⟫ was expelled from the ⟪OAS⟫, ...
                     ⟪Mali⟫ dropped out of the ⟪Franc Zone⟫; ⟪South Africa⟫ quit the ⟪C⟫
    suspended-from   ⟪Syria⟫ was suspended from the ⟪Arab League⟫ in 2011 and the ⟪OIC⟫ in 2012
                     ⟪Syria⟫ has been temporarily suspended from the ⟪Arab League⟫
    formerly-member  It was formerly a member of the now-defunct ⟪Latin Union⟫ and the ⟪SEATO⟫
                     ⟪Iran⟫ and ⟪Turkey⟫ were once members of ⟪CENTO⟫
                     ⟪Venezuela⟫ was a member of the ⟪CAN⟫ until 2006
    expelled-by      In 1971, the ⟪UN⟫ expelled ⟪the ROC⟫; ⟪Cuba⟫ was expelled by the ⟪OAS⟫

The ending's date ("in 1968", "until 2006", the end of "from 1969 to 1976"; a suspension's: its
start), written right after the organizations or fronted before the subject ("In 1962, ⟪Cuba⟫
was expelled ..."), is the fact's date. A threat, a bill, a vote or a
plan to leave ("threatened to withdraw from", "voted to leave") is no ending and is not read:
the verbs are read finite ("withdrew", "has left", "was expelled"), never after "to"; a
negation or an unreal mood before the verb ("did not leave", "would have left", "never quit")
and a state named by its adjective before a noun ("expelled ⟪Russian⟫ diplomats") read nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.memberships import ATTRIBUTIVE, MembershipClaim, OrgItem
from pipeline.extract.missions import ROW
from pipeline.rules.membership_entry import (
    CLAUSE_START,
    GOVERNMENT,
    STATES,
    UNNAMED,
    UNREAL,
    _subject,
    _unreal_before,
    it_state,
    states_of,
)
from pipeline.rules.membership_such_as import NOT_SO
from pipeline.rules.memberships import FILLS, _org, reader
from schemas import rules as R

#: the subject of a clause: states, "it" / "the country", "the ⟪Lao⟫ government", a fronted date
#: before it ("..., in 1984 ⟪Morocco⟫ withdrew")
SUBJECT = (
    r"(?:" + CLAUSE_START + r"|(?<![\w-])(?:although|though|because|whereas|whilst)\s)"
    r"\s*(?:(?:in|on)\s+(?P<fronted>[^⟪,;.]{0,20}?\d{4})\s*,?\s+|(?:in|on|by)\s+[^⟪,;.]{0,30}?"
    r"\d{4}\s*,?\s+)?"
    r"(?:(?P<list>" + STATES + r")|(?P<it>it|the\s+country|the\s+nation)|" + GOVERNMENT
    + r"|(?P<both>both(?:\s+countries|\s+states|\s+nations)?|the\s+two\s+(?:countries|states|"
    r"nations)))"
)  # fmt: skip
#: a sentence adverb set off by commas between a subject and its verb: "⟪Morocco⟫,
#: consequently, withdrew"
SET_OFF = (
    r"(?:\s*,\s*(?:[a-z]{3,}ly|consequently|therefore|thus|however|in\s+turn|in\s+protest|"
    r"in\s+response|in\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4}))\s*,)?"
)
#: how an ending is said of the subject: an auxiliary, adverbs ("has been temporarily suspended
#: from", "has also withdrawn from", "formally withdrew from")
AUX = r"(?P<aux>(?:has|have|had)\s+(?:also\s+)?(?:been\s+)?|(?:was|were|is|are)\s+)?"
MANNER = (
    r"(?:(?:temporarily|briefly|voluntarily|unilaterally|effectively|permanently|formally)\s+)?"
)


#: a later predicate of the state the sentence opens with: "⟪Georgia⟫ broke off relations with
#: ⟪Russia⟫ and has left the ⟪CIS⟫" (`read_ending` checks the words between)
LATER = (
    r"(?:^|(?<=,))\s*(?:(?:the\s+)?⟪(?P<opening>\d+)⟫|(?P<it2>it|the\s+country))\s+"
    r"(?P<between>(?:[^⟪.;:]|⟪\d+⟫){1,120}?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
)
#: a state named between a subject and its later predicate must be the object of a preposition
#: ("relations with ⟪Russia⟫"), not the subject of another clause
OBJECT_STATE = r"(?:with|to|from|against|of|on|by|for|toward|towards|towards)\s+(?:the\s+)?$"
#: words that open another clause, whose subject the later predicate may be
OTHER_CLAUSE = r"(?<![\w-])(?:which|who|whom|whose|that|where|while|whereas|when|if|but)(?![\w-])"


def ending(standing: str) -> str:
    """The pattern of an ending of `standing` (a value of the vocabulary's membership-ending)."""
    return (
        r"(?:" + SUBJECT + SET_OFF + r"\s+|" + LATER + r")@{ADVERBS}" + AUX + MANNER
        + r"(?P<verb>@{membership-ending:" + standing + r"})\s+(?:the\s+)?"
    )  # fmt: skip


def _later_subject(ctx: Context, m: re.Match[str]) -> list[str] | None:
    """The sentence's opening state, when nothing between it and the later predicate makes the
    predicate another's: another clause, an unreal mood, a state that is not an object."""
    between = m.group("between")
    if ctx.res.regex(OTHER_CLAUSE).search(between) or ctx.res.regex(UNREAL).search(between):
        return None
    grammar, sentence = ctx.res.grammar, ctx.sentence
    for named in re.finditer(r"⟪(\d+)⟫", between):
        if grammar.state_code(sentence.mention(named.group(1))) and not ctx.res.regex(
            OBJECT_STATE
        ).search(between[: named.start()]):
            return None
    if m.group("it2"):  # the one state named before it, else the document's subject
        member = it_state(ctx, m.start("it2"))
    else:
        member = ctx.res.grammar.state_code(sentence.mention(m.group("opening")))
    return [member] if member else None


#: the endings said in the passive ("was expelled from"), the others in the active voice
PASSIVE = re.compile(r"^(?:expelled|suspended)\b", re.I)
#: "the ⟪EU⟫'s summit", "the ⟪UN⟫ headquarters": a body of the organization or a place, not it
OF_THE_BODY = re.compile(r"^(?:['’]s?\b|\s+(?:summit|meeting|conference|headquarters|building|"
                         r"session|talks|mission|delegation)s?\b)", re.I)  # fmt: skip


def _claims(
    ctx: Context, span: tuple[int, int], spec: R.RuleSpec, members: list[str], items: list[OrgItem],
    standing: str, when: str | None,
) -> list[Found]:  # fmt: skip
    """Every member's standing in every organization listed (an item qualified with another
    standing, "(observer)", is left out), dated by the item's own date or the one after the
    list."""
    out: list[Found] = []
    for member in members:
        for item in items:
            if item.status != standing:
                continue
            org_id, name = item.org_pair
            claim = MembershipClaim(
                spec.name, ctx.sentence.line, ctx.sentence.evidence, member, org_id, name,
                standing, item.date_text or when,
            )  # fmt: skip
            out.append(Found(span, claim, (len(out),)))
    return out


#: the date right after the organizations: "in 1968", "on 22 February 2011", "from 1995 until
#: 1999" (a span: its end dates a former membership, its start a suspension)
WHEN = (
    r"^(?:\s*\[\d+\])*\s*,?\s*(?:(?:in|on|since)\s+(?P<date>@{DATE})"
    r"|from\s+(?P<start>@{DATE})\s+(?:to|until|till|through)\s+(?P<end>@{DATE}))"
)


def _when(ctx: Context, rest: str, standing: str) -> str | None:
    """The ending's (or suspension's) date written right after the organizations."""
    m = ctx.res.regex(WHEN).match(rest)
    if m is None:
        return None
    return m.group("date") or m.group("end" if standing == "former" else "start")


def _fronted(ctx: Context, m: re.Match[str]) -> str | None:
    """The date fronted before the subject of the clause: "In 1962, ⟪Cuba⟫ was expelled ..."
    (only a written date: "In the late 1960s" is none)."""
    fronted = m.groupdict().get("fronted") or m.groupdict().get("fronted2")
    return fronted if fronted and ctx.res.regex(r"^@{DATE}$").match(fronted) else None


def _listed(ctx: Context, at: int, standing: str) -> tuple[list[OrgItem], str | None]:
    """The organizations listed from `at` (none when they name a body or place of the
    organization, or an unnamed treaty) and the date after them."""
    # the words after the organizations may be anything ("shortly after independence", "over
    # the matter"), save a body or place of it (`OF_THE_BODY`)
    items, used = ctx.res.once(reader).org_list_end(
        ctx.masked[at:], ctx.sentence, standing, modifier=True
    )
    rest = ctx.masked[at + used :]
    if not items or OF_THE_BODY.match(rest):
        return [], None
    items = [item for item in items if item.org is not None or not UNNAMED.search(item.name)]
    return items, _when(ctx, rest, standing)


#: what makes an ending said after it, in its clause, not (yet) real: "if ⟪A⟫ left ...",
#: "fears that ⟪A⟫ ...", "the threat that ⟪A⟫ ..."
HYPOTHESIS = (
    r"(?<![\w-])(?:if|unless|whether|lest|in\s+case|suppose|supposing|fear\w*|threat\w*|"
    r"rumou?r\w*|speculat\w*)(?![\w-])[^,;:]*$"
)


def _unreal_clause_before(ctx: Context, at: int) -> bool:
    """A negation, an unreal mood, a prospect or a hypothesis in the clause before `at` (a
    clause before a comma is another's: "due to the war, ⟪Georgia⟫ left ...")."""
    before = ctx.masked[max(0, at - 80) : at]
    clause = re.split(r"[,;:]", before)[-1]
    return bool(
        ctx.res.regex(NOT_SO).search(clause)
        or ctx.res.regex(HYPOTHESIS).search(clause)
        or ctx.res.once(reader).prospect_before.search(clause)
    )


def _members(ctx: Context, m: re.Match[str]) -> list[str] | None:
    """The states of a clause's subject (`SUBJECT`); "both (countries)" in a relations row: the
    article's subject and the row's state (elsewhere undecided)."""
    if m.group("both"):
        return [ctx.where.subject, ROW] if ctx.where.in_row and ctx.where.subject else None
    return _subject(ctx, m)


def read_ending(ctx: Context, m: re.Match[str], spec: R.RuleSpec) -> list[Found]:
    """The states that open the clause left (or were suspended from) the organizations listed
    after the verb."""
    verb = m.group("verb")
    standing = ctx.res.grammar.knowledge.vocabulary.value("membership-ending", verb)
    if standing is None:
        return []
    passive = bool(PASSIVE.match(verb))
    aux = (m.group("aux") or "").lower()
    if passive != bool(re.search(r"\b(?:was|were|is|are|been)\b", aux)):
        return []  # "⟪A⟫ expelled from ...", "troops were withdrawn from ...": not the state's
    if ctx.res.regex(UNREAL).search(
        ctx.masked[m.start() : m.start("verb")]
    ) or _unreal_clause_before(ctx, m.start()):
        return []
    later = m.group("opening") is not None or m.group("it2") is not None
    members = _later_subject(ctx, m) if later else _members(ctx, m)
    if not members:
        return []
    items, when = _listed(ctx, m.end(), standing)
    when = when or _fronted(ctx, m)
    return _claims(ctx, (m.start(), m.end()), spec, members, items, standing, when)


def _read_former(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    return read_ending(ctx, m, R.WITHDREW_FROM)


def _read_suspended(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    return read_ending(ctx, m, R.SUSPENDED_FROM)


ENDING_WORDS = (
    "withdrew",
    "withdrawn",
    "left",
    "quit",
    "quitted",
    "dropped",
    "pulled",
    "resigned",
    "renounced",
    "ended",
    "terminated",
    "ceased",
    "expelled",
)
WITHDREW_FROM = Rule(
    R.WITHDREW_FROM,
    Needs(words=ENDING_WORDS),
    ending("former"),
    _read_former,
    FILLS,
    (("event", "exit"),),
    repeat=True,
)
SUSPENDED_FROM = Rule(
    R.SUSPENDED_FROM,
    Needs(words=("suspended",)),
    ending("suspended"),
    _read_suspended,
    FILLS,
    (("event", "suspension"),),
    repeat=True,
)

#: "It was formerly a member of ...", "⟪A⟫ and ⟪B⟫ were once members of ...", "⟪A⟫ had
#: previously been a founding member of ...", "⟪A⟫ was a member of ⟪O⟫ until 2006": a
#: membership the text places in the past as over (a plain "was a member of ⟪O⟫ in 1988" is not)
MEMBER_OF = (
    r"(?:an?\s+|one\s+of\s+the\s+)?(?:(?:founding|founder|full|original|charter)\s+)?"
    r"members?(?:\s+(?:states?|countries|country|nations?))?\s+(?:of|in)\s+(?:the\s+)?"
)
FORMERLY = (
    SUBJECT + SET_OFF + r"\s+(?:(?:(?:was|were|is|are)\s+(?:formerly|once|previously)|"
    r"(?:had|has|have)\s+(?:formerly|once|previously)\s+been|formerly\s+(?:was|were))\s+"
    + MEMBER_OF + r"(?:now[\s-]+defunct\s+|defunct\s+)?"
    # "was a member of the ⟪CAN⟫ until ...": the organizations, then "until"
    r"|(?P<until>was|were|had\s+been)\s+" + MEMBER_OF + r"(?=(?P<orgs>@{ENTS})\s*,?\s+until\s))"
)  # fmt: skip
#: what says a membership ended after the organizations: "until 2006", "until its withdrawal
#: (dissolution, expulsion) in 2006"
UNTIL = re.compile(
    r"^\s*,?\s*until\s+(?:(?:its|their|the)\s+(?:withdrawal|expulsion|dissolution|exit|"
    r"departure)(?:\s+(?:in|on)\s+(?P<event_date>[^,;.]{3,30}?))?(?=\s*(?:[,;.]|$))"
    r"|(?P<date>\S[^,;.]{2,30}?)(?=\s*(?:[,;.]|$|\s+when\b)))",
    re.I,
)


def read_formerly(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The states were members of the organizations listed, and are no longer: "formerly",
    "once", "previously" before the noun, or "until ..." after the organizations."""
    if _unreal_before(ctx, m.start()):
        return []
    members = _members(ctx, m)
    if not members:
        return []
    items, used = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], ctx.sentence, "former", modifier=True
    )
    rest = ctx.masked[m.end() + used :]
    when = None
    if m.group("until"):
        until = UNTIL.match(rest)
        if until is None:
            return []
        when = until.group("event_date") or until.group("date")
        if when is not None and ctx.res.grammar.date_after(f" in {when}") is None:
            when = None
    items = [item for item in items if item.org is not None or not UNNAMED.search(item.name)]
    return _claims(ctx, (m.start(), m.end()), R.FORMERLY_MEMBER, members, items, "former", when)


FORMERLY_MEMBER = Rule(
    R.FORMERLY_MEMBER,
    Needs(words=("formerly", "once", "previously", "until")),
    FORMERLY,
    read_formerly,
    FILLS,
    (("event", "exit"),),
    repeat=True,
)

#: "the ⟪UN⟫ expelled ⟪the ROC⟫", "the ⟪OAS⟫ suspended ⟪Honduras⟫", "⟪Cuba⟫ was expelled by
#: the ⟪OAS⟫": the organization as the agent
EXPELLED_BY = (
    r"(?:(?<![\w-])(?:in|on)\s+(?P<fronted2>[^⟪,;.]{0,20}?\d{4})\s*,\s*)?"
    r"(?<![\w'’])(?:the\s+)?⟪(?P<org>\d+)⟫\s+@{ADVERBS}(?:(?:formally|officially|temporarily)\s+)?"
    r"(?P<verb>expelled|suspended)\s+(?:the\s+)?⟪(?P<state>\d+)⟫"
    r"|" + SUBJECT + r"\s+(?:was|were|had\s+been|has\s+been)\s+@{ADVERBS}"
    r"(?:(?:formally|officially|temporarily)\s+)?(?P<verb2>expelled|suspended)\s+by\s+(?:the\s+)?"
    r"⟪(?P<org2>\d+)⟫"
)


def read_expelled_by(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state the organization expelled is a former member (suspended: a suspended one)."""
    if _unreal_before(ctx, m.start()) or ctx.res.regex(UNREAL).search(
        ctx.masked[m.start() : m.end()]
    ):
        return []  # fmt: skip
    org = _org(ctx, m.group("org") or m.group("org2"))
    members = states_of(ctx, f"⟪{m.group('state')}⟫") if m.group("state") else _members(ctx, m)
    if org is None or not members:
        return []
    standing = "former" if (m.group("verb") or m.group("verb2")) == "expelled" else "suspended"
    rest = ctx.masked[m.end() :]
    if m.group("state") and (ATTRIBUTIVE.match(rest) or re.match(r"['’]", rest)):
        return []  # "expelled ⟪Russian⟫ diplomats", "suspended ⟪Mali⟫'s membership"
    when = _when(ctx, rest, standing) or _fronted(ctx, m)
    item = OrgItem(ctx.res.grammar.knowledge.organizations.orgs.get(org[0] or ""), org[1],
                   standing, None)  # fmt: skip
    return _claims(ctx, (m.start(), m.end()), R.EXPELLED_BY, members, [item], standing, when)


EXPELLED_BY_RULE = Rule(
    R.EXPELLED_BY,
    Needs(words=("expelled", "suspended")),
    EXPELLED_BY,
    read_expelled_by,
    FILLS,
    (("event", "exit"),),
    repeat=True,
)
RULES: tuple[Rule, ...] = (WITHDREW_FROM, SUSPENDED_FROM, FORMERLY_MEMBER, EXPELLED_BY_RULE)
