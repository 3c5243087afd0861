"""`recognitions`: who recognized whom, and when.

    ⟪Japan⟫ recognized ⟪Azerbaijan⟫ on 28 December 1991.                         recognized
    ⟪Bulgaria⟫ recognised ⟪Estonia⟫ on 20 May 1921 and re-recognised ⟪Estonia⟫
        on 26 August 1991.                                           recognized, re-recognized
    ⟪Pakistan⟫ was the second country to recognize ⟪Azerbaijan⟫ after ⟪Turkey⟫.
                                                              nth-to-recognize (both states)
    ⟪Kosovo⟫ declared its independence ... and ⟪Ireland⟫ recognised it on ...   recognized-it
    ⟪Azerbaijan⟫ was recognized by ⟪Romania⟫ on 11 December 1991.             recognized-by

Each recognition takes the date written after its own verb, so two dates in one sentence give
two facts. A negated or hypothetical verb ("has not recognized", "refused to recognize") and
an object that is not a state ("recognizes the government of", "sovereignty over") state none.

The four verb rules (recognized, re-recognized, recognized-it, nth-to-recognize) share one
walk over the sentence's clauses (`_walk`, computed once per sentence): which of them a verb's
reading belongs to depends on the verb, its object and an ordinal before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from pipeline.analysis.entities import Mention
from pipeline.engine import Context, Needs, Reading, Rule
from pipeline.engine.engine import SentenceReadings
from pipeline.engine.rule import Found
from pipeline.extract.grammar import Clause
from pipeline.knowledge.files import read_data
from pipeline.knowledge.rivals import rival_governments
from schemas import rules as R

FAMILY = R.RECOGNIZED.family
#: the recognized state is the row's counterpart ("Latvia recognized it" in the Kosovo row)
ROW_OBJECT = "@row"
#: the recognized state is the one the prose sentence's section heading names ("India was one of
#: the first to recognise the newly independent African country", under "Sudan")
SECTION = "@section"
#: "the new republic", "the newly independent African country": a state just founded, named by
#: no name (in prose, the one its section is about)
NEW_STATE = r"the\s+(?:new(?:ly\s+independent)?|nascent|fledgling|young)\b"
#: the recognizer is the document's subject ("both countries recognised each other")
SUBJECT = "@subject"
#: the recognizer is the state the previous sentence is about ("Egypt recognized ⟪A⟫. It ...")
PREVIOUS = "@previous"
#: the date is the one the sentence before gives its event ("On 27 July 1991 A and B signed an
#: agreement. By this agreement, the countries recognised each other")
PREVIOUS_DATE = "@previous-date"
FILLS = ("recognizer_iso3", "recognized_iso3", "recognized_name", "date_text")


@dataclass(frozen=True, slots=True)
class RecognitionClaim:
    rule: str
    line: int
    text: str
    recognizer: str
    recognized: str | None
    recognized_name: str
    date_text: str | None
    ordinal: int | None = None
    ordinal_text: str | None = None
    approximate: bool = False
    after: str | None = None
    #: for a date written with no year ("on 27 December"): the date before it whose year it
    #: is, in its sentence ("in 1991, ... on 27 December") or PREVIOUS_DATE (the sentence before)
    year_from: str | None = None


# -- the pieces of English the rules read (templates: `pipeline.engine.template`) --------------
VERB = r"(?<![\w-])(?P<verb>@{recognition-verb})(?![\w-])"
RE_VERB = r"(?<![\w-])(?P<verb>@{recognition-verb:re-recognized})(?![\w-])"
#: "recognized ⟪A⟫", "recognized its neighbour under the name ⟪A⟫", "the former Soviet
#: republic of ⟪A⟫"
OBJECT = (
    r"^\s*(?:(?:formally|officially|also|diplomatically|first|again|de\s+jure|de\s+facto|both|only)"
    r"\s+)*(?:its\s+neighbou?r\s+under\s+(?:the\s+name\s+(?:of\s+)?)?)?"
    r"(?P<what>@{recognition-object}\s+)?(?:the\s+)?(?:(?:new|restored|independent|sovereign|"
    r"newly\s+independent|fledgling|nascent|young|short-lived|then|first|second|third|fourth|"
    r"fifth)\s+)*"
    r"(?:(?:former\s+[A-Z][a-z]+\s+|democratic\s+)?(?:state|republic)\s+of\s+"
    r"(?:(?:independent|sovereign)\s+)?)?⟪(?P<obj>\d+)⟫"
    r"(?:(?:'s|’s)?(?P<suffix>\s+(?:independence|sovereignty|statehood))|(?<=⟫)(?P<noun>\s+"
    r"(?:state|republic|nation)\b(?!\s+of\b)))?(?P<over>(?=\s+over\b))?"
    r"(?!'s|’s)"
)
#: "recognises ⟪Ghana⟫ as an independent state" (kept) against "as its special partner", "as the
#: sole legitimate government of ⟪Korea⟫", "to be part of ⟪India⟫" (not a recognition of a state)
AS_WHAT = (
    r"^\s*,?\s*(?:as|to\s+be)\s+(?!(?:of|well|early|late|soon|it|they|a\s+result)\b)"
    r"(?P<what>[^,.;(]{1,80})"
)
#: "it", "its independence", "the new republic", "the nascent country", "the newly independent
#: African country", and in a row of the
#: relations table "the country", "its neighbour", "the former Yugoslav republic" (the row's
#: other state)
PRONOUN = (
    r"(?:(?:formally|officially|also|immediately|quickly|promptly)\s+)*(?P<it>it|its\s+"
    r"independence|the\s+(?:new(?:ly\s+independent)?|nascent|fledgling|young)\s+(?:[A-Z][a-z]+\s+)?(?:nation|state|"
    r"country|republic)|the\s+former\s+[A-Z][a-z]+\s+republic|(?P<named>the\s+(?!islamic\b)[a-z]+\s+state(?!\s+of\b))|(?P<country>the\s+country|its\s+neighbou?r)(?:(?:'s|’s)\s+(?:independence|sovereignty|"
    r"statehood))?)\b(?!\s+of\b|'s|’s)"
)
# "recognized the restoration of Latvian independence", "recognized Slovak independence",
# "recognized the independence of all 12 former Soviet republics, including Azerbaijan",
# "recognized and established diplomatic relations with Namibia"
OTHER_OBJECT = (
    r"^\s*(?:(?:formally|officially|also|first|de\s+jure|de\s+facto)\s+)*(?:"
    r"(?:the\s+)?(?:restoration\s+of\s+(?:the\s+)?)?⟪(?P<obj>\d+)⟫\s+(?:independence|"
    r"statehood|sovereignty)"
    r"|(?:the\s+independence\s+of\s+)?(?:all|the|several|\d+|many)\b[^⟪.;]{0,60}?,?\s*"
    r"(?:including|among\s+them|such\s+as)\s+(?:the\s+)?⟪(?P<obj2>\d+)⟫"
    r"|and\s+(?:re-?establish(?:ed)?|establish(?:ed)?|opened|set\s+up)\s+[^⟪.;]{0,40}?\bwith\s+(?:the\s+)?"
    r"⟪(?P<obj3>\d+)⟫"
    # "recognizes all 193 UN member states, the Holy See and Palestine": the states after them
    r"|all\s+(?:the\s+)?(?:\d+\s+)?(?:(?:⟪\d+⟫|UN)\s+)?member\s+states\s*(?:,\s*(?:and\s+)?|\s+and\s+|"
    r"\s+as\s+well\s+as\s+)(?:the\s+)?⟪(?P<obj4>\d+)⟫)"
)
#: a verb before "to recognize" that says the recognition came ("was quick to recognize": it
#: did, and soon)
FACTIVE_TO = (
    r"\b(?:began|begun|started|decided|(?:was|were)\s+(?:very\s+)?(?:quick|swift|prompt|fast))"
    r"\s+to\s*$"
)
#: modal and hypothetical words, lower case ("may", not the month "May": no re.I)
IRREALIS = r"(?<![\w])(?:@{irrealis})(?![\w])"
#: "was the first country to recognise", "was also one of the first", "had been among the
#: first to", "the first country in Europe to", "the first country in Latin America which
#: recognized", "the third country in the world, and the first in Europe, to": a qualifier of
#: the ordinal noun never holds another "to" (another verb's infinitive)
ORDINAL = (
    r"\b(?:was|is|became|becoming|were|being|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:(?:also|thus|then|therefore|indeed|actually|reportedly)\s+)?(?:known\s+as\s+)?"
    r"(?P<text>(?:the\s+|one\s+of\s+the\s+|among(?:st)?\s+the\s+)"
    r"(?P<word>@{ordinal}))\s+(?:(?:\w+\s+)?(?:country|countries|state|states|nation|"
    r"nations|government|governments)\s*)?(?:(?:(?!\bto\b)[^.;]){0,60}?\s)??"
    r"(?:(?:to|which|that|on)\s+)?"
    r"(?:(?:officially|formally|diplomatically|also|ever|de\s+jure|de\s+facto)\s+)*"
    r"(?=@{recognition-verb}\b)"
)
#: "was one of many countries to recognize", "is one of the very few countries to recognize":
#: one of those that recognized, with no rank (the empty group `word`)
ONE_OF_THOSE = (
    r"\b(?:was|is|became|were|had\s+been|has\s+been)\s+(?:(?:also|thus|then)\s+)?"
    r"(?P<text>(?:one\s+of\s+(?:the\s+)?(?:very\s+)?(?:many|several|few|handful\s+of)|at\s+the\s+"
    r"(?:very\s+)?forefront\s+of|the\s+only(?:\s+(?:two|three|four|five|\d+))?)(?P<word>))"
    r"\s+(?:\w+\s+)?(?:countries|states|nations|governments)\s+(?:to|which|that)\s+"
    r"(?:(?:officially|formally|diplomatically|also|ever|de\s+jure|de\s+facto)\s+)*"
    r"(?=@{recognition-verb}\b)"
)
#: "(the second country to do so after ⟪Bhutan⟫)": the state after "after" did so before
DO_SO_AFTER = (
    r"\b(?:the\s+)?(?P<text>(?P<word>@{ordinal}))\s+(?:country|state|nation|government)\s+"
    r"to\s+do\s+so\s*,?\s+(?:after|following)\s+(?:the\s+)?@{ENT}(?!'s|’s)"
)
DO_SO = (
    r"\b(?:the\s+)?(?P<text>(?P<word>@{ordinal}))\s+(?:country|state|nation|government)\s+"
    r"to\s+do\s+so\s+(?:was|being|were)\s+(?:the\s+)?@{ENT}"
)
#: the states listed before a passive's subject: "⟪Ghana⟫, ⟪Togo⟫ and " (matched up to it),
#: the list opening its clause (not "an embassy in ⟪Peru⟫, and ⟪Ghana⟫ was recognized")
PASSIVE_LIST = (
    r"(?:^\s*@{LEAD}|\b(?:when|while|whereas|after|since|until)\s+)"
    r"(?P<list>(?:(?:the\s+)?⟪\d+⟫@{AND})+)(?:the\s+)?$"
)
#: where a list of states ends: at punctuation, or a preposition or time word ("⟪A⟫ and ⟪B⟫
#: in 1957"), not before a verb ("⟪A⟫ and ⟪B⟫ opened ..." is a new clause)
LIST_END = (
    r"(?=\s*(?:[,.;:)(\[]|$|(?:on|in|since|from|at|as|de|both|when|after|before|during|by|"
    r"with)\b))"
)
#: the subject's first predicate and "and" before its passive one: "⟪A⟫ declared independence on
#: 6 March 1957 and was recognized by ⟪B⟫" (⟪A⟫ opening the sentence; no relative or reported
#: clause, whose "was" is another subject's)
SAME_SUBJECT = (
    r"(?:(?!\b(?:which|that|who|whom|whose|where|when|while|whereas|said|says|but|although|"
    r"after|before|because|since)\b)[^⟪;.]){0,100}?\band\s+"
)
#: "⟪A⟫ was recognized by ⟪B⟫", "... were both recognised on 7 January 1972 by ⟪B⟫", "was
#: recognized de jure by ⟪B⟫", "was de facto recognized by ⟪B⟫", "was recognised by ⟪B⟫, ⟪C⟫
#: and ⟪D⟫ in 1957" (`by_more`: the recognizers after the first, the list ending as `LIST_END`
#: says)
PASSIVE = (
    r"(?:@{ENT}[^⟪]{0,40}?|^\s*@{LEAD}(?:the\s+)?⟪(?P<r2>\d+)⟫" + SAME_SUBJECT + r")"
    r"\b(?:was|were|has been|had been)\s+"
    r"(?:\w+ly\s+|first\s+|also\s+|both\s+|soon\s+|later\s+|then\s+|de\s+(?:jure|facto)\s+)*"
    r"(?P<verb>@{recognition-verb})\s+(?:(?:de\s+jure|de\s+facto|formally|officially)\s+)*"
    r"(?:(?:on|in)\s+(?:the\s+)?(?P<date>@{DATE})\s+)?by\s+(?:the\s+)?⟪(?P<by>\d+)⟫"
    r"(?:(?P<by_more>(?:@{AND}(?:the\s+)?⟪\d+⟫)+)" + LIST_END + r")?"
)
AFTER = (
    r"^(?:\s*(?:on|in)\s+(?:the\s+)?@{DATE})?\s*,?\s*(?:only\s+|just\s+)?(?:after|following)\s+(?:the\s+)?(?:(?P<year>\d{4})\s+"
    r"(?:de\s+jure\s+|de\s+facto\s+)?recognition\s+by\s+(?:the\s+)?)?@{ENT}(?!'s|’s|\s+in\b)"
)
#: "(preceded by the ⟪United States⟫' de facto recognition)": Y recognized before
PRECEDED = (
    r"^\s*,?\s*\(?\s*preceded\s+by\s+(?:the\s+)?(?P<year>)@{ENT}(?:'s|’s|'|’)?\s+"
    r"(?:(?:de\s+facto|de\s+jure|formal|official|diplomatic)\s+)*recognition\b"
)
#: "the second non-European state after ⟪Y⟫ and the first Asian state to": inside the ordinal
AFTER_WITHIN = r"\b(?:after|following)\s+(?:the\s+)?(?P<year>)@{ENT}(?!'s|’s|\s+in\b)"
#: "⟪Ghana⟫, ⟪Norway⟫ and ⟪Peru⟫": more recognized states after the first, the list ending
#: where no verb follows ("⟪Ghana⟫ and ⟪Norway⟫ opened ..." is a new clause)
MORE_OBJECTS = (
    r"^(?P<more>(?:@{AND}(?:the\s+)?⟪\d+⟫(?:\s+state\b)?)+)(?=\s*(?:[,.;:)(\[]|$|(?:on|in|since|from|at|"
    r"as|de|both|when|after|before|during|by|with)\b))"
)
#: a state that is the subject of a recognition inside a clause that is not its own: after a
#: comma or conjunction ("..., and ⟪Cuba⟫ recognised", "since ⟪Turkey⟫ recognised", "with
#: ⟪Belarus⟫ recognising", "when the Kingdom of ⟪Spain⟫ officially recognized"); matched
#: against the clause up to the verb
WITHIN_SUBJECT = (
    r"(?:^\s*|^\s*(?:in|throughout|during|since|by|from|until)\s+[^⟪;.]{0,80}?\b\d{4}s?\s*,?\s+"
    r"|[,;]\s*(?:and\s+|but\s+)?|\b(?:and|but|since|after|when|once|until|because|"
    r"whereby|while|whereas|with|despite)\s+)(?:the\s+)?(?:(?:government|kingdom|republic|"
    r"supreme\s+council|parliament|foreign\s+ministry)\s+of\s+(?:the\s+)?)?⟪(?P<s>\d+)⟫(?:\s+(?:government|authorities))?"
    r"(?P<co>(?:@{AND}(?:the\s+)?⟪\d+⟫)*)\s*,?\s*(?:(?:both|all|jointly|together)\s+)?"
    r"(?:(?:did|does|do|has|have|had)\s+(?:not|never)\s+|never\s+)?(?:\w+ly\s+)*@{ADVERBS}"
    r"(?:(?:began|started|decided)\s+to\s+)?$"
)
#: the words before a recognition verb in a row whose recognizer no state names: a person
#: ("Canning received ... and", "The first Pope to"), no state, organization, plural or pronoun
PERSON_SUBJECT = (
    r"^(?P<words>(?:(?!\b(?:countries|states|nations|members|governments|world|community|it|"
    r"they|which|who|that|many|most|several|all|some|none|few)\b)[^⟪;]|⟪\d+⟫(?=\s+\w))*)$"
)
#: "It did not recognize", "It was also one of the first countries to": "it" opening the
#: sentence, no state before the verb
IT_OPENS = r"^\s*@{LEAD}(?P<it>it)\b(?P<words>[^⟪;]*)$"
PERSON_ORDINAL = (
    r"^\s*the\s+@{ordinal}\s+\w+\s+to\s+(?:(?:de\s+jure|de\s+facto|formally|officially)\s+)?$"
)
#: "Despite this, the government officially recognised", "Since early 1989 the government
#: recognizes", "the Ministry of Foreign Affairs recognized": a state organ named by no state, in
#: a clause that names none before it, is the article's state's (matched against the clause up
#: to the verb)
ORGAN_SUBJECT = (
    r"^[^⟪;]*?\bthe\s+(?P<organ>@{recognition-organ})\s*,?\s+(?:(?:both|all)\s+)?"
    r"(?:\w+ly\s+)*@{ADVERBS}$"
)
#: the same after an earlier verb of the clause, where the text opens with that verb's object
#: ("⟪A⟫ does not recognize ⟪B⟫ despite ⟪B⟫ recognizing ⟪A⟫")
LATER_SUBJECT = WITHIN_SUBJECT.replace(
    r"(?:^\s*|^\s*(?:in|throughout|during|since|by|from|until)\s+[^⟪;.]{0,80}?\b\d{4}s?\s*,?\s+"
    r"|",
    "(?:",
    1,
)
#: the state just before an ordinal ("As ⟪Italy⟫ was the first country to recognize"),
#: matched against the clause up to the ordinal
ORDINAL_SUBJECT = (
    r"(?:^\s*|[,;]\s*(?:and\s+|but\s+)?|\b(?:and|but|as|since|because|when|while|whereas|after|"
    r"before|once|until)\s+"
    r"|\b(?:1[6-9]|20)\d{2}\s+)(?:the\s+)?(?:(?:government|kingdom|republic)\s+of\s+"
    r"(?:the\s+)?)?⟪(?P<s>\d+)⟫(?:\s+(?:government|authorities))?"
    r"(?P<co>(?:@{AND}(?:the\s+)?⟪\d+⟫)*)\s*,?\s*@{ADVERBS}$"
)
#: the subject's second verb: "⟪Cuba⟫ voted for the admission of ⟪Israel⟫ to the ⟪UN⟫, and
#: recognised" (matched against the text between the subject and the verb; no clause of
#: another subject in it: "which", "that", "said")
COORDINATED = (
    r"^(?!.*\b(?:which|who|whom|whose|that|whereby|when|while|whereas|said|says|urged|asked|"
    r"called)\b).*(?:,\s*|\s)and\s+(?:(?:then|also|later|subsequently|formally|officially)\s+)*$"
)
#: "⟪A⟫ and ⟪B⟫ both recognised", "⟪A⟫ as well as ⟪B⟫", "⟪A⟫, along with ⟪B⟫, recognised": more
#: recognizers after the clause's subject
CO_SUBJECTS = (
    r"^(?P<co>(?:(?:\s*,\s*(?:and\s+)?|\s*\band\s+|\s+as\s+well\s+as\s+|\s*,?\s*(?:along|"
    r"together)\s+with\s+|\s*)(?:the\s+)?⟪\d+⟫)+)\s*,?\s*(?:(?:both|all|"
    r"also|each|jointly|"
    r"together|officially|formally|then|later|each\s+formally)\s+)*(?:(?:have|had|has)\s+)?$"
)
#: "Both ⟪A⟫ and ⟪B⟫ recognised": a clause whose subject is a list opened by "both" (the first
#: state is the subject; the others are read as `CO_SUBJECTS`)
BOTH_SUBJECT = r"^\s*@{LEAD}both\s+(?:the\s+)?⟪(?P<s>\d+)⟫(?=(?:@{AND}(?:the\s+)?⟪\d+⟫)+)"
ALONG_WITH = r"^\s*,?\s*(?:along|together)\s+with\s+(?P<with>@{ENTS})"
ALONG_WITHIN = r"\b(?:along|together)\s+with\s+(?P<with>@{ENTS})"
#: what may stand between a recognized state and the date of its recognition: words, and a
#: state named only inside a phrase of its own ("from ⟪Yugoslavia⟫", "as the ⟪USSR⟫'s successor",
#: "after the split of ⟪Czechoslovakia⟫", ", after ⟪the Soviet Union⟫,"), never another object
#: "after the split of ⟪Czechoslovakia⟫", ", after ⟪the Soviet Union⟫,"), never across another
#: verb's "and", "but" or "which", nor another object
BEFORE_DATE = (
    r"(?:[^⟪.;]{0,40}?"
    r"|(?:(?!\b(?:and|but|which|who|whose|while|whereas)\b)[^⟪.;]|\b(?:from|of|as|after|to)\s+"
    r"(?:the\s+)?⟪\d+⟫(?:'s|’s)?(?:\s*\(⟪\d+⟫\))?){0,40}?)"
)
DATE_AFTER = (
    r"^" + BEFORE_DATE + r"\b(?:on|in|as of|since|from|by|at|starting|effective)\s+(?:the\s+)?"
    r"(?P<date>@{DATE})"
    r"|^\s*,?\s*(?P<bare>@{DATE})"
    # "in the ⟪United Nations⟫ resolution of 1948": the date of the act it was made by
    r"|^\s*,?\s*(?:in|by|under|through|with|via)\s+(?:the\s+|a\s+)?(?:⟪\d+⟫\s+)?(?:[\w-]+\s+){0,2}?"
    r"@{recognition-act}\s+of\s+(?:the\s+)?(?P<act>@{DATE})"
    # "... as an independent state. (19 December 1991)": a bracketed date closing the sentence
    r"|^[^⟪.;()]{0,60}\.\s*\(\s*(?P<closing>@{DATE})\s*\)\s*$"
)
#: "(on) the same day", "in the same year", "later that year": the date (or the year) of the date
#: written before it, right after the recognition's words (`SAME_AFTER`) or opening the
#: recognition's clause (`SAME_LEAD`)
SAME = (
    r"(?:on\s+)?the\s+(?:very\s+)?same\s+day|(?P<year>(?:in\s+)?the\s+same\s+year|"
    r"(?:(?:later|earlier)\s+)?(?:in\s+)?that\s+(?:same\s+)?year)"
)
SAME_AFTER = r"^[^⟪.;]{0,40}?\b(?:" + SAME + r")\b"
SAME_LEAD = r"^\s*(?:" + SAME + r")\b"
#: "a week later, on 27 December": a day with no year, right after the recognition's words
DAY_AFTER = r"^" + BEFORE_DATE + r"\b(?:on|by)\s+(?:the\s+)?(?P<date>@{DAY_MONTH})"
#: "recognised and established relations with ⟪A⟫ on 13 July 2009 and with ⟪B⟫ on 9 December
#: 2009": another state of the same verbs, with its own date
AND_WITH = r"^\s*(?:on|in)\s+(?:the\s+)?@{DATE}\s*,?\s+and\s+with\s+(?:the\s+)?⟪(?P<y>\d+)⟫"
#: "recognized ⟪A⟫ in 1957(,) and ⟪B⟫ in 1960": another state with its own date, the verb and
#: its subject left out (read only where the subject is the article's state: otherwise "and ⟪B⟫
#: in 1960" may as well say that ⟪B⟫ recognized ⟪A⟫)
AND_THEN = (
    r"^\s*(?:on|in)\s+(?:the\s+)?@{DATE}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟪(?P<y>\d+)⟫"
    r"(?=\s+(?:on|in)\s+(?:the\s+)?@{DATE})"
)
#: "⟪A⟫ was recognized by ⟪B⟫ in 1957(,) and (de jure) by ⟪C⟫ in 1960": another recognizer, after
#: the date of the one before
BY_AGAIN = (
    r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:later|then|subsequently|also|formally|officially|"
    r"de\s+jure|de\s+facto)\s+)*by\s+(?:the\s+)?⟪(?P<y>\d+)⟫(?!'s|’s)"
)
#: "did not recognize ⟪A⟫ (...) until 2009": the date it did
UNTIL_DATE = (
    r"^(?:(?!\b(?:and|but|while|which)\b)[^.;,()]|\([^()]*\)){0,120}?\buntil\s+(?:the\s+)?"
    r"(?P<date>@{DATE})"
)
NAME_ONLY = r"^[^⟪.;]{0,30}?\bunder\s+(?:its|the)\s+(?:constitutional\s+|official\s+)?name"
#: a choice between two governments of one country, not the recognition of a state
CHOICE = r"^\s*,?\s*(?:and\s+not|rather\s+than|instead\s+of|over|but\s+not)\s+(?:the\s+)?⟪"
#: "the two republics ... recognised each other's independence", "after politically
#: recognizing one another, ⟪A⟫ and ⟪B⟫ established ..."; "the countries" (or "both") only in
#: the row of a relations table, where they are its two states
EACH_OTHER = (
    r"(?:(?P<both>both\s+(?:countries|states|nations|republics|sides)|the\s+(?:two\s+)?"
    r"(?:countries|states|nations|republics))|(?:the\s+)?⟪(?P<a>\d+)⟫\s+and\s+(?:the\s+)?"
    r"⟪(?P<b>\d+)⟫)[^.;]{0,120}?\b(?:mutually\s+)?@{recognition-verb}\s+(?:each\s+other|"
    r"one\s+another)(?:'s|’s)?(?:\s+(?:independence|sovereignty|statehood))?"
    r"|\b(?:after|following|upon)\s+(?:\w+ly\s+)?@{recognition-verb}\s+(?:each\s+other|one\s+"
    r"another)\s*,\s*(?:the\s+)?⟪(?P<a2>\d+)⟫\s+and\s+(?:the\s+)?⟪(?P<b2>\d+)⟫"
)
SECOND_DATE = (
    r"^[^⟪.;]{0,50}?(?:\b(?:on|in)\s+(?:the\s+)?@{DATE}|\bde\s+facto)\s*,?\s+and\s+"
    r"(?:(?:de\s+jure|de\s+facto|formally|officially|fully|again)\s+)+(?:on|in)\s+"
    r"(?:the\s+)?(?P<date>@{DATE})"
)
#: "de facto, and formally on December 30": a second recognition, on a day of the first's year
SECOND_DAY = SECOND_DATE.replace("(?P<date>@{DATE})", "(?P<date>@{DAY_MONTH})")
LEAD_DATE = r"\b(?:on|in|since)\s+(?P<date>@{DATE})"
#: "recognized ⟪Singapore⟫'s sovereignty when it became independent in 1965": a clause right
#: after the recognition that dates the recognized state's own founding, which it came with
WHEN_FOUNDED = (
    r"^\s*,?\s*(?:just\s+|soon\s+)?(?:when|as\s+soon\s+as|as)\s+(?:(?P<it>it)|(?:the\s+)?⟪(?P<s>\d+)⟫)\s+"
    r"(?:became\s+(?:an\s+)?independent(?:\s+state)?|(?:declared|proclaimed|gained|regained|"
    r"restored|achieved)\s+(?:its\s+)?independence|was\s+(?:founded|proclaimed|established|"
    r"created))\b[^.;⟪]{0,40}?\b(?:in|on)\s+(?:the\s+)?(?P<date>@{DATE})"
)
#: a sentence that opens by pointing at the event of the sentence before
THIS_EVENT = (
    r"^\s*(?:by|through|under|with|in|upon)\s+(?:this|that|the\s+same)\s+(?:agreement|treaty|event|"
    r"act|accord|declaration|exchange|protocol|communiqu[eé])\b"
)
#: a sentence whose subject is the act the sentence before dated: "The treaty provides ..."
THE_EVENT = (
    r"^\s*(?:the|this|that)\s+(?:agreement|treaty|accord|declaration|protocol|communiqu[eé])\s+"
    r"@{recognition-gave}\b"
)
UNTIL_WHEN = r"\buntil\s+(?P<date>@{DATE})\s*,?\s+when\s+(?:the\s+)?(?:⟪(?:\d+⟫\s*)?)?$"
DECLARED = (
    r"(?:^|\b)(?:the\s+)?@{ENT}[^⟪]{0,20}?\b(?:declared|proclaimed|gained|regained|"
    r"restored|achieved)\s+(?:its\s+)?independence"
    r"|@{ENT}(?:'s|’s)\s+(?:declaration\s+of\s+)?independence"
    r"|independence\s+of\s+(?:the\s+)?@{ENT}"
)
#: "⟪A⟫ ... was originally only recognized by": a state whose recognition the sentence states
RECOGNIZED_BEFORE = (
    r"(?:^|\b)(?:the\s+)?@{ENT}(?:[^⟪.;]|⟪\d+⟫){0,120}?\b(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:\w+\s+){0,3}?@{recognition-verb}\s+by\b"
)
#: after a state: not the state itself but its government, its claims, its rule over a land
NOT_THE_STATE = (
    r"(?!(?:'s|’s)\s+(?:\w+\s+)?(?:government|regime|authorities|claims?|annexation|"
    r"sovereignty\s+over)\b)"
)
#: "⟪Mexico⟫'s recognition of ⟪Namibia⟫", "after official ⟪US⟫ recognition of ⟪Liberia⟫" (a
#: state named before the noun only after a word that says the recognition came: not "sought
#: ⟪US⟫ recognition of", "the lack of ⟪US⟫ recognition")
NOMINAL = (
    r"(?:^|\b)(?:(?:the\s+)?⟪(?P<s>\d+)⟫(?:'s|’s)\s+(?:\w+\s+)?"
    r"|\b(?:after|following|since|upon|with)\s+(?:the\s+)?(?:(?:official|formal|diplomatic|full|"
    r"de\s+jure|de\s+facto)\s+)*⟪(?P<s2>\d+)⟫\s+(?:(?:official|formal|diplomatic|full|"
    r"de\s+jure|de\s+facto)\s+)?)recognition\s+of\s+(?:the\s+)?⟪(?P<r>\d+)⟫"
    + NOT_THE_STATE
    # "the treaty provides the most explicit recognition to date by the ⟪Syrian⟫ Government of
    # ⟪Lebanon⟫'s independence": after a verb that says the recognition was given
    + r"|\b@{recognition-gave}\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?recognition\s+"
    r"(?:to\s+date\s+|so\s+far\s+)?by\s+(?:the\s+)?⟪(?P<s3>\d+)⟫(?:\s+(?:government|"
    r"authorities))?\s+of\s+(?:the\s+)?⟪(?P<r2>\d+)⟫" + NOT_THE_STATE
)

#: "⟪Lithuania⟫'s relations with the ⟪UK⟫ started on 20 December 1921 with de jure recognition
#: of ⟪Lithuania⟫'s statehood", "relations between ⟪A⟫ and ⟪B⟫ began in 1921 with the
#: recognition of ⟪A⟫": the other state of the relations recognized it, on the date they began
RELATIONS_BEGAN = (
    r"(?:(?:the\s+)?⟪(?P<a>\d+)⟫(?:'s|’s)\s+(?:diplomatic\s+)?relations\s+with\s+(?:the\s+)?"
    r"⟪(?P<b>\d+)⟫|\brelations\s+between\s+(?:the\s+)?⟪(?P<a2>\d+)⟫\s+and\s+(?:the\s+)?"
    r"⟪(?P<b2>\d+)⟫)\s+(?:\w+\s+){0,2}?(?:started|began|begun|commenced)\s+"
    r"(?:(?:on|in)\s+(?:the\s+)?(?P<date>@{DATE})\s*,?\s+)?with\s+(?:the\s+)?"
    r"(?:_?(?:official|formal|diplomatic|full|de\s+jure|de\s+facto)_?\s+)*recognition\s+of\s+"
    r"(?:the\s+)?⟪(?P<r>\d+)⟫" + NOT_THE_STATE
)

#: "representatives of the two states exchanged notes that signified ultimate recognition of the
#: independence of ⟪A⟫", "⟪A⟫ and ⟪B⟫ signed a treaty which constituted recognition of ⟪B⟫": an
#: act of the two that states one's recognition: the other of the two recognized it
ACT_SIGNIFIED = (
    r"(?:\b(?:the\s+two|both)\s+(?:countries|states|nations|republics|governments|sides)"
    r"|(?:the\s+)?⟪(?P<a>\d+)⟫\s+and\s+(?:the\s+)?⟪(?P<b>\d+)⟫)(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:exchanged|signed|concluded)\s+(?:diplomatic\s+)?(?:notes|an?\s+(?:agreement|treaty|"
    r"protocol))\s+(?:that|which)\s+(?:signified|constituted|meant|amounted\s+to|marked)\s+"
    r"(?:the\s+|an?\s+)?(?:\(?(?:ultimate|final|full|formal|official|mutual|de\s+jure)\)?\s+)*"
    r"recognition\s+of\s+(?:the\s+)?(?:(?:independence|sovereignty|statehood)(?:\s+and\s+"
    r"(?:independence|sovereignty|statehood))?\s+of\s+(?:the\s+)?)?(?:state\s+of\s+(?:the\s+)?)?"
    r"⟪(?P<r>\d+)⟫" + NOT_THE_STATE
)
LEAD_DAY = r"\b(?:on|in)\s+(?:the\s+)?(?P<date>@{DAY_MONTH})"
#: "⟪A⟫ received formal recognition from ⟪B⟫ (and ⟪C⟫) on D", "⟪A⟫ gained recognition of its
#: independence from ⟪B⟫", "⟪A⟫ was granted de jure recognition by ⟪B⟫": the recognition named
#: as what ⟪A⟫ got; a kind of recognition (or
#: "of its independence") is required, since plain "received recognition from ⟪B⟫" is as often
#: praise ("... for its peacekeeping")
RECEIVED = (
    r"(?:^|\b)(?:the\s+)?⟪(?P<r>\d+)⟫\s+(?:(?:\w+ly|also|first|then|finally)\s+)*"
    r"(?:@{recognition-received})\s+(?:(?:its|the|a|an)\s+)?(?:"
    r"(?:(?:official|formal|diplomatic|full|de\s+jure|de\s+facto)\s+)+recognition"
    r"(?:\s+of\s+(?:its\s+)?(?:independence|sovereignty|statehood))?"
    r"|(?:(?:official|formal|diplomatic|full|de\s+jure|de\s+facto)\s+)*recognition\s+of\s+"
    r"(?:its\s+)?(?:independence|sovereignty|statehood))\s+"
    r"(?:(?:on|in)\s+(?:the\s+)?(?P<date>@{DATE})\s+)?(?:from|by)\s+(?:the\s+)?⟪(?P<by>\d+)⟫"
    r"(?:(?P<by_more>(?:@{AND}(?:the\s+)?⟪\d+⟫)+)" + LIST_END + r")?(?!'s|’s)"
)
#: "after the recognition of ⟪A⟫ by ⟪B⟫", "The formal recognition of ⟪A⟫'s independence by ⟪B⟫
#: came on D": the recognition named, after a word that says it came (before it: "after",
#: "following", "since", "upon"; or opening its sentence or clause, with a verb after it that
#: says it took place): not "sought the recognition of ⟪A⟫ by ⟪B⟫"
KIND = r"(?:(?:official|formal|diplomatic|full|de\s+jure|de\s+facto)\s+)*"

#: a list item that is only a link's title naming a recognition (R4): "⟪Cyprus⟫ recognition
#: official recognition of ⟪Montenegro⟫ (in Montenegrin)", "⟪Uruguay⟫'s official recognition of
#: ⟪Montenegro⟫"; the whole item, so that no verb ("is sought", "was withdrawn") can follow
TITLE = (
    r"^\s*(?:the\s+)?⟪(?P<s>\d+)⟫(?:'s|’s)?\s+(?:recognition\s+)?" + KIND + r"recognition\s+of\s+"
    r"(?:the\s+)?⟪(?P<r>\d+)⟫(?:'s\s+(?:independence|statehood|sovereignty))?"
    r"(?:\s*\(\s*in\s+(?:⟪\d+⟫|[A-Z][\w-]*)\s*\))?\s*[.]?\s*$"
)
OF_BY = (
    r"recognition\s+of\s+(?:the\s+)?⟪(?P<r>\d+)⟫(?:(?:'s|’s)\s+(?:independence|sovereignty|"
    r"statehood))?\s+by\s+(?:the\s+)?⟪(?P<s>\d+)⟫(?:(?P<by_more>(?:@{AND}(?:the\s+)?⟪\d+⟫)+)"
    + LIST_END
    + r")?(?!'s|’s)"
)
RECOGNITION_BY = (
    r"\b(?:after|following|since|upon)\s+(?:the\s+)?"
    + KIND
    + OF_BY
    + r"|(?:^\s*|[;:]\s*)(?:the\s+)?"
    + KIND
    + OF_BY.replace("(?P<r>", "(?P<r2>")
    .replace("(?P<s>", "(?P<s2>")
    .replace("(?P<by_more>", "(?P<by_more2>")
    + r"(?=\s*(?:\w+ly\s+)?(?:came|took\s+place|followed|occurred|was\s+(?:announced|"
    r"granted|extended|given|made)))"
)
#: after a recognition, other states that made it too: ", followed by ⟪B⟫ (and ⟪C⟫)", ", as did
#: ⟪B⟫", "; ⟪B⟫ did so (did the same, followed suit)", each list ending as `LIST_END` says
OTHERS = r"(?:the\s+)?⟪\d+⟫(?:@{AND}(?:the\s+)?⟪\d+⟫)*"
DID_SO = (
    r"(?:,\s*(?:(?:and|shortly|soon|later|then)\s+)*(?:(?:was|being)\s+)?followed\s+"
    r"(?:(?:shortly|soon|later|closely)\s+)?by\s+(?P<f>" + OTHERS + r")" + LIST_END + r"(?!'s|’s)"
    r"|,\s*as\s+(?:did|had|have|has)\s+(?P<a>" + OTHERS + r")" + LIST_END + r"(?!'s|’s)"
    r"|(?:;\s*|,?\s+and\s+)(?P<d>" + OTHERS + r")\s+(?:(?:also|later|soon|then|subsequently)\s+)?"
    r"(?:did\s+(?:so|the\s+same|likewise)|followed\s+suit)\b)"
)
#: what may stand between a recognition's object and "followed by": its date and manner, no other
#: state and no other verb's "and"
TO_DID_SO = r"^(?:(?!\band\b)[^⟪;]){0,60}$"
#: what says the recognition received was praise, not a state's: "... for its efforts" ("as a
#: leader": `_as_a_state`)
NOT_OF_STATE = r"^\s*(?:for|in\s+recognition)\b"

VERBS = Needs(groups=("recognition-verb",))


# -- the shared walk of the verb rules -------------------------------------------------------
def _walk(ctx: Context) -> list[Found]:
    """Every verb of recognizing in the sentence's clauses, read with its subject, object and
    date; each claim labelled with the rule its wording is (`_verb_rule`)."""
    out: list[Found] = []
    last_object: str | None = None
    for clause in ctx.res.grammar.clauses(ctx.sentence):
        found, last_object = _clause(ctx, clause, last_object)
        out.extend(found)
    return out


@dataclass(slots=True)
class _Verbs:
    """Where the walk over a clause's recognition verbs stands: the recognizer of the verb being
    read, the ordinal that may rank it, where the previous verb ended, whether the recognizer is
    a subject inside the clause ("since ⟪A⟫ recognised"), where its subject starts (a date
    before it leads) and the words between the previous verb and this one."""

    recognizer: str | None
    ordinal: re.Match[str] | None
    body: int
    previous: int
    lead_end: int
    within: bool = False
    organ: bool = False
    #: in a row, a recognizer no state names ("Canning ... recognized ⟪Mexico⟫"): the row's state
    person: bool = False
    #: "It did not recognize ⟪A⟫ until 1995": the previous sentence's state
    it: bool = False
    #: the date among the subject's second verb's own words (", and in 1919 became the first")
    own_date: str | None = None
    before: str = ""
    first: bool = True


@dataclass(frozen=True, slots=True)
class _Object:
    """What a verb recognizes: the state(s), the text after them, and how the verb reads."""

    targets: list[str]
    tail: str
    rule: R.RuleSpec
    demonym_ok: bool
    with_relations: bool
    #: states of a list named by a demonym and "state" ("both ⟪Israel⟫ and the ⟪Palestinian⟫
    #: state")
    by_noun: frozenset[str] = frozenset()


def _clause(
    ctx: Context, clause: Clause, last_object: str | None
) -> tuple[list[Found], str | None]:
    """Every recognition a clause states, verb by verb: whose it is (`_subject`), what it
    recognizes (`_object`), and the claims with their dates (`_verb_claims`)."""
    out: list[Found] = []
    grammar, sentence = ctx.res.grammar, ctx.sentence
    recognizer_code: str | None = None
    if clause.subject is not None:
        recognizer_code = grammar.clause_state(sentence, clause) or _state(
            sentence.mention(clause.subject)
        )
    text = clause.text
    if recognizer_code is not None and ctx.res.regex(VERB).search(text[: clause.body]):
        # "Since 1989 the government recognized ⟪Israel⟫": a verb inside what was taken for the
        # subject's lead; the state after it is its object, not the clause's subject
        recognizer_code = None
    ordinal = ctx.res.regex(ORDINAL).search(text) or ctx.res.regex(ONE_OF_THOSE).search(text)
    body = clause.body if recognizer_code is not None else 0
    lead_end = clause.body
    both = ctx.res.regex(BOTH_SUBJECT).match(text) if clause.subject is None else None
    if both is not None and (code := _state(sentence.mention(both.group("s")))) is not None:
        recognizer_code, body, lead_end = code, both.end(), both.start("s")
    walk = _Verbs(recognizer_code, ordinal, body, body, lead_end)
    for verb in ctx.res.regex(VERB).finditer(text, body):
        subject = _subject(ctx, text, verb, walk, clause)
        if subject == "stop":
            break
        if subject == "skip":
            continue
        negated = bool(grammar.negated(walk.before))
        # "began to recognize", "decided to recognize": the recognition came
        plain = ctx.res.regex(FACTIVE_TO).sub(" ", walk.before)
        if not negated and _blocked(ctx, plain) and not walk.ordinal:
            continue
        if negated and (walk.ordinal or ctx.res.regex(IRREALIS, flags=0).search(walk.before)):
            continue
        obj = _object(ctx, clause, text[verb.end() :], verb, last_object)
        if obj is None:
            continue
        found = _verb_claims(ctx, clause, verb, walk, obj, negated)
        if found is None:
            continue
        out.extend(found)
        last_object = obj.targets[-1]
    return out, last_object


def _subject(ctx: Context, text: str, verb: re.Match[str], walk: _Verbs, clause: Clause) -> str:
    """Whose recognition the verb states, updating `walk`: "read", or "skip" this verb, or
    "stop" reading the clause (its first verb is another state's)."""
    sentence = ctx.sentence
    previous = walk.previous
    before = text[previous : verb.start()]
    ordinal = walk.ordinal
    leads = ordinal is not None and ordinal.end() <= verb.start() + 1
    first = previous == walk.body
    if leads and ordinal is not None and first:
        # "As ⟪Italy⟫ was the first", "After the independence of ⟪Bangladesh⟫ in 1971
        # ⟪East Germany⟫ was the third country to": the state just before the ordinal
        own = ctx.res.regex(ORDINAL_SUBJECT).search(text[: ordinal.start()])
        code = _state(sentence.mention(own.group("s"))) if own else None
        if own is not None and code is not None and code != walk.recognizer:
            walk.recognizer, walk.lead_end = code, own.start("s")
            before = text[own.end("s") + 1 : verb.start()]
        if own is not None and code == walk.recognizer and own.group("co"):
            before = own.group("co")  # "⟪A⟫ and ⟪B⟫ were among the first to"
        if own is None:  # "⟪A⟫ established relations with ⟪B⟫, and in 1919 became the first"
            words = text[previous : ordinal.start()]
            words = words[words.rfind(",") + 1 :]
            dates = list(ctx.res.regex(LEAD_DATE).finditer(words))
            if dates and re.match(r"\s*and\b", words):
                walk.own_date = dates[-1].group("date")
    later = ctx.res.regex(LATER_SUBJECT).search(before) if not first and "⟪" in before else None
    if later is not None and _state(sentence.mention(later.group("s"))) is not None:
        # another subject for a later verb: "... despite ⟪Armenia⟫ recognizing"
        walk.recognizer = _state(sentence.mention(later.group("s")))
        walk.within, walk.lead_end = True, previous + later.start("s")
        before = text[previous + later.end("s") + 1 : verb.start()]
    elif walk.recognizer is None or (
        first
        and "⟪" in before
        and not leads
        and not ctx.res.regex(CO_SUBJECTS).match(before)
        and not ctx.res.regex(COORDINATED).search(before)
        and not _renames(ctx, before, walk.recognizer)
    ):
        # the first verb must be the subject's (or its co-subjects'), unless a state is the
        # subject of this verb inside the clause: "..., and ⟪Cuba⟫ recognised",
        # "since ⟪Turkey⟫ recognised", "with ⟪Belarus⟫ recognising"
        inner = ctx.res.regex(WITHIN_SUBJECT).search(text[: verb.start()])
        code = _state(sentence.mention(inner.group("s"))) if inner else None
        if inner is None or code is None:
            organ = ctx.res.regex(ORGAN_SUBJECT).search(text[: verb.start()]) if first else None
            if walk.recognizer is None and organ is not None:
                # "the government officially recognised": the article's state
                walk.recognizer, walk.organ, walk.lead_end = SUBJECT, True, organ.start("organ")
                walk.previous, walk.before, walk.first = verb.end(), "", True
                return "read"
            it = ctx.res.regex(IT_OPENS).search(text[: verb.start()]) if first else None
            if walk.recognizer is None and it is not None and clause.start == 0:
                # "It did not recognize ⟪A⟫": the state the sentence before is about
                walk.recognizer, walk.it, walk.lead_end = PREVIOUS, True, it.start("it")
                walk.previous, walk.before, walk.first = verb.end(), it.group("words"), True
                return "read"
            person = ctx.res.regex(PERSON_SUBJECT).search(text[: verb.start()]) if first else None
            if walk.recognizer is None and ctx.where.in_row and person is not None:
                # "Canning received the ⟪Mexican⟫ minister and recognized ⟪Mexico⟫": in a row,
                # the row's state (only of the article's state: `_verb_claims`)
                walk.recognizer, walk.person, walk.lead_end = ROW_OBJECT, True, verb.start()
                words = person.group("words")
                if ctx.res.regex(PERSON_ORDINAL).search(words):
                    words = ""  # "The first Pope to de jure recognise": no modal "to"
                walk.previous, walk.before, walk.first = verb.end(), words, True
                return "read"
            if walk.recognizer is None:
                walk.previous = verb.end()
                return "skip"
            return "stop"
        walk.recognizer, walk.within, walk.lead_end = code, True, inner.start("s")
        # the co-subjects after it are read from `before`: "⟪A⟫ and ⟪B⟫ both recognised"
        before = text[inner.end("s") + 1 : verb.start()]
        first = bool(inner.group("co"))
        if ordinal is not None and ordinal.start() < inner.start("s"):
            walk.ordinal = None  # an ordinal of the clause's own subject
    elif first and "⟪" in before and ctx.res.regex(COORDINATED).search(before):
        # the subject's second verb: its own words, after the comma or "and" that joins it
        before = before[max(before.rfind(","), before.rfind(" and ")) + 1 :]
        dates = list(ctx.res.regex(LEAD_DATE).finditer(before))
        walk.own_date = dates[-1].group("date") if dates else None
    walk.previous = verb.end()
    walk.before, walk.first = before, first
    return "read"


def _object(
    ctx: Context, clause: Clause, rest: str, verb: re.Match[str], last_object: str | None
) -> _Object | None:
    """What the verb recognizes, from the words after it; None: no state (a government, a
    name, a territory)."""
    v = ctx.res.vocabulary
    value = v.value("recognition-verb", verb.group("verb")) or R.RECOGNIZED.name
    rule = R.RE_RECOGNIZED if value == R.RE_RECOGNIZED.name else R.RECOGNIZED
    target: str | None = None
    tail = rest
    demonym_ok = with_relations = False
    if (obj := ctx.res.regex(OBJECT).match(rest)) is not None:
        what = obj.group("what")
        if what and v.value("recognition-object", what.strip()) != "state":
            return None
        target = obj.group("obj") if "⟪" not in (what or "") else None
        if obj.group("over") is not None and not _contested(ctx, target):
            return None  # "recognises ⟪Malaysia⟫'s sovereignty over Limbang": a territory's
        # "⟪Latvian⟫ independence", "the ⟪Ukrainian⟫ state": a demonym names the state
        demonym_ok = obj.group("suffix") is not None or obj.group("noun") is not None
        tail = rest[obj.end() :]
    elif (o := ctx.res.regex(OTHER_OBJECT).match(rest)) is not None:
        target = o.group("obj") or o.group("obj2") or o.group("obj3") or o.group("obj4")
        with_relations = o.group("obj3") is not None
        demonym_ok = o.group("obj") is not None
        tail = rest[o.end() :]
    elif (p := ctx.res.regex(r"^\s*" + PRONOUN).match(rest)) is not None:
        target = last_object or _declared(ctx, clause, verb)
        tail = rest[p.end() :]
        if p.group("country") and not ctx.where.in_row:
            target = None  # "the country": certain only as a row's other state
        elif p.group("named") and not (last_object or _declared(ctx, clause, verb)):
            target = None  # "the Jewish state": only a state the sentence named before
        elif target is None and ctx.where.in_row:
            target = ROW_OBJECT
        elif target is None and re.match(NEW_STATE, p.group("it"), re.I):
            target = SECTION  # in prose: the state its section is about, if one (resolve)
        if target is not None and rule is R.RECOGNIZED and last_object is None:
            rule = R.RECOGNIZED_IT
    elif _implicit(verb, rest):
        # "France re-stated its recognition on 25 August 1991": of the state already named
        target = last_object or _declared(ctx, clause, verb)
        if target is None and ctx.where.in_row:
            target = ROW_OBJECT
    if target is None:
        return None
    targets, tail, by_noun = _more_objects(ctx, target, tail)
    return _Object(targets, tail, rule, demonym_ok, with_relations, by_noun)


def _implicit(verb: re.Match[str], rest: str) -> bool:
    """ "re-stated its recognition" with no "of" after it: of a state named before."""
    return verb.group("verb").lower().endswith("recognition") and not re.match(
        r"\s*(?:of|to)\b", rest
    )


def _verb_claims(
    ctx: Context,
    clause: Clause,
    verb: re.Match[str],
    walk: _Verbs,
    obj: _Object,
    negated: bool,
) -> list[Found] | None:
    """The claims of one verb: every recognizer (the subject and its co-subjects) of every
    state it recognizes, each with its date; None where the words after the states say it is
    no recognition of a state."""
    ordinal = walk.ordinal
    use = ordinal if ordinal and ordinal.end() <= verb.start() + 1 else None
    co, tail = _co_recognizers(ctx, walk.before if walk.first else "", obj.tail, use)
    if ctx.res.regex(NAME_ONLY).match(tail) or ctx.res.regex(CHOICE).match(tail):
        return None  # "... under its constitutional name", "the PRC and not the ROC"
    if not _as_a_state(ctx, tail, obj.targets[0]):
        return None
    until = ctx.res.regex(UNTIL_DATE).match(tail) if negated else None
    if negated and until is None:
        return None
    text = clause.text
    span = (clause.start + verb.start(), clause.start + len(text) - len(tail))
    out: list[Found] = []
    recognizers = (walk.recognizer, *co)
    rule = (
        R.NOT_UNTIL
        if until
        else _rule_of(obj.rule, use, walk.within, walk.organ, walk.person, walk.it)
    )
    for recognizer, recognized in [(r, t) for r in recognizers for t in obj.targets]:
        claim = _claim(
            ctx,
            rule.name,
            recognizer,
            recognized,
            tail,
            ordinal=use,
            demonym_ok=obj.demonym_ok or recognized in obj.by_noun,
        )
        if claim is None or (walk.person and claim.recognized != ctx.where.subject):
            continue
        if until is not None:
            claim = replace(claim, date_text=until.group("date"))
        if claim.date_text is None:
            own = walk.own_date if recognizer == walk.recognizer else None
            claim = replace(claim, date_text=own or _lead_date(ctx, clause.start, walk.lead_end))
        if claim.date_text is None and (same := ctx.res.regex(SAME_LEAD).match(clause.text)):
            # "On the same day, ⟪A⟫ recognized ⟪B⟫": the date written before it
            claim = replace(claim, date_text=_same(ctx, ctx.masked[: clause.start], same))
        if claim.date_text is None:
            claim = replace(claim, date_text=_when_founded(ctx, clause, tail, claim.recognized))
        if claim.date_text is None and ctx.res.regex(THIS_EVENT).search(ctx.masked):
            claim = replace(claim, date_text=PREVIOUS_DATE)
        out.append(Found(span, claim))
        again = ctx.res.regex(SECOND_DATE).match(tail)
        if again:  # "recognised Estonia de facto in 1918 and de jure on 6 February 1921"
            out.append(Found(span, replace(claim, date_text=again.group("date"))))
        elif claim.date_text and (day := ctx.res.regex(SECOND_DAY).match(tail)):
            # "... de facto, and formally on December 30": in the year of the first date
            year = claim.year_from or claim.date_text
            out.append(Found(span, replace(claim, date_text=day.group("date"), year_from=year)))
        if recognizer == walk.recognizer:
            out.extend(_earlier(ctx, claim, span, tail, use) if use else ())
        more = ctx.res.regex(AND_WITH).match(tail) if obj.with_relations else None
        if more is not None:  # "... with ⟪A⟫ on D1 and with ⟪B⟫ on D2"
            then = _claim(ctx, claim.rule, recognizer, more.group("y"), tail[more.end() :], None)
            out.extend([Found(span, then)] if then else [])
        subjects = recognizer in (SUBJECT, ctx.where.subject) and recognized == obj.targets[-1]
        rest = tail
        while subjects and (more := ctx.res.regex(AND_THEN).match(rest)) is not None:
            # "⟪Uruguay⟫ recognized ⟪A⟫ in 1957 and ⟪B⟫ in 1960" (in Uruguay's article)
            rest = rest[more.end() :]
            then = _claim(ctx, claim.rule, recognizer, more.group("y"), rest, None)
            out.extend([Found(span, then)] if then else [])
    return out


def _rule_of(
    rule: R.RuleSpec,
    ordinal: re.Match[str] | None,
    within: bool,
    organ: bool = False,
    person: bool = False,
    it: bool = False,
) -> R.RuleSpec:
    """The rule a verb's reading is: a state organ's ("the government recognised"), its subject
    inside another clause, an ordinal ("the second to"), a rank-less "one of many to", or the
    verb's own (always for a recognition again: "the first to re-recognize")."""
    if organ:
        return R.THE_GOVERNMENT_RECOGNIZED
    if person:
        return R.ROW_STATE_RECOGNIZED
    if it:
        return R.IT_RECOGNIZED
    if within:
        return R.RECOGNIZED_WITHIN
    if ordinal is None or rule is R.RE_RECOGNIZED:
        # "one of the first nations to re-recognize ⟪A⟫": a recognition again, another
        # occasion than the first one (its ordinal is kept on the claim)
        return rule
    return R.NTH_TO_RECOGNIZE if ordinal.group("word") else R.ONE_OF_THOSE_TO_RECOGNIZE


def _renames(ctx: Context, before: str, code: str) -> bool:
    """ "⟪Thailand⟫, previously known as ⟪Siam⟫, recognised": the states between the subject
    and its verb are all the subject itself."""
    found = re.findall(r"⟪(\d+)⟫", before)
    return bool(found) and all(_state(ctx.sentence.mention(i)) == code for i in found)


def _more_objects(ctx: Context, first: str, tail: str) -> tuple[list[str], str, frozenset[str]]:
    """ "recognizes ⟪Ghana⟫, ⟪Norway⟫ and ⟪Peru⟫": every state of the list (the mentions'
    indices), what follows the list (where its date is), and the items named with "state"."""
    if first in (ROW_OBJECT, SECTION):
        return [first], tail, frozenset()
    m = ctx.res.regex(MORE_OBJECTS).match(tail)
    if m is None:
        return [first], tail, frozenset()
    items = re.findall(r"⟪(\d+)⟫(\s+state\b)?", m.group("more"))
    by_noun = frozenset(i for i, noun in items if noun)
    return [first, *(i for i, _ in items)], tail[m.end() :], by_noun


def _co_recognizers(
    ctx: Context, before: str, tail: str, ordinal: re.Match[str] | None
) -> tuple[list[str], str]:
    """The other recognizers of one recognition: "⟪A⟫ and ⟪B⟫ both recognised", and with an
    ordinal "among the first to recognise ⟪X⟫, along with ⟪B⟫ and ⟪C⟫"; and the tail after
    an along-with list."""
    indices: list[str] = []
    if (m := ctx.res.regex(CO_SUBJECTS).match(before)) is not None:
        indices += re.findall(r"⟪(\d+)⟫", m.group("co"))
    if ordinal is not None and (w := ctx.res.regex(ALONG_WITHIN).search(ordinal[0])) is not None:
        indices += re.findall(r"⟪(\d+)⟫", w.group("with"))  # "the first along with ⟪B⟫ to"
    if ordinal is not None and (w := ctx.res.regex(ALONG_WITH).match(tail)) is not None:
        indices += re.findall(r"⟪(\d+)⟫", w.group("with"))
        tail = tail[w.end() :]
    codes = [_state(ctx.sentence.mention(i)) for i in indices]
    if None in codes:
        return [], tail  # "⟪Norway⟫ and the Ghanaian people": not a list of states
    return [c for c in codes if c is not None], tail


def _earlier(
    ctx: Context,
    claim: RecognitionClaim,
    span: tuple[int, int],
    tail: str,
    ordinal: re.Match[str] | None = None,
) -> list[Found]:
    """ "the second country to recognize ⟪A⟫, after ⟪Y⟫", "following the 1919 recognition
    by ⟪Y⟫", "the second state after ⟪Y⟫ to recognise ⟪A⟫": Y recognized A before."""
    after = ctx.res.regex(AFTER).match(tail) or ctx.res.regex(PRECEDED).match(tail)
    if after is None and ordinal is not None:
        after = ctx.res.regex(AFTER_WITHIN).search(ordinal[0])
    if after is None:
        return []
    first = _state(ctx.sentence.mention(after.group(after.lastindex or 1)))
    if first is None or first in (claim.recognizer, claim.recognized):
        return []
    n = claim.ordinal - 1 if claim.ordinal and claim.ordinal > 1 else None
    earlier = RecognitionClaim(
        R.NTH_TO_RECOGNIZE.name,
        ctx.sentence.line,
        ctx.sentence.evidence,
        first,
        claim.recognized,
        claim.recognized_name,
        after.group("year"),
        n,
    )
    return [Found(span, earlier)]


def _claim(
    ctx: Context,
    rule: str,
    recognizer: str | None,
    recognized_index: str,
    tail: str,
    ordinal: re.Match[str] | None,
    *,
    demonym_ok: bool = False,
) -> RecognitionClaim | None:
    """A recognition by `recognizer` (a code) of the mention `recognized_index` (or of the
    row's counterpart, for ROW_OBJECT; of the section's state, for SECTION), dated by what
    follows it in `tail`."""
    sentence = ctx.sentence
    if recognizer is None:
        return None
    if recognized_index in (ROW_OBJECT, SECTION):
        target: str | None = recognized_index
        name = ""
    else:
        recognized = sentence.mention(recognized_index)
        name = recognized.text
        code = _state(recognized)  # a state, or a former one with its code ("Czechoslovakia")
        if code is None and demonym_ok and recognized.label == "DEMONYM":
            code = recognized.code
        if code and code != recognizer:
            target = code
        else:
            return None  # not a state ("Abkhazia", "Kashmir"): no recognition of a state
        if target in rival_governments():
            return None  # the PRC or the ROC: a government of China
    number = approximate = None
    after_code = None
    if ordinal:
        number = _ordinal(ctx, ordinal.group("word"))
        approximate = not ordinal.group("text").lower().startswith("the")
        after = ctx.res.regex(AFTER).search(tail) if tail else None
        if after:
            first = sentence.mention(after.group(after.lastindex or 1))
            after_code = first.code if first.is_state else None  # a former state: no column code
    date_text, year_from = _date_and_year(ctx, tail)
    return RecognitionClaim(
        rule,
        sentence.line,
        sentence.evidence,
        recognizer,
        target,
        name,
        date_text,
        number,
        " ".join(ordinal.group("text").split()) if ordinal else None,
        bool(approximate),
        after_code,
        year_from,
    )


def _as_a_state(ctx: Context, tail: str, target: str | None = None) -> bool:
    """False when what follows the object says it was recognized as something other than a
    state: "as its special partner", "as the legitimate government of", "to be part of"."""
    m = ctx.res.regex(AS_WHAT).match(tail)
    if m is None:
        return True
    what = m.group("what")
    if ctx.res.regex(r"\b@{recognition-as:territory}\b").search(what):
        return False
    named = re.search(r"⟪(\d+)⟫", what)
    if named is not None and target is not None and target.isdigit():
        # "the SADR as the legitimate government of Western Sahara": the state's own government
        own = _state(ctx.sentence.mention(named.group(1)))
        if own is not None and own == _state(ctx.sentence.mention(target)):
            return True
    if ctx.res.regex(r"\b@{recognition-as:government}").search(what):
        return False
    if ctx.res.regex(r"\b@{recognition-as:state}\b").search(what) is not None:
        return True
    # "recognized ⟪Macedonia⟫ as ⟪the former Yugoslav Republic of Macedonia⟫": under a name
    named = re.match(r"(?:the\s+)?⟪(\d+)⟫", what)
    if named is None or target is None or not target.isdigit():
        return False
    code = _state(ctx.sentence.mention(named.group(1)))
    return code is not None and code == _state(ctx.sentence.mention(target))


def _lead_date(ctx: Context, start: int, body: int) -> str | None:
    """The date written nearest before a recognition's subject ("In August 1991, on 27 August
    1991, ⟪Germany⟫ recognised": the second), not past a semicolon (another statement's); after
    an earlier recognition, only the clause's own (the earlier one's date is its own)."""
    lead = ctx.masked[: start + body]
    if (when := ctx.res.regex(UNTIL_WHEN).search(lead)) is not None:
        return when.group("date")  # "... until 1958 when ⟪Algeria⟫ recognized it"
    lead = lead[lead.rfind(";") + 1 :]
    if ctx.res.regex(VERB).search(lead):
        lead = ctx.masked[start : start + body]
        verbs = list(ctx.res.regex(VERB).finditer(lead))
        if verbs:  # a subject inside the clause, after an earlier recognition and its object
            lead = lead[verbs[-1].end() :]
            lead = lead[lead.find(",") + 1 :] if "," in lead else ""
    found = list(ctx.res.regex(LEAD_DATE).finditer(lead))
    return found[-1].group("date") if found else None


def _when_founded(ctx: Context, clause: Clause, tail: str, recognized: str | None) -> str | None:
    """The date of "when it became independent in 1965" right after a recognition's words (its
    clause holding nothing more): the recognized state's founding, the recognition's date."""
    at = clause.start + len(clause.text) - len(tail)
    if recognized is None or ctx.masked[at : at + len(tail)] != tail:
        return None
    m = ctx.res.regex(WHEN_FOUNDED).match(ctx.masked[at:])
    if m is None:
        return None
    if m.group("s") is not None and _state(ctx.sentence.mention(m.group("s"))) != recognized:
        return None  # another state's founding
    return m.group("date")


def _date_after(ctx: Context, tail: str) -> str | None:
    m = ctx.res.regex(DATE_AFTER).match(tail)
    return (
        (m.group("date") or m.group("bare") or m.group("act") or m.group("closing")) if m else None
    )


def _date_and_year(ctx: Context, tail: str) -> tuple[str | None, str | None]:
    """The date after the recognition's words, and for a day written with no year ("a week
    later, on 27 December") where its year is: the last date before it in the sentence ("in
    1991, when, on 20 December, ..."), else the sentence before's (PREVIOUS_DATE)."""
    date = _date_after(ctx, tail)
    if date is not None:
        return date, None
    m = ctx.res.regex(DAY_AFTER).match(tail)
    if m is None:
        same = ctx.res.regex(SAME_AFTER).match(tail)
        at = ctx.masked.find(tail)
        return (_same(ctx, ctx.masked[:at], same), None) if same and at >= 0 else (None, None)
    at = ctx.masked.find(tail)
    before = ctx.masked[: at + m.start("date")] if at >= 0 else ""
    dates = list(ctx.res.regex(r"@{DATE}").finditer(before))
    return m.group("date"), dates[-1].group(0) if dates else PREVIOUS_DATE


def _same(ctx: Context, before: str, same: re.Match[str]) -> str | None:
    """The date "the same day" stands for: the last date written before it in the sentence, else
    the sentence before's (PREVIOUS_DATE); for "the same year", that date's year (in the
    sentence only: the sentence before's date is kept whole)."""
    dates = list(ctx.res.regex(r"@{DATE}").finditer(before))
    if not dates:
        return None if same.group("year") else PREVIOUS_DATE
    date = dates[-1].group(0)
    year = re.search(r"\b\d{4}\b", date)
    return (year.group(0) if year else None) if same.group("year") else date


def _ordinal(ctx: Context, word: str) -> int | None:
    return int(ctx.res.vocabulary.value("ordinal", word) or 0) or None


def _blocked(ctx: Context, before: str) -> bool:
    """A negation or a modal between the subject and the verb."""
    return bool(ctx.res.grammar.negated(before) or ctx.res.regex(IRREALIS, flags=0).search(before))


def _declared(ctx: Context, clause: Clause, verb: re.Match[str]) -> str | None:
    """ "⟪Kosovo⟫ declared its independence ... and ⟪Ireland⟫ recognised it", "After
    ⟪Kenya⟫'s independence ..., the United States recognized the new nation", "⟪A⟫ was only
    recognized by ... until 1958 when ⟪Algeria⟫ recognized it": the state whose independence
    or recognition the sentence spoke of before the verb."""
    m = ctx.res.regex(DECLARED).search(ctx.masked[: clause.start + clause.body])
    if m is None:
        m = ctx.res.regex(RECOGNIZED_BEFORE).search(ctx.masked[: clause.start + verb.start()])
    return m.group(m.lastindex or 1) if m else None


def _contested(ctx: Context, index: str | None) -> bool:
    """A state whose statehood is itself at issue ("the sovereignty of ⟪Palestine⟫ over the
    territory held by Israel" recognizes Palestine): one outside the UN."""
    code = _state(ctx.sentence.mention(index)) if index else None
    return code is not None and code in _outside_the_un()


@cache
def _outside_the_un() -> frozenset[str]:
    return frozenset(r["iso3"] for r in read_data("states_outside_the_un.csv"))


def _state(mention: Mention) -> str | None:
    """A state's code; a former state's own code ("Czechoslovakia"), or that of the state that
    continues it where it has none ("Tanganyika": `former_state_names.csv`)."""
    if mention.is_state:
        return mention.code
    if mention.label == "NONCOUNTRY" and mention.kind == "former-state":
        return mention.code or _former_state_names().get(mention.text.lower())
    return None


@cache
def _former_state_names() -> dict[str, str]:
    return {r["name"].lower(): r["iso3"] for r in read_data("former_state_names.csv")}


# -- the builds ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Walked:
    """The build of a verb rule: its readings from the sentence's shared walk (a value, not a
    closure, so that the built rules can be pickled with the process's extractors)."""

    spec: R.RuleSpec

    def __call__(self, ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
        return [f for f in ctx.shared(_walk) if f.claim.rule == self.spec.name]


def _passive(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    if _blocked(ctx, ctx.masked[: m.start("verb")]):
        return []
    sentence = ctx.sentence
    recognized = m.group(1) or m.group("r2")
    by = sentence.mention(m.group("by"))
    # "by ⟪Jakarta⟫": the capital's state, not "by ⟪Oslo⟫'s mayor"
    possessed = ctx.masked[m.end() : m.end() + 2] in ("'s", "’s")
    claim = _claim(
        ctx,
        R.RECOGNIZED_BY.name,
        _state(by) or (by.code if by.label == "CITY" and not possessed else None),
        recognized,
        ctx.masked[m.end() :],
        ordinal=None,
    )
    if claim is not None and m.group("date"):
        claim = replace(claim, date_text=m.group("date"))
    if claim is not None and claim.date_text is None:
        # "... started on 22 December 1922, when ⟪Lithuania⟫ was recognized by ⟪Japan⟫"
        at = m.start("r2") if m.group("r2") else m.start()  # "In 1957, ⟪A⟫ declared ... and was"
        claim = replace(claim, date_text=_lead_date(ctx, 0, at))
    if claim is None:
        return []
    span = (m.start(), m.end())
    out = [Found(span, claim)]
    # "⟪Ghana⟫ and ⟪Togo⟫ were both recognised by ⟪B⟫": the states listed before the first
    listed = ctx.res.regex(PASSIVE_LIST).search(ctx.masked[: m.start()])
    for index in re.findall(r"⟪(\d+)⟫", listed.group("list")) if listed else ():
        more = _claim(ctx, R.RECOGNIZED_BY.name, claim.recognizer, index, "", ordinal=None)
        if more is not None and more.recognized != claim.recognized:
            out.append(Found(span, replace(more, date_text=claim.date_text)))
    # "... by ⟪B⟫ in 1957 and by ⟪C⟫ in 1960": each later recognizer with its own date
    rest = ctx.masked[m.end() :]
    while (dated := ctx.res.regex(DATE_AFTER).match(rest)) is not None and (
        again := ctx.res.regex(BY_AGAIN).match(rest[dated.end() :])
    ) is not None:
        rest = rest[dated.end() + again.end() :]
        then = _claim(
            ctx,
            R.RECOGNIZED_BY.name,
            _state(sentence.mention(again.group("y"))),
            recognized,
            rest,
            ordinal=None,
        )
        out += [Found(span, then)] if then else []
    # "... by ⟪B⟫, ⟪C⟫ and ⟪D⟫": each of the other recognizers (a state) recognized each of them
    for index in re.findall(r"⟪(\d+)⟫", m.group("by_more") or ""):
        code = _state(sentence.mention(index))
        if code is None:
            continue  # "by ⟪Norway⟫ and the ⟪EU⟫": not a state
        out += [
            Found(span, replace(f.claim, recognizer=code))
            for f in out[: len(out)]
            if f.claim.recognizer == claim.recognizer and f.claim.recognized != code
        ]
    return out


def _first_to_do_so(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "... (the first country to do so was ⟪Iceland⟫ on 22 August 1991)": the recognized
    state is the one the sentence's first recognition verb acts on."""
    found = ctx.shared(_walk)
    code = _state(ctx.sentence.mention(m.group(3)))
    if not found:
        return []
    target: RecognitionClaim = found[0][1]
    if code is None or code == target.recognizer:
        return []
    sentence = ctx.sentence
    claim = RecognitionClaim(
        R.FIRST_TO_DO_SO.name,
        sentence.line,
        sentence.evidence,
        code,
        target.recognized,
        target.recognized_name,
        _date_after(ctx, ctx.masked[m.end() :]),
        _ordinal(ctx, m.group("word")),
        " ".join(m.group("text").split()),
    )
    return [Found((m.start(), m.end()), claim)]


def _do_so_after(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "⟪India⟫ extended recognition to ⟪Bangladesh⟫ (the second country to do so after
    ⟪Bhutan⟫)": the state after "after" recognized, before, the state the sentence's first
    recognition acts on."""
    found = ctx.shared(_walk)
    code = _state(ctx.sentence.mention(m.group(3)))
    if not found:
        return []
    target: RecognitionClaim = found[0][1]
    if code is None or code in (target.recognizer, target.recognized):
        return []
    n = _ordinal(ctx, m.group("word"))
    sentence = ctx.sentence
    claim = RecognitionClaim(
        R.NTH_TO_DO_SO_AFTER.name,
        sentence.line,
        sentence.evidence,
        code,
        target.recognized,
        target.recognized_name,
        None,
        n - 1 if n and n > 1 else None,
    )
    return [Found((m.start(), m.end()), claim)]


def _each_other(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "The two republics ... recognised each other's independence on 12 February 1992":
    each recognized the other."""
    sentence = ctx.sentence
    if m.group("a") or m.group("a2"):
        a = sentence.mention(m.group("a") or m.group("a2"))
        b = sentence.mention(m.group("b") or m.group("b2"))
        pair, names = [_state(a), _state(b)], [a.text, b.text]
    elif ctx.where.in_row:
        pair, names = [SUBJECT, ROW_OBJECT], ["", ""]
    else:
        return []
    if None in pair or pair[0] == pair[1]:
        return []
    # "after recognizing one another, ⟪A⟫ and ⟪B⟫ established ... on D": D is not its date
    text = None if m.group("a2") else _date_after(ctx, ctx.masked[m.end() :])
    if text is None and ctx.res.regex(THIS_EVENT).search(ctx.masked):
        text = PREVIOUS_DATE  # "By this agreement, the countries recognised each other"
    return [
        Found(
            (m.start(), m.end()),
            RecognitionClaim(
                R.RECOGNIZED_EACH_OTHER.name, sentence.line, sentence.evidence, str(x), y, n, text
            ),
        )
        for (x, y, n) in ((pair[0], pair[1], names[1]), (pair[1], pair[0], names[0]))
    ]


def _nominal(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "⟪Mexico⟫'s recognition of ⟪Namibia⟫ on 17 April 1990"; none still to come, before the
    noun ("the eventual recognition") or in the predicate after it ("... is not expected", "...
    has yet to come", "... is unlikely")."""
    before = ctx.masked[max(0, m.start() - 40) : m.start()]
    grammar = ctx.res.grammar
    if ctx.res.regex(IRREALIS, flags=0).search(before) or grammar.negated(before):
        return []
    if grammar.to_come_adjective(m.group(0)) or grammar.to_come(_after_date(ctx, m.end())):
        return []
    by = ctx.sentence.mention(m.group("s") or m.group("s2") or m.group("s3"))
    recognizer = _state(by)
    if recognizer is None and m.group("s3") and by.label == "DEMONYM":
        recognizer = by.code  # "by the ⟪Syrian⟫ Government"
    claim = _claim(
        ctx,
        R.RECOGNITION_OF.name,
        recognizer,
        m.group("r") or m.group("r2"),
        ctx.masked[m.end() :],
        ordinal=None,
    )
    if (
        claim is not None
        and claim.date_text is None
        and ctx.res.regex(THE_EVENT).search(ctx.masked)
    ):
        claim = replace(claim, date_text=PREVIOUS_DATE)  # "The treaty provides ...": its date
    return [Found((m.start(), m.end()), claim)] if claim else []


def _after_date(ctx: Context, at: int) -> str:
    """The words after a recognition's noun phrase, past its date ("... on 5 March 2009 was
    welcomed"): where its predicate is."""
    rest = ctx.masked[at:]
    dated = ctx.res.regex(r"^\s*,?\s*(?:(?:on|in)\s+(?:the\s+)?)?@{DATE}").match(rest)
    return rest[dated.end() :] if dated else rest


def _act_signified(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "the two states exchanged notes that signified recognition of ⟪A⟫": the other of the two
    (the row's other state, or the one named beside ⟪A⟫) recognized ⟪A⟫, on the date written
    after it or before the act (a day with no year: in the year of the date before it)."""
    before = ctx.masked[: m.start()]
    if _blocked(ctx, before[-40:] + m.group(0)):  # "never exchanged", "would sign a treaty"
        return []
    mention = ctx.sentence.mention
    recognized = _state(mention(m.group("r")))
    if m.group("a"):
        pair = [_state(mention(m.group("a"))), _state(mention(m.group("b")))]
        if None in pair or recognized not in pair or pair[0] == pair[1]:
            return []
        recognizer: str | None = pair[1] if recognized == pair[0] else pair[0]
    elif ctx.where.in_row and recognized is not None and recognized == ctx.where.subject:
        recognizer = ROW_OBJECT  # the two states of the row: the row's other state
    else:
        return []
    claim = _claim(
        ctx, R.ACT_SIGNIFIED_RECOGNITION.name, recognizer, m.group("r"), ctx.masked[m.end() :], None
    )
    if claim is None or claim.date_text is not None:
        return [Found((m.start(), m.end()), claim)] if claim else []
    lead = before[before.rfind(";") + 1 :]
    if dates := list(ctx.res.regex(LEAD_DATE).finditer(lead)):
        claim = replace(claim, date_text=dates[-1].group("date"))
    elif days := list(ctx.res.regex(LEAD_DAY).finditer(lead)):
        day = days[-1]
        years = list(ctx.res.regex(r"@{DATE}").finditer(lead[: day.start()]))
        year = years[-1].group(0) if years else PREVIOUS_DATE
        claim = replace(claim, date_text=day.group("date"), year_from=year)
    return [Found((m.start(), m.end()), claim)]


def _relations_began(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "⟪A⟫'s relations with ⟪B⟫ started on D with recognition of ⟪A⟫": ⟪B⟫ recognized ⟪A⟫."""
    mention = ctx.sentence.mention
    a, b = (_state(mention(m.group(g1) or m.group(g2))) for g1, g2 in (("a", "a2"), ("b", "b2")))
    recognized = _state(mention(m.group("r")))
    if None in (a, b) or recognized not in (a, b) or a == b:
        return []
    recognizer = b if recognized == a else a
    claim = _claim(
        ctx,
        R.RELATIONS_BEGAN_WITH_RECOGNITION.name,
        recognizer,
        m.group("r"),
        ctx.masked[m.end() :],
        ordinal=None,
    )
    if claim is None:
        return []
    return [
        Found((m.start(), m.end()), replace(claim, date_text=m.group("date") or claim.date_text))
    ]


def _received(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "⟪A⟫ received formal recognition from ⟪B⟫ and ⟪C⟫ on D": each of them recognized ⟪A⟫,
    on the date written before "from" or after the list."""
    before = ctx.masked[max(0, m.start() - 40) : m.start("r")]
    between = ctx.masked[m.end("r") : m.start("by")]
    if _blocked(ctx, before + between):  # "hoped that ⟪A⟫ would gain", "failed to"
        return []
    tail = ctx.masked[m.end() :]
    if ctx.res.regex(NOT_OF_STATE).match(tail) or not _as_a_state(ctx, tail, m.group("r")):
        return []
    sentence = ctx.sentence
    out: list[Found] = []
    for index in [m.group("by"), *re.findall(r"⟪(\d+)⟫", m.group("by_more") or "")]:
        claim = _claim(
            ctx,
            R.RECEIVED_RECOGNITION_FROM.name,
            _state(sentence.mention(index)),
            m.group("r"),
            tail,
            ordinal=None,
        )
        if claim is not None:
            out.append(
                Found(
                    (m.start(), m.end()),
                    replace(claim, date_text=m.group("date") or claim.date_text),
                )
            )
    return out


def _recognition_by(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "after the recognition of ⟪A⟫ by ⟪B⟫ (and ⟪C⟫) in 1957": each of them recognized ⟪A⟫."""
    before = ctx.masked[max(0, m.start() - 40) : m.start()]
    if _blocked(ctx, before):
        return []
    listed = m.group("by_more") or m.group("by_more2") or ""
    out: list[Found] = []
    for index in [m.group("s") or m.group("s2"), *re.findall(r"⟪(\d+)⟫", listed)]:
        claim = _claim(
            ctx,
            R.RECOGNITION_OF_BY.name,
            _state(ctx.sentence.mention(index)),
            m.group("r") or m.group("r2"),
            ctx.masked[m.end() :],
            ordinal=None,
        )
        out += [Found((m.start(), m.end()), claim)] if claim else []
    return out


def _title(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "⟪Cyprus⟫ recognition official recognition of ⟪Montenegro⟫": a title names the
    recognition and gives no date."""
    claim = _claim(
        ctx,
        R.RECOGNITION_TITLE.name,
        _state(ctx.sentence.mention(m.group("s"))),
        m.group("r"),
        "",
        ordinal=None,
    )
    return [Found((m.start(), m.end()), claim)] if claim else []


def _others_did_so(ctx: Context, m: re.Match[str]) -> Iterable[Found]:
    """ "⟪A⟫ recognized ⟪R⟫ in 1957, followed by ⟪B⟫ and ⟪C⟫ in 1958": the states after it
    recognized ⟪R⟫ too, on the date written after them (none: no date), where the recognition
    read just before (by the shared walk) ends where the words after it begin."""
    before = [f for f in ctx.shared(_walk) if f.span[1] <= m.start()]
    if not before:
        return []
    last = before[-1]
    target: RecognitionClaim = last.claim
    if target.rule == R.NOT_UNTIL.name:
        return []  # "did not recognize ⟪R⟫ until 1995, as did ⟪B⟫": which of the two is meant
    if not ctx.res.regex(TO_DID_SO).match(ctx.masked[last.span[1] : m.start()]):
        return []
    listed = m.group("f") or m.group("a") or m.group("d")
    tail = ctx.masked[m.end() :]
    out: list[Found] = []
    for index in re.findall(r"⟪(\d+)⟫", listed):
        code = _state(ctx.sentence.mention(index))
        if code is None or code in (target.recognizer, target.recognized):
            continue
        date_text, year_from = _date_and_year(ctx, tail)
        claim = replace(
            target,
            rule=R.OTHERS_DID_SO.name,
            recognizer=code,
            date_text=date_text,
            year_from=year_from,
            ordinal=None,
            ordinal_text=None,
            approximate=False,
            after=None,
        )
        out.append(Found((m.start(), m.end()), claim))
    return out


# -- the rules -------------------------------------------------------------------------------
NTH_TO_RECOGNIZE = Rule(
    R.NTH_TO_RECOGNIZE,
    VERBS,
    ORDINAL,
    _Walked(R.NTH_TO_RECOGNIZE),
    fills=(*FILLS, "ordinal", "ordinal_text", "after_iso3"),
    asserts=(("order", "ordinal"),),
)
FIRST_TO_DO_SO = Rule(
    R.FIRST_TO_DO_SO,
    Needs(groups=("ordinal",)),
    DO_SO,
    _first_to_do_so,
    fills=(*FILLS, "ordinal", "ordinal_text"),
    asserts=(("order", "ordinal"),),
)
NTH_TO_DO_SO_AFTER = Rule(
    R.NTH_TO_DO_SO_AFTER,
    Needs(groups=("ordinal",)),
    DO_SO_AFTER,
    _do_so_after,
    fills=(*FILLS, "ordinal"),
    asserts=(("order", "earlier"),),
)
ONE_OF_THOSE_TO_RECOGNIZE = Rule(
    R.ONE_OF_THOSE_TO_RECOGNIZE,
    VERBS,
    ONE_OF_THOSE,
    _Walked(R.ONE_OF_THOSE_TO_RECOGNIZE),
    fills=(*FILLS, "ordinal_text"),
    asserts=(("order", "among"),),
)
RECOGNIZED_BY = Rule(
    R.RECOGNIZED_BY, VERBS, PASSIVE, _passive, fills=FILLS, asserts=(("voice", "passive"),)
)
RE_RECOGNIZED = Rule(
    R.RE_RECOGNIZED,
    Needs(groups=("recognition-verb",)),
    RE_VERB,
    _Walked(R.RE_RECOGNIZED),
    fills=FILLS,
    asserts=(("occasion", "again"),),
)
RECOGNIZED = Rule(
    R.RECOGNIZED,
    VERBS,
    VERB,
    _Walked(R.RECOGNIZED),
    fills=FILLS,
)
ROW_STATE_RECOGNIZED = Rule(
    R.ROW_STATE_RECOGNIZED,
    VERBS,
    VERB,
    _Walked(R.ROW_STATE_RECOGNIZED),
    fills=FILLS,
    asserts=(("subject", "row"),),
)
IT_RECOGNIZED = Rule(
    R.IT_RECOGNIZED,
    VERBS,
    r"\bit\b[^⟪;]{0,80}?" + VERB,  # the walk checks that "it" opens the sentence (IT_OPENS)
    _Walked(R.IT_RECOGNIZED),
    fills=FILLS,
    asserts=(("subject", "previous"),),
)
THE_GOVERNMENT_RECOGNIZED = Rule(
    R.THE_GOVERNMENT_RECOGNIZED,
    Needs(groups=("recognition-verb", "recognition-organ")),
    r"\bthe\s+@{recognition-organ}\s*,?\s+(?:\w+\s+){0,3}?" + VERB,
    _Walked(R.THE_GOVERNMENT_RECOGNIZED),
    fills=FILLS,
    asserts=(("subject", "organ"),),
)
NOT_UNTIL = Rule(
    R.NOT_UNTIL,
    VERBS,
    r"\b(?:not|never)\s+(?:\w+\s+)?" + VERB + r"[^.;]{0,160}?\buntil\b",
    _Walked(R.NOT_UNTIL),
    fills=FILLS,
    asserts=(("statement", "negated-until"),),
)
RECOGNIZED_WITHIN = Rule(
    R.RECOGNIZED_WITHIN,
    VERBS,
    r"⟪\d+⟫[^⟪]{0,40}?" + VERB,
    _Walked(R.RECOGNIZED_WITHIN),
    fills=FILLS,
    asserts=(("subject", "inner"),),
)
RECOGNIZED_EACH_OTHER = Rule(
    R.RECOGNIZED_EACH_OTHER,
    VERBS,
    EACH_OTHER,
    _each_other,
    fills=FILLS,
    asserts=(("mutual", "yes"),),
)
RECOGNIZED_IT = Rule(
    R.RECOGNIZED_IT,
    VERBS,
    VERB + r"\s*" + PRONOUN,
    _Walked(R.RECOGNIZED_IT),
    fills=FILLS,
    asserts=(("object", "pronoun"),),
)
RECOGNITION_OF = Rule(
    R.RECOGNITION_OF,
    Needs(words=("recognition",)),
    NOMINAL,
    _nominal,
    fills=FILLS,
    asserts=(("statement", "nominal"),),
    repeat=True,
)
ACT_SIGNIFIED_RECOGNITION = Rule(
    R.ACT_SIGNIFIED_RECOGNITION,
    Needs(words=("recognition",)),
    ACT_SIGNIFIED,
    _act_signified,
    fills=FILLS,
    asserts=(("statement", "nominal"),),
)
RELATIONS_BEGAN_WITH_RECOGNITION = Rule(
    R.RELATIONS_BEGAN_WITH_RECOGNITION,
    Needs(words=("recognition",)),
    RELATIONS_BEGAN,
    _relations_began,
    fills=FILLS,
    asserts=(("statement", "nominal"),),
)
RECEIVED_RECOGNITION_FROM = Rule(
    R.RECEIVED_RECOGNITION_FROM,
    Needs(words=("recognition",), all_of=("recognition-received",)),
    RECEIVED,
    _received,
    fills=FILLS,
    asserts=(("statement", "nominal"),),
)
RECOGNITION_OF_BY = Rule(
    R.RECOGNITION_OF_BY,
    Needs(words=("recognition",)),
    RECOGNITION_BY,
    _recognition_by,
    fills=FILLS,
    asserts=(("statement", "nominal"),),
    repeat=True,
)
RECOGNITION_TITLE = Rule(
    R.RECOGNITION_TITLE,
    Needs(words=("recognition",)),
    TITLE,
    _title,
    fills=FILLS,
    asserts=(("statement", "nominal"),),
)
OTHERS_DID_SO = Rule(
    R.OTHERS_DID_SO,
    # a word of each way of saying it, in a sentence that recognizes (the walk's reading)
    Needs(words=("followed", "did", "had", "have", "has"), all_of=("recognition-verb",)),
    DID_SO,
    _others_did_so,
    fills=FILLS,
)
RULES: tuple[Rule, ...] = (
    NTH_TO_RECOGNIZE,
    FIRST_TO_DO_SO,
    NTH_TO_DO_SO_AFTER,
    ONE_OF_THOSE_TO_RECOGNIZE,
    RECOGNIZED_BY,
    RE_RECOGNIZED,
    RECOGNIZED,
    RECOGNIZED_WITHIN,
    THE_GOVERNMENT_RECOGNIZED,
    ROW_STATE_RECOGNIZED,
    IT_RECOGNIZED,
    NOT_UNTIL,
    RECOGNIZED_EACH_OTHER,
    RECOGNIZED_IT,
    RECOGNITION_OF,
    ACT_SIGNIFIED_RECOGNITION,
    RELATIONS_BEGAN_WITH_RECOGNITION,
    RECEIVED_RECOGNITION_FROM,
    RECOGNITION_OF_BY,
    RECOGNITION_TITLE,
    OTHERS_DID_SO,
)


def decide(readings: Sequence[Reading]) -> list[Reading]:
    """A passive statement ("R was recognized by S") stands alone in its sentence; a nominal one
    ("S's recognition of R") yields to any other reading of the same two states. The rest are
    kept in the order they are written (a later resolve step merges statements of one
    recognition)."""
    passive = [r for r in readings if r.rule.asserted("voice") == "passive"]
    if passive:
        return [r for r in passive if r.span == passive[0].span]  # one statement, its list
    stated = {
        (r.claim.recognizer, r.claim.recognized)
        for r in readings
        if r.rule.asserted("statement") != "nominal"
    }
    kept = [
        r
        for r in readings
        if r.rule.asserted("statement") != "nominal"
        or (r.claim.recognizer, r.claim.recognized) not in stated
    ]
    return sorted(kept, key=_order)


def _order(r: Reading) -> tuple[int, int]:
    """The walk's readings first, in the order written; then the rules that read the whole
    sentence, in their declared order (as the reader read them)."""
    late = {
        FIRST_TO_DO_SO.spec: 1,
        OTHERS_DID_SO.spec: 1,
        NTH_TO_DO_SO_AFTER.spec: 1,
        RECOGNIZED_EACH_OTHER.spec: 2,
        RECOGNITION_OF.spec: 3,
    }
    return (late.get(r.rule.spec, 0), r.span[0])


def claims(readings: SentenceReadings) -> list[RecognitionClaim]:
    """The decided recognitions of a sentence."""
    return [r.claim for r in readings.decided.get(FAMILY, ())]
