"""Entry into organizations said inside a sentence, not as its opening clause (`admitted-to`
reads "⟪A⟫ joined ⟪O⟫" where the sentence opens with it).

    entered-in-clause   ..., after ⟪Egypt⟫ joined the ⟪UN⟫ in 1990
                        Since ⟪Bulgaria⟫ joined ⟪NATO⟫ in May 2004, relations have ...
                        ..., as the nation joined ⟪NATO⟫ in 1999 and the ⟪EU⟫ in 2004
                        ..., and the country gained admittance to the ⟪UN⟫ and the ⟪AL⟫
                        the support of African nations was crucial in the ⟪PRC⟫ joining the ⟪UN⟫
    joined-as-predicate ⟪Italy⟫ enjoyed an economic miracle, promoted European unity, joined ⟪NATO⟫
                        It established relations with ... and joined the ⟪NAM⟫
                        ⟪Ireland⟫ has a long history of ..., just three years after joining the ⟪UN⟫
    first-to-join       In 1967, it became the first ⟪Commonwealth⟫ country to join the ⟪OAS⟫
    accession-of        The accession of ⟪Spain⟫ and ⟪Portugal⟫ to the ⟪EU⟫ in 1986 has ...

A state that joins others "in" doing something ("joined the ⟪EU⟫ in imposing sanctions"), an
organization used as a modifier ("joined the ⟪UN⟫ coalition"), negation, unreal mood and an
entry still in prospect ("opposed ⟪UK⟫ joining the ⟪EEC⟫", "the accession of ⟪Turkey⟫ to the
⟪EU⟫" with no date and no "since"/"after") read nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.engine import Context, Needs, Rule
from pipeline.engine.rule import Found
from pipeline.extract.memberships import OrgItem
from pipeline.rules.membership_such_as import NOT_SO, member_of_each, opening_state
from pipeline.rules.memberships import FILLS, _claim, _org, reader
from schemas import rules as R

#: states listed as one subject: "⟪A⟫", "the ⟪A⟫, ⟪B⟫ and ⟪C⟫"
STATES = r"(?:the\s+)?⟪\d+⟫(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟪\d+⟫)*"
#: the verbs of an entry, finite or passive, with what comes between them and the organization
ENTRY_VERB = (
    r"(?:(?:(?:has|have|had)\s+(?:also\s+|since\s+|later\s+|now\s+)?)?(?:re)?joined\s+"
    r"|(?:(?:has|have|had)\s+)?acceded\s+to\s+"
    r"|(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+|"
    r"also\s+|finally\s+)?(?:re-?)?admitted\s+(?:as\s+an?\s+(?:[\w-]+\s+){0,2}?members?\s+)?"
    r"(?:in)?to\s+"
    r"|(?:gained|won|obtained)\s+(?:full\s+)?(?:admittance|admission|entry|membership)\s+"
    r"(?:in)?to\s+"
    r"|(?:became|has\s+become|have\s+become)\s+(?:a|an|the)\s+"
    # (a founding member: `founded-with` and the founding rules)
    r"(?:(?:\d+(?:st|nd|rd|th|d)|[a-z]+-[a-z]+|full|formal|official|active|new)\s+)?"
    r"member(?:\s+states?)?\s+(?:of|in)\s+)"
)
#: "became the 126th ⟪UN⟫ member": the organization names the membership
NTH_MEMBER = (
    r"(?:became|has\s+become|have\s+become)\s+(?:a|an|the)\s+"
    r"(?:(?:\d+(?:st|nd|rd|th|d)|new|newest|full)\s+)?⟪(?P<orgm>\d+)⟫\s+member"
    r"(?:\s+(?:states?|countries|country|nations?))?(?![\w-])"
)
#: "the ⟪Lao⟫ Government": the state by its adjective
GOVERNMENT = r"(?:the\s+)?⟪(?P<dem>\d+)⟫\s+government"
#: where a clause may begin inside a sentence: its start, a comma, a conjunction
CLAUSE_START = (
    r"(?:^|(?<=[,;:–—])|(?<![\w-])(?:after|since|when|until|till|before|once|as|because|while|"
    r"whereas|and|but|where|following|by\s+the\s+time)\s)"
)
#: a subject inside a sentence: states, or a word that stands for the state spoken of
IN_CLAUSE = (
    # a date may come first: "..., in early 1996 ⟪A⟫ joined"
    CLAUSE_START + r"\s*(?:(?:in|on|by)\s+[^⟪,;.]{0,30}?\d{4}\s*,?\s+)?"
    r"(?:(?P<list>" + STATES + r")|(?P<it>it|the\s+country|the\s+nation)|" + GOVERNMENT + r")"
    r"\s+@{ADVERBS}(?:(?P<verb>" + ENTRY_VERB + r")(?:the\s+)?|(?P<nth>" + NTH_MEMBER + r"))"
    # "the ⟪PRC⟫ joining the ⟪UN⟫": a gerund's own subject, wherever it stands
    r"|(?<![\w'’-])(?:the\s+)?⟪(?P<gerund>\d+)⟫\s+(?:re)?joining\s+(?:the\s+)?"
)
#: a negation or a mood that makes a statement unreal ("to" aside: "is working to implement
#: ... and joined")
UNREAL = (
    r"(?<![\w'])(?:@{negation}|would|will|could|may|might|should|shall|refused|refuses|plans|"
    r"planned|intends|intended|considering|threatened|hoped|hopes|wants|wanted)(?![\w'])"
)
#: what makes a gerund's subject not (yet) have entered, said in its clause before it:
#: "opposed on several occasions the ⟪UK⟫ joining", "support for ⟪Turkey⟫ and ⟪Croatia⟫ joining"
STOPPED = (
    r"(?<![\w-])(?:oppos\w*|support(?:s|ed|ing)?(?!\s+of\b)|favou?r\w*|bids?|veto\w*|block\w*|prevent\w*|stop\w*|"
    r"bar\w*|delay\w*|against|resist\w*|object\w*|hop\w*|seek\w*|back\w*|welcom\w*|"
    r"endors\w*|urg\w*|lobb\w*|advocat\w*|prepar\w*|for|toward\w*|possib\w*|prospect\w*)"
    r"(?![\w-])[^,;.:]*$"
)
#: an unknown organization's name that is a treaty's, or a bare head word
UNNAMED = re.compile(
    r"\b(?:Convention|Treaty|Agreement|Protocol|Accords?|Charter)\b|^(?:the\s+)?[A-Z][a-z]+$"
)
#: a further entry of the same subject: "... and became an active member of the ⟪EU⟫"
AND_ENTERED = (
    r"^(?:\s*\[\d+\])*\s*,?\s*and\s+(?:(?:then|later|also|subsequently)\s+)?"
    r"(?:(?:in|on)\s+@{DATE}\s*,?\s+)?(?:(?:re)?joined\s+|acceded\s+to\s+|"
    r"(?:was|were)\s+admitted\s+(?:in)?to\s+|became\s+(?:a|an)\s+(?:(?:full|active|"
    r"formal)\s+)?member(?:\s+state)?\s+of\s+)(?:the\s+)?"
)
#: how many further entries "and" may join
MORE_ENTRIES = 2
#: "joined the ⟪EU⟫ in imposing sanctions", "joined ⟪NATO⟫ in its campaign": joining others in
#: an act, not the organization
IN_AN_ACT = r"^\s*,?\s*in\s+(?:[a-z]+ing\b|(?:its|their|his|her|the)\s+(?!same\b)[a-z])"


def states_of(ctx: Context, listed: str) -> list[str] | None:
    """The codes of the states listed; None when one of them is no state."""
    grammar = ctx.res.grammar
    codes = [grammar.state_code(ctx.sentence.mention(i)) for i in re.findall(r"⟪(\d+)⟫", listed)]
    if not codes or None in codes:
        return None
    return [str(c) for c in codes]


def it_state(ctx: Context, before: int) -> str | None:
    """The state an "it" inside a sentence stands for: the one state named before it, or, when
    none is, the document's subject (outside a relations row)."""
    grammar, sentence = ctx.res.grammar, ctx.sentence
    named = {
        grammar.state_code(sentence.mention(i)) for i in re.findall(r"⟪(\d+)⟫", ctx.masked[:before])
    } - {None}
    if len(named) == 1:
        return str(named.pop())
    return ctx.implied_subject if not named else None


def listed_or_it(ctx: Context, listed: str | None, it_at: int) -> list[str] | None:
    """The states `listed` names, else the one an "it" at `it_at` stands for; None when a
    listed name is no state or the "it" stands for none."""
    if listed:
        return states_of(ctx, listed)
    it = it_state(ctx, it_at)
    return [it] if it else None


def _entered(ctx: Context, m: re.Match[str], spec: R.RuleSpec, members: list[str]) -> list[Found]:
    """Every member listed entered every organization listed right after the match, unless the
    list is a modifier ("the ⟪UN⟫ coalition") or the members joined it in an act; a further
    entry of theirs joined by "and" is read too ("joined ⟪NATO⟫ and became an active member of
    the ⟪EU⟫")."""
    items: list[OrgItem] = []
    at = m.end()
    for _ in range(MORE_ENTRIES + 1):
        found, used = ctx.res.once(reader).org_list_end(ctx.masked[at:], ctx.sentence, "member")
        rest = ctx.masked[at + used :]
        if not found or ctx.res.regex(IN_AN_ACT).match(rest) or re.match(r"['’]", rest):
            break  # "joined the ⟪EU⟫'s Nordic Battle Group": a body of the organization
        items += found
        more = ctx.res.regex(AND_ENTERED).match(rest)
        if more is None:
            break
        at += used + more.end()
    # a name the registry lacks that is a treaty ("the Inter-American Convention on ...") or a
    # bare head word ("the Committee") names no body one is a member of
    items = [item for item in items if item.org is not None or not UNNAMED.search(item.name)]
    out: list[Found] = []
    for member in members:
        out += member_of_each(ctx, (m.start(), m.end()), spec, member, items)
    return [Found(f.span, f.claim, (i,)) for i, f in enumerate(out)]


def _unreal_before(ctx: Context, at: int) -> bool:
    """A negation, an unreal mood or a prospect ("opposed", "bid for") just before `at`."""
    before = ctx.masked[max(0, at - 40) : at]
    return bool(
        ctx.res.regex(NOT_SO).search(before) or ctx.res.once(reader).prospect_before.search(before)
    )


def read_in_clause(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The states (or the state an "it" stands for) that open a clause entered the
    organizations listed after their verb."""
    if m.group("gerund"):
        before = ctx.masked[max(0, m.start() - 80) : m.start()]
        if _unreal_before(ctx, m.start()) or ctx.res.regex(STOPPED).search(before):
            return []
        members = states_of(ctx, f"⟪{m.group('gerund')}⟫")
        return _entered(ctx, m, R.ENTERED_IN_CLAUSE, members) if members else []
    verb_at = m.start("verb") if m.group("verb") is not None else m.start("nth")
    if ctx.res.regex(UNREAL).search(ctx.masked[m.start() : verb_at]):
        return []
    members = _subject(ctx, m)
    if not members:
        return []
    if m.group("nth"):
        org = _org(ctx, m.group("orgm"))
        if org is None:
            return []
        return [
            Found((m.start(), m.end()), _claim(ctx, R.ENTERED_IN_CLAUSE, member, org), (i,))
            for i, member in enumerate(members)
        ]
    return _entered(ctx, m, R.ENTERED_IN_CLAUSE, members)


def _subject(ctx: Context, m: re.Match[str]) -> list[str] | None:
    """The states a match's subject names: its list, the state an "it" stands for, or the
    state of "the ⟪Lao⟫ Government"."""
    if m.group("list"):
        return states_of(ctx, m.group("list"))
    if m.group("dem"):
        code = ctx.res.grammar.state_code(ctx.sentence.mention(m.group("dem")), demonym_ok=True)
        return [code] if code else None
    it = it_state(ctx, m.start("it"))
    return [it] if it else None


ENTERED_IN_CLAUSE = Rule(
    R.ENTERED_IN_CLAUSE,
    Needs(
        groups=("membership-verb",),  # "joined", "rejoined", "acceded to", "was admitted to"
        words=(
            "joining",
            "rejoining",
            "admitted",
            "readmitted",
            "admittance",
            "admission",
            "entry",
            "became",
            "become",
        ),
    ),
    IN_CLAUSE,
    read_in_clause,
    FILLS,
    (("event", "entry"),),
    repeat=True,
)

#: the sentence's opening state, and a later predicate of it that is an entry: "⟪Italy⟫
#: enjoyed ..., promoted European unity, joined ⟪NATO⟫", "It ... and in 2005 joined the ⟪WTO⟫",
#: "⟪Sudan⟫ declared neutrality and instead chose (gained) membership in the ⟪NAM⟫",
#: "⟪Ireland⟫ has ..., just three years after joining the ⟪UN⟫"
AS_PREDICATE = (
    # a fronted phrase: one naming no state, or a cause that may ("Due to solidarity with the
    # ⟪US⟫ and with the ⟪USSR⟫, ⟪Sudan⟫ ...", up to the first comma before a state)
    r"^\s*(?:[^⟪.;,]{1,60},\s*|(?:due\s+to|because\s+of|owing\s+to|despite|in\s+spite\s+of)\s+"
    r"[^.;]{1,200}?,\s*(?=(?:the\s+)?⟪\d+⟫\s))?@{LEAD}"
    r"(?:" + GOVERNMENT + r"|(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country))\s+"
    # the words between hold no other state, no clause of another subject
    r"(?P<between>(?:[^⟪.;:]|⟪\d+⟫){0,200}?)"
    r"(?:(?:,|\band)\s+(?:(?:(?:in|on|by)\s+@{DATE}|also|later|then|soon|eventually|finally|"
    r"instead|subsequently)\s*,?\s+)*(?:(?:re)?joined"
    # "... declared neutrality and instead chose membership in the ⟪NAM⟫"
    r"|(?:chose|took\s+up|gained|obtained|acquired)\s+(?:full\s+)?membership\s+(?:of|in))"
    r"|(?<![\w-])(?:after|since|upon|on|before|following)\s+(?:re)?joining)"
    r"\s+(?:the\s+)?"
)
#: what makes the words between the subject and its later entry another clause's
OTHER_CLAUSE = r"(?<![\w-])(?:which|who|whom|whose|that|where|while|whereas|when|if)(?![\w-])"


def read_as_predicate(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state the sentence opens with entered the organizations listed after its later
    "joined" (or "after joining"), if no other state and no other clause come between."""
    between = m.group("between")
    grammar, sentence = ctx.res.grammar, ctx.sentence
    others = [i for i in re.findall(r"⟪(\d+)⟫", between) if grammar.state_code(sentence.mention(i))]
    if (
        others
        or ctx.res.regex(UNREAL).search(between)
        or ctx.res.regex(OTHER_CLAUSE).search(between)
    ):
        return []
    if m.group("dem"):
        member = ctx.res.grammar.state_code(sentence.mention(m.group("dem")), demonym_ok=True)
    else:
        member = opening_state(ctx, m.group("state"))
    if member is None:
        return []
    return _entered(ctx, m, R.JOINED_AS_PREDICATE, [member])


JOINED_AS_PREDICATE = Rule(
    R.JOINED_AS_PREDICATE,
    Needs(groups=("membership-verb",), words=("joining", "rejoining", "membership")),
    AS_PREDICATE,
    read_as_predicate,
    FILLS,
    (("event", "entry"),),
)

#: "⟪Kazakhstan⟫ is the first Central Asian country to join the ⟪WTO⟫", "In 1967, it became
#: the first ⟪Commonwealth⟫ country to join the ⟪OAS⟫"
FIRST_TO_JOIN = (
    r"^\s*@{LEAD}(?:(?:the\s+)?⟪(?P<state>\d+)⟫|(?P<it>it|the\s+country))\s+@{ADVERBS}"
    r"(?:is|was|became|has\s+been)\s+(?:also\s+)?(?:the|one\s+of\s+the)\s+"
    r"(?:first|second|third|fourth|fifth|last|only|latest|newest|\d+(?:st|nd|rd|th))\s+"
    # a state by its head noun ("the first European power to join the ⟪BRI⟫" is no state's
    # entry into a body of states)
    r"(?P<between>(?:(?:[\w'-]+|⟪\d+⟫)\s+){0,6}?(?:country|countries|state|states|nation|"
    r"nations|member|members|republic|kingdom|monarchy))\s+to\s+"
    r"(?:(?:formally|officially)\s+)?(?:join|accede\s+to|be\s+admitted\s+(?:in)?to)\s+(?:the\s+)?"
)


def read_first_to_join(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state is one of those that entered the organizations listed."""
    if ctx.res.regex(UNREAL).search(m.group("between")):
        return []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    if any(
        grammar.state_code(sentence.mention(i)) for i in re.findall(r"⟪(\d+)⟫", m.group("between"))
    ):
        return []  # "the first country after ⟪Chile⟫ to join": said of another state too
    member = opening_state(ctx, m.group("state"))
    if member is None:
        return []
    return _entered(ctx, m, R.FIRST_TO_JOIN, [member])


FIRST_TO_JOIN_RULE = Rule(
    R.FIRST_TO_JOIN,
    Needs(words=("join", "accede", "admitted")),
    FIRST_TO_JOIN,
    read_first_to_join,
    FILLS,
    (("event", "entry"),),
)

#: "the accession of ⟪Spain⟫ and ⟪Portugal⟫ to the ⟪EU⟫ in 1986", "since the admission of
#: ⟪Chile⟫ into the ⟪OECD⟫", "after ⟪Cyprus⟫' accession to the ⟪EU⟫": an entry that happened,
#: dated after it or placed in time before it
ACCESSION_OF = (
    r"(?P<when>(?<![\w-])(?:since|after|following|upon|with|before|until)\s+)?"
    r"(?:the\s+)?(?:formal\s+|full\s+)?(?:accession|admission|entry)\s+of\s+"
    r"(?P<list>" + STATES + r")\s+(?:in)?to\s+(?:the\s+)?"
    r"|(?P<when2>(?<![\w-])(?:since|after|following|upon|with|before|until)\s+)?"
    r"(?:the\s+)?(?P<list2>" + STATES + r")(?:'s|’s|'|’)\s+(?:formal\s+|full\s+)?"
    r"(?:accession|admission|entry)\s+(?:in)?to\s+(?:the\s+)?"
)
#: the entry's date after the organizations: ", in 2004", "took place on 1 July 2013"
DATED = (
    r"^\s*,?\s*(?:(?:took\s+place|took\s+effect|was\s+completed|was\s+finali[sz]ed|"
    r"became\s+effective)\s+)?(?:in|on)\s+@{DATE}"
)


def read_accession_of(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The states entered the organizations listed, when a time word comes before the entry
    or its date after the organizations."""
    members = states_of(ctx, m.group("list") or m.group("list2"))
    if not members or _unreal_before(ctx, m.start()):
        return []
    items, used = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], ctx.sentence, "member", modifier=True
    )
    rest = ctx.masked[m.end() + used :]
    if not items or ctx.res.once(reader).prospect_after.match(rest):
        return []
    dated = any(item.date_text for item in items) or ctx.res.regex(DATED).match(rest)
    if not (m.group("when") or m.group("when2") or dated):
        return []
    found: list[Found] = []
    for member in members:
        found += member_of_each(ctx, (m.start(), m.end()), R.ACCESSION_OF, member, items)
    return [Found(f.span, f.claim, (i,)) for i, f in enumerate(found)]


ACCESSION_OF_RULE = Rule(
    R.ACCESSION_OF,
    Needs(words=("accession", "admission", "entry")),
    ACCESSION_OF,
    read_accession_of,
    FILLS,
    (("event", "entry"),),
    repeat=True,
)
#: "the ⟪WTO⟫ (the organization) welcomed ⟪Kazakhstan⟫ as its 162nd Member", "⟪A⟫, ⟪B⟫ and ⟪C⟫
#: agreed to admit ⟪Comoros⟫ as the fourth member of the ⟪IOC⟫"
ADMITTED_AS = (
    r"(?<![\w-])(?:admit|admits|admitted|readmitted|welcomed|welcomes|welcome|accepted|accepts|"
    r"accept)\s+(?:the\s+)?⟪(?P<state>\d+)⟫\s+"
    r"(?:(?:in)?to\s+(?:the\s+)?⟪(?P<org2>\d+)⟫\s+)?as\s+(?:a|an|the|its)\s+"
    r"(?:(?:\d+(?:st|nd|rd|th|d)|[a-z]+(?:th|st|nd|rd)|new|newest|full|full-fledged)\s+)?"
    r"members?(?:\s+(?:states?|countries|country|nations?))?(?![\w-])"
    r"(?:\s+of\s+(?:the\s+)?⟪(?P<org3>\d+)⟫)?"
    # "(instrumental in) inducting ⟪China⟫ into the ⟪SAARC⟫" (M26: inducted is admitted)
    r"|(?<![\w-])induct(?:s|ed|ing)?\s+(?:the\s+)?⟪(?P<state2>\d+)⟫\s+into\s+(?:the\s+)?"
    r"⟪(?P<org4>\d+)⟫"
)
#: an admission proposed or voted on, not (yet) made
PROPOSED = (
    r"(?<![\w-])(?:votes?|voted|voting|proposals?|proposed|motions?|resolutions?|campaign\w*|"
    r"calls?|called|bids?)(?![\w-])"
)
#: who admits, just before the verb: an organization, or "the organization" (the one named
#: before it in the sentence); what stands between holds no mention and no end of a clause
ADMITTER = (
    r"(?:⟪(?P<org0>\d+)⟫|(?<![\w-])(?P<anaphor>the\s+(?:organi[sz]ation|bloc|grouping|group|"
    r"union|alliance|body|community|forum|league|association)))\s+(?P<between>[^⟪.;,]{0,40}?)$"
)

#: states that admit, opening the clause right before the verb: "In 1985 ⟪A⟫, ⟪B⟫, and ⟪C⟫
#: agreed to admit", "⟪A⟫ and ⟪B⟫ admitted" (M26: admission is the members' decision, so the
#: admitting states are members too; welcoming, asking or voting to admit is not admitting)
ADMITTING_STATES = (
    r"(?:^\s*(?:(?:in|on|by)\s+[^⟪,;.]{0,30}?\d{4}\s*,?\s+)?|[;,]\s+)"
    r"(?P<list>" + STATES + r")\s+(?:(?:jointly|unanimously|formally|finally|also)\s+)?"
    r"(?:(?:agreed|decided)\s+to\s+)?$"
)


def read_admitted_as(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """The state admitted is a member of the organization named after "member of", else of
    the one admitting it (an organization's mention, or "the organization": the one named
    before in the sentence)."""
    before = ctx.masked[max(0, m.start() - 120) : m.start()]
    if (
        ctx.res.regex(UNREAL).search(before[-40:])
        or ctx.res.regex(PROPOSED).search(before[-40:])
        or ctx.res.once(reader).prospect_before.search(before)
    ):
        return []  # "refused to admit", "would admit", "hopes to welcome", "the vote to admit"
    if m.group("state2") and ctx.res.regex(STOPPED).search(before[-80:]):
        return []  # "opposed inducting ⟪A⟫ into the ⟪O⟫"
    member = states_of(ctx, f"⟪{m.group('state') or m.group('state2')}⟫")
    at = m.group("org3") or m.group("org2") or m.group("org4")
    admitter = ctx.res.regex(ADMITTER).search(before) if at is None else None
    if admitter is not None and admitter.group("org0"):
        at = admitter.group("org0")
    elif admitter is not None:
        named = [
            i
            for i in re.findall(r"⟪(\d+)⟫", ctx.masked[: m.start() - len(admitter.group())])
            if ctx.sentence.mention(i).label == "ORG"
        ]
        codes = {ctx.sentence.mention(i).code for i in named}
        at = named[0] if len(codes) == 1 else None
    org = _org(ctx, at) if at is not None else None
    if not member or org is None:
        return []
    admitting = (
        None  # states that welcome (or induct) a new member: not read as admitting it
        if m.group().lower().startswith(("welcom", "induct"))
        else ctx.res.regex(ADMITTING_STATES).search(ctx.masked[: m.start()])
    )
    admitters = states_of(ctx, admitting.group("list")) if admitting else None
    members = dict.fromkeys([member[0], *(admitters or [])])
    return [
        Found((m.start(), m.end()), _claim(ctx, R.ADMITTED_AS_MEMBER, state, org), (i,))
        for i, state in enumerate(members)
    ]


ADMITTED_AS_MEMBER = Rule(
    R.ADMITTED_AS_MEMBER,
    Needs(
        words=(
            "admit",
            "admits",
            "admitted",
            "readmitted",
            "welcome",
            "welcomed",
            "welcomes",
            "accept",
            "accepted",
            "accepts",
            "induct",
            "inducts",
            "inducted",
            "inducting",
        )
    ),
    ADMITTED_AS,
    read_admitted_as,
    FILLS,
    (("event", "entry"),),
    repeat=True,
)
#: "after their entry into the ⟪ASEAN⟫", "their joining both the ⟪NATO⟫ alliance and ..."
THEIR_ENTRY = (
    r"(?<![\w-])their\s+(?:formal\s+|full\s+|eventual\s+)?(?:joining|entry\s+into|"
    r"accession\s+to|admission\s+(?:in)?to)\s+(?:both\s+)?(?:the\s+)?(?=⟪)"
)


def read_their_entry(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "Their" are the states of the one list of states named before it in the sentence
    ("Relations with ⟪Vietnam⟫ and ⟪Cambodia⟫ have thawed after their entry into ..."); any
    other state named before, a prospect or a negation leaves it undecided."""
    before = ctx.masked[: m.start()]
    grammar, sentence = ctx.res.grammar, ctx.sentence
    named = [i for i in re.findall(r"⟪(\d+)⟫", before) if grammar.state_code(sentence.mention(i))]
    listed = [re.findall(r"⟪(\d+)⟫", x.group()) for x in re.finditer(STATES, before)]
    lists = [x for x in listed if any(i in named for i in x)]
    if len(named) < 2 or len(lists) != 1 or set(named) != set(lists[0]):
        return []
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    if (
        _unreal_before(ctx, m.start())
        or ctx.res.regex(STOPPED).search(before[-80:])
        or ctx.res.regex(UNREAL).search(clause)
    ):
        return []
    members = states_of(ctx, " and ".join(f"⟪{i}⟫" for i in named))
    if not members:
        return []
    items, _ = ctx.res.once(reader).org_list_end(
        ctx.masked[m.end() :], ctx.sentence, "member", modifier=True
    )
    items = [item for item in items if item.org is not None]
    out: list[Found] = []
    for member in members:
        out += member_of_each(ctx, (m.start(), m.end()), R.THEIR_ENTRY, member, items)
    return [Found(f.span, f.claim, (i,)) for i, f in enumerate(out)]


THEIR_ENTRY_RULE = Rule(
    R.THEIR_ENTRY,
    Needs(words=("their",)),
    THEIR_ENTRY,
    read_their_entry,
    FILLS,
    (("event", "entry"),),
)
RULES: tuple[Rule, ...] = (
    ENTERED_IN_CLAUSE,
    JOINED_AS_PREDICATE,
    FIRST_TO_JOIN_RULE,
    ACCESSION_OF_RULE,
    ADMITTED_AS_MEMBER,
    THEIR_ENTRY_RULE,
)
