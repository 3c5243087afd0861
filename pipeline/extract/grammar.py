"""The phrases every extractor reads in a masked sentence: clauses and their subjects, places,
mission noun phrases, organization lists and dates.

A `Grammar` compiles the vocabulary's words into these patterns once per process. Its readers
are pure: they take a sentence (and a position in its masked text) and return what they found
with where it ends, never changing the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from pipeline.analysis.entities import Mention
from pipeline.analysis.text import ENT, Sentence
from pipeline.dates import DATE_PHRASE
from pipeline.engine.pieces import ADVERBS, APPOSITION, CAPWORD, DATE, LEAD, LINKED, NAME, UPPER
from pipeline.knowledge import Knowledge

#: finite verbs that show a clause already has its predicate
FINITE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|maintains?|operates?|\w{3,}ed)\b"
)
#: a word that opens a clause of its own whatever came before: "Relations began in 1970, when"
SUBORDINATOR = re.compile(r"[,;]?\s*(?:when|while|whereas|whilst|although|though)\s", re.I)
#: verbs that can open a new clause after its subject
CLAUSE_VERB = (
    r"(?:has|have|had|is|are|was|were|maintains?|operates?|opened|closed|established|inaugurated|"
    r"recogni[sz]e[sd]?|re-?recogni[sz]e[sd]|joined|became|will|plans?|intends?|hosts?|keeps?|"
    r"participates?|belongs?|remains?|"
    r"set up|re-?opened|also|now|still|in turn|likewise|similarly)\b"
)
IT_SUBJECT = re.compile(rf"^\s*(?:{LEAD})?it\s+{ADVERBS}", re.I)
# the patterns the readers below try at a position, compiled here rather than looked up in
# `re`'s cache at each call (most are f-strings, so each call would build the string anew)
GOVERNMENT_LEAD = re.compile(r"\b(?:government|authorities|state)\s*,?\s*$", re.I)
CLOSING_BRACKET = re.compile(r"\s*\)")
CLAUSE_SUBJECT = re.compile(rf"(?:the\s+)?{ENT}(?:'s|’s)?\s+{CLAUSE_VERB}", re.I)
TIME_WORD_EXTENSION = re.compile(r"^[ -](?:In|On|At|Since|From)\b")
#: the cities after their country: "in Romania (in Bucharest, ...", "in Sweden, in the cities of",
#: "in Spain: Barcelona and Seville", "in Spain, in Barcelona and Seville"
INNER_PLACES = re.compile(
    r"\s*(?:\(\s*(?:in|at)\s+|,?\s*in\s+the\s+cit(?:y|ies)\s+of\s+|:\s*(?:in\s+)?|,\s*in\s+(?=⟪|[A-Z]))"
)
#: the openers of `INNER_PLACES` that were read before a colon or a comma could open the list
INNER_BRACKET = re.compile(r"\(|\bcit(?:y|ies)\s+of\b")
#: a country whose cities follow it (`INNER_PLACES`): the state of the whole list
COUNTRY_THEN_CITIES = re.compile(r"⟪(\d+)⟫\s*(?::|,\s*in\s)")
JOINED_NAME = re.compile(rf",\s*({CAPWORD})")
#: the elided article of Dutch place names: "'s-Hertogenbosch", "'s-Gravenhage"
DUTCH_PREFIX = r"(?:'s-)"
TRAILING_STATE = re.compile(rf"\s*(?:,\s*\(|,|\(|,\s*in)\s*{ENT}\)?")
LISTED_ON = re.compile(r"\)?\s*(?:,|and\b)")
#: a mention right after a name, which may be the rest of the name ("East ⟪London⟫")
MENTION_AFTER_NAME = re.compile(rf" {ENT}")
#: the article just before a place's name ("in the Hague")
THE_BEFORE = re.compile(r"\b(the|The)\s+$")
REGION_THEN_STATE = re.compile(rf",\s*(?P<region>{NAME}),\s*{ENT}")
#: masked texts whose clauses are remembered at most (emptied when full: memory stays flat)
MAX_CLAUSE_TEXTS = 1024


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a masked sentence with its own subject (or none)."""

    start: int
    end: int
    text: str
    subject: int | None  # index of the mention that is the clause's subject
    body: int  # offset in `text` where the predicate starts (after the subject)


@dataclass(frozen=True, slots=True)
class Place:
    """A place a mission is said to be in: a city, a country, or a city in a country."""

    city: str | None
    country: str | None
    city_countries: frozenset[str]
    city_anywhere: frozenset[str]
    strong: bool
    count: int | None
    start: int
    end: int

    def _replace_country(self, country: str | None) -> Place:
        return Place(
            self.city,
            self.country or country,
            self.city_countries,
            self.city_anywhere,
            self.strong,
            self.count,
            self.start,
            self.end,
        )


class Grammar:
    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._clauses: dict[str, tuple[Clause, ...]] = {}
        v = knowledge.vocabulary
        self.kind_words = v.pattern("mission-kind")
        adjectives = v.pattern("mission-adjective")
        self.number = rf"(?:{v.pattern('number')}|\d+)"
        determiner = rf"(?:its|their|the|his|her|another|{self.number})"
        self.mission_np = (
            rf"(?:{determiner}\s+)?(?:\(\s*[^)]{{0,30}}\)\s*)?(?:{adjectives}\s+)*"
            rf"(?:\(\s*[^)]{{0,30}}\)\s*)?(?P<kind>{self.kind_words})"
        )
        self.negation = re.compile(_words(v.pattern("negation")), re.I)
        #: the predicate just after a fact's noun phrase says it is still to come or not
        #: expected ("⟪A⟫'s recognition of ⟪B⟫ is not expected", "... has yet to come", "... is
        #: unlikely"): within the phrase's own clause (no relative clause or "and" before it)
        self._to_come = re.compile(
            r"^(?:(?!\b(?:which|who|whom|whose|that|and|but|while|whereas|when|although)\b)"
            rf"[^.;⟪]){{0,40}}?(?<![\w-])(?:{v.pattern('to-come')})(?![\w-])",
            re.I,
        )
        self._to_come_adjective = re.compile(
            rf"(?<![\w-])(?:{v.pattern('to-come-adjective')})(?![\w-])", re.I
        )
        self.item_head = re.compile(
            # a stray full stop before "and" does not end the list (`entities.GOES_ON`)
            # a start after the item before: "an embassy in A since 1968, a consulate in B",
            # "opened an embassy in A in 1990 and, in 2010, a consulate in B"
            rf"^\s*(?:(?:since|in|from)\s+{DATE}(?=\s*,|\s+and\W))?"
            rf"\s*(?:\.\s+(?=and\s))?(?:(?:and|as well as|plus|also|,)(?:\s+|(?=,))|,\s*)*"
            # a fronted phrase of the next item, after its joint: "and, since 2010, a consulate
            # in B" (not one that ends or opposes it: "and, until 2005, ...", "while ...")
            rf"(?P<lead>(?:(?<=,)|(?<=,\s)|(?<=\band\s)|(?<=\bplus\s))"
            rf"(?!(?:until|before|prior|while|whereas|whilst|although|though|because)\b)"
            # nor one that puts it to come: "and, in the future, a consulate"
            rf"(?![^,;.⟪]{{0,40}}\b(?:{v.pattern('to-come-adjective')})\b){LEAD})?"
            # the item's own verb, whose status is the item's: "closed A and opened B"
            rf"(?:(?P<itemverb>has|have|maintains|operates|opened)\s+|also\s+)?(?P<np>"
            rf"(?:(?P<count>{self.number})\s+)?(?:(?:its|their|the|another)\s+)?"
            rf"(?:\(\s*[^)]{{0,30}}\)\s*)?(?:{adjectives}\s+)*(?:\(\s*[^)]{{0,30}}\)\s*)?"
            # a place naming the mission: "a Taipei Economic and Cultural Office in Madrid"
            rf"(?:⟪\d+⟫\s+(?=(?:{adjectives}\s+)*{self.kind_words}\s+(?:in|at)\s))?"
            rf"(?:{adjectives}\s+)*(?P<kind>{self.kind_words})"
            rf"(?:\s*(?:,|and|as well as)\s+(?:{determiner}\s+)?(?:{adjectives}\s+)*"
            rf"(?P<kind2>{self.kind_words}))?)"
            # the mission's state after its kind: "an Embassy of Kazakhstan in Moscow"
            rf"(?:\s+of\s+(?:the\s+)?⟪\d+⟫(?=\s+(?:in|at)\s))?"
            # "two consulates, in A and B": the places after a comma; "in the cities of A and
            # B", "in (A and B)"
            rf"(?P<prep>,?\s*(?:\(\s*)?(?:(?:located|based|situated|which is)\s+)?"
            # "its embassy in June 1990 in Abu Dhabi": the date before the place
            rf"(?:in|at)\s+(?:{DATE}\s+(?:in|at)\s+)?"
            rf"(?:the\s+cit(?:y|ies)\s+of\s+|\(\s*(?=[^()]*\)))?"
            rf"|\s*:\s*|\s+(?=⟪))",
            re.I,
        )
        self.kind_re = re.compile(self.kind_words, re.I)
        self.subject = re.compile(
            rf"^\s*{LEAD}(?:the\s+(?:new|newly\s+independent|young)\s+|the\s+)?"
            rf"(?:government\s+of\s+(?:the\s+)?)?{ENT}(?:'s|’s)?"
            rf"(?:\s+(?:government|authorities|state))?\s*(?:\([^)]*\)\s*)?,?\s*{ADVERBS}",
            re.I,
        )
        self.clause_break = re.compile(
            rf"(?:[,;]\s*(?:(?:and|but|while|whereas|whilst|although|though|when)\s+)?"
            rf"|\s+(?:and|but|while|whereas|whilst|that|when)\s+)"
            rf"(?P<body>{LEAD}(?:(?:the\s+)?⟪\d+⟫(?:'s|’s)?|it)\s*(?:\([^)]*\)\s*)?{CLAUSE_VERB}"
            # "..., and Iraq's embassy is in Khartoum": a possessor's mission with its own verb
            rf"|(?:the\s+)?⟪\d+⟫(?:'s|’s)\s+{self.mission_np}\s+(?:is|are|was|were)\b)",
            re.I,
        )
        self.date_after_re = re.compile(
            rf"^[^⟪]{{0,60}}?\b(?:since|in|on|from|as of|opened on|opened in|opened|"
            rf"established in|established on|inaugurated on|inaugurated in|until|closed in|"
            rf"closed on)\s+(?P<date>{DATE})",
            re.I,
        )
        self.place_re = re.compile(
            rf"(?:(?i:(?P<count>{self.number}))\s+(?i:in|at)\s+)?(?i:{APPOSITION}|the\s+)?"
            rf"(?:{ENT}(?P<ext>(?:[ -](?:{CAPWORD}|{LINKED}))*)|(?P<name>{DUTCH_PREFIX}?{NAME}))"
        )
        self.date_lead = re.compile(rf"^\s*(?:since|in|on|as of|by)\s+(?P<date>{DATE})", re.I)
        self.more_places = re.compile(
            rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:in\s+|at\s+)?"
            rf"(?:(?P<count>{self.number})\s+(?:in|at)\s+)?(?=⟪\d+⟫|{UPPER}|{DUTCH_PREFIX}{UPPER})",
            re.I,
        )

    # -- clauses -----------------------------------------------------------------------------
    def clauses(self, sentence: Sentence) -> list[Clause]:
        """The sentence cut where a new state becomes the subject of a new verb:
        "⟪Belgium⟫ has an embassy in ⟪Kuala Lumpur⟫, and ⟪Malaysia⟫ has an embassy in ...".
        The cut depends on the masked text alone, and the rules of several families ask for it
        in one sentence: it is made once per text (`_clauses`), each caller given its own list."""
        masked = sentence.masked
        found = self._clauses.get(masked)
        if found is None:
            if len(self._clauses) >= MAX_CLAUSE_TEXTS:
                self._clauses.clear()
            found = self._clauses[masked] = tuple(self._cut(masked))
        return list(found)

    def _cut(self, masked: str) -> list[Clause]:
        cuts = [0]
        for m in self.clause_break.finditer(masked):
            body = m.start("body")
            if body <= cuts[-1]:
                continue
            if (
                masked[m.start()] == ";"
                or SUBORDINATOR.match(masked, m.start())
                or FINITE.search(masked[cuts[-1] : m.start()])
            ):
                cuts.append(body)
        cuts.append(len(masked))
        out: list[Clause] = []
        for start, end in pairwise(cuts):
            text = masked[start:end]
            subject, body = self.subject_of(text)
            it = IT_SUBJECT.match(text) if subject is None and out else None
            if it is not None and out[-1].subject is not None:
                # "..., announced that it will open": the clause before names the state
                subject, body = out[-1].subject, it.end()
            out.append(Clause(start, end, text, subject, body))
        return out

    def subject_of(self, text: str) -> tuple[int | None, int]:
        """The mention a clause opens with (after time phrases and adverbs), and where its
        predicate starts; (None, 0) when it does not open with one."""
        if "⟪" not in text:
            return None, 0  # no mention, no subject (the pattern needs one)
        m = self.subject.match(text)
        if m is None:
            return None, 0
        return int(m.group(1)), m.end()

    def clause_state(self, sentence: Sentence, clause: Clause) -> str | None:
        """The state a clause is about: a country, or "the Ethiopian government"."""
        if clause.subject is None:
            return None
        mention = sentence.mention(clause.subject)
        code = self.state_code(mention)
        lead = clause.text[: clause.body].rstrip()
        if (
            code is None
            and mention.label == "DEMONYM"
            and mention.code
            and GOVERNMENT_LEAD.search(lead)
        ):
            code = mention.code
        return code

    def state_code(self, mention: Mention, *, demonym_ok: bool = False) -> str | None:
        """The state a mention names, if it names exactly one."""
        if mention.label == "COUNTRY" and mention.code:
            return mention.code
        if demonym_ok and mention.label == "DEMONYM" and mention.code:
            return mention.code
        return None

    # -- negation ----------------------------------------------------------------------------
    def negated(self, text: str) -> bool:
        return bool(self.negation.search(text))

    def to_come(self, after: str) -> bool:
        """Whether the words after a fact's noun phrase ("⟪A⟫'s recognition of ⟪B⟫", "⟪A⟫'s
        membership of ⟪O⟫", "an embassy of ⟪A⟫ in ⟪C⟫") say it has not happened: "is not
        expected", "has yet to come", "is unlikely", "remains pending", "would"."""
        return bool(self._to_come.match(after))

    def to_come_adjective(self, text: str) -> bool:
        """Whether the words before a fact's noun say it is still to come ("the eventual
        recognition", "a possible membership", "the planned embassy")."""
        return bool(self._to_come_adjective.search(text))

    # -- places ------------------------------------------------------------------------------
    def places(self, masked: str, pos: int, sentence: Sentence) -> tuple[list[Place], int]:
        """The places listed from `pos`: "⟪Kotka⟫, Mariehamn, ⟪Oulu⟫ and ⟪Vaasa⟫", "Warsaw
        (⟪Poland⟫)", "Claremont, Hobart, and two in ⟪Sydney⟫"; and where the list ends."""
        out: list[Place] = []
        at = pos
        bracket: str | None = None  # the country of "in Romania (in Bucharest, Constanţa ..."
        while True:
            place = self.place(masked, at, sentence)
            if place is None:
                break
            if (
                place.city is not None
                and place.country is not None
                and (
                    masked[place.start : place.end].count("(")
                    > masked[place.start : place.end].count(")")
                    or self._country_then_cities(masked, place, sentence)
                )
            ):
                bracket = place.country
            elif bracket is not None and place.country is None:
                place = Place(
                    place.city,
                    bracket,
                    place.city_countries,
                    place.city_anywhere,
                    place.strong,
                    place.count,
                    place.start,
                    place.end,
                )
            out.append(place)
            at = place.end
            if CLOSING_BRACKET.match(masked[at:]):
                bracket = None
            more = self.more_places.match(masked[at:])
            if not more or self.item_head.match(masked[at:]):
                break
            if self.clause_subject_here(masked, at + more.end(), sentence):
                break
            at += more.end()
        end = out[-1].end if out else pos
        closing = CLOSING_BRACKET.match(masked[end:])
        if closing and "(" in masked[pos - 3 : pos + 1]:
            end += closing.end()
        return out, end

    def _country_then_cities(self, masked: str, place: Place, sentence: Sentence) -> bool:
        """Is the place a city of a list after its country ("in ⟪Spain⟫: ⟪Barcelona⟫")?"""
        m = COUNTRY_THEN_CITIES.search(masked, place.start, place.end)
        return m is not None and sentence.mention(m.group(1)).label == "COUNTRY"

    def clause_subject_here(self, masked: str, at: int, sentence: Sentence) -> bool:
        """Does a state at `at` start a clause of its own ("..., Japan is an observer")?"""
        m = CLAUSE_SUBJECT.match(masked[at:])
        return m is not None and sentence.mention(m.group(1)).label == "COUNTRY"

    def place(self, masked: str, at: int, sentence: Sentence) -> Place | None:
        """The place `masked[at:]` opens with."""
        g = self.knowledge.gazetteer
        m = self.place_re.match(masked, at)
        if m is None:
            return None
        count = _number(m.group("count"), self.knowledge) if m.group("count") else None
        end = m.end()
        country: str | None = None
        city: str | None = None
        if m.group(2) is not None:  # a mention
            mention = sentence.mention(m.group(2))
            ext = m.group("ext") or ""
            if ext.strip() and not TIME_WORD_EXTENSION.match(ext):
                city = _without_full_stop((mention.text + ext).strip())
            elif mention.label == "COUNTRY":
                if not mention.code:
                    return None
                country_end = m.end(2) + 1
                inner = INNER_PLACES.match(masked[country_end:])
                if inner:  # "3 honorary consulates in Romania (in Bucharest, Constanţa and ...)"
                    return self._inside(
                        mention.code,
                        masked,
                        country_end + inner.end(),
                        sentence,
                        count,
                        at,
                        country_end,
                    )
                if g.named_as_capital(mention.code, mention.text):  # "an embassy in Singapore"
                    city = mention.text
                    codes = frozenset({mention.code})
                    return Place(city, mention.code, codes, codes, True, count, at, end)
                return Place(None, mention.code, frozenset(), frozenset(), True, count, at, end)
            elif mention.label == "CITY":
                city = mention.text
                end = m.end(2) + 1
                joined = JOINED_NAME.match(masked[end:])
                if joined and g.city(f"{city}, {joined.group(1)}"):  # "Washington, D.C."
                    city = f"{city}, {joined.group(1).rstrip('.')}."
                    end += joined.end()
            elif mention.label == "NONCOUNTRY" and mention.kind in PLACE_ENTITIES:
                # "honorary consulates in Manchester, Scotland and Wales", "in Zanzibar"
                entity = g.non_country(mention.text)
                related = entity.related_iso3 if entity else None
                codes = frozenset({related}) if related else frozenset()
                return Place(mention.text, None, codes, codes, bool(related), count, at, m.end())
            else:
                return None
        else:
            name = _without_full_stop(m.group("name"))
            if not name.removeprefix("'s-")[:1].isupper() or name.lower() in _NOT_PLACES:
                return None
            if DATE_PHRASE.match(masked, m.start("name")):  # "in June 1990": a date
                return None
            city = name
            before = MENTION_AFTER_NAME.match(masked, end)
            if before and g.city(whole := f"{name} {sentence.mention(before.group(1)).text}"):
                city, end = whole, before.end()  # "East ⟪London⟫": the city East London
            article = THE_BEFORE.search(masked, max(0, m.start("name") - 4), m.start("name"))
            if article and g.city(f"the {name}"):  # "the Hague", as the text writes it
                city = f"{article.group(1)} {name}"
            joined = JOINED_NAME.match(masked[end:])
            if joined and g.city(f"{name}, {joined.group(1)}"):  # "Washington, D.C."
                city = f"{name}, {joined.group(1).rstrip('.')}."
                end += joined.end()
        trailer = TRAILING_STATE.match(masked[end:])
        anywhere = g.city_anywhere(city)
        if trailer:
            state = sentence.mention(trailer.group(1))
            listed_on = LISTED_ON.match(masked[end + trailer.end() :])
            if (
                state.label == "COUNTRY"
                and state.code
                and (
                    not anywhere
                    or state.code in anywhere
                    # a territory after a city of its state ends a list, never continues it:
                    # "Hamilton, Bermuda." but "Guangzhou, Hong Kong and Shanghai"
                    or (g.sovereign(state.code) in anywhere and not listed_on)
                )
            ):
                country = state.code
                end += trailer.end()
        if country is None:  # "Toronto, Ontario, Canada"
            region = REGION_THEN_STATE.match(masked[end:])
            if region:
                state = sentence.mention(region.group(2))
                if state.code and state.code in g.subdivision_of(region.group("region")):
                    country = state.code
                    end += region.end()
        return Place(
            city,
            country,
            g.city(city),
            anywhere,
            g.city_is_strong(city),
            count,
            at,
            end,
        )

    def _inside(
        self,
        country: str,
        masked: str,
        at: int,
        sentence: Sentence,
        count: int | None,
        start: int,
        country_end: int,
    ) -> Place | None:
        """The first of the cities listed in brackets after their country; the list reader
        picks up the others."""
        place = self.place(masked, at, sentence)
        if place is None or place.city is None:
            # the country alone, where it ends: "in Spain: it is" names no city of it
            end = at if INNER_BRACKET.search(masked, country_end, at) else country_end
            return Place(None, country, frozenset(), frozenset(), True, count, start, end)
        return Place(
            place.city,
            country,
            place.city_countries,
            place.city_anywhere,
            place.strong,
            count,
            start,
            place.end,
        )

    # -- dates -------------------------------------------------------------------------------
    def date_after(self, text: str) -> str | None:
        m = self.date_after_re.match(text)
        return m.group("date") if m else None


#: named non-countries that a mission can be in
PLACE_ENTITIES = frozenset(
    {"region", "constituent-country", "territory", "former-state", "disputed-territory"}
)
_NOT_PLACES = frozenset({"the", "this", "that", "which", "each", "both", "its", "their"})


def _without_full_stop(name: str) -> str:
    """A name without the full stop of its sentence ("Djibouti City." ends a sentence;
    "Washington D.C." keeps its abbreviation's)."""
    if name.endswith(".") and "." not in name.rsplit(" ", 1)[-1][:-1]:
        return name[:-1]
    return name


def _words(pattern: str) -> str:
    """A vocabulary pattern as whole words ("n't" may follow a letter)."""
    return rf"(?:(?<![\w])(?:{pattern})(?![\w])|n't\b)"


def _number(text: str, knowledge: Knowledge) -> int | None:
    if text.isdigit():
        return int(text)
    value = knowledge.vocabulary.value("number", text)
    return int(value) if value else None
