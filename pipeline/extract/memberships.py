"""`memberships` and `organization_roles`: which organizations a state belongs to, and its
other standing in them (observer, candidate, partner, former member, not a member).

Named rules (see `schemas.rules`): the `participation-list` of acronyms ("AsDB, BSEC, CE, ...,
OAS (observer)"), and sentence rules: `member-of` ("is a full member of the CoE and a partner
for co-operation of the OSCE"), `both-members-of` (the subject and the row's counterpart),
`members-listed`, `joined`, `common-membership` (an ending, "withdrew from", "was suspended
from", is read by the rules of `pipeline.rules.membership_standing`). Every organization goes
through the registry; a name the registry does not know is kept when it looks like the name of
an organization ("the Rio Group"), with `org_known` false.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from pipeline.analysis.document import DocumentAnalysis
from pipeline.analysis.text import ENT, Sentence
from pipeline.extract.grammar import ADVERBS, DATE, LEAD, Clause, Grammar
from pipeline.extract.missions import ROW
from pipeline.knowledge.organizations import Organization, Registry
from pipeline.knowledge.vocabulary import normal, whole_word
from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from pipeline.model import Block, BulletList, GridTable, Paragraph
from schemas import rules as R

#: words that make a capitalized phrase the name of an organization the registry lacks
ORG_HEAD = (
    r"(?:Organi[sz]ation|Union|Community|Council|Group|Association|Alliance|Forum|Bank|Agency|"
    r"Conference|Commission|League|Movement|Treaty|Pact|Initiative|Partnership|Committee|"
    r"Institute|Court|Fund|Academ(?:y|ies)|Area|Zone|Co-?operation|Assembly|Parliament|"
    r"Secretariat|Club|Network|Programme|Program|Convention|Centre|Center|Board)"
)
#: "Russia formed the Eurasian Economic Union with Armenia, Kazakhstan, and Belarus": the
#: states it was founded with are its members too
FOUNDED_WITH = re.compile(
    rf"\b(?:formed|founded|co-founded|created|established)\s+(?:the\s+)?{ENT}"
    rf"(?:\s*\([^)]*\))?\s+(?:in\s+\d{{4}}\s+)?(?:together\s+|along\s+)?with\s+"
    rf"(?P<list>(?:(?:the\s+)?⟪\d+⟫(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)",
    re.I,
)
TOGETHER_WITH = re.compile(
    rf"\bmembers?\s+of\s+(?:the\s+)?{ENT}(?:\s*\([^)]*\))?\s*,?\s*(?:together|along)\s+with\s+"
    rf"(?P<list>(?:(?:the\s+)?⟪\d+⟫(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)",
    re.I,
)
ITEM_DATE = re.compile(rf"^\s+(?:in|on|since)\s+(?P<date>{DATE})", re.I)
#: a word after the last organization that makes the organizations modifiers of a noun
ATTRIBUTIVE = re.compile(
    r"^\s+(?!(?:and|or|in|on|since|as|with|from|until|by|for|to|at|which|who|where|while|but|"
    r"because|after|before|during|through|throughout|of|is|are|was|were|has|have|had|also|"
    r"respectively|together|both|since)\b)[a-z]{3,}\b"
)
INCLUDING = re.compile(
    r"^\s*,?\s*(?:and\s+)?[^⟪.;:]{0,60}?,?\s*(?:including|such as|among them|among which|"
    r"like)\s*:?\s*(?:the\s+)?",
    re.I,
)
BE = (
    r"(?:is|are|was|were|became|become|remains?|remained|(?:has|have|had)\s+"
    r"(?:also\s+|long\s+|since\s+|always\s+|\w+ly\s+)*(?:been|become))"
)
#: an organization placed within another, not listed beside it: "the Group of 77 in the UN"
WITHIN = re.compile(rf"^\s+(?:in|within|at)\s+(?:the\s+)?{ENT}")
#: a subject that stands for the state spoken of: "It", "The country", "In 1994, the Government"
IT = re.compile(
    rf"^\s*{LEAD}"
    # "A former ⟪British⟫ colony, it is also a member of ...": what the state is, set before it
    r"(?:an?\s+(?:(?:former|small|large|landlocked|young|newly\s+independent)\s+)?(?:⟪\d+⟫\s+)?"
    r"(?:colony|country|state|nation|island\s+nation|island\s+state|kingdom|republic)\s*,\s*)?"
    r"(?:it|the\s+country|the\s+state|the\s+government|the\s+republic)\s+"
    r"(?:also\s+|now\s+)?",
    re.I,
)
UNKNOWN_ORG = re.compile(
    rf"(?:the\s+)?(?P<name>(?:[A-Z][\w'’.\-]*\s+)*(?:{ORG_HEAD})"
    rf"(?:\s+(?:of|for|on|and)(?:\s+the)?\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*"
    # "the Council of Science and Technology": the name goes on past its "and" when what
    # follows is no body's name of its own and ends the item
    rf"(?P<more>\s+and\s+(?!(?:{ORG_HEAD}|The)\b)[A-Z][\w'’.\-]*"
    rf"(?:\s+(?!(?:{ORG_HEAD})\b)[A-Z][\w'’.\-]*){{0,2}}"
    rf"(?=\s*(?:[,;.(\[]|$|\s+(?:and|as\s+well\s+as|since|in|from)\b)))?)?)"
)
#: a longer name with "and" inside it: "Economic and Social Commission for Asia and Pacific",
#: "United Nations Convention on Trade and Development"; taken only where the registry knows
#: it, or the acronym in brackets after it (`_long_name`)
LONG_ORG = re.compile(
    rf"(?:the\s+)?(?P<name>(?:[A-Z][\w'’.\-]*\s+(?:and\s+)?)*(?:{ORG_HEAD})"
    rf"(?:\s+(?:of|for|on|and)(?:\s+the)?\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)*)"
)
#: markdown's italics around words of a name: "_Codex Alimentarius_ Commission"
EMPHASIS = re.compile(r"(?<![\w_])_(?=\w)|(?<=\w)_(?![\w_])")
QUALIFIER = re.compile(r"^(?P<name>.+?)\s*\((?P<qual>[^)]*)\)\s*$")
LIST_GLUE = re.compile(
    r"^\s*(?:,|;|and|, and|as well as|and of|, of|and in|, in|&)?\s*"
    r"(?:also\s+)?(?:the\s+)?$",
    re.I,
)
TREATY = re.compile(r"\b(?:Convention|Treaty|Agreement|Protocol|Pact|Accords?)$")
PARENTHESIS = re.compile(r"^\s*\((?P<inner>[^)]*)\)")
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
#: a body named as new in a list: "..., and the recently formed ⟪IORA⟫"
NEW_BODY = r"(?:(?:recently|newly)\s+(?:formed|created|established|founded)\s+)"
#: what a list of organizations may say of its last item before going on: "the UN and several
#: of its specialized agencies, the OAS ...", "the UN[1] along with most of its agencies as well
#: as the Commonwealth", "the G-20 major economies, the NAM"
ITS_AGENCIES = re.compile(
    r"^(?:\s*\[\d+\])*(?:\s*,?\s*(?:and|along\s+with|with|together\s+with|as\s+well\s+as|"
    r"including)\s+(?:several|most|many|all|some|a\s+number|each)\s+of\s+its\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:agencies|bodies|organs|institutions|affiliates|programmes|programs)"
    r"(?:\s*\((?:i\.\s?e\.|e\.\s?g\.|including|such as)\s*,?\s*(?P<named>[^)]*)\))?"
    r"(?=\s*(?:,|;|\s+as\s+well\s+as\b|\s+and\b))"
    # "the G-20 major economies, the NAM", "the Developing 8 (D-8) countries and the N-11": the
    # members the organization is made of, named after it
    r"|\s+(?:major\s+)?(?:economies|countries|nations)(?=\s*(?:,|;|\s+as\s+well\s+as\b|\s+and\b)))?",
    re.I,
)
ACRONYM = re.compile(r"([A-Z][A-Za-z0-9-]{1,9})\b")
#: a body that admitted a state: "the ⟪UN⟫ approved ⟪A⟫'s membership" (not its application)
APPROVED = re.compile(
    rf"{ENT}\s+(?:(?:formally|unanimously|officially)\s+)?(?:approved|confirmed|accepted)\s+"
    rf"{ENT}(?:'s|’s)\s+(?:full\s+)?(?:membership|admission|accession)\b"
    r"(?!\s+(?:application|bid|request|talks|negotiations|process))",
    re.I,
)
#: what makes the words after it, in its clause, a condition, not a fact: "If the ⟪OECD⟫
#: approved ⟪A⟫'s membership, ..." (searched in the text before a match)
CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether|once|should)\b[^,;]*$", re.I)
#: the same organization named again after a dash: "International Criminal Police Organization
#: - ⟪Interpol⟫"
DASH_AGAIN = re.compile(rf"^\s+[-–—]\s+{ENT}")
#: an acronym the registry lacks, inside a list of organizations and followed by the list's next
#: joint or its end: "the G6, G7, G8", "the ASEM, the MEF." (kept by its name, as written)
UNKNOWN_ACRONYM = re.compile(
    r"(?P<acr>(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z0-9](?![\w-]))[A-Z][A-Z0-9-]{1,8})(?![\w-])"
    r"(?=\s*(?:[,;]|\.\s*$|\.\s+[A-Z]|$)|\s+(?:and|or)\s)"
)
SUCCESSOR = re.compile(
    rf"(?:now|today|later|since renamed|renamed|succeeded by)\s+(?:the\s+)?{ENT}", re.I
)
#: a list's item followed by the name it has now, set off by commas: "the ⟪OAU⟫, now the ⟪AU⟫,
#: the ⟪NAM⟫": the body under its new name is listed too
NOW_NAMED = re.compile(
    rf"^\s*,\s*(?:now|today)\s+(?:the\s+)?{ENT}(?=\s*(?:[,;.]|$|\s+(?:and|as\s+well\s+as)\s))",
    re.I,
)
#: an organization's name that goes on into another body's: "the ⟪African Union⟫ Mission to
#: Somalia", "the ⟪United Nations⟫ Special Committee on Decolonization"
ANOTHER_BODY = re.compile(
    r"(?:['’]s?)?\s+(?:Special\s+|Standing\s+|Permanent\s+|Interim\s+|Peacekeeping\s+)?(?:Mission|"
    r"Missions|Force|Forces|Summit|Committee|Commission|Operation|Observer|Office|Panel|Fund|"
    r"Programme|Program)\b"
    # "the ⟪OECD⟫ Development Centre": a body whose name goes on past the known one's
    rf"|(?:\s+[A-Z][a-z]+){{1,3}}\s+(?:{ORG_HEAD})\b"
)
#: where a list's item ends when it was reached past other words (`_next_item`): at a
#: semicolon, the sentence's end, or a relative clause saying what the body does
SEGMENT_END = re.compile(r"^\s*(?:\[\d+\]\s*)*(?:[;.]|$|,\s*(?:which|that|whose)\b)")
#: the words after a list's item up to the semicolon before its next item, and how that item
#: opens ("...; and the", "...; withdrew from the")
NEXT_ITEM = re.compile(
    r"(?P<passed>[^;]{0,160}?)\s*(?:\[\d+\]\s*)*;\s*(?:\[\d+\]\s*)*(?:and\s+)?"
    r"(?P<left>(?:withdrew|(?:has|had)\s+withdrawn)\s+from\s+)?(?:the\s+)?"
)
#: the rest of a name written partly in lower case, up to the acronym in brackets that ends
#: the list's item: " for drought control in the Sahel (⟪CILSS⟫)"
NAME_TAIL = re.compile(r"(?:\s+[\w'’-]+){1,8}?\s*\(\s*⟪(\d+)⟫\s*\)(?=\s*(?:[;,.]|$))")
#: what a bracket after an organization holds when it holds its acronym or acronyms: "(⟪OAU⟫)",
#: "(⟪UDEAC⟫/⟪CEMAC⟫)"
BRACKETED = re.compile(r"⟪\d+⟫(?:\s*/\s*⟪\d+⟫)*")
#: who began a body, said after it in a list: "the ⟪ACD⟫ initiated by Thailand in 2002 and
#: of the ⟪MGC⟫", "the ⟪Stability Pact⟫ initiated by the ⟪EU⟫ and the ⟪SECI⟫"
STARTED_BY = re.compile(
    r"\s*,?\s+(?:initiated|launched|founded|created|established|proposed|sponsored)\s+by\s+"
    r"(?:the\s+)?(?:⟪\d+⟫|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:\s+in\s+\d{4})?"
    r"(?=\s*(?:[,;.]|$|\s+(?:and|as\s+well\s+as)\s))"
)
ITEM_MENTION = re.compile(
    rf"(?:the\s+)?{NEW_BODY}?(?:[a-z][\w-]*-[\w-]+\s+){{0,2}}"
    rf"(?:(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+['’]s\s+"
    rf"|(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){{0,2}}(?:alliance|bloc|organi[sz]ation|grouping)\s+"
    # "New Development ⟪BRICS Bank⟫": the name begins before the words the registry knows
    # (not where it goes on after them: "the East ⟪ASEAN⟫ Growth Triangle")
    rf"|(?:[A-Z][a-z]+\s+){{1,2}}(?=⟪\d+⟫(?!\s+[A-Z][a-z])))?"
    rf"{ENT}"
)
RELATIVE = re.compile(r"^\s*,\s*(?:which|that|whose)\b")
#: a list item written "ACRONYM – Full name" (a dash of any width, spaced at least after it):
#: "AALCO – Asian–African Legal Consultative Organization", "UNAIDS- United Nations Programme
#: on HIV/AIDS"
ACRONYM_NAME = re.compile(r"^(?P<acr>[A-Z][A-Za-z0-9&.+/]{0,11})\s*[–—-]\s+(?P<name>\S.*)$")


@dataclass(frozen=True, slots=True)
class MembershipClaim:
    rule: str
    line: int
    text: str
    member: str
    org_id: str | None
    org_name: str
    status: str
    date_text: str | None = None


@dataclass(frozen=True, slots=True)
class OrgItem:
    """One organization of a list as the list reader found it: the registry's entry (None for
    a name it does not know), the name, the standing ("member", "observer", ...) and a date."""

    org: Organization | None
    name: str
    status: str
    date_text: str | None

    @property
    def org_pair(self) -> tuple[str | None, str]:
        """(the registry's id, the name) as a fact carries them: a name the registry does not
        know has no id and keeps the name as written."""
        return (self.org.org_id, self.org.name) if self.org else (None, self.name)


class MembershipReader:
    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        v = grammar.knowledge.vocabulary
        self.vocabulary = v
        noun = v.pattern("membership-noun")
        self.noun = noun
        #: what may join two items of a list of organizations (`org_list_end`)
        self.list_glue = re.compile(
            # "of"/"in" only after a separator: "the G-77 in the UN" is not a list
            rf"\s*(?:(?:(?:,\s*|;\s*|/\s*)(?:\[\d+\]\s*)*(?:and\s+|as\s+well\s+as\s+|or\s+)?"
            rf"|\s+(?:and|as\s+well\s+as|or)\s+)"
            # "⟪NATO⟫ and its adjunct ⟪NACC⟫", "and (since the Denver Summit in 1997) a member of"
            rf"(?:its\s+(?:adjunct|affiliated|associated|subsidiary)\s+"
            rf"|\((?:since|from)\s[^()⟪]{{1,60}}\)\s*)?"
            rf"(?:of\s+|in\s+|to\s+)?|\s+)"
            rf"(?:(?:an?\s+|the\s+)?(?:(?:founding|full|elected)\s+)?"
            rf"(?P<noun>{noun})\s+(?:of|in|to)\s+)?(?:the\s+)?",
            re.I,
        )
        #: the kind of body a name is, written after it inside a list: "the ⟪NATO⟫ alliance
        #: and the ⟪EU⟫", "the ⟪APEC⟫ forum and the ⟪Commonwealth⟫", "the ⟪G20⟫ industrial
        #: nations (1999)"; only where the list goes on or ends after it
        self.kind_after = re.compile(
            rf"^\s+(?:{v.pattern('organization-kind-after')})(?:\s*\(\s*\d{{4}}\s*\))?"
            rf"(?=\s*(?:[,;.)]|$)|\s+(?:and|or|as\s+well\s+as|in|since)\b)",
            re.I,
        )
        # the words without which no membership rule reads anything (a quick filter)
        # and an organization followed by the states it is made of: "the GCC (Saudi Arabia, ...)"
        self.org_and_members = re.compile(r"⟫\s*\(\s*(?:the\s+)?⟪", re.I)
        self.capacity = re.compile(
            rf"(?:^|\b)(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:\w+\s+)?(?P<noun>{noun})\s+"
            rf"(?:of|in|to|at|with|within)\s+(?:the\s+)?$",
            re.I,
        )
        self.is_member = re.compile(
            rf"^(?P<verb>{BE})\s+(?P<neg>not\s+|no\s+longer\s+|never\s+|not\s+yet\s+)?{ADVERBS}"
            # "is nominally a member of": a member all the same
            rf"(?:nominally\s+)?"
            rf"(?:(?:elected|admitted|accepted)\s+(?:as\s+)?)?"
            rf"(?:also\s+|both\s+|all\s+)?(?:an?\s+|the\s+|(?:one\s+of|among)\s+the\s+)?"
            rf"(?:\d+(?:st|nd|rd|th)\s+)?"
            rf"(?:(?:founding|full|active|permanent|original|non-permanent|elected|voting|"
            rf"full-fledged|fully-fledged)\s+)*(?:(?!{noun}\b)[a-z]+\s+)?"
            # "the only Latin ⟪American⟫ member of the ⟪OECD⟫": where the member is from
            rf"(?:(?:[A-Z][a-z]+[\s-]+)?⟪\d+⟫\s+)?(?P<noun>{noun})"
            # "a member or participant of the ACP"
            rf"(?:\s+or\s+(?:an?\s+)?(?:participant|party))?"
            # "a founding member and the first President of the CPLP"
            rf"(?:\s+and\s+(?:the\s+)?(?:first\s+)?[A-Za-z]+)?\s+"
            rf"(?:of|in|to|at|within)\s*:?\s+(?:both\s+(?=(?:the\s+)?⟪))?",
            re.I,
        )
        self.elliptic = re.compile(
            rf"^(?:{BE})\s+(?:also\s+)?(?:an?\s+)?(?:(?!{noun}\b)[a-z]+\s+)?(?P<noun>{noun})\s*"
            rf"(?:[.,;]|$)",
            re.I,
        )
        # "Croatia joined the EU in 2013, while Romania joined on 1 January 2007"
        self.elliptic_entry = re.compile(
            rf"^(?:also\s+|later\s+)?(?:joined|acceded|(?:was|were)\s+admitted)\s*"
            rf"(?:(?:in|on)\s+(?P<date>{DATE}))?\s*(?:[.,;]|$)",
            re.I,
        )
        # "Namibia has been a Commonwealth republic since 1990"
        # "Both countries are NATO members", "India and Australia are both Commonwealth members",
        # "Italy and the US are NATO allies"
        self.org_state = re.compile(
            rf"^(?:{BE})\s+{ADVERBS}(?:both\s+|all\s+)?"
            rf"(?:an?\s+(?:(?:fully\s+)?independent\s+|sovereign\s+)?|(?=⟪\d+⟫\s+\w+s\b))"
            rf"(?=⟪\d+⟫\s+(?:(?:full|founding)\s+)?(?:republics?|realms?|member\s+states?|"
            rf"member\s+countries|member\s+country|member\s+nations?|members?|allies|ally)\b)",
            re.I,
        )
        # "A dynamic member of the Southern African Development Community, Namibia is ..."
        # "An active participant in the ⟪Summit of the Americas⟫ process, ⟪El Salvador⟫ ..."
        self.appositive = re.compile(
            rf"^\s*(?:as\s+)?an?\s+(?:(?!{noun}\b)[a-z]+\s+)?(?P<noun>{noun})\s+(?:of|in)\s+"
            rf"(?:the\s+)?",
            re.I,
        )
        self.verb = re.compile(
            rf"^(?P<neg>(?:has|have|did|does|do)\s+not\s+|never\s+)?(?P<verb>"
            rf"{v.pattern('membership-verb')})\s+"
            # "joined its Anglophone neighbours in the Commonwealth", "joined 13 other nations in
            # forming the SHIRBRIG"
            rf"(?:(?:its|their|\d+|several|other|many)\s+[^⟪.;]{{0,60}}?\s+in\s+(?:forming\s+)?)?",
            re.I,
        )
        # "181 international organizations, including", "various international and regional
        # organizations, such as", "the following international organizations:": a generic
        # head before the list of organizations
        self.count_lead = re.compile(
            rf"^(?:(?:(?:more than|over|some|about|at least)\s+)?(?:\d+|{self.grammar.number}|"
            rf"several|various|many|numerous|most|a\s+(?:large\s+)?number\s+of|"
            rf"a\s+(?:wide\s+)?(?:range|variety|host)\s+of|the\s+following)\s+)?"
            rf"(?:other\s+)?(?:(?:major|key|main|important|international|regional|global|"
            rf"multilateral|multinational|intergovernmental|financial|economic|political|"
            rf"specialized|specialised|related|(?-i:[A-Z][a-z]+))\s*(?:,|and|or)?\s+)*"
            rf"(?:organi[sz]ations|bodies|institutions|groups|groupings|agencies|fora|forums|"
            rf"blocs|associations)\s*,?\s*(?:(?:most\s+)?notably|including|such as|among them|"
            rf"among which|like|in particular|particularly)?\s*:?\s*(?:the\s+)?",
            re.I,
        )
        # "Both countries are", "Today both are", "They are both", "The two countries share"
        self.both = re.compile(
            r"^\s*(?:(?:also|today|currently|now|presently|however|moreover|furthermore|"
            r"in addition|additionally|since \d{4}|in \d{4}),?\s+)*"
            # "Each is a member of", "Each country is also a member of": each of the two
            r"(?:(?P<each>each(?:\s+(?:country|state|nation|side|of\s+them|of\s+the\s+two"
            r"(?:\s+(?:countries|states|nations))?))?\s+(?=(?:is|was|has\s+been|remains)\s))"
            r"|(?:(?:both|the two)(?:\s+(?:countries|states|nations|sides|governments|members|"
            r"republics|kingdoms|country))?(?!\s+(?:the\s+)?⟪)"
            # "Both ⟪India⟫ and ⟪Nigeria⟫, are members of": the pair is named, not the document's
            r"|they(?=\s+(?:are|were|have been|had been)\s+"
            r"(?:also\s+)?both\b)|they\s+both)\b[^.;]*?\b"
            r"(?=(?:are|were|became|have been|had been|remain|a|share|shared)\s))",
            re.I,
        )
        self.listed = re.compile(
            rf"^\s*{LEAD}(?:both\s+)?(?:the\s+)?(?P<list>⟪\d+⟫(?:\s*,\s*(?:the\s+)?⟪\d+⟫)*\s*,?"
            rf"\s+and\s+(?:the\s+)?⟪\d+⟫)\s+(?!and\b)",
            re.I,
        )
        # an entry that happened: "since ⟪A⟫'s entry into ⟪O⟫", "⟪A⟫'s ⟪O⟫ membership took
        # effect on ...", "⟪A⟫'s membership in ⟪O⟫ in the 1970s"
        self.entry = re.compile(
            rf"(?:\b(?:since|after|following|upon|with|before|until)\s+(?:the\s+)?{ENT}"
            rf"(?:'s|’s)\s+(?:formal\s+|full\s+)?(?:entry|accession|admission)\s+(?:in)?to\s+"
            rf"(?:the\s+)?"
            rf"|{ENT}(?:'s|’s)\s+(?:formal\s+|full\s+)?(?:entry|accession|admission)\s+(?:in)?to"
            rf"\s+(?:the\s+)?(?=⟪\d+⟫\s+(?:took effect|was completed|was finali[sz]ed|"
            rf"was approved|was confirmed|"
            rf"(?:in|on)\s+{DATE}))"
            rf"|{ENT}(?:'s|’s)\s+(?:full\s+)?membership\s+(?:in|of)\s+(?:the\s+)?"
            rf"|{ENT}(?:'s|’s)\s+(?=⟪\d+⟫\s+membership\s+(?:took effect|began|started)))",
            re.I,
        )
        self.prospect_before = re.compile(
            r"\b(?:seek\w*|bid|hope\w*|aim\w*|toward\w*|for|goal|objective|support\w*|endors\w*|"
            r"backe?d?|backing|welcom\w*|lobb\w*|urg\w*|advocat\w*|favou?r\w*|"
            r"prepar\w*|block\w*|oppos\w*|veto\w*|possible|future|planned|path)\W+(?:\w+\W+)?$",
            re.I,
        )
        self.prospect_after = re.compile(
            r"^\s*(?:talks|negotiations|process|bid|application|efforts?|plans?|hopes?|"
            r"ambitions?|prospects?|criteria|requirements)\b",
            re.I,
        )
        self.comprises = re.compile(
            rf"^\s*(?:the\s+)?{ENT}[^.;]{{0,120}}?\b(?:comprises|comprised|includes|included|"
            rf"consists of|is made up of|(?:is|was)\s+composed\s+of|brings together|unites|"
            rf"whose members include|members include)\s+"
            # "is made up of its member states ⟪A⟫, ⟪B⟫", "of 35 member states, including ⟪A⟫"
            rf"(?:(?:its\s+)?(?:\d+\s+|{self.grammar.number}\s+)?(?:founding\s+|full\s+)?"
            rf"(?:member\s+)?(?:states|countries|nations|members)\s*(?:,\s*(?:including|"
            rf"among\s+them|such\s+as|namely)|:)?\s+(?=(?:the\s+)?⟪))?"
            rf"|{ENT}\s*,?\s*(?:which|that|whose members)\s+(?:now\s+)?(?:includes?|comprises|"
            rf"consists of|are)\s*,?\s+"
            # "the members of the ⟪GCC⟫ (⟪A⟫, ⟪B⟫, ...)"; a bare "the ⟪EU⟫ (⟪France⟫, ⟪Germany⟫)"
            # does not say what the brackets name (fixtures/README.md, M3)
            rf"|\b(?:members\s+of\s+|part\s+of\s+)(?:the\s+)?{ENT}\s*\(\s*(?=(?:the\s+)?⟪\d+⟫"
            rf"\s*,)",
            re.I,
        )
        self.relative = re.compile(
            rf"^(?:{BE})\s+(?:the|a|an|one\s+of\s+the)\s+(?:(?:(?:\w+-)?⟪\d+⟫|\w+)\s+){{0,3}}?"
            rf"(?:country|countries|state|states|nation|nations|member)\b[^⟪.;]{{0,60}}?"
            # "are the only two Latin-⟪American⟫ nations to be members of"
            # ("the first ... country to join" is first-to-join's)
            rf"\b(?:(?:which|that)\s+(?:also\s+)?"
            rf"|to\s+(?=(?:be|have\s+been)\s+(?:an?\s+)?(?:\w+\s+)?members?\b)(?:be\s+)?)",
            re.I,
        )
        self.later_predicate = re.compile(
            rf"^[^⟪.;]{{0,80}}?\b(?:and|but)\s+(?:also\s+)?(?=(?:{BE})\s+(?:also\s+)?(?:an?\s+)?"
            rf"(?:\w+\s+)?{noun}\s+(?:of|in|to)\b|{v.pattern('membership-verb')}\s)",
            re.I,
        )
        self.be_verb = re.compile(
            r"\b(?:are|were|became|have been|had been|remain|share|shared)\s", re.I
        )
        self.time_lead = re.compile(
            rf"^\s*(?:(?:in|on|since|by)\s+{DATE}|(?:in|on)\s+the\s+\w+)\s*,?\s+", re.I
        )
        self.common = re.compile(rf"\b(?:{v.pattern('membership-common')})\s+(?:the\s+)?", re.I)
        self.lead_in = re.compile(
            r"\b(?:member|members|participates?|participant|party|belongs?)\b.*\b(?:following|"
            r"these|organi[sz]ations|including|includes|agencies|bodies)\b[^.]*:\s*(?:\[\d+\])*\s*$",
            re.I,
        )
        self.list_lead = re.compile(
            rf"^.*?\b(?:(?:is|are)\s+(?:also\s+)?(?:an?\s+)?(?:{noun})\s+(?:of|in|to)\s+"
            rf"(?:\d+\s+[^,:]*?(?:including|:)\s*)?(?:the\s+)?|participates?\s+in\s+the\s+"
            rf"following[^:]*:\s*)",
            re.I,
        )

    # -- sentences -----------------------------------------------------------------------------
    def read_sentence(
        self, sentence: Sentence, subject: str | None, it: str | None = None
    ) -> list[MembershipClaim]:
        """Every membership a sentence states, each labelled with the rule its wording is, in
        the order read (the same statement may come twice: the family's precedence keeps one).
        `it`: the state an "It" opening the sentence stands for (`Context.implied_subject`:
        none in a relations row, nor after a sentence opened by another state). The gate (a
        word of membership) is the engine's (`pipeline.rules.memberships`)."""
        out: list[MembershipClaim] = []
        clauses = self.grammar.clauses(sentence)
        previous: str | None = None
        for clause in clauses:
            found, state = self._clause(sentence, clause, subject, previous, it)
            if not found and state is not None and out:
                found = self._elliptic(sentence, clause, state, out)
            previous = state
            out.extend(found)
        out.extend(self._appositive(sentence, clauses))
        out.extend(self._common(sentence, subject))
        out.extend(self._entry(sentence))
        out.extend(self._comprises(sentence))
        out.extend(self._together_with(sentence))
        return out

    def _entry(self, sentence: Sentence) -> list[MembershipClaim]:
        """ "since ⟪Azerbaijan⟫'s entry into the ⟪Council of Europe⟫": a state's entry,
        admission or accession, unless still in prospect ("accession talks")."""
        out: list[MembershipClaim] = []
        for m in self.entry.finditer(sentence.masked):
            code = self.grammar.state_code(sentence.mention(m.group(m.lastindex or 1)))
            before = sentence.masked[max(0, m.start() - 30) : m.start()]
            if code is None or self.prospect_before.search(before):
                continue
            rest = sentence.masked[m.end() :]
            items, used = self.org_list_end(rest, sentence, "member", modifier=True)
            if self.prospect_after.match(rest[used:]) or self.grammar.to_come(rest[used:]):
                continue  # "... accession talks", "... membership of ⟪O⟫ is not expected"
            out.extend(
                MembershipClaim(
                    R.JOINED.name,
                    sentence.line,
                    sentence.evidence,
                    code,
                    item.org.org_id if item.org else None,
                    item.org.name if item.org else item.name,
                    item.status,
                )
                for item in items
            )
        # "the ⟪UN⟫ approved ⟪A⟫'s membership in 1945": the body admitted the state
        for m in APPROVED.finditer(sentence.masked):
            if CONDITION_BEFORE.search(sentence.masked, 0, m.start()):
                continue  # "If the ⟪OECD⟫ approved ⟪A⟫'s membership, ...": not yet
            body, state = sentence.mention(m.group(1)), sentence.mention(m.group(2))
            org = self.grammar.knowledge.organizations.orgs.get(body.code or "")
            if body.label == "ORG" and org is not None:
                code = self.grammar.state_code(state)
                out += _members(R.JOINED.name, sentence, [code], org.org_id, org.name)
        return out

    def _together_with(self, sentence: Sentence) -> list[MembershipClaim]:
        """ "Slovenia is a member of CENCOOP, together with Austria, Croatia and Switzerland":
        the states named with the member are members too."""
        m = TOGETHER_WITH.search(sentence.masked) or FOUNDED_WITH.search(sentence.masked)
        if m is None or sentence.mention(m.group(1)).label != "ORG":
            return []
        org = self.grammar.knowledge.organizations.orgs.get(sentence.mention(m.group(1)).code or "")
        if org is None:
            return []
        codes = [
            self.grammar.state_code(sentence.mention(i)) for i in re.findall(ENT, m.group("list"))
        ]
        return _members(R.MEMBERS_LISTED.name, sentence, codes, org.org_id, org.name)

    def _comprises(self, sentence: Sentence) -> list[MembershipClaim]:
        """ "The ⟪Minsk Group⟫ ... comprises ⟪Armenia⟫, ⟪Azerbaijan⟫, ⟪Turkey⟫, and several
        Western European nations": the states listed are its members."""
        m = next(
            (
                m
                for m in self.comprises.finditer(sentence.masked)
                if sentence.mention(m.group(m.lastindex or 1)).label == "ORG"
            ),
            None,
        )
        if m is None:
            return []
        org_mention = sentence.mention(m.group(m.lastindex or 1))
        org = self.grammar.knowledge.organizations.orgs.get(org_mention.code or "")
        listed = re.match(
            rf"(?:(?:the\s+)?{ENT}(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+", sentence.masked[m.end() :]
        )
        if listed is None:
            return []
        codes = [
            self.grammar.state_code(sentence.mention(i)) for i in re.findall(ENT, listed.group())
        ]
        org_id, name = (org.org_id, org.name) if org else (None, org_mention.text)
        return _members(R.MEMBERS_LISTED.name, sentence, codes, org_id, name)

    def _elliptic(
        self, sentence: Sentence, clause: Clause, state: str, before: list[MembershipClaim]
    ) -> list[MembershipClaim]:
        """ "Azerbaijan is a full member of the Council of Europe, Belarus is a candidate": a
        capacity without its organization takes the organizations of the clause before."""
        entry = self.elliptic_entry.match(clause.text[clause.body :].strip())
        if entry is not None and before[-1].rule == R.JOINED.name:
            last = before[-1].line, before[-1].member
            return [
                MembershipClaim(
                    c.rule, c.line, c.text, state, c.org_id, c.org_name, c.status, entry["date"]
                )
                for c in before
                if (c.line, c.member) == last
            ]
        m = self.elliptic.match(clause.text[clause.body :])
        if m is None:
            return []
        status = self.vocabulary.value("membership-noun", m.group("noun")) or "member"
        last = before[-1].line, before[-1].member
        orgs = [c for c in before if (c.line, c.member) == last]
        return [
            MembershipClaim(c.rule, c.line, c.text, state, c.org_id, c.org_name, status)
            for c in orgs
        ]

    def _appositive(self, sentence: Sentence, clauses: list[Clause]) -> list[MembershipClaim]:
        """ "A dynamic member of the ⟪SADC⟫, ⟪Namibia⟫ is ...": the sentence's state is one."""
        m = self.appositive.match(sentence.masked)
        if m is None:
            return []
        status = self.vocabulary.value("membership-noun", m.group("noun")) or "member"
        items, used = self.org_list_end(sentence.masked[m.end() :], sentence, status)
        after = re.match(rf"^\s*,\s*(?:the\s+)?{ENT}", sentence.masked[m.end() + used :])
        if not items or after is None:
            return []
        code = self.grammar.state_code(sentence.mention(after.group(1)))
        if code is None:
            return []
        return [
            MembershipClaim(
                R.MEMBER_OF.name,
                sentence.line,
                sentence.evidence,
                code,
                item.org.org_id if item.org else None,
                item.org.name if item.org else item.name,
                item.status,
            )
            for item in items
        ]

    def _clause(
        self,
        sentence: Sentence,
        clause: Clause,
        subject: str | None,
        previous: str | None,
        it: str | None,
    ) -> tuple[list[MembershipClaim], str | None]:
        """The claims of a clause, and the state it is about (for an "it" that follows)."""
        found, state = self._clause_claims(sentence, clause, subject, previous, it)
        return found, state

    def _clause_claims(
        self,
        sentence: Sentence,
        clause: Clause,
        subject: str | None,
        previous: str | None,
        it: str | None,
    ) -> tuple[list[MembershipClaim], str | None]:
        text = clause.text
        both = self.both.match(text)
        # "Chile and Peru share membership in the OAS" is the common-membership rule's
        # "⟪A⟫ and ⟪B⟫ are members of ⟪O1⟫ and ⟪O2⟫ respectively" pairs them in order: the
        # `members-respectively` rule's, not every state of every organization
        listed = (
            None
            if self.common.search(text) or RESPECTIVELY.search(text)
            else self.listed.match(text)
        )
        bodies: list[str]
        if both:
            if subject is None or self.grammar.negated(both.group(0)):
                return [], None  # "Both countries do not share membership in ..."
            members, rule = [subject, ROW], R.BOTH_MEMBERS_OF.name
            # "Both countries are situated in the Baltic region and are full members of NATO"
            bodies = [text[v.start() :] for v in self.be_verb.finditer(text, both.end())]
            if both.group("each"):  # "Each is a member of": its verb is singular
                bodies = [text[both.end() :]]
        elif listed:
            codes = [
                self.grammar.state_code(sentence.mention(i))
                for i in re.findall(ENT, listed.group("list"))
            ]
            if any(c is None for c in codes):
                return [], None
            members = [c for c in codes if c]
            rule, bodies = R.MEMBERS_LISTED.name, [text[listed.end() :]]
        else:
            code, start = self._subject(sentence, clause, it, previous)
            if code is None:
                return [], None
            members, rule, bodies = [code], R.MEMBER_OF.name, [text[start:]]
        state = members[0] if len(members) == 1 else None
        for body in bodies:
            items = self._predicate(body, sentence, rule)
            if items:
                return [
                    MembershipClaim(
                        rule_,
                        sentence.line,
                        sentence.evidence,
                        member,
                        item.org.org_id if item.org else None,
                        item.org.name if item.org else item.name,
                        item.status,
                        item.date_text,
                    )
                    for rule_, item in items
                    for member in members
                ], state
        return [], state

    def _subject(
        self, sentence: Sentence, clause: Clause, it: str | None, previous: str | None
    ) -> tuple[str | None, int]:
        """The clause's state and where its predicate starts. "It" stands for the state of
        the clause before ("Ecuador is a founding member of the UN; it is also a member of the
        OAS"), or, opening a sentence, for `it` (the document's subject in running text, unless
        the sentences before it last opened with another state; none in a relations row)."""
        if clause.subject is not None:
            return self.grammar.clause_state(sentence, clause), clause.body
        m = IT.match(clause.text)
        if m is None:
            return None, 0
        if previous is not None and clause.start > 0:
            return previous, m.end()
        if clause.start == 0 and it and not sentence.in_list:
            return it, m.end()
        return None, 0

    def _predicate(
        self, body: str, sentence: Sentence, rule: str, depth: int = 0
    ) -> list[tuple[str, OrgItem]]:
        """(rule, organization) for what a clause's predicate says of its subject; predicates
        joined by "and" are all read ("is a member of A and was a founding member of B")."""
        body = self.time_lead.sub("", body, count=1)
        # "is the only country in East Africa which also is a member of ...", "was the first
        # state to join ...": the relative clause says it of the subject
        relative = self.relative.match(body)
        if relative is not None:
            if self.grammar.negated(relative.group(0)):
                return []  # "is the only nation in the Pacific never to have been a member of"
            body = body[relative.end() :]
            if relative.group(0).lower().rstrip().endswith(" be"):
                body = "are " + body  # "... nations to be members of": they are
        out: list[tuple[str, OrgItem]] = []
        rest = ""
        state_of = self.org_state.match(body)
        if state_of:  # "a ⟪Commonwealth⟫ republic": the organization's member
            items, used = self.org_list_end(
                body[state_of.end() :], sentence, "member", modifier=True
            )
            return [(rule, item) for item in items[:1]]
        m = self.is_member.match(body)
        v = self.verb.match(body) if m is None else None
        if m:
            status = self.vocabulary.value("membership-noun", m.group("noun")) or "member"
            if m.group("neg"):
                status = "former" if "longer" in m.group("neg").lower() else "not-member"
            tail = body[m.end() :]
            lead = self.count_lead.match(tail)
            if lead:
                tail = tail[lead.end() :]
            # "a member of the ALBA international cooperation organization": the name is the head
            items, used = self.org_list_end(tail, sentence, status, modifier=True)
            out = [(rule, item) for item in items]
            rest = tail[used:]
        elif v:
            status = self.vocabulary.value("membership-verb", v.group("verb")) or "member"
            verb_rule = R.JOINED.name if status == "member" else R.MEMBER_OF.name
            if (
                v.group("verb")
                .lower()
                .startswith(
                    (
                        "is active",
                        "are active",
                        "belong",
                        "participate",
                        "hold",
                        "maintain",
                        "has membership",
                        "has memberships",
                        "share",
                        "is a participant",
                        "is affiliated",
                        "are affiliated",
                    )
                )
            ):
                verb_rule = R.MEMBER_OF.name
            if rule != R.MEMBER_OF.name:
                verb_rule = rule
            if v.group("neg"):
                status = "not-member"
            tail = body[v.end() :]
            lead = self.count_lead.match(tail)
            if lead:  # "holds memberships in several international institutions, including"
                tail = tail[lead.end() :]
            items, used = self.org_list_end(tail, sentence, status)
            rest = tail[used:]
            when = self.grammar.date_after(rest)  # "joined NATO in March 2004"
            out = [
                (
                    verb_rule,
                    item
                    if item.date_text or not when
                    else OrgItem(item.org, item.name, item.status, when),
                )
                for item in items
            ]
        if not out and depth == 0:
            # "have good relations and cooperate within OPEC": a later predicate of the subject
            later = self.later_predicate.search(body)
            if later is not None:
                return self._predicate(body[later.end() :], sentence, rule, depth + 1)
        if out and depth < 3:
            including = INCLUDING.match(rest)
            if including:  # "the UN and some of its agencies, including the World Bank, ..."
                items, used = self.org_list_end(
                    rest[including.end() :], sentence, out[-1][1].status
                )
                out += [(out[-1][0], item) for item in items]
                rest = rest[including.end() + used :]
            more = re.match(r"^\s*,?\s*(?:and|but)\s+(?:also\s+|later\s+)?", rest)
            if more:
                out += self._predicate(rest[more.end() :], sentence, rule, depth + 1)
        return out

    def _common(self, sentence: Sentence, subject: str | None) -> list[MembershipClaim]:
        """ "... work toward integration through common membership in the EAC": the states the
        sentence names are all members, and the document's subject unless the named states
        lead the sentence as the ones sharing it ("⟪A⟫ and ⟪B⟫ share membership in ...")."""
        m = self.common.search(sentence.masked)
        if m is None:
            return []
        items = self.org_list(sentence.masked[m.end() :], sentence, "member")
        members = {
            code
            for mention in sentence.mentions
            if (code := self.grammar.state_code(mention)) is not None
        }
        # "Relations with ⟪X⟫ and ⟪Y⟫ ..., as the three nations ... common membership": the
        # subject too; "⟪A⟫ and ⟪B⟫ share membership in ...": the states that lead, only
        if subject and self.listed.match(sentence.masked) is None:
            members.add(subject)
        if len(members) < 2:
            return []
        return [
            MembershipClaim(
                R.COMMON_MEMBERSHIP.name,
                sentence.line,
                sentence.evidence,
                member,
                item.org.org_id if item.org else None,
                item.org.name if item.org else item.name,
                item.status,
            )
            for item in items
            for member in sorted(members)
        ]

    # -- the organizations after "member of" ---------------------------------------------------
    def org_list(self, text: str, sentence: Sentence, status: str) -> list[OrgItem]:
        return self.org_list_end(text, sentence, status)[0]

    def org_list_end(
        self, text: str, sentence: Sentence, status: str, *, modifier: bool = False
    ) -> tuple[list[OrgItem], int]:
        """Organizations listed from the start of `text`: "the CoE and the OSCE", "an observer
        of A, B and C" (the capacity carries over a plain list), "BSEC (observer)" (a
        parenthesis qualifies its item only), "the Rio Group" (unknown, kept by its name)."""
        st = _ListState(status)
        text, spans = _demask(text, sentence)
        while True:
            self._read_run(text, sentence, status, st)
            if st.resumed and st.segment is not None and len(st.out) == st.segment[0]:
                st.end = st.segment[1]  # nothing could be read past the semicolon
                break
            after = text[st.end :]
            # a name followed by a noun it qualifies: in a list set apart by semicolons, that
            # item's; else the whole list's, unless the caller reads a name as a noun's modifier
            attributive = (
                bool(st.out)
                and (st.segment is not None or not modifier)
                and ATTRIBUTIVE.match(after) is not None
            )
            if st.segment is None and attributive:
                return [], 0  # "participate in NATO and EU training efforts": names as adjectives
            if st.segment is not None and (
                attributive or (st.resumed and not SEGMENT_END.match(after))
            ):
                # "...; ⟪EC⟫ association under ⟪Lomé Convention⟫; ...": that item is no
                # membership; one reached past other words must end where the item does
                del st.out[st.segment[0] :]
                if not attributive:
                    st.end = st.segment[1]
                    break
            resume = _next_item(text, st.end, passing_names=attributive)
            if resume is None or not st.out:
                if attributive and st.segment is not None:
                    st.end = st.segment[1]
                break
            st.segment, st.resumed = (len(st.out), st.end), True
            st.left = resume.group("left") is not None
            st.pos = resume.end()
        return st.out, _original(spans, st.end) if st.out else 0

    def _read_run(self, text: str, sentence: Sentence, status: str, st: _ListState) -> None:
        """Read items from `st.pos` for as long as the list's joints go on."""
        registry = self.grammar.knowledge.organizations
        while st.pos < len(text):
            # 'the "Next Eleven" and the "D8"': a name in quotes is the name
            quoted = text.startswith('"', st.pos)
            st.pos += quoted
            # "the brigade-sized SHIRBRIG", "the recently formed IORA": adjectives before the name;
            # "the Eastern Caribbean's RSS", "the Caribbean oil alliance Petrocaribe": whose it
            # is, or the kind of body it is
            m = ITEM_MENTION.match(text, st.pos)
            item: OrgItem | None = None
            also: list[Organization] = []
            if m:
                mention = sentence.mention(m.group(1))
                if mention.label != "ORG" or ANOTHER_BODY.match(text, m.end()):
                    break  # "the ⟪African Union⟫ Mission to Somalia": the name goes on
                org = registry.orgs.get(mention.code or "")
                st.end = m.end()
                paren = PARENTHESIS.match(text[st.end :])
                item_status, date = st.carried, None
                if paren:
                    inner = paren.group("inner")
                    successor = SUCCESSOR.fullmatch(inner.strip())
                    bracketed = BRACKETED.fullmatch(inner.strip())
                    if successor is not None:  # "the EEC (now the European Union)"
                        now = sentence.mention(successor.group(1))
                        if now.label == "ORG":
                            org = registry.orgs.get(now.code or "")
                            mention = now
                    elif bracketed is not None and "/" in inner:
                        # "⟪UDEAC⟫ (⟪UDEAC⟫/⟪CEMAC⟫)": two acronyms name two bodies (a single
                        # acronym of another body may be the same body's other name: "the
                        # World Bank (IBRD)", "the ACP (Lomé Convention)"; it adds nothing)
                        also = [
                            o
                            for i in re.findall(ENT, inner)
                            if (o := registry.orgs.get(sentence.mention(i).code or "")) is not None
                            and sentence.mention(i).label == "ORG"
                            and o is not org
                        ]
                    else:
                        item_status, date = self._qualifier(inner, st.carried)
                    st.end += paren.end()
                    # "the ⟪OSCE⟫ (⟪OSCE⟫) (1973)": the acronym, then the item's own qualifier
                    again = PARENTHESIS.match(text[st.end :]) if bracketed is not None else None
                    if again is not None and not re.fullmatch(ENT, again.group("inner").strip()):
                        item_status, date = self._qualifier(again.group("inner"), st.carried)
                        st.end += again.end()
                item = OrgItem(org, mention.text, item_status, date)
            elif (a := ACRONYM.match(text, st.pos)) and registry.lookup(a.group(1)) is not None:
                # an acronym too short to spot in prose, in a list: "..., CBSS, CE, EAPC, ..."
                item = OrgItem(registry.lookup(a.group(1)), a.group(1), st.carried, None)
                st.end = a.end()
                paren = PARENTHESIS.match(text[st.end :])
                if paren:
                    status_, date_ = self._qualifier(paren.group("inner"), st.carried)
                    item = OrgItem(item.org, item.name, status_, date_)
                    st.end += paren.end()
            elif st.out and (a := UNKNOWN_ACRONYM.match(text, st.pos)) is not None:
                item = OrgItem(None, a.group("acr"), st.carried, None)
                st.end = a.end()
            else:
                u = _long_name(text, st.pos, sentence, registry) or UNKNOWN_ORG.match(text, st.pos)
                if u is None or "⟪" in u.group("name"):
                    break
                name = u.group("name").strip().rstrip(".")
                end, standing, year = u.end(), st.carried, None
                if u.re is UNKNOWN_ORG and u.group("more") and _names_a_place(u["more"], sentence):
                    # "the Council of Foo and Uruguay": a state after the "and" is no part of it
                    name, end = text[u.start("name") : u.start("more")], u.start("more")
                if " " not in name and registry.lookup(name) is None:
                    break  # "to join the Committee": a body named before, not a name
                st.end = end
                org = registry.lookup(name)
                paren = PARENTHESIS.match(text[st.end :])
                if paren:  # "the Organization for Democracy and Economic Development (GUAM)"
                    inner = paren.group("inner").strip()
                    named = re.fullmatch(ENT, inner) or SUCCESSOR.fullmatch(inner)
                    if named and sentence.mention(named.group(1)).label == "ORG":
                        org = registry.orgs.get(sentence.mention(named.group(1)).code or "")
                        st.end += paren.end()
                    elif ACRONYM.fullmatch(inner) and registry.lookup(inner) is not None:
                        org = registry.lookup(inner)
                        st.end += paren.end()
                    elif (qualified := self._qualifier(inner, st.carried)) != (
                        st.carried,
                        None,
                    ) or re.fullmatch(r"\d{4}", inner):
                        # "the Foo Council (2001)", "the Foo Council (observer)": the item's
                        # year or standing, as a known body's; the list goes on past it
                        st.end += paren.end()
                        standing, year = qualified
                elif org is None and (tail := NAME_TAIL.match(text, st.end)) is not None:
                    # "the Permanent Interstate Committee for drought control in the Sahel
                    # (⟪CILSS⟫);": the name goes on in lower case up to its acronym
                    acronym_of = sentence.mention(tail.group(1))
                    if acronym_of.label == "ORG" and acronym_of.code in registry.orgs:
                        org = registry.orgs[acronym_of.code]
                        st.end = tail.end()
                # "..., WIPO, Berne Convention, Universal Copyright Convention, OAU, ...": a treaty
                # the registry lacks is not an organization one is a member of; the list goes on
                treaty = org is None and TREATY.search(name) is not None
                item = None if treaty else OrgItem(org, name, standing, year)
            again = DASH_AGAIN.match(text[st.end :])
            if (
                again
                and item is not None
                and item.org is not None
                and sentence.mention(again.group(1)).code == item.org.org_id
            ):
                st.end += again.end()
            within = WITHIN.match(text[st.end :])
            if within and item is not None and sentence.mention(within.group(1)).label == "ORG":
                st.end += within.end()
            dated = ITEM_DATE.match(text[st.end :])
            if dated and item is not None:  # "joined the UN in 1955 and the EU in 1995"
                item = OrgItem(
                    item.org, item.name, item.status, item.date_text or dated.group("date")
                )
                st.end += dated.end()
            if item is not None and st.left:  # "...; withdrew from the ⟪OPEC⟫"
                item = OrgItem(item.org, item.name, "former", item.date_text)
            st.left = False
            if item is not None and not any(
                (o.org.org_id if o.org else o.name) == (item.org.org_id if item.org else item.name)
                for o in st.out
            ):
                st.out.append(item)
            for other in also:
                if item is not None and all(o.org is not other for o in st.out):
                    st.out.append(OrgItem(other, other.name, item.status, item.date_text))
            if quoted and item is not None and text.startswith('"', st.end):
                st.end += 1
            now_named = NOW_NAMED.match(text[st.end :])
            if now_named is not None and item is not None and item.status == "member":
                new_name = sentence.mention(now_named.group(1))
                is_org = new_name.label == "ORG"
                renamed = registry.orgs.get(new_name.code or "") if is_org else None
                if renamed is not None and all(o.org is not renamed for o in st.out):
                    st.out.append(OrgItem(renamed, new_name.text, item.status, None))
                    st.end += now_named.end()
            kind = self.kind_after.match(text[st.end :])
            if kind is not None and item is not None:
                st.end += kind.end()
            started = STARTED_BY.match(text, st.end)
            if started is not None and item is not None:
                st.end = started.end()
            aside = ITS_AGENCIES.match(text[st.end :])
            skip = aside.end() if aside else 0
            if aside is not None and aside.group("named") and item is not None:
                # "the ⟪UN⟫ and some of its agencies (i.e. ⟪UNCTAD⟫, ⟪UNESCO⟫)": the agencies
                # named are listed too, with the item's standing
                for agency in self.org_list_end(aside.group("named"), sentence, item.status)[0]:
                    if all((o.org, o.name) != (agency.org, agency.name) for o in st.out):
                        st.out.append(agency)
            glue = self.list_glue.match(text[st.end + skip :])
            if glue is not None:
                st.end += skip
            if glue is None or glue.end() == 0:
                break
            if glue.group("noun"):
                st.carried = (
                    self.vocabulary.value("membership-noun", glue.group("noun")) or st.carried
                )
            elif ";" in glue.group(0):  # "...; an associate member of the EC; and the AfDB"
                st.carried = status
            if ";" in glue.group(0):
                st.segment, st.resumed = (len(st.out), st.end), False
            nxt = st.end + glue.end()
            at = nxt + text.startswith('"', nxt)
            if not (
                ITEM_MENTION.match(text, at)
                or UNKNOWN_ORG.match(text, at)
                or ACRONYM.match(text, at)
            ):
                break
            st.pos = nxt

    def _qualifier(self, inner: str, status: str) -> tuple[str, str | None]:
        """ "(observer)", "(member since 1 May 2004)", "(associate partner)"."""
        low = normal(inner)
        found = status
        for term in self.vocabulary.terms("membership-noun"):
            if whole_word(term).search(low):
                found = self.vocabulary.value("membership-noun", term) or status
                break
        date = self.grammar.date_after(" " + inner)
        return found, date

    # -- the participation list ----------------------------------------------------------------
    def participation_list(self, analysis: DocumentAnalysis) -> list[MembershipClaim]:
        """The list of organizations under an "International organization participation"
        heading or after a lead-in such as "Ireland is a member of ... the following:", as a
        comma-separated paragraph, as bullets, or as a table of bullets."""
        layout = analysis.layout
        subject = layout.document.subject_iso3
        if subject is None:
            return []
        sections = set(self.vocabulary.terms("section", "participation"))
        out: list[MembershipClaim] = []
        lead_in = False
        for placed in layout.blocks:
            block = placed.block
            in_section = bool(placed.section) and normal(placed.section[-1]) in sections
            if isinstance(block, Paragraph):
                if (in_section or lead_in) and _looks_like_a_list(block.text):
                    text = self.list_lead.sub("", FOOTNOTE_MARK.sub(" ", block.text), count=1)
                    for item in re.split(r"\s*[,;]\s*", text.strip().rstrip(".")):
                        out.extend(
                            self._list_item(
                                item, subject, block.line, block.text, analysis.definitions
                            )
                        )
                lead_in = bool(self.lead_in.search(block.text))
                continue
            if in_section or lead_in:
                for text, line in _list_items(block):
                    out.extend(
                        self._list_item(
                            FOOTNOTE_MARK.sub(" ", text), subject, line, text, analysis.definitions
                        )
                    )
            lead_in = False
        return out

    def _list_item(
        self, item: str, subject: str, line: int, text: str, definitions: Mapping[str, str]
    ) -> list[MembershipClaim]:
        registry = self.grammar.knowledge.organizations
        item = " ".join(self.list_lead.sub("", item, count=1).split()).strip(" .,;:-")
        # "The UN's Eastern European Group": the article is no part of the name
        item = re.sub(r"^[Tt]he\s+(?=[A-Z])", "", item)
        # "_Codex Alimentarius_ Commission": the markup of italics is no part of the name
        item = EMPHASIS.sub("", item)
        if not item:
            return []
        if registry.lookup(QUALIFIER.sub(r"\g<name>", item)) is None:
            # "PMAESA SADC": a comma missing between two acronyms the registry knows
            run_on = re.fullmatch(r"[A-Z][A-Z0-9-]+(?:\s+[A-Z][A-Z0-9-]+)+", item)
            parts = (
                item.split()
                if run_on
                else re.split(r"\s*;\s*|\s+and\s+(?:the\s+)?|,\s*(?:and\s+)?(?:the\s+)?", item)
            )
            # "NATO's Partnership for Peace, Individual Partnership Action Plan and the EAPC",
            # "United Nations and some of its specialized agencies": the bodies the registry
            # knows, where what else the item names is no organization's name (a plan, agencies);
            # never inside brackets ("FIP (in partnership with the UPU, participates as ...)")
            known = [p for p in parts if registry.lookup(p)]
            if (
                len(parts) > 1
                and known
                and "(" not in item
                and not any(UNKNOWN_ORG.fullmatch(p) for p in parts if p not in known)
            ):
                return [
                    m for p in known for m in self._list_item(p, subject, line, text, definitions)
                ]
        # "ITUC – International Trade Union Confederation (the successor to ICFTU (...) and
        # ...)": an item that opens with an acronym the registry knows, whatever its length
        opening = ACRONYM_NAME.match(item)
        known_acronym = opening is not None and registry.lookup(opening.group("acr")) is not None
        if len(item.split()) > 12 and not known_acronym:
            return []
        status, date = "member", None
        org = None
        m = QUALIFIER.match(item)
        if m:
            item, qualifier = m.group("name").strip(), m.group("qual").strip()
            # "Lomé Convention (ACP)": the acronym names it; not after "IBRD – International
            # Bank for Reconstruction and Development (World Bank)", whose item names it
            named_first = (n := ACRONYM_NAME.match(item)) is not None and (
                registry.lookup(n.group("name")) or registry.lookup(n.group("acr"))
            )
            org = None if named_first else registry.lookup(qualifier)
            if org is None:
                status, date = self._qualifier(qualifier, "member")
        elif known_acronym and opening is not None:
            item = f"{opening.group('acr')} – {opening.group('name').split('(')[0].strip()}"
        if org is None and item in definitions:
            org = registry.orgs.get(definitions[item])
        org = org or registry.lookup(item)
        if org is None and (named := ACRONYM_NAME.match(item)) is not None:
            # the registry knows the name or the acronym; else the body keeps its full name
            item = named.group("name")
            org = registry.lookup(item) or registry.lookup(named.group("acr"))
        evidence = " ".join(text.split())[:2000]
        return [
            MembershipClaim(
                R.PARTICIPATION_LIST.name,
                line,
                evidence,
                subject,
                org.org_id if org else None,
                org.name if org else item,
                status,
                date,
            )
        ]


@dataclass(slots=True)
class _ListState:
    """Where `MembershipReader.org_list_end` is in a list: the items read, the next position,
    the end of what was read, the standing carried over, the ";"-separated item being read
    (its index in `out` and the end before it), whether it was reached past other words, and
    whether it was said to be left ("withdrew from")."""

    carried: str
    out: list[OrgItem] = field(default_factory=list)
    pos: int = 0
    end: int = 0
    segment: tuple[int, int] | None = None
    resumed: bool = False
    left: bool = False


def _next_item(text: str, end: int, *, passing_names: bool) -> re.Match[str] | None:
    """The next item of a list whose items are set apart by semicolons, past the words that end
    the item before ("the ⟪UEMOA⟫ for regional economic integration; ⟪Liptako-Gourma
    Authority⟫, which seeks to ...; the ⟪NBA⟫"); None when what follows the semicolon is no
    organization. The words passed name no organization (they may after an item used as a
    modifier: `passing_names`) and are a phrase or a relative clause, not another predicate."""
    m = NEXT_ITEM.match(text, end)
    if m is None:
        return None
    passed = m.group("passed")
    if not passing_names and "⟪" in passed:
        return None
    if not RELATIVE.match(passed) and re.search(r"\b(?:and|but|or)\b", passed):
        return None
    at = m.end()
    if ITEM_MENTION.match(text, at) or UNKNOWN_ORG.match(text, at) or ACRONYM.match(text, at):
        return m
    return None


def _long_name(text: str, pos: int, sentence: Sentence, registry: Registry) -> re.Match[str] | None:
    """A name with "and" inside it, where the registry knows the name or the acronym in
    brackets after it (else "the Rio Group and Latin American Economic System" would be one)."""
    m = LONG_ORG.match(text, pos)
    short = UNKNOWN_ORG.match(text, pos)
    if m is None or "⟪" in m.group("name") or (short is not None and short.end() >= m.end()):
        return None
    if registry.lookup(m.group("name").strip()) is not None:
        return m
    paren = PARENTHESIS.match(text[m.end() :])
    inner = paren.group("inner").strip() if paren else ""
    named = re.fullmatch(ENT, inner)
    if named is not None and sentence.mention(named.group(1)).label == "ORG":
        return m
    return m if ACRONYM.fullmatch(inner) and registry.lookup(inner) is not None else None


def _names_a_place(words: str, sentence: Sentence) -> bool:
    """Do `words` hold a place or a state the sentence names (written out by `_demask`)?"""
    return any(
        m.label not in ("ORG",) and m.text and re.search(rf"\b{re.escape(m.text)}\b", words)
        for m in sentence.mentions
    )


def _demask(text: str, sentence: Sentence) -> tuple[str, list[tuple[int, int]]]:
    """The text with every mention but organizations written out again, so that "the
    Association of ⟪Spanish⟫ Language Academies" reads as one name; and, for each stretch of
    it, (offset in the new text, offset in `text`)."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    size = 0
    for m in re.finditer(ENT, text):
        mention = sentence.mention(m.group(1))
        if mention.label in ("ORG", "NONCOUNTRY") and mention.kind != "region-adjective":
            continue  # a region's adjective is written out as a demonym is ("Inter-American")
        piece = text[last : m.start()]
        spans.append((size, last))
        out.append(piece)
        size += len(piece)
        spans.append((size, m.start()))
        out.append(mention.text)
        size += len(mention.text)
        last = m.end()
    spans.append((size, last))
    out.append(text[last:])
    return "".join(out), spans


def _original(spans: list[tuple[int, int]], offset: int) -> int:
    """The offset in the original text of `offset` in the demasked one."""
    start, original = 0, 0
    for new, old in spans:
        if new > offset:
            break
        start, original = new, old
    return original + (offset - start)


def _list_items(block: Block) -> Iterator[tuple[str, int]]:
    """Bullet items of a list, or of the cells of a table of lists."""
    if isinstance(block, BulletList):
        yield from ((item.text, item.line) for item in block.walk())
    elif isinstance(block, GridTable):
        for row in block.rows:
            for cell in row.cells:
                for inner in cell.blocks:
                    if isinstance(inner, BulletList):
                        yield from ((item.text, item.line) for item in inner.walk())


def _looks_like_a_list(text: str) -> bool:
    items = [i for i in re.split(r"\s*[,;]\s*", text.strip()) if i]
    short = [i for i in items if len(i.split()) <= 5]
    return len(items) >= 5 and len(short) >= 0.8 * len(items)


def _members(
    rule: str, sentence: Sentence, codes: list[str | None], org_id: str | None, org_name: str
) -> list[MembershipClaim]:
    """Each state of `codes` (those resolved) a full member of one organization, as read by
    `rule` in `sentence`."""
    return [
        MembershipClaim(rule, sentence.line, sentence.evidence, code, org_id, org_name, "member")
        for code in codes
        if code is not None
    ]
