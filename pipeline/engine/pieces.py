"""The grammar pieces every family's rules are built from, as regular-expression text over the
masked sentence (`⟪i⟫` stands for mention i). A rule's pattern names them as `@{PIECE}`
(`pipeline.engine.template`); a piece may itself name vocabulary groups (`@{number}`).

    ENT            a mention: "⟪3⟫" (its index is group 1 when it is the first group)
    ENTS           a list of mentions of any length, with or without the last comma:
                   "⟪0⟫, ⟪1⟫ and ⟪2⟫", "⟪0⟫, ⟪1⟫, and ⟪2⟫", "⟪0⟫ and ⟪1⟫"
    AND            the joint of a list: ", ", " and ", ", and ", " as well as ", " or "
    COUNTED        a counted plural: "two consulates-general", "6 honorary consulates"
    APPOSITION     a place named after its role: "its capital, ", "the city of "
    LEAD           what a clause may say before its subject: fronted time phrases ("Since 1994,",
                   "In 2008", "Six years later"), linking adverbs ("However,", "Also")
    ADVERBS        adverbs between a subject and its verb ("also", "later", "formally")
    CONTINUES      a sentence that continues the previous one's subject: "It also ...",
                   "These ...", "The country ..."
    DATE           a written date ("28 December 1991", "May 1992", "1921")
    DAY_MONTH      a day of a month with no year after it ("27 December", "December 30")
    TIES, NO_RELATIONS, RESTORATION   diplomatic relations; a statement of none; a restoration
    UPPER, CAPWORD, NAME   capitalised words and names not spotted as mentions

Typographic variants (dashes of every width and non-breaking hyphens inside a word, curly
quotes) are normalised once, where sentences are masked (`pipeline.analysis.text.typographic`),
so no piece spells them out.
"""

from __future__ import annotations

from pipeline.analysis.text import ENT
from pipeline.dates import DATE_PHRASE, DAY_MONTH_PHRASE

#: an upper-case letter, Latin-1 and Latin Extended-A included ("Łódź", "Ústí")
UPPER = r"[A-ZÀ-ÖØ-Þ\u0100-\u017F]"
CAPWORD = rf"{UPPER}[\w'’.\-]*"
#: small words inside a place's name: "Santiago de Compostela", "Port of Spain" ("Rostov-on-Don"
#: is one word; with a space, "on" starts a date: "in London on May 4")
LINK = r"(?:de|del|da|do|dos|das|es|el|al|la|le|of|du|di|les|los|las|am|an|der|upon|sur|en)"
#: a small word inside a name, followed by more of them and a capitalised word: "Santa Cruz de
#: la Sierra", "Santiago de los Caballeros"
LINKED = rf"{LINK}(?= (?:{LINK} )*{UPPER})"
NAME = rf"{CAPWORD}(?:[ -](?:{CAPWORD}|{LINKED}))*"
DATE = DATE_PHRASE.pattern
DAY_MONTH = DAY_MONTH_PHRASE.pattern
ADVERBS = (
    r"(?:(?:also|now|still|currently|already|later|subsequently|recently|officially|formally|"
    r"first|then|likewise|similarly|in turn|further|eventually|finally|since then|once again|"
    r"again),?\s+)*"
)
#: what a clause may say before its subject: "Since 1994,", "In 2008", "However,", "Six years
#: later"; at most four pieces, since they overlap one another and an unbounded repetition of
#: them backtracks exponentially when the rest of a pattern fails
LEAD = (
    rf"(?:(?:(?:since|in|on|as of|from|by|after|during|until|following|between|at the end of|"
    rf"at the beginning of|before|prior to|with)\s+(?:{DATE}|[^,;.]{{1,60}}?)\s*,\s*)"
    rf"|(?:(?:after|following|during|since)\s+[^,⟪;.]{{1,60}}?\s+(?=(?:the\s+)?⟪))"
    rf"|(?:(?:since|in|on|after|following|during|before|until|by|with)\s+[^;.⟪]{{0,100}}?"
    rf"\b{DATE}\s*,\s*)"
    rf"|(?:(?:since|in|on|as of|by)\s+{DATE}\s+)"
    rf"|(?:[A-Za-z]+(?:\s+[A-Za-z]+){{0,3}}\s+(?:later|earlier|afterwards|ago),?\s+)"
    rf"|(?:(?:although|though|while|whereas|whilst|because)\s+)"
    # "Among them,", "Reflecting its status as a producer,": a phrase with no state in it
    rf"|(?:(?:among|of)\s+(?:them|these|those)\s*,\s*)"
    # "As noted,", "As mentioned above,": a reference back to the text, set off by its comma
    rf"|(?:as\s+(?:noted|mentioned|stated|discussed)(?:\s+(?:above|earlier|before))?\s*,\s*)"
    rf"|(?:[A-Z]?[a-z]{{2,}}ing\s+[^,;.⟪]{{1,80}}?,\s*)"
    # "Through accession to the Cotonou Agreement,": how the state came to what it is
    rf"|(?:through\s+(?:its\s+)?(?:accession|membership|admission|entry)\b[^,;.]{{0,60}}?,\s*)"
    # "Economically,", "Historically,", "Previously,": a sentence adverb set off by its comma
    # (an adjective's -ly: not "July,")
    rf"|(?:[A-Za-z]{{2,}}(?:al|ent|ant|ous|ive|ar)ly\s*,\s*)"
    # "Additionally outside the region,": where the statement holds, set off by its comma
    rf"|(?:(?:outside|beyond|within|across)\s+(?:the|its|their)\s+[^,;.⟪]{{1,40}}?,\s*)"
    rf"|(?:(?:also|however|meanwhile|moreover|furthermore|additionally|in addition|today|"
    rf"otherwise|similarly|likewise|"
    rf"currently|now|later|subsequently|then|finally|similarly|likewise|in return|"
    rf"in turn|reciprocally|conversely|at present|presently|recently|beyond this|besides this|"
    rf"apart from this)\s*,?\s+)){{0,4}}"
)
#: the joint between two items of a list, the last comma optional ("A, B, and C", "A, B and C")
AND = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)"


def listed(item: str) -> str:
    """A list of `item`s of any length: "X", "X and Y", "X, Y, and Z" (no groups added)."""
    return rf"{item}(?:{AND}{item})*"


#: a mention that is an item of a list, with an optional article
_LISTED_ENT = r"(?:the\s+)?⟪\d+⟫"
ENTS = listed(_LISTED_ENT)
#: "two consulates-general", "6 honorary consulates", "three": a number word or figure
COUNT = r"(?:@{number}|\d+)"
COUNTED = rf"(?P<count>{COUNT})\s+"
APPOSITION = (
    r"(?:the\s+city\s+of\s+|the\s+capital,?\s+|⟪\d+⟫(?:'s|’s)\s+capital(?:\s+city)?,?\s+"
    r"|its\s+capital(?:\s+city)?,?\s+)"
)
#: a subject word that stands for the previous sentence's subject
CONTINUES = (
    rf"^\s*(?:{LEAD})?(?P<continues>it|they|these|this\s+country|the\s+country|the\s+state)\b"
)

#: diplomatic relations, however qualified
TIES = (
    r"(?:diplomatic\s+|formal\s+|official\s+|bilateral\s+|full\s+|consular\s+)*(?:relations|ties)"
)
#: a statement that two states have no relations
NO_RELATIONS = (
    rf"\b(?:do(?:es)?\s+not|don't|doesn't|did\s+not|never|have\s+yet\s+to|has\s+yet\s+to)\s+"
    rf"(?:have|maintain|had|maintained|establish(?:ed)?)\s+(?:any\s+)?{TIES}"
    rf"|\bno\s+(?:formal\s+|official\s+)?diplomatic\s+(?:relations|ties)"
    rf"|\b(?:has|have)\s+(?:not\s+yet|not)\s+(?:yet\s+)?establish(?:ed)?\s+{TIES}"
)
#: restoration as a noun: "the last renewal was in March 1990" (not of independence)
RESTORATION = (
    r"\b(?:renewal|restoration|re-?establishment|resumption|normali[sz]ation)\b(?!\s+of\s+"
    r"(?:its|their|the)?\s*independence)"
)

PIECES: dict[str, str] = {
    "ENT": ENT,
    "ENTS": ENTS,
    "AND": AND,
    "COUNT": COUNT,
    "COUNTED": COUNTED,
    "APPOSITION": APPOSITION,
    "LEAD": LEAD,
    "ADVERBS": ADVERBS,
    "CONTINUES": CONTINUES,
    "DATE": DATE,
    "DAY_MONTH": DAY_MONTH,
    "UPPER": UPPER,
    "CAPWORD": CAPWORD,
    "NAME": NAME,
    "LINKED": LINKED,
    "TIES": TIES,
    "NO_RELATIONS": NO_RELATIONS,
    "RESTORATION": RESTORATION,
}
