"""`missions`: embassies, consulates and accreditations, read from sentences by named rules.

Each rule is a pattern of English over a masked sentence (see `schemas.rules` for the list and
their precedence) and returns `MissionClaim`s: what the sentence itself says. A party the
sentence leaves to its context stays a marker (`ROW`: the row's counterpart; `OTHER`: whichever
of the row's two states the mission is not in); the resolve stage fills it in once the row's
counterpart is known.

`MissionReader` holds the constructions the rules of `pipeline.rules.missions` read with (one
method each: accredited, has, named, existential, senders, reciprocal, interests, opened
passive); each labels its claims with the rule its wording is. Precedence between overlapping
readings is the rules' family's own function, applied by the engine afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.analysis.text import ENT, ENT_RE, Sentence
from pipeline.engine.pieces import AND, DATE
from pipeline.extract.grammar import LEAD, Clause, Grammar, Place
from pipeline.knowledge.vocabulary import Gate
from schemas import rules as R

ROW = "@row"
OTHER = "@other"
#: "The Slovenian embassy in London opened on April 29, 1992": the mission as the subject
ACTIVE_OPENED = re.compile(
    r"^\s*,?\s*(?:(?:first|officially|formally)\s+)?(?P<pv>opened|reopened|re-opened|closed)\b",
    re.I,
)
#: what may follow a mission with no place: "through a part-time embassy since 2018"
PLACELESS_END = re.compile(r"\s*(?:[,.;)]|since|until|and\b|$)")
#: "... and maintains honorary consulates in ...": more missions after an accreditation
MORE_MISSIONS = re.compile(
    r",?\s*(?:and\s+|but\s+)(?:also\s+)?(?=(?:maintains|has|operates|opened|keeps)\b)"
)
ONLY_INSTEAD = re.compile(r",\s*(?:but\s+)?(?:only|instead)\s+")
#: "serves Estonia, Latvia, and Lithuania": the states after the first (`pieces.AND`)
LISTED_STATES = re.compile(rf"(?:{AND}(?:the\s+)?{ENT})*")
UNTIL = re.compile(r"\buntil\b")
#: "had a consulate in A from 1990 until 2005": the date a mission ended (its closing date, and
#: not the opening date of one still open: "has an embassy in A and had a consulate in B until
#: 2005")
UNTIL_DATE = re.compile(rf"^[^⟪]{{0,60}}?\buntil\s+(?P<date>{DATE})", re.I)
#: where a clause of its own may start inside a sentence (`_named_clauses`)
NAMED_CLAUSE_START = re.compile(
    r"(?:,\s*(?:while|whereas|whilst|and)|;|\bwith|\bafter|\bby)\s+"
    r"(?=the\s+(?:opening|establishment|inauguration)\s+of\b)|"
    r"(?:,\s*(?:while|whereas|whilst|and)|;)\s+"
)
COLON = re.compile(r"^\s*:\s*")
#: the verbs one of which `senders` and `senders_after` need
SENDERS_VERBS = ("have", "has", "maintain", "operate", "host")
#: "and, until 2005, ...": a joint set off by a comma, what follows it is the next part's
JOINT_THEN_PHRASE = re.compile(r"^\s*,?\s*(?:and|plus|but)\s*,")
#: "... and another in C": one more mission of the kind before
ANOTHER = re.compile(
    rf"(?:\s+(?:in|on|since)\s+{DATE})?"  # "an embassy in A in 1990, and another in B"
    r"\s*,?\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?(?:also\s+)?(?P<another>another)"
    r"(?:\s+one)?\s+(?:in|at)\s+",
    re.I,
)
#: "A and B have embassies in C and D respectively": which is whose is not read
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
#: a word each pattern of a rule needs, so that a sentence without it skips the rule: "there"
#: (`existential`), "interests" (`interests`), the verbs of `opened_passive`
THERE_GATE = Gate(("there",))
INTERESTS_GATE = Gate(("interests",))
OPENED_GATE = Gate(("opened", "established", "inaugurated", "set"))


@dataclass(frozen=True, slots=True)
class MissionClaim:
    rule: str
    line: int
    text: str
    span: tuple[int, int]
    sender: str
    host: str | None
    place: Place | None
    kind: str
    kind_text: str
    status: str
    via: str | None = None
    date_text: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    grammar: Grammar
    subject: str | None


class MissionReader:
    """The mission rules, with the patterns they need compiled once from the grammar."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        g = grammar
        v = grammar.knowledge.vocabulary
        #: "has an embassy", "has, since 2015, an honorary consulate" (`item_head` reads the
        #: fronted phrase after the comma)
        self.verb = re.compile(rf"^(?P<verb>{v.pattern('mission-verb')})(?:\s+|(?=,))", re.I)
        self.passive = re.compile(
            rf"\b(?:was|were|has been|had been|have been|is|are|will be)\s+"
            rf"(?:\w+ly\s+|first\s+|later\s+|finally\s+|eventually\s+|also\s+)*"
            rf"(?P<pv>{v.pattern('mission-passive')})\b",
            re.I,
        )
        self.serves = re.compile(
            rf"^\s*,?\s*(?:(?:which|that)\s+)?(?:also\s+|now\s+)?(?P<serve>{v.pattern('mission-serves')})"
            rf"\s+(?:the\s+)?{ENT}",
            re.I,
        )
        self.accredited = re.compile(
            rf"^(?:is|are|was|were|has been|have been|had been)\s+(?:also\s+|currently\s+|now\s+|"
            rf"formerly\s+|previously\s+|still\s+)*(?P<verb>accredited|represented)\s+"
            rf"(?:consularly\s+|diplomatically\s+|non-residentially\s+)?(?:(?:to|in|at|for|with)\s+"
            rf"(?:the\s+)?{ENT}|(?=(?:by|through)\s))",
            re.I,
        )
        self.via = re.compile(
            rf"(?:^|\b(?:from|through|thorough|though|by|via|with|out of|and|as)\s+)(?:also\s+)?"
            rf"(?:(?:from|through|by|via|with|out of)\s+)?"
            rf"(?:the\s+)?(?:(?P<owner>⟪\d+⟫)(?:'s|’s)?\s+)?{g.mission_np}"
            rf"(?:\s+of\s+(?:the\s+)?⟪\d+⟫)?(?:\s+(?:to|for)\s+(?:the\s+)?⟪\d+⟫)?"
            rf"(?P<prep>\s*(?:\(\s*)?(?:(?:located|based|situated|resident|residing)\s+)?"
            rf"(?:in|at)\s+)?",
            re.I,
        )
        self.named = re.compile(
            rf"^\s*{LEAD}(?:(?:while|whereas|whilst)\s+)?(?:the\s+(?:opening|establishment|"
            rf"inauguration)\s+of\s+)?(?:the\s+|an?\s+)?(?:(?P<own>⟪\d+⟫)(?:'s|’s)?\s+)?"
            rf"(?:(?:new|first|former|current|permanent|resident)\s+)*(?P<kind>{g.kind_words})"
            rf"(?:\s+of\s+(?:the\s+)?(?P<of>⟪\d+⟫))?"
            # "Iraq's embassy is in Khartoum", "The French embassy is located in Ashgabat"
            rf"\s+(?:(?:is|are)\s+(?:also\s+)?(?:(?:located|situated|based)\s+)?(?=in\b|at\b))?"
            rf"(?:in|at|to)\s+",
            re.I,
        )
        self.existential = re.compile(
            rf"^\s*{LEAD}there\s+(?:is|are|was|were)\s+(?:also\s+)?(?:now\s+)?(?:an?\s+|the\s+)?"
            rf"(?:(?P<own>⟪\d+⟫)\s+)?(?:(?:resident|permanent|new)\s+)*(?P<kind>{g.kind_words})"
            rf"(?:\s+of\s+(?:the\s+)?(?P<of>⟪\d+⟫))?\s+(?:in|at)\s+",
            re.I,
        )
        self.located = re.compile(
            r"^\s*,?\s*(?:is|was|are)\s+(?:\w+ly\s+)?(?:located|situated|"
            r"based)\s+in\s+",
            re.I,
        )
        self.covering = re.compile(
            rf"^\s*(?:the\s+)?(?:(?P<own>⟪\d+⟫)(?:'s|’s)?\s+)?(?P<kind>{g.kind_words})"
            rf"(?:\s+of\s+(?:the\s+)?(?P<of>⟪\d+⟫))?\s+(?:in|at)\s+",
            re.I,
        )
        self.covering_tail = re.compile(
            rf"^\s*,?\s*(?:(?:is|was|are|were|has been)\s+)?(?:also\s+|currently\s+)?"
            rf"(?:{v.pattern('mission-serves')})\s+(?:the\s+)?{ENT}",
            re.I,
        )
        self.senders = re.compile(
            # "A, B and C (all) have", "A, as well as B, has", "A and B each have had"
            rf"^\s*{LEAD}(?:both\s+)?(?:the\s+)?(?P<list>⟪\d+⟫(?:\s*,\s*(?:the\s+)?⟪\d+⟫)*\s*,?"
            rf"\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?⟪\d+⟫)\s*,?\s+(?:all\s+|both\s+|also\s+|"
            rf"each\s+)*(?:have|has|maintain|operate|host)\s+(?:had\s+)?",
            re.I,
        )
        #: the verbs one of which `senders` and `senders_after` both need
        self.senders_gate = Gate(SENDERS_VERBS)
        self.senders_after = re.compile(
            rf"^\s*{LEAD}(?:\w+\s+)?(?:nations|countries|states|governments)\s+(?:currently\s+|"
            rf"also\s+)?(?:have|maintain|operate)\s+",
            re.I,
        )
        self.reciprocal = re.compile(
            rf"(?<!\w)(?:(?P<both>both\s+(?:countries|states|nations|sides)|the\s+two\s+"
            rf"(?:countries|states|nations))|(?:the\s+)?(?P<a>⟪\d+⟫)\s+and\s+(?:the\s+)?"
            rf"(?P<b>⟪\d+⟫))\s+(?:also\s+|now\s+|both\s+)*(?:have|maintain|opened|established|"
            rf"host|operate)\s+(?:resident\s+)?(?P<kind>{g.kind_words})\s+(?:in|at)\s+"
            rf"(?:each\s+other'?s|one\s+another'?s|their\s+respective)\s+(?:capitals?|countries)",
            re.I,
        )
        # "the two countries have closed their embassies": each closed its own
        self.reciprocal_closed = re.compile(
            rf"(?<!\w)(?:(?P<both>both\s+(?:countries|states|nations|sides)|the\s+two\s+"
            rf"(?:countries|states|nations))|(?:the\s+)?(?P<a>⟪\d+⟫)\s+and\s+(?:the\s+)?"
            rf"(?P<b>⟪\d+⟫))\s+(?:also\s+|both\s+|later\s+|then\s+)*(?:have\s+|had\s+)?"
            rf"(?:closed|shut\s+down|withdrew)\s+(?:both\s+)?(?:their|its)\s+(?:respective\s+)?"
            rf"(?P<kind>{g.kind_words})",
            re.I,
        )
        self.interests = re.compile(
            rf"^\s*{LEAD}(?:the\s+)?{ENT}(?:'s|’s)?\s+interests\s+in\s+(?:the\s+)?{ENT}\s+"
            rf"(?:are|is|were|was|have been)\s+(?:\w+ly\s+)?represented\s+by\s+(?:the\s+)?"
            rf"(?:⟪\d+⟫(?:'s|’s)?\s+)?(?P<kind>{g.kind_words})\s+(?:in|at)\s+",
            re.I,
        )
        #: a word each of `reciprocal`, `reciprocal_closed` and `reciprocal_via` needs
        self.reciprocal_gate = Gate(
            (
                "each",
                "another",
                "respective",
                "closed",
                "shut",
                "withdrew",
                "accredited",
                "represented",
            )
        )
        self.reciprocal_via = re.compile(
            rf"(?<!\w)(?:(?P<both>both\s+(?:countries|states|nations|sides)|the\s+two\s+"
            rf"(?:countries|states|nations))|(?:the\s+)?(?P<a>⟪\d+⟫)\s+and\s+(?:the\s+)?"
            rf"(?P<b>⟪\d+⟫))\s+(?:are|were)\s+(?:also\s+)?(?P<verb>accredited|represented)\s+"
            rf"(?:to|in)\s+(?:each\s+other|one\s+another)\s+(?:through|from|by|via)\s+"
            rf"(?:their|its)\s+(?P<kind>{g.kind_words})\s+(?:in|at)\s+",
            re.I,
        )
        self.opened_passive = re.compile(
            rf"^\s*{LEAD}(?:an?|the)\s+(?:new\s+)?(?P<kind>{g.kind_words})\s+(?:was|were|has\s+been|"
            rf"had\s+been)\s+(?:also\s+|later\s+|officially\s+)*(?:opened|established|"
            rf"inaugurated|set\s+up)\s+in\s+",
            re.I,
        )
        self.later_closed = re.compile(
            rf"\b(?:the|this|that|its|their)\s+(?P<kind>{g.kind_words})\s+(?:in\s+\S+\s+)?"
            rf"(?:was|were|has been|had been)\s+(?:\w+ly\s+|later\s+|eventually\s+)*"
            rf"(?:closed|shut down|shut)\b",
            re.I,
        )

    # -- S is accredited to H from its embassy in C / S is represented in H through ... --------
    def read_accredited(
        self, sentence: Sentence, clauses: list[Clause], ctx: Context
    ) -> list[MissionClaim]:
        out: list[MissionClaim] = []
        for clause in clauses:
            sender = self._clause_state(sentence, clause)
            if sender is None:
                continue
            body = clause.text[clause.body :]
            m = self.accredited.match(body)
            if m is None or self.grammar.negated(clause.text[: clause.body] + body[: m.end()]):
                continue
            # "is represented by a consulate in the capital Amman": the host is where it is
            host = self.grammar.state_code(sentence.mention(m.group(2))) if m.group(2) else None
            if m.group(2) and host is None:
                continue
            rule = (
                R.ACCREDITED_FROM.name
                if m.group("verb").lower() == "accredited"
                else R.REPRESENTED_VIA.name
            )
            base = clause.start + clause.body
            rest = body[m.end() :]
            offset = base + m.end()
            last = 0
            for item in self.via.finditer(rest):
                if item.start() < last or not item.group("kind"):
                    continue
                if self.grammar.negated(rest[last : item.start()]):
                    break
                kind_span = (offset + item.start("kind"), offset + item.end("kind"))
                places: list[Place] = []
                after = item.end()
                if item.group("prep"):
                    places, after = self.grammar.places(rest, item.end(), sentence)
                    if not places:
                        continue
                elif not PLACELESS_END.match(rest[after:]):
                    continue
                date = self.grammar.date_after(rest[after:]) or self._lead_date(clause)
                kind_text = item.group("kind")
                if not places:  # "through a part-time (pop-up) embassy since 2018": in H
                    out.append(
                        self._claim(
                            rule,
                            sentence,
                            kind_span,
                            sender,
                            host,
                            None,
                            kind_text,
                            _dated("open", date),
                            date_text=date,
                        )
                    )
                for place in places:
                    if self._in(place, host):
                        status = _dated("open", date)
                    elif _covering_kind(self.grammar, kind_text) or place.country:
                        status = rule
                    else:
                        status = _dated("open", date)
                    out.append(
                        self._claim(
                            rule,
                            sentence,
                            kind_span,
                            sender,
                            host,
                            place,
                            kind_text,
                            status,
                            date_text=date,
                        )
                    )
                last = after
            more = MORE_MISSIONS.search(rest[last:])
            if more:  # "... and maintains honorary consulates in Mexico City and in Tampico"
                at = last + more.end()
                out.extend(self._items(sentence, clause, sender, offset + at, rest[at:], host=host))
        return out

    # -- S has / opened / will open / closed a mission in C ------------------------------------
    def read_has(
        self, sentence: Sentence, clauses: list[Clause], ctx: Context
    ) -> list[MissionClaim]:
        out: list[MissionClaim] = []
        for clause in clauses:
            sender = self._clause_state(sentence, clause)
            if sender is None:
                continue
            body = clause.text[clause.body :]
            out.extend(self._items(sentence, clause, sender, clause.start + clause.body, body))
        return out

    def _items(
        self,
        sentence: Sentence,
        clause: Clause,
        sender: str,
        base: int,
        body: str,
        host: str | None = None,
    ) -> list[MissionClaim]:
        """Missions after a verb of having or opening: "has an embassy in A and six honorary
        consulates in B, C, ...", "opened an embassy in Windhoek in 1993"."""
        verb = self.verb.match(body)
        if verb is None:
            return []
        status = self.grammar.knowledge.vocabulary.value("mission-verb", verb.group("verb"))
        if status is None:
            return []
        tail = body[verb.end() :]
        first_kind = self.grammar.kind_re.search(tail)
        if first_kind and self.grammar.negated(tail[: first_kind.start()]):
            only = ONLY_INSTEAD.search(tail)
            if only is None:
                return []
            tail = "has " + tail[only.end() :]
            return self._items(
                sentence, clause, sender, base + verb.end() + only.end() - 4, tail, host
            )
        out: list[MissionClaim] = []
        pos = 0
        offset = base + verb.end()
        previous: tuple[str, str] | None = None  # the last item's one kind and its status
        while True:
            item = self.grammar.item_head.match(tail[pos:])
            if item is None:
                another = ANOTHER.match(tail, pos) if previous else None
                if another is None or previous is None:
                    break
                # "an honorary consulate in Bilbao and another in Valencia": the same kind
                places, pos = self.grammar.places(tail, another.end(), sentence)
                span = (offset + another.start("another"), offset + another.end("another"))
                rule, item_status = self._reading(previous[0], previous[1], None, places)
                own = tail[pos:][: self._next_item(tail[pos:])]  # "and another in B in 1995"
                until = UNTIL_DATE.match(own)
                date = self.grammar.date_after(own)
                if until is not None and item_status != "closed":
                    date = None  # an end is not an opening
                out.extend(
                    self._claim(
                        rule,
                        sentence,
                        span,
                        sender,
                        host,
                        p,
                        previous[0],
                        _dated(item_status, date),
                        date_text=date,
                    )
                    for p in places
                )
                if not places:
                    break
                continue
            places, end = self.grammar.places(tail, pos + item.end(), sentence)
            if not places:
                break
            rest = tail[end:]
            own = rest[: self._next_item(rest)]  # what is said of this item, up to the next
            date = (
                self.grammar.date_after(item.group("prep") or "")
                or self.grammar.date_after(own)
                or self.grammar.date_after(item.group("lead") or "")
                or self._lead_date(clause)
            )
            serving = self.serves.match(rest)
            kinds = [
                (item.group(k), item.start(k), item.end(k))
                for k in ("kind", "kind2")
                if item.group(k)
            ]
            count = _count(self.grammar, item.group("count"))
            # "an embassy and a consulate in A and B respectively", "in A and B, opened in 1990
            # and 2001 respectively": each kind and date is one place's, in order
            respective = len(places) > 1 and RESPECTIVELY.search(own)
            if respective:
                date = None
                kinds = kinds if len(kinds) in (1, len(places)) else []
            verb_status = status
            if item.group("itemverb"):  # "closed its embassy in A and opened a consulate in B"
                value = self.grammar.knowledge.vocabulary.value(
                    "mission-verb", item.group("itemverb")
                )
                verb_status = value or status
            until = UNTIL_DATE.match(own)
            for index, (kind_text, k0, k1) in enumerate(kinds):
                span = (offset + pos + k0, offset + pos + k1)
                rule, item_status = self._reading(kind_text, verb_status, count, places)
                item_date = date
                if until is not None and item_status == "closed":
                    item_date = until.group("date")
                elif until is not None and date == until.group("date"):
                    item_date = None  # an end is not an opening
                note = None
                if rule == R.MISSION_LIST_WITH_COUNT.name and count != len(places):
                    note = f"the text counts {count}, and lists {len(places)}"
                item_host = ROW if rule == R.NON_RESIDENT_MISSION.name and host is None else host
                for place in places[index : index + 1] if respective and len(kinds) > 1 else places:
                    claim = self._claim(
                        rule,
                        sentence,
                        span,
                        sender,
                        item_host,
                        place,
                        kind_text,
                        _dated(item_status, item_date),
                        date_text=item_date,
                        note=note,
                    )
                    out.extend(self._served(sentence, claim, serving, rest, sender))
            previous = (kinds[0][0], verb_status) if len(kinds) == 1 else None
            pos = end
        closed = self.later_closed.search(clause.text)
        if closed and out:  # "..., however, the embassy was closed in 2002"
            date = self.grammar.date_after(clause.text[closed.end() :])
            out = [
                replace(
                    c, rule=R.MISSION_CLOSED.name, status="closed", date_text=date or c.date_text
                )
                if self.grammar.knowledge.vocabulary.value("mission-kind", closed.group("kind"))
                == c.kind
                else c
                for c in out
            ]
        return out

    def _next_item(self, rest: str) -> int | None:
        """Where the next item starts, with its fronted phrase ("and, since 2010, a consulate",
        "and its consulate in Dubai in 1992"): a date after it is the next item's."""
        following = self.grammar.item_head.match(rest)
        if following is not None:
            return following.start("lead" if following.group("lead") is not None else "np")
        another = ANOTHER.match(rest)  # "and another in C"
        if another is not None:
            return another.start("another")
        joint = JOINT_THEN_PHRASE.match(rest)  # "and, until 2005, a consulate": what follows
        return joint.end() if joint else None

    def _served(
        self,
        sentence: Sentence,
        claim: MissionClaim,
        serving: re.Match[str] | None,
        rest: str,
        sender: str,
    ) -> list[MissionClaim]:
        """A mission that serves other states: "an embassy in Stockholm which serves Estonia"
        is read as the accreditation to Estonia; "an embassy in Nairobi, also accredited to
        Mauritius, Seychelles and Uganda" as the embassy and each accreditation besides."""
        if serving is None:
            return [claim]
        value = self.grammar.knowledge.vocabulary.value("mission-serves", serving.group("serve"))
        listed = LISTED_STATES.match(rest[serving.end() :])
        indexes = [serving.group(2), *ENT_RE.findall(listed.group() if listed else "")]
        served = [
            (code, sentence.at(int(i)))
            for i in indexes
            if (code := self.grammar.state_code(sentence.mention(i))) is not None and code != sender
        ]
        if not served:
            return [claim]
        also = (
            len(served) > 1
            or "also" in rest[: serving.start("serve")].lower()
            or (serving.group("serve").lower().startswith("also"))
        )
        accreditations = [  # each reads the served state's name, not the mission noun
            replace(
                claim,
                rule=R.SERVING_MISSION.name,
                host=code,
                status=value or "accredited-from",
                span=(at, at + 1),
            )
            for code, at in served
        ]
        return [claim, *accreditations] if also else accreditations

    def _reading(
        self, kind_text: str, status: str, count: int | None, places: list[Place]
    ) -> tuple[str, str]:
        kind = self.grammar.knowledge.vocabulary.value("mission-kind", kind_text)
        if kind == "non-resident-embassy":
            return R.NON_RESIDENT_MISSION.name, "accredited-from"
        if count is not None and count > 1 and len(places) > 1:
            return R.MISSION_LIST_WITH_COUNT.name, status
        return {
            "open": R.HAS_MISSION.name,
            "opened": R.OPENED_MISSION.name,
            "planned": R.PLANNED_MISSION.name,
            "closed": R.MISSION_CLOSED.name,
        }[status], status

    # -- the Greek embassy in Baku (was opened ...) / the embassy in Nairobi was opened ---------
    def read_named(
        self, sentence: Sentence, clauses: list[Clause], ctx: Context
    ) -> list[MissionClaim]:
        out: list[MissionClaim] = []
        for clause in self._named_clauses(sentence, clauses):
            m = self.named.match(clause.text)
            if m is None:
                continue
            opening = "opening of" in m.group(0).lower() or "establishment of" in m.group(0).lower()
            sender = self._owner(sentence, m.group("own"), m.group("of"))
            places, end = self.grammar.places(clause.text, m.end(), sentence)
            if not places:
                continue
            rest = clause.text[end:]
            if self.grammar.to_come(rest):
                continue  # "an embassy of ⟪A⟫ in ⟪C⟫ is not expected (to open before 2030)"
            covering = self.covering_tail.match(rest)
            if covering and sender:
                host = self.grammar.state_code(sentence.mention(covering.group(1)))
                if host and host != sender:
                    for place in places:
                        out.append(
                            self._claim(
                                R.COVERING_MISSION_ACCREDITED.name,
                                sentence,
                                _span(clause, m, "kind"),
                                sender,
                                host,
                                place,
                                m.group("kind"),
                                "accredited-from",
                            )
                        )
                    continue
            located = self.located.match(rest)
            if located and len(places) == 1 and places[0].city is None:
                # "The U.S. Embassy in Latvia is located in Riga"
                inner, _ = self.grammar.places(rest, located.end(), sentence)
                if inner and inner[0].city:
                    places = [inner[0]._replace_country(places[0].country)]
            passive = self.passive.search(rest[:80]) or ACTIVE_OPENED.match(rest)
            status = "opened" if opening else "open"
            if passive:
                status = (
                    self.grammar.knowledge.vocabulary.value("mission-passive", passive.group("pv"))
                    or "open"
                )
                if status == "closed" and UNTIL.search(rest[passive.end() :]):
                    status = "open"  # "was closed from 1980 until 1981": it reopened
            date = self.grammar.date_after(rest) if passive or opening else None
            if sender is None:
                if passive is None or m.group("own") or m.group("of"):
                    continue
                sender, rule = OTHER, R.MISSION_WITHOUT_SENDER.name
            else:
                rule = R.NAMED_MISSION.name
            for place in places:
                out.append(
                    self._claim(
                        rule,
                        sentence,
                        _span(clause, m, "kind"),
                        sender,
                        None,
                        place,
                        m.group("kind"),
                        _dated(status, date),
                        date_text=date,
                    )
                )
        return out

    def _named_clauses(self, sentence: Sentence, clauses: list[Clause]) -> list[Clause]:
        """The clauses, the stretches after ", while" / "; " that open with a mission noun
        ("..., while Malaysian embassy in Helsinki is accredited to Latvia"), and those that
        name the opening of a mission ("... with the opening of a Turkish Embassy in ...")."""
        out = list(clauses)
        for m in NAMED_CLAUSE_START.finditer(sentence.masked):
            start = m.end()
            if any(c.start == start for c in out):
                continue
            text = sentence.masked[start:]
            out.append(Clause(start, len(sentence.masked), text, None, 0))
        return out

    # -- there is a U.S. embassy in Bamako ------------------------------------------------------
    def read_existential(
        self, sentence: Sentence, clauses: list[Clause], ctx: Context
    ) -> list[MissionClaim]:
        out: list[MissionClaim] = []
        if not THERE_GATE.search(sentence.masked):
            return out
        for clause in clauses:
            m = self.existential.match(clause.text)
            if m is None:
                continue
            sender = self._owner(sentence, m.group("own"), m.group("of"))
            if sender is None:
                continue
            places, _end = self.grammar.places(clause.text, m.end(), sentence)
            for place in places:
                out.append(
                    self._claim(
                        R.EXISTENTIAL_MISSION.name,
                        sender=sender,
                        host=None,
                        sentence=sentence,
                        span=_span(clause, m, "kind"),
                        place=place,
                        kind_text=m.group("kind"),
                        status="open",
                    )
                )
        return out

    # -- A, B and C have embassies in X / four nations maintain embassies in X: A, B, C, D ------
    def read_senders(
        self, sentence: Sentence, clauses: list[Clause], ctx: Context
    ) -> list[MissionClaim]:
        masked = sentence.masked
        if not self.senders_gate.search(masked):
            return []
        m = self.senders.match(masked)
        after = self.senders_after.match(masked)
        if m is not None:
            senders = [sentence.mention(i) for i in ENT_RE.findall(m.group("list"))]
            head, start = masked[m.end() :], m.end()
        elif after is not None:
            senders, head, start = [], masked[after.end() :], after.end()
        else:
            return []
        item = self.grammar.item_head.match(head)
        if item is None or RESPECTIVELY.search(masked):
            return []
        places, end = self.grammar.places(masked, start + item.end(), sentence)
        if len(places) != 1:
            return []
        items = [(item, start, places[0])]
        if not senders:
            colon = COLON.match(masked[end:])
            if colon is None:
                return []
            senders = [sentence.mention(i) for i in ENT_RE.findall(masked[end + colon.end() :])]
        else:
            # "A and B have embassies in C and consulates in D": each item is every sender's
            while (more := self.grammar.item_head.match(masked[end:])) is not None:
                places, stop = self.grammar.places(masked, end + more.end(), sentence)
                if len(places) != 1:
                    break
                items.append((more, end, places[0]))
                end = stop
        codes = [self.grammar.state_code(s) for s in senders]
        if len(codes) < 2 or any(c is None for c in codes):
            return []
        return [
            self._claim(
                R.SENDERS_LISTED.name,
                sentence,
                (at + found.start("kind"), at + found.end("kind")),
                code,
                None,
                place,
                found.group("kind"),
                "open",
            )
            for found, at, place in items
            for code in codes
            if code is not None
        ]

    # -- both countries have embassies in each other's capitals ---------------------------------
    def read_reciprocal(
        self, sentence: Sentence, clauses: list[Clause], ctx: Context
    ) -> list[MissionClaim]:
        if not self.reciprocal_gate.search(sentence.masked):
            return []
        via = self.reciprocal_via.search(sentence.masked)
        if via is not None:
            return self._reciprocal_via(sentence, via, ctx)
        status = "open"
        m = self.reciprocal.search(sentence.masked)
        if m is None:
            m = self.reciprocal_closed.search(sentence.masked)
            status = "closed"
        if m is None or self.grammar.negated(m.group(0)):
            return []
        if m.group("both"):
            if ctx.subject is None:
                return []
            pair = (ctx.subject, ROW)
        else:
            a = self.grammar.state_code(sentence.mention(m.group("a")[1:-1]))
            b = self.grammar.state_code(sentence.mention(m.group("b")[1:-1]))
            if a is None or b is None or a == b:
                return []
            pair = (a, b)
        span = (m.start("kind"), m.end("kind"))
        return [
            self._claim(
                R.RECIPROCAL_MISSIONS.name, sentence, span, s, h, None, m.group("kind"), status
            )
            for s, h in (pair, pair[::-1])
        ]

    def _reciprocal_via(
        self, sentence: Sentence, m: re.Match[str], ctx: Context
    ) -> list[MissionClaim]:
        """ "Both countries are represented in each other through their embassies in Budapest":
        each state covers the other from a third one."""
        pair = self._pair(sentence, m, ctx)
        if pair is None:
            return []
        places, _end = self.grammar.places(sentence.masked, m.end(), sentence)
        accredited = m.group("verb").lower() == "accredited"
        status = "accredited-from" if accredited else "represented-via"
        span = (m.start("kind"), m.end("kind"))
        return [
            self._claim(
                R.RECIPROCAL_MISSIONS.name,
                sentence,
                span,
                s,
                h,
                place,
                m.group("kind"),
                status,
            )
            for s, h in (pair, pair[::-1])
            for place in places
        ]

    def _pair(self, sentence: Sentence, m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
        """The two states "both countries" or "A and B" name (the row's for "both")."""
        if m.group("both"):
            return (ctx.subject, ROW) if ctx.subject else None
        a = self.grammar.state_code(sentence.mention(m.group("a")[1:-1]))
        b = self.grammar.state_code(sentence.mention(m.group("b")[1:-1]))
        return (a, b) if a and b and a != b else None

    # -- an honorary consulate was also opened in Edinburgh -------------------------------------
    def read_opened_passive(
        self, sentence: Sentence, clauses: list[Clause], ctx: Context
    ) -> list[MissionClaim]:
        out: list[MissionClaim] = []
        if not OPENED_GATE.search(sentence.masked):
            return out
        for clause in clauses:
            m = self.opened_passive.match(clause.text)
            if m is None:
                continue
            places, end = self.grammar.places(clause.text, m.end(), sentence)
            date = self.grammar.date_after(clause.text[end:]) or self._lead_date(clause)
            for place in places:
                out.append(
                    self._claim(
                        R.MISSION_WITHOUT_SENDER.name,
                        sentence,
                        _span(clause, m, "kind"),
                        OTHER,
                        None,
                        place,
                        m.group("kind"),
                        "opened",
                        date_text=date,
                    )
                )
        return out

    # -- Estonian interests in Egypt are represented by the Swedish embassy in Cairo ------------
    def read_interests(
        self, sentence: Sentence, clauses: list[Clause], ctx: Context
    ) -> list[MissionClaim]:
        if not INTERESTS_GATE.search(sentence.masked):
            return []
        m = self.interests.match(sentence.masked)
        if m is None:
            return []
        sender = self.grammar.state_code(sentence.mention(m.group(1)), demonym_ok=True)
        host = self.grammar.state_code(sentence.mention(m.group(2)))
        if sender is None or host is None:
            return []
        places, _end = self.grammar.places(sentence.masked, m.end(), sentence)
        span = (m.start("kind"), m.end("kind"))
        return [
            self._claim(
                R.INTERESTS_REPRESENTED_BY.name,
                sentence,
                span,
                sender,
                host,
                place,
                m.group("kind"),
                "represented-via",
            )
            for place in places
        ]

    # -- helpers -------------------------------------------------------------------------------
    def _clause_state(self, sentence: Sentence, clause: Clause) -> str | None:
        return self.grammar.clause_state(sentence, clause)

    def _owner(self, sentence: Sentence, own: str | None, of: str | None) -> str | None:
        for marker in (of, own):
            if marker:
                code = self.grammar.state_code(sentence.mention(marker[1:-1]), demonym_ok=True)
                if code:
                    return code
        return None

    def _lead_date(self, clause: Clause) -> str | None:
        m = self.grammar.date_lead.match(clause.text)
        return m.group("date") if m else None

    def _in(self, place: Place, state: str | None) -> bool:
        if state is None:
            return True
        g = self.grammar.knowledge.gazetteer
        if place.country is not None:
            return g.sovereign(place.country) == state or place.country == state
        return state in place.city_anywhere or any(
            g.sovereign(c) == state for c in place.city_anywhere
        )

    def _claim(
        self,
        rule: str,
        sentence: Sentence,
        span: tuple[int, int],
        sender: str,
        host: str | None,
        place: Place | None,
        kind_text: str,
        status: str,
        *,
        date_text: str | None = None,
        note: str | None = None,
    ) -> MissionClaim:
        kind = self.grammar.knowledge.vocabulary.value("mission-kind", kind_text) or "embassy"
        return MissionClaim(
            rule=rule,
            line=sentence.line,
            text=sentence.evidence,
            span=span,
            sender=sender,
            host=host,
            place=place,
            kind=kind,
            kind_text=" ".join(kind_text.split()),
            status=status,
            date_text=date_text,
            note=note,
        )


def _dated(status: str, date: str | None) -> str:
    """A mission that has been there since a date was opened then."""
    return "opened" if status == "open" and date else status


def _covering_kind(grammar: Grammar, kind_text: str) -> bool:
    kind = grammar.knowledge.vocabulary.value("mission-kind", kind_text)
    return kind in ("embassy", "high-commission", "non-resident-embassy", "permanent-mission")


def _count(grammar: Grammar, text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    value = grammar.knowledge.vocabulary.value("number", text)
    return int(value) if value else None


def _span(clause: Clause, m: re.Match[str], group: str) -> tuple[int, int]:
    return clause.start + m.start(group), clause.start + m.end(group)
