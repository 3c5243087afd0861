"""`memberships`: states' memberships and other roles in organizations, read from sentences.

The rules of the family, declared once: each reads with the membership constructions of
`pipeline.extract.memberships.MembershipReader` (a walk over the sentence's clauses and its
"both countries", "A, B and C", appositive, "common membership", "entry into", "comprises" and
"together with" phrases), run at most once per sentence and shared; a rule's readings are the
claims the walk labels with its name. A statement read twice (the same member, organization,
status and rule) is kept once, by the family's precedence, after every rule has read.

`participation-list` reads lists under a heading, not sentences: it stays a document-level
reader (`MembershipReader.participation_list`), declared in `schemas.rules` with the others.

Rules with patterns of their own (not the reader's walk; only the list of organizations after
their pattern is read with `MembershipReader.org_list_end`):

    fellow ⟪ASEAN⟫ members - ⟪Malaysia⟫, ⟪Singapore⟫ and ⟪Vietnam⟫              members-named
    members of the ⟪AU⟫, such as ⟪South Africa⟫ and ⟪Sudan⟫                      members-named
    the ⟪CEMAC⟫ (⟪CEMAC⟫), which includes ⟪Cameroon⟫, ⟪Chad⟫ and ⟪Gabon⟫          members-named
    Both states embrace membership of the ⟪EU⟫ and ⟪NATO⟫   both-share-membership
    ⟪Lesotho⟫, along with ⟪Brunei⟫ and ⟪Tonga⟫, is a ⟪Commonwealth⟫ member      members-along-with
    As a member of ⟪CARICOM⟫ ⟪Grenada⟫ strongly backs ...                        as-a-member
    ⟪NATO⟫ member ⟪Turkey⟫, fellow ⟪NATO⟫ member ⟪United Kingdom⟫               members-named
    the ⟪ASEAN⟫, of which it was a founding member in 1967 with ⟪Thailand⟫, ...   founded-with
    They are also members of the ⟪NAM⟫ (in a relations row)                      they-in-row
    Other memberships include: ACP AfDB AFESD AL                                memberships-include
    ACCT (associate), ACP, ALBA, C, Caricom, CDB, CELAC, ECLAC, FAO, G-77        acronym-list
    ⟪Costa Rica⟫ occupied a nonpermanent seat in the ⟪Security Council⟫            council-seat
    1965 – ⟪Singapore⟫ is admitted into the ⟪United Nations⟫                       admitted-to
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.engine import Context, Needs, Reading, Rule
from pipeline.engine.engine import SentenceReadings
from pipeline.engine.rule import Found, Resources
from pipeline.extract.memberships import MembershipClaim, MembershipReader
from pipeline.extract.missions import ROW
from schemas import rules as R

FAMILY = R.MEMBER_OF.family
FILLS = ("member_iso3", "org_id", "org_name", "status", "date_text")
#: a word of membership, or an organization followed by its members in brackets: what every
#: membership sentence holds ("⟪NATO⟫ (⟪Estonia⟫, ...)")
WORDS = r"@{membership-gate}|⟫\s*\(\s*(?:the\s+)?⟪"
NEEDS = Needs(groups=("membership-gate",), words=("(",))


def reader(res: Resources) -> MembershipReader:
    """The process's membership constructions, compiled once."""
    return MembershipReader(res.grammar)


def _walk(ctx: Context) -> list[MembershipClaim]:
    found: list[MembershipClaim] = ctx.res.once(reader).read_sentence(
        ctx.sentence, ctx.where.subject, ctx.implied_subject
    )
    return found


@dataclass(frozen=True, slots=True)
class _Labelled:
    """A rule's build: the claims the shared walk labels with its name, each placed on its
    organization's mention (the whole sentence when the organization is not a mention) and
    numbered in the order read."""

    spec: R.RuleSpec

    def __call__(self, ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
        for i, claim in enumerate(ctx.shared(_walk)):
            if claim.rule == self.spec.name:
                yield Found(_span(ctx, claim), claim, (i,))


def _span(ctx: Context, claim: MembershipClaim) -> tuple[int, int]:
    for i, mention in enumerate(ctx.sentence.mentions):
        if claim.org_id is not None and mention.label == "ORG" and mention.code == claim.org_id:
            at = ctx.sentence.at(i)
            return at, at + len(f"⟪{i}⟫")
    return 0, len(ctx.masked)


def _rule(spec: R.RuleSpec, *asserts: tuple[str, str]) -> Rule:
    return Rule(spec, NEEDS, WORDS, _Labelled(spec), FILLS, tuple(asserts))


BOTH_MEMBERS_OF = _rule(R.BOTH_MEMBERS_OF, ("members", "subject-and-row"))
MEMBERS_LISTED = _rule(R.MEMBERS_LISTED, ("members", "listed"))
MEMBER_OF = _rule(R.MEMBER_OF, ("members", "one"))
JOINED = _rule(R.JOINED, ("event", "entry"))
COMMON_MEMBERSHIP = _rule(R.COMMON_MEMBERSHIP, ("members", "listed"))


# -- rules with their own patterns -------------------------------------------------------------
#: a word that makes the members named after an organization not (or not yet) its members
NOT_MEMBERS = r"(?<![\w-])(?:non|former|prospective|potential|future|aspiring|would-be|candidate)"
#: the states an organization's mention is followed by: "fellow ⟪ASEAN⟫ members - ⟪Malaysia⟫,
#: ⟪Singapore⟫ and ⟪Vietnam⟫", "other members of the ⟪CIS⟫, particularly ⟪Kazakhstan⟫",
#: "⟪EU⟫ member states, including ⟪Belgium⟫", "the ⟪CEMAC⟫, which includes ⟪Cameroon⟫, ...",
#: "The members of ⟪CBSS⟫ are ⟪Denmark⟫, ...", "⟪NATO⟫ member ⟪Turkey⟫", "fellow ⟪NATO⟫ member
#: ⟪United Kingdom⟫", "⟪NATO⟫ members in Eastern Europe, especially ⟪Latvia⟫, ⟪Estonia⟫"
NAMED = (
    r"(?<![\w-])(?:(?P<rel>fellow|other)\s+)?(?:"
    r"(?:the\s+)?⟪(?P<org>\d+)⟫\s+@{member-head:member}"
    r"|@{member-head:member}\s+of\s+(?:the\s+)?⟪(?P<org2>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?)"
    # "⟪NATO⟫ members in Eastern Europe, especially ⟪A⟫": a place set off before the lead
    r"(?:\s+in\s+(?:the\s+)?[^⟪,.;:()]{1,30}?\s*,\s*@{member-named-lead}\s*:?\s*"
    r"|\s*,?\s*(?:@{member-named-lead}\s*:?\s*|[-–—]\s*|:\s*))(?P<list>@{ENTS})"
    r"|⟪(?P<org3>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\)|\s*,\s*⟪\d+⟫)?\s*,\s*(?:which|that)\s+(?:now\s+)?"
    r"@{members-comprise}\s+(?P<list3>@{ENTS})"
    r"|\bthe\s+members\s+of\s+(?:the\s+)?⟪(?P<org4>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?\s+"
    r"(?:are|were|include|included)\s*:?\s+(?P<list4>@{ENTS})"
    r"|(?<![\w-])(?:(?P<rel5>fellow|other)\s+)?(?:the\s+)?⟪(?P<org5>\d+)⟫\s+@{member-head:member}"
    r"\s{1,2}(?:the\s+)?(?P<list5>@{ENTS})"
)


def _named(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The states named as an organization's members; with "fellow" or "other", also the state
    the sentence is about (its first word, or "It": the document's subject)."""
    sentence, masked = ctx.sentence, ctx.masked
    org_at = next(m.group(g) for g in ("org", "org2", "org3", "org4", "org5") if m.group(g))
    listed = next(g for g in ("list", "list3", "list4", "list5") if m.group(g))
    before = masked[max(0, m.start() - 12) : m.start()]
    if ctx.res.regex(NOT_MEMBERS + r"[\s-]*$").search(before):
        return []
    org = _org(ctx, org_at)
    if org is None:
        return []
    grammar = ctx.res.grammar
    # "⟪NATO⟫ member ⟪Turkey⟫ or ⟪Iraq⟫": a choice names one member at most
    either = re.split(r"\s+or\s+", m.group(listed))[0]
    codes = [grammar.state_code(sentence.mention(i)) for i in re.findall(r"⟪(\d+)⟫", either)]
    members = [c for c in codes if c is not None]
    if m.group("rel") or m.group("rel5"):
        subject = _sentence_subject(ctx)
        if subject is not None and subject not in members:
            members.insert(0, subject)
    return [
        Found((m.start(), m.end()), _claim(ctx, R.MEMBERS_NAMED, member, org), (i,))
        for i, member in enumerate(dict.fromkeys(members))
    ]


def _org(ctx: Context, index: str) -> tuple[str | None, str] | None:
    """(org_id, name) of an organization's mention; None if the mention is no organization."""
    mention = ctx.sentence.mention(index)
    if mention.label != "ORG":
        return None
    org = ctx.res.grammar.knowledge.organizations.orgs.get(mention.code or "")
    return (org.org_id, org.name) if org else (None, mention.text)


FIRST_STATE = (
    r"^\s*@{LEAD}(?:the\s+)?⟪(?P<state>\d+)⟫(?:'s)?\s|^\s*@{LEAD}(?P<it>it|the\s+country)\s"
)


def _sentence_subject(ctx: Context) -> str | None:
    """The state a sentence opens with, or the document's subject for an opening "It"."""
    m = ctx.res.regex(FIRST_STATE).match(ctx.masked)
    if m is None:
        return None
    if m.group("state"):
        return ctx.res.grammar.state_code(ctx.sentence.mention(m.group("state")))
    return ctx.implied_subject


def _claim(
    ctx: Context, spec: R.RuleSpec, member: str, org: tuple[str | None, str]
) -> MembershipClaim:
    return MembershipClaim(
        spec.name, ctx.sentence.line, ctx.sentence.evidence, member, org[0], org[1], "member"
    )


#: "Both states embrace membership of ...", "the two countries share ... as well as memberships
#: in ...", "⟪A⟫ and ⟪B⟫ share membership in ...". Being "partners in" or cooperating within an
#: organization is not a statement of membership (fixtures/README.md, M1): not read.
PAIR = (
    r"(?:(?<![\w-])(?P<both>both(?:\s+(?:countries|nations|states|sides|governments))?|the\s+two"
    r"(?:\s+(?:countries|nations|states))?|they\s+both)"
    r"|(?:^|(?<=[,;]\s))\s*@{LEAD}(?:the\s+)?⟪(?P<a>\d+)⟫\s+and\s+(?:the\s+)?⟪(?P<b>\d+)⟫)"
    r"\s+(?:(?:also|both|still|now|have|has)\s+)*"
    r"(?:embraced?\s+membership\s+(?:of|in)\s+"
    r"|shared?\s+[^.;]{0,100}?\bmemberships?\s+(?:of|in)\s+)"
    r"(?P<head>(?:(?:multilateral|international|regional|global|several|various|many|other|"
    r"major)\s+)*(?:organi[sz]ations|institutions|bodies|fora|forums|groupings)\s*,?\s*"
    r"(?P<named>@{member-named-lead}\s*:?\s*|\(\s*))?(?:the\s+)?"
)


def _pair(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Both states of the pair are members of every organization listed."""
    grammar = ctx.res.grammar
    if m.group("a"):
        pair = [grammar.state_code(ctx.sentence.mention(m.group(g))) for g in ("a", "b")]
        if None in pair:
            return []
        members: list[str] = [p for p in pair if p]
    elif ctx.where.in_row and ctx.where.subject:
        members = [ctx.where.subject, ROW]
    else:
        return []
    if m.group("head") and not m.group("named"):
        return []  # "share membership in international organizations" names none
    if grammar.negated(ctx.masked[max(0, m.start() - 30) : m.end()]):
        return []
    items, _ = ctx.res.once(reader).org_list_end(ctx.masked[m.end() :], ctx.sentence, "member")
    out = []
    for item in items:
        if item.status != "member":
            continue
        org = item.org_pair
        out += [_claim(ctx, R.BOTH_PARTNERS_IN, member, org) for member in members]
    return [Found((m.start(), m.end()), c, (i,)) for i, c in enumerate(out)]


#: "⟪Lesotho⟫, along with ⟪Brunei⟫, ⟪Malaysia⟫ and ⟪Tonga⟫, is a ⟪Commonwealth⟫ member state",
#: "⟪Slovenia⟫, together with ⟪Austria⟫ and ⟪Croatia⟫, is a member of the ⟪CEI⟫"
ALONG_WITH = (
    r"^\s*@{LEAD}(?:the\s+)?⟪(?P<first>\d+)⟫\s*,\s*(?:along|together)\s+with\s+(?P<list>@{ENTS})"
    r"\s*,\s*(?:is|are|was|were)\s+(?:also\s+)?(?:an?\s+|the\s+)?(?:(?:founding|full)\s+)?"
    r"(?:(?:⟪(?P<org>\d+)⟫\s+@{member-head:member}\b)|@{member-head:member}\s+of\s+(?:the\s+)?)"
)


def _along_with(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state the sentence opens with and those it is "along with" are all members."""
    grammar, sentence = ctx.res.grammar, ctx.sentence
    codes = [
        grammar.state_code(sentence.mention(i))
        for i in [m.group("first"), *re.findall(r"⟪(\d+)⟫", m.group("list"))]
    ]
    if None in codes:
        return []
    if m.group("org"):
        org = _org(ctx, m.group("org"))
        orgs = [org] if org else []
    else:
        items, _ = ctx.res.once(reader).org_list_end(ctx.masked[m.end() :], sentence, "member")
        orgs = [item.org_pair for item in items if item.status == "member"]
    out = [_claim(ctx, R.MEMBERS_ALONG_WITH, str(c), org) for org in orgs for c in codes]
    return [Found((m.start(), m.end()), c, (i,)) for i, c in enumerate(out)]


#: "As a member of ⟪CARICOM⟫ ⟪Grenada⟫ strongly backs ...", "As a founding member of the ⟪UN⟫
#: and the ⟪OAS⟫, ⟪Ecuador⟫ ...", "Being a member of the ⟪Coffee Club⟫, ⟪Costa Rica⟫ ...", "As
#: member of both the ⟪EU⟫ and the ⟪UfM⟫, ⟪Greece⟫ ...", "... said that as member of the ⟪UN⟫,
#: ⟪Fiji⟫ was ...": the state the sentence (or the clause "that" opens) goes on with
AS_A_MEMBER = (
    r"(?:^\s*@{LEAD}|\b(?:that|and|but|so)\s+)(?:as|being)\s+"
    r"(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:(?:founding|full|active|permanent|"
    r"original)\s+)?@{member-head:member}\s+(?:of|in)\s+(?:both\s+)?"
)
#: the state after the organizations, a fronted date between: ", in July 1994 ⟪Dominica⟫"
AS_A_MEMBER_STATE = (
    r"^\s*,?\s*(?:(?:in|on|since|by|during)\s+@{DATE}\s*,?\s*)?(?:the\s+)?⟪(\d+)⟫"
    r"(?!\s*(?:'s|and\b|,))"
)


def _as_a_member(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed after "As a member of" holds the state that follows."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    rest = ctx.masked[m.end() :]
    items, used = ctx.res.once(reader).org_list_end(rest, sentence, "member", modifier=True)
    state = ctx.res.regex(AS_A_MEMBER_STATE).match(rest[used:])
    if not items or state is None:
        return []
    code = grammar.state_code(sentence.mention(state.group(1)))
    if code is None:
        return []
    orgs = [item.org_pair for item in items if item.status == "member"]
    return [
        Found((m.start(), m.end()), _claim(ctx, R.AS_A_MEMBER, code, org), (i,))
        for i, org in enumerate(orgs)
    ]


#: "the ⟪ASEAN⟫, of which it was a founding member in 1967 with ⟪Thailand⟫, ⟪Malaysia⟫ ...",
#: "⟪Peru⟫ was a founding member of the ⟪CAN⟫ in 1969 with ⟪Bolivia⟫ and ⟪Chile⟫": the founders
#: named together
FOUNDER = r"(?:a|one\s+of\s+the)\s+(?:founding|founder|original)\s+members?"
FOUNDED_WITH = (
    r"(?:the\s+)?⟪(?P<org>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?\s*,\s*of\s+which\s+(?:(?P<it>it)|(?:the\s+)?"
    r"⟪(?P<state>\d+)⟫)\s+(?:was|is|became)\s+(?:also\s+)?"
    + FOUNDER
    + r"(?:\s+(?:in|on)\s+@{DATE})?"
    r"\s*,?\s+(?:together\s+|along\s+)?with\s+(?P<list>@{ENTS})"
    r"|(?:the\s+)?⟪(?P<state2>\d+)⟫\s+(?:was|is|became)\s+(?:also\s+)?" + FOUNDER + r"\s+of\s+"
    r"(?:the\s+)?⟪(?P<org2>\d+)⟫(?:\s*\(\s*⟪\d+⟫\s*\))?(?:\s+(?:in|on)\s+@{DATE})?\s*,?\s+"
    r"(?:together\s+|along\s+)?with\s+(?P<list2>@{ENTS})"
)


def _it(ctx: Context, before: int) -> str | None:
    """The state an "it" stands for: the one state named before it in the sentence, or, when
    none is, the document's subject (outside a relations row)."""
    grammar, sentence = ctx.res.grammar, ctx.sentence
    named = {
        grammar.state_code(sentence.mention(i)) for i in re.findall(r"⟪(\d+)⟫", ctx.masked[:before])
    } - {None}
    if len(named) == 1:
        return named.pop()
    return ctx.implied_subject if not named else None


def _founded_with(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state the founding is said of, and the states it was founded with."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    org = _org(ctx, m.group("org") or m.group("org2"))
    if org is None:
        return []
    at = m.group("state") or m.group("state2")
    first = _it(ctx, m.start()) if m.group("it") else grammar.state_code(sentence.mention(at))
    listed = m.group("list") or m.group("list2")
    codes = [grammar.state_code(sentence.mention(i)) for i in re.findall(r"⟪(\d+)⟫", listed)]
    if first is None or None in codes:
        return []
    members = dict.fromkeys([first, *(str(c) for c in codes)])
    return [
        Found((m.start(), m.end()), _claim(ctx, R.FOUNDED_WITH, code, org), (i,))
        for i, code in enumerate(members)
    ]


#: "They are also members of the ⟪NAM⟫ and the ⟪OIC⟫", "They also participate in other regional
#: organisations including the ⟪PIF⟫" in a relations row: the row's two states
THEY_IN_ROW = (
    r"^\s*@{LEAD}they\s+(?:(?:also|both|all|now|still)\s+)*(?:(?:are|were|have\s+been|had\s+been|"
    r"remain)\s+(?:(?:also|both|all|now|still)\s+)*(?:(?:full|founding|active)\s+)?members\s+"
    r"(?:of|in)\s+"
    # "They also participate in other regional organisations including the ⟪PIF⟫"
    r"|(?:participate|take\s+part)\s+in\s+(?:(?:other|several|various|many|regional|"
    r"international|multilateral|and)\s+){0,4}(?:organi[sz]ations|bodies|fora|forums|groupings)"
    r"\s*,?\s*(?:including|such\s+as|like)\s+)(?:both\s+)?(?:the\s+)?"
)


def _they_in_row(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """In a relations row, "they" are the row's two states: both are members of each
    organization listed."""
    if not (ctx.where.in_row and ctx.where.subject):
        return []
    items, _ = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], ctx.sentence, "member", modifier=True
    )
    orgs = [item.org_pair for item in items if item.status == "member"]
    claims = [
        _claim(ctx, R.THEY_IN_ROW, member, org)
        for org in orgs
        for member in (ctx.where.subject, ROW)
    ]
    return [Found((m.start(), m.end()), c, (i,)) for i, c in enumerate(claims)]


#: "Other memberships include: ACP AfDB ...", "Membership in international organizations
#: includes the United Nations, ...", "⟪Chad⟫'s memberships include the ⟪AU⟫": the list is the
#: subject's, or the state's whose memberships they are
MEMBERSHIPS_INCLUDE = (
    r"^\s*@{LEAD}(?:(?P<other>other|further|additional)\s+|(?:the\s+)?⟪(?P<state>\d+)⟫(?:'s|’s)\s+"
    r"(?:other\s+)?|(?P<its>its)\s+(?:other\s+)?)?(?:international\s+)?memberships?\s+"
    r"(?:(?:in|of)\s+(?:international\s+|regional\s+|multilateral\s+|global\s+|other\s+|and\s+|"
    r"or\s+){0,4}(?:organi[sz]ations|bodies|institutions|groupings)\s+)?(?:also\s+)?"
    r"(?:included|includes?)\s*:?\s*(?:the\s+)?"
)


#: how many bare acronyms in a row make a list the Factbook's
FACTBOOK_RUN = 5


def _memberships_include(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization listed is a membership of the state named, or (no state named: "Other
    memberships include", "Its membership includes") of the document's subject outside a row."""
    if m.group("state"):
        member = ctx.res.grammar.state_code(ctx.sentence.mention(m.group("state")))
    else:
        member = None if ctx.where.in_row else ctx.where.subject
    if member is None:
        return []
    items, _ = ctx.res.once(reader).org_list_end(ctx.masked[m.end() :], ctx.sentence, "member")
    registry = ctx.res.grammar.knowledge.organizations
    # a run of bare acronyms is the Factbook's list: its tokens mean what the Factbook means
    factbook = len(items) >= FACTBOOK_RUN and all(" " not in item.name for item in items)
    orgs = []
    for item in items:
        if item.status != "member":
            continue
        org = (registry.factbook_token(item.name) if factbook else None) or item.org
        orgs.append((org.org_id, org.name) if org else (None, item.name))
    return [
        Found((m.start(), m.end()), _claim(ctx, R.MEMBERSHIPS_INCLUDE, member, org), (i,))
        for i, org in enumerate(orgs)
    ]


#: an item of a bare list of acronyms: a mention (a full name may keep its article: "the ⟪World
#: Bank⟫") or a word in capitals, with its qualifier
ACRONYM_ITEM = r"(?:(?:[Tt]he\s+)?⟪\d+⟫|[A-Z][A-Za-z0-9&+/-]{0,9})(?:\s*\([^()⟪]{1,40}\))?"
#: the paragraph is a list of at least eight such items and nothing else
ACRONYM_LIST = rf"^\s*(?-i:{ACRONYM_ITEM}(?:\s*,\s*(?:and\s+)?{ACRONYM_ITEM}){{7,}})\s*\.?\s*$"
#: the share of a bare list's items the registry must know for the list to be organizations
KNOWN_SHARE = 0.8


def _acronym_list(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every organization of the list is the document's subject's (outside a row), unless its
    qualifier says another standing or one the vocabulary does not know; nothing when too few
    of the items are organizations the registry knows (a list of anything else)."""
    member = None if ctx.where.in_row else ctx.where.subject
    if member is None:
        return []
    registry = ctx.res.grammar.knowledge.organizations
    read = ctx.res.once(reader)
    items = re.findall(
        r"(?:[Tt]he\s+)?(⟪\d+⟫|[A-Z][A-Za-z0-9&+/-]{0,9})(?:\s*\(([^()]*)\))?", m.group()
    )
    orgs: list[tuple[str | None, str] | None] = []
    for token, qualifier in items:
        if token.startswith("⟪"):
            mention = ctx.sentence.mention(token[1:-1])
            org = registry.orgs.get(mention.code or "") if mention.label == "ORG" else None
            name = mention.text
        else:
            org, name = registry.factbook_token(token) or registry.lookup(token), token
        if qualifier and read._qualifier(qualifier, "unknown")[0] != "member":
            orgs.append(None if org is None else (org.org_id, ""))  # known, but not a member
            continue
        orgs.append((org.org_id, org.name) if org else (None, name))
    known = [o for o in orgs if o is not None and o[0] is not None]
    if len(known) < KNOWN_SHARE * len(items):
        return []
    members = [o for o in orgs if o is not None and o[1]]
    return [
        Found((m.start(), m.end()), _claim(ctx, R.ACRONYM_LIST, member, org), (i,))
        for i, org in enumerate(members)
    ]


#: the words between a council seat and the council: "a permanent seat, which grants it veto
#: power, on the", "twice on the", "three terms in the", "as a non-permanent member of the"
SEAT_GAP = r"(?:[^.;⟪]{0,80}?\s)?"
#: "⟪Costa Rica⟫ occupied a nonpermanent seat in the ⟪UNSC⟫", "It served twice on the ⟪UNSC⟫",
#: "⟪Libya⟫ was elected to serve on the ⟪UNSC⟫", "⟪Greece⟫ was elected by the ⟪UNGA⟫ to the
#: ⟪UNSC⟫", "⟪Singapore⟫ starts its two-year term in the ⟪UNSC⟫", "⟪Syria⟫'s 2-year term as a
#: nonpermanent member of the ⟪UNSC⟫", "⟪Kazakhstan⟫, along with ⟪Sweden⟫ and ⟪Bolivia⟫, were
#: elected to serve on ⟪UNSC⟫"
COUNCIL_SEAT = (
    # a timeline's "10 October 2000 – ⟪Singapore⟫ is elected as ..."
    r"^\s*(?:\d[\w ]{0,20}?\s[–—-]\s*)?@{LEAD}(?:as\s+[^,;.⟪]{1,60}(?:⟪\d+⟫[^,;.⟪]{0,40})?,\s*)?"
    r"(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it))"
    r"(?:(?P<poss>'s|’s)\s+(?:[\w-]+\s+){0,3}?terms?\s+as\s+" + SEAT_GAP + r"member\s+of\s+"
    r"|(?:\s*,\s*(?:(?:along|together)\s+with\s+(?P<with>@{ENTS})|[^,;.⟪]{1,60}"
    r"(?:⟪\d+⟫[^,;.⟪]{0,40})?)\s*,)?\s+@{ADVERBS}"
    r"(?:(?:for\s+the\s+\w+\s+time|once\s+again|again)\s+)?(?:(?:has|have|had)\s+(?:also\s+)?)?"
    r"(?:(?:served|serves|sat|sits)\s+" + SEAT_GAP + r"(?:on|in|of)\s+"
    r"|(?:holds|held|occupied|occupies|assumed|assumes|won|took|takes)\s+"
    + SEAT_GAP
    + r"(?:seats?|position|term)[\s,]"
    + SEAT_GAP
    + r"(?:on|in|of|at)\s+"
    r"|(?:is|was|were|has\s+been|have\s+been|had\s+been)\s+(?:re-?)?elected\s+"
    r"(?:by\s+(?:the\s+)?⟪\d+⟫\s+)?(?:to\s+(?:serve\s+)?|as\s+" + SEAT_GAP + r"of\s+)"
    r"(?:on\s+|in\s+)?"
    r"|(?:starts|started|began|begins|begun)\s+its\s+(?:[\w-]+\s+){0,3}?term\s+(?:on|in)\s+))"
    r"(?:the\s+)?⟪(?P<org>\d+)⟫"
)
#: the head word of the name of a body states hold seats on, last or followed by what the body
#: is of or for ("Commission on Human Rights")
COUNCIL_HEAD = re.compile(
    r"\b(?:Council|Commission|Board|Committee)(?:\s+(?:on|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?$"
)


def _council_seat(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state holds a seat on the council named, and so do the states it was elected "along
    with" (nothing when one of them is not a state)."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    mention = sentence.mention(m.group("org"))
    org = ctx.res.grammar.knowledge.organizations.orgs.get(mention.code or "")
    if mention.label != "ORG" or org is None or not COUNCIL_HEAD.search(org.name):
        return []
    if m.group("it"):
        first = None if ctx.where.in_row else ctx.where.subject
    else:
        first = grammar.state_code(sentence.mention(m.group("state")))
    if first is None or grammar.negated(m.group()):
        return []
    codes = [
        grammar.state_code(sentence.mention(i))
        for i in re.findall(r"⟪(\d+)⟫", m.group("with") or "")
    ]
    if None in codes:
        return []
    return [
        Found((m.start(), m.end()), _claim(ctx, R.COUNCIL_SEAT, code, (org.org_id, org.name)), (i,))
        for i, code in enumerate(dict.fromkeys([first, *(str(c) for c in codes)]))
    ]


#: "⟪Armenia⟫ joined the ⟪EAEU⟫ in 2015", "Since then, ⟪Brunei⟫, ⟪Vietnam⟫ and ⟪Laos⟫ also
#: have joined ⟪ASEAN⟫", "21 September 1965 – ⟪Singapore⟫ is admitted into the ⟪UN⟫", "⟪Cyprus⟫
#: became a high-profile member of the ⟪NAM⟫", "It joined the ⟪UN⟫ in 1974, and the ⟪IMF⟫ in
#: 1975": the entry of the states that open the sentence into the organizations listed
ADMITTED_TO = (
    # up to two fronted phrases set off by commas, naming no state ("Since then,", "In November
    # 1975,"): a lighter lead than @{LEAD}, whose text the gate test draws slowly here
    r"^\s*(?:[^⟪.;,]{1,80},\s*){0,2}(?:\d[\w ]{0,20}?\s[–—-]\s*)?"
    r"(?:(?P<list>(?:the\s+)?⟪\d+⟫(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟪\d+⟫)*)"
    r"|(?P<it>it|the\s+country))\s+@{ADVERBS}"
    r"(?:(?:(?:has|have|had)\s+(?:also\s+|since\s+|later\s+)?)?(?:re)?(?:joined|joins|"
    r"acceded\s+to|accedes\s+to|entered|enters)\s+"
    r"|(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+|"
    r"also\s+|later\s+)?(?:re-?)?admitted\s+(?:as\s+an?\s+(?:[\w-]+\s+){0,2}?members?\s+)?"
    r"(?:in)?to\s+"
    r"|(?:became|becomes|has\s+become|have\s+become)\s+(?:a|an|the)\s+"
    r"(?:(?:\d+(?:st|nd|rd|th|d)|[a-z]+-[a-z]+|full|formal|official)\s+)?"
    r"member(?:\s+states?)?\s+(?:of|in)\s+)"
    # "the ⟪Russian⟫-led ⟪Eurasian Union⟫"
    r"(?:the\s+)?(?:⟪\d+⟫-(?:led|backed|based|sponsored|dominated)\s+)?"
)


def _admitted_to(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """Every state that opens the sentence entered every organization listed (the list may go
    on with "and to the ⟪UN⟫ in 1999")."""
    sentence, grammar = ctx.sentence, ctx.res.grammar
    if m.group("it"):
        codes = [ctx.implied_subject]
    else:
        codes = [
            grammar.state_code(sentence.mention(i)) for i in re.findall(r"⟪(\d+)⟫", m.group("list"))
        ]
    if not codes or None in codes:
        return []
    items, _ = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], sentence, "member", modifier=True
    )
    claims = [
        MembershipClaim(
            R.ADMITTED_TO.name,
            sentence.line,
            sentence.evidence,
            str(code),
            item.org.org_id if item.org else None,
            item.org.name if item.org else item.name,
            "member",
            item.date_text,
        )
        for item in items
        if item.status == "member"
        for code in codes
    ]
    return [Found((m.start(), m.end()), c, (i,)) for i, c in enumerate(claims)]


MEMBERS_NAMED = Rule(
    R.MEMBERS_NAMED,
    Needs(groups=("member-head", "members-comprise")),
    NAMED,
    _named,
    FILLS,
    (("members", "named"),),
    repeat=True,
)
BOTH_PARTNERS_IN = Rule(
    R.BOTH_PARTNERS_IN,
    Needs(words=("membership", "memberships")),
    PAIR,
    _pair,
    FILLS,
    (("members", "subject-and-row"),),
)
MEMBERS_ALONG_WITH = Rule(
    R.MEMBERS_ALONG_WITH,
    Needs(words=("along", "together")),
    ALONG_WITH,
    _along_with,
    FILLS,
    (("members", "listed"),),
)
AS_A_MEMBER_RULE = Rule(
    R.AS_A_MEMBER,
    Needs(groups=("member-head",)),
    AS_A_MEMBER,
    _as_a_member,
    FILLS,
    (("members", "one"),),
)
FOUNDED_WITH_RULE = Rule(
    R.FOUNDED_WITH,
    Needs(words=("founding", "founder", "original")),
    FOUNDED_WITH,
    _founded_with,
    FILLS,
    (("members", "listed"),),
)
THEY_IN_ROW_RULE = Rule(
    R.THEY_IN_ROW,
    Needs(groups=("member-head",), words=("participate", "part")),
    THEY_IN_ROW,
    _they_in_row,
    FILLS,
    (("members", "subject-and-row"),),
)
MEMBERSHIPS_INCLUDE_RULE = Rule(
    R.MEMBERSHIPS_INCLUDE,
    Needs(words=("membership", "memberships")),
    MEMBERSHIPS_INCLUDE,
    _memberships_include,
    FILLS,
    (("members", "one"),),
)
ACRONYM_LIST_RULE = Rule(
    R.ACRONYM_LIST,
    Needs(),
    ACRONYM_LIST,
    _acronym_list,
    FILLS,
    (("members", "one"),),
)
COUNCIL_SEAT_RULE = Rule(
    R.COUNCIL_SEAT,
    Needs(
        words=(
            "served",
            "serves",
            "sat",
            "sits",
            "seat",
            "seats",
            "position",
            "term",
            "terms",
            "elected",
        )
    ),
    COUNCIL_SEAT,
    _council_seat,
    FILLS,
    (("members", "listed"),),
)
ADMITTED_TO_RULE = Rule(
    R.ADMITTED_TO,
    Needs(
        groups=("membership-verb",),  # "joined", "has joined", "rejoined"
        words=(
            "joins",
            "rejoins",
            "acceded",
            "accedes",
            "entered",
            "enters",
            "admitted",
            "readmitted",
            "became",
            "becomes",
            "become",
        ),
    ),
    ADMITTED_TO,
    _admitted_to,
    FILLS,
    (("event", "entry"),),
)
RULES: tuple[Rule, ...] = (
    BOTH_MEMBERS_OF,
    MEMBERS_LISTED,
    MEMBER_OF,
    JOINED,
    COMMON_MEMBERSHIP,
    MEMBERS_NAMED,
    BOTH_PARTNERS_IN,
    MEMBERS_ALONG_WITH,
    AS_A_MEMBER_RULE,
    FOUNDED_WITH_RULE,
    THEY_IN_ROW_RULE,
    MEMBERSHIPS_INCLUDE_RULE,
    ACRONYM_LIST_RULE,
    COUNCIL_SEAT_RULE,
    ADMITTED_TO_RULE,
)


#: the standings that say more of a membership than that it is one: where a sentence reads one
#: of them for a member and an organization, a plain "member" reading of the pair is dropped
#: ("⟪Nigeria⟫ was suspended from the ⟪C⟫ ..., when its full membership was restored": one fact)
ENDED = ("former", "suspended")


def decide(readings: Sequence[Reading]) -> list[Reading]:
    """In the order read, each statement once (member, organization, status and rule); a
    member's plain membership yields to its ending read in the same sentence (`ENDED`)."""
    seen: set[tuple[str, str | None, str, str]] = set()
    ended = {(r.claim.member, r.claim.org_id or r.claim.org_name) for r in readings
             if r.claim.status in ENDED}  # fmt: skip
    out = []
    for r in sorted(readings, key=lambda r: r.order):
        c: MembershipClaim = r.claim
        key = (c.member, c.org_id or c.org_name, c.status, c.rule)
        if c.status == "member" and key[:2] in ended:
            continue
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def claims(readings: SentenceReadings) -> list[MembershipClaim]:
    """The decided memberships of a sentence."""
    return [r.claim for r in readings.decided.get(FAMILY, ())]
