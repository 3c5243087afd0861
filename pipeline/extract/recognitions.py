"""`recognitions`: who recognized whom, and when, read by named rules.

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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.analysis.entities import Mention
from pipeline.analysis.text import ENT, Sentence
from pipeline.extract.grammar import DATE, Clause, Grammar
from pipeline.knowledge.vocabulary import Gate

#: the recognized state is the row's counterpart ("Latvia recognized it" in the Kosovo row)
ROW_OBJECT = "@row"
#: the recognizer is the document's subject ("both countries recognised each other")
SUBJECT = "@subject"
#: kinds of named non-countries that can be recognized as states
RECOGNIZABLE_ENTITIES = frozenset({"disputed-territory", "sovereign-entity"})


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


class RecognitionReader:
    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        v = grammar.knowledge.vocabulary
        self.v = v
        verb = v.pattern("recognition-verb")
        self.verb = re.compile(rf"(?<![\w-])(?P<verb>{verb})(?![\w-])", re.I)
        # the stem every verb of recognizing holds (within a word, so in every match of
        # `verb`): a quick test before the verbs themselves, while no verb lacks it
        terms = v.terms("recognition-verb")
        self.verb_gate = Gate(["recogni"]) if all("recogni" in t for t in terms) else None
        self.obj_kind = re.compile(
            rf"^\s*(?:(?:formally|officially|also|diplomatically|first|de\s+jure|de\s+facto)\s+)*"
            rf"(?P<what>{v.pattern('recognition-object')}\s+)?(?:the\s+)?(?:(?:new|restored|"
            rf"independent|newly\s+independent)\s+)*(?:(?:state|republic)\s+of\s+)?⟪(?P<obj>\d+)⟫"
            rf"(?:'s|’s)?(?P<suffix>\s+(?:independence|sovereignty|statehood))?(?!\s+over\b)",
            re.I,
        )
        self.pronoun = re.compile(
            r"^\s*(?:(?:formally|officially|also|immediately|quickly|promptly)\s+)*(?P<it>it|its\s+"
            r"independence|the\s+new(?:ly\s+independent)?\s+(?:nation|state|country|republic))\b",
            re.I,
        )
        # "recognized the restoration of Latvian independence", "recognized Slovak independence",
        # "recognized the independence of all 12 former Soviet republics, including Azerbaijan",
        # "recognized and established diplomatic relations with Namibia"
        self.other_object = re.compile(
            r"^\s*(?:(?:formally|officially|also|first|de\s+jure|de\s+facto)\s+)*(?:"
            r"(?:the\s+)?(?:restoration\s+of\s+(?:the\s+)?)?⟪(?P<obj>\d+)⟫\s+(?:independence|"
            r"statehood|sovereignty)"
            r"|(?:the\s+independence\s+of\s+)?(?:all|the|several|\d+|many)\b[^⟪.;]{0,60}?,?\s*"
            r"(?:including|among\s+them|such\s+as)\s+(?:the\s+)?⟪(?P<obj2>\d+)⟫"
            r"|and\s+(?:established|opened|set\s+up)\s+[^⟪.;]{0,40}?\bwith\s+(?:the\s+)?"
            r"⟪(?P<obj3>\d+)⟫)",
            re.I,
        )
        # modal and hypothetical words are lower case ("may", not the month "May")
        self.irrealis = re.compile(rf"(?<![\w])(?:{v.pattern('irrealis')})(?![\w])")
        ordinals = v.pattern("ordinal")
        self.ordinal = re.compile(
            rf"\b(?:was|is|became|were|being)\s+(?P<text>(?:the\s+|one\s+of\s+the\s+|among\s+the\s+)"
            rf"(?P<word>{ordinals}))\s+(?:\w+\s+)?(?:country|countries|state|states|nation|"
            rf"nations|government|governments)\s+(?:in\s+the\s+world\s+)?(?:to\s+)?"
            rf"(?:(?:officially|formally|diplomatically)\s+)?(?={verb}\b)",
            re.I,
        )
        self.do_so = re.compile(
            rf"\b(?:the\s+)?(?P<text>(?P<word>{ordinals}))\s+(?:country|state|nation|government)\s+"
            rf"to\s+do\s+so\s+(?:was|being|were)\s+(?:the\s+)?{ENT}",
            re.I,
        )
        self.passive = re.compile(
            rf"{ENT}[^⟪]{{0,40}}?\b(?:was|were|has been|had been)\s+(?:\w+ly\s+|first\s+|also\s+)*"
            rf"(?P<verb>{verb})\s+by\s+(?:the\s+)?{ENT}",
            re.I,
        )
        self.after = re.compile(rf"^\s*,?\s*(?:only\s+|just\s+)?after\s+(?:the\s+)?{ENT}", re.I)
        self.date = re.compile(
            rf"^[^⟪.;]{{0,40}}?\b(?:on|in|as of|since|from|by|at)\s+(?:the\s+)?(?P<date>{DATE})"
            rf"|^\s*,?\s*(?P<bare>{DATE})",
            re.I,
        )
        self.name_only = re.compile(
            r"^[^⟪.;]{0,30}?\bunder\s+(?:its|the)\s+(?:constitutional\s+|official\s+)?name", re.I
        )
        # a choice between two governments of one country, not the recognition of a state
        self.choice = re.compile(
            r"^\s*,?\s*(?:and\s+not|rather\s+than|instead\s+of|over|but\s+not)\s+(?:the\s+)?⟪",
            re.I,
        )
        self.each_other = re.compile(
            rf"(?:(?P<both>both\s+(?:countries|states|nations|republics|sides)|the\s+two\s+"
            rf"(?:countries|states|nations|republics))|(?:the\s+)?⟪(?P<a>\d+)⟫\s+and\s+(?:the\s+)?"
            rf"⟪(?P<b>\d+)⟫)[^.;]{{0,120}}?\b(?:mutually\s+)?{verb}\s+(?:each\s+other|one\s+another)"
            rf"(?:'s|’s)?(?:\s+(?:independence|sovereignty|statehood))?",
            re.I,
        )
        self.second_date = re.compile(
            rf"^[^⟪.;]{{0,50}}?\b(?:on|in)\s+(?:the\s+)?{DATE}\s*,?\s+and\s+"
            rf"(?:(?:de\s+jure|de\s+facto|formally|officially|fully|again)\s+)+(?:on|in)\s+"
            rf"(?:the\s+)?(?P<date>{DATE})",
            re.I,
        )
        self.lead_date = re.compile(rf"\b(?:on|in)\s+(?P<date>{DATE})", re.I)
        self.declared = re.compile(
            rf"(?:^|\b)(?:the\s+)?{ENT}[^⟪]{{0,20}}?\b(?:declared|proclaimed|gained|regained|"
            rf"restored|achieved)\s+(?:its\s+)?independence"
            rf"|{ENT}(?:'s|’s)\s+(?:declaration\s+of\s+)?independence"
            rf"|independence\s+of\s+(?:the\s+)?{ENT}",
            re.I,
        )
        self.nominal = re.compile(
            rf"(?:^|\b)(?:the\s+)?{ENT}(?:'s|’s)\s+(?:\w+\s+)?recognition\s+of\s+(?:the\s+)?{ENT}",
            re.I,
        )

    def claims(self, sentence: Sentence, *, in_row: bool = False) -> list[RecognitionClaim]:
        """The recognitions a sentence states; `in_row`: it is in a relations row, whose
        counterpart an unresolved "it" may stand for."""
        if "ecognition" not in sentence.masked and not (
            (self.verb_gate is None or self.verb_gate.search(sentence.masked))
            and self.verb.search(sentence.masked)
        ):
            return []  # no verb of recognizing: nothing to read
        out: list[RecognitionClaim] = []
        masked = sentence.masked
        passive = self.passive.search(masked)
        if passive and not self._blocked(masked[: passive.start("verb")], passive.start("verb")):
            claim = self._claim(
                "recognized-by",
                sentence,
                _state(sentence.mention(passive.group(3))),
                passive.group(1),
                masked[passive.end() :],
                ordinal=None,
            )
            return [claim] if claim else []
        clauses = self.grammar.clauses(sentence)
        last_object: str | None = None
        for clause in clauses:
            found, last_object = self._clause(sentence, clause, last_object, in_row)
            out.extend(found)
        out.extend(self._first_to_do_so(sentence, out))
        out.extend(self._each_other(sentence, in_row))
        out.extend(self._nominal(sentence, out))
        return out

    def _clause(
        self,
        sentence: Sentence,
        clause: Clause,
        last_object: str | None,
        in_row: bool,
    ) -> tuple[list[RecognitionClaim], str | None]:
        out: list[RecognitionClaim] = []
        if clause.subject is None:
            return out, last_object
        recognizer_code = self.grammar.clause_state(sentence, clause) or _state(
            sentence.mention(clause.subject)
        )
        if recognizer_code is None:
            return out, last_object
        text = clause.text
        ordinal = self.ordinal.search(text)
        previous = clause.body
        for verb in self.verb.finditer(text, clause.body):
            before = text[previous : verb.start()]
            if previous == clause.body and "⟪" in before:
                break  # the first verb must be the subject's: no other state in between
            previous = verb.end()
            if self._blocked(before, verb.start()) and not ordinal:
                continue
            if self.grammar.negated(before):
                continue
            rest = text[verb.end() :]
            value = self.v.value("recognition-verb", verb.group("verb")) or "recognized"
            rule = "re-recognized" if value == "re-recognized" else "recognized"
            obj = self.obj_kind.match(rest)
            target: str | None = None
            tail = rest
            demonym_ok = False
            if obj:
                what = obj.group("what")
                if what and self.v.value("recognition-object", what.strip()) != "state":
                    continue
                target = obj.group("obj") if "⟪" not in (what or "") else None
                demonym_ok = obj.group("suffix") is not None
                tail = rest[obj.end() :]
            elif (o := self.other_object.match(rest)) is not None:
                target = o.group("obj") or o.group("obj2") or o.group("obj3")
                demonym_ok = o.group("obj") is not None
                tail = rest[o.end() :]
            elif (p := self.pronoun.match(rest)) is not None:
                target = last_object or self._declared(sentence, clause)
                tail = rest[p.end() :]
                if target is None and in_row:
                    target = ROW_OBJECT
                if target is not None and rule == "recognized" and last_object is None:
                    rule = "recognized-it"
            if target is None:
                continue
            use = ordinal if ordinal and ordinal.end() <= verb.start() + 1 else None
            if self.name_only.match(tail) or self.choice.match(tail):
                continue  # "... under its constitutional name", "the PRC and not the ROC"
            claim = self._claim(
                "nth-to-recognize" if use else rule,
                sentence,
                recognizer_code,
                target,
                tail,
                ordinal=use,
                demonym_ok=demonym_ok,
            )
            if claim is None:
                continue
            if claim.date_text is None:
                lead = sentence.masked[: clause.start + clause.body]
                if self.verb.search(lead):  # a recognition before: its date is not this one's
                    lead = text[: clause.body]
                claim = replace(claim, date_text=self._lead_date(lead))
            out.append(claim)
            again = self.second_date.match(tail)
            if again:  # "recognised Estonia de facto in 1918 and de jure on 6 February 1921"
                out.append(replace(claim, date_text=again.group("date")))
            last_object = target
            if use and (after := self.after.match(tail)):
                first = sentence.mention(after.group(1))
                if first.is_state and first.code and first.code != claim.recognizer:
                    n = claim.ordinal - 1 if claim.ordinal and claim.ordinal > 1 else None
                    out.append(
                        RecognitionClaim(
                            "nth-to-recognize",
                            sentence.line,
                            sentence.evidence,
                            first.code,
                            claim.recognized,
                            claim.recognized_name,
                            None,
                            n,
                            None,
                            False,
                            None,
                        )
                    )
        return out, last_object

    def _claim(
        self,
        rule: str,
        sentence: Sentence,
        recognizer: str | None,
        recognized_index: str,
        tail: str,
        ordinal: re.Match[str] | None,
        *,
        demonym_ok: bool = False,
    ) -> RecognitionClaim | None:
        """A recognition by `recognizer` (a code) of the mention `recognized_index` (or of the
        row's counterpart, for ROW_OBJECT), dated by what follows it in `tail`."""
        if recognizer is None:
            return None
        if recognized_index == ROW_OBJECT:
            target: str | None = ROW_OBJECT
            name = ""
        else:
            recognized = sentence.mention(recognized_index)
            name = recognized.text
            if (recognized.is_state or (demonym_ok and recognized.label == "DEMONYM")) and (
                recognized.code and recognized.code != recognizer
            ):
                target = recognized.code
            elif recognized.label == "NONCOUNTRY" and recognized.kind in RECOGNIZABLE_ENTITIES:
                target = None
            else:
                return None
        date = self.date.match(tail)
        date_text = (date.group("date") or date.group("bare")) if date else None
        number = approximate = None
        after_code = None
        if ordinal:
            word = ordinal.group("word")
            number = int(self.v.value("ordinal", word) or 0) or None
            approximate = not ordinal.group("text").lower().startswith("the")
            after = self.after.search(tail) if tail else None
            if after:
                first = sentence.mention(after.group(1))
                after_code = first.code if first.is_state else None
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
        )

    def _lead_date(self, lead: str) -> str | None:
        """The date said before the clause's subject, which its recognition verb inherits ("On
        25 December 1991 ... the United States recognized ...", "After Kenya's independence on
        12 December 1963, the United States recognized the new nation")."""
        m = self.lead_date.search(lead)
        return m.group("date") if m else None

    def _blocked(self, before: str, at: int) -> bool:
        """A negation or a modal between the subject and the verb."""
        return bool(self.grammar.negated(before) or self.irrealis.search(before))

    def _declared(self, sentence: Sentence, clause: Clause) -> str | None:
        """ "⟪Kosovo⟫ declared its independence ... and ⟪Ireland⟫ recognised it", "After
        ⟪Kenya⟫'s independence ..., the United States recognized the new nation": the state
        whose independence the sentence spoke of before the verb."""
        m = self.declared.search(sentence.masked[: clause.start + clause.body])
        return m.group(m.lastindex or 1) if m else None

    def _first_to_do_so(
        self, sentence: Sentence, found: list[RecognitionClaim]
    ) -> list[RecognitionClaim]:
        """ "... (the first country to do so was ⟪Iceland⟫ on 22 August 1991)": the recognized
        state is the one the sentence's recognition verb acts on."""
        m = self.do_so.search(sentence.masked)
        if m is None or not found:
            return []
        recognizer = sentence.mention(m.group(3))
        code = _state(recognizer)
        target = found[0]
        if code is None or code == target.recognizer:
            return []
        date = self.date.match(sentence.masked[m.end() :])
        return [
            RecognitionClaim(
                "first-to-do-so",
                sentence.line,
                sentence.evidence,
                code,
                target.recognized,
                target.recognized_name,
                (date.group("date") or date.group("bare")) if date else None,
                int(self.v.value("ordinal", m.group("word")) or 0) or None,
                " ".join(m.group("text").split()),
                False,
                None,
            )
        ]

    def _each_other(self, sentence: Sentence, in_row: bool) -> list[RecognitionClaim]:
        """ "The two republics ... recognised each other's independence on 12 February 1992":
        each recognized the other."""
        m = self.each_other.search(sentence.masked)
        if m is None:
            return []
        if m.group("a"):
            pair = [_state(sentence.mention(m.group("a"))), _state(sentence.mention(m.group("b")))]
            names = [sentence.mention(m.group("a")).text, sentence.mention(m.group("b")).text]
        elif in_row:
            pair, names = [SUBJECT, ROW_OBJECT], ["", ""]
        else:
            return []
        if None in pair or pair[0] == pair[1]:
            return []
        date = self.date.match(sentence.masked[m.end() :])
        text = (date.group("date") or date.group("bare")) if date else None
        return [
            RecognitionClaim(
                "recognized-each-other", sentence.line, sentence.evidence, str(a), b, name, text
            )
            for (a, b, name) in ((pair[0], pair[1], names[1]), (pair[1], pair[0], names[0]))
        ]

    def _nominal(self, sentence: Sentence, found: list[RecognitionClaim]) -> list[RecognitionClaim]:
        """ "⟪Mexico⟫'s recognition of ⟪Namibia⟫ on 17 April 1990"."""
        out = []
        for m in self.nominal.finditer(sentence.masked):
            before = sentence.masked[max(0, m.start() - 40) : m.start()]
            if self.irrealis.search(before) or self.grammar.negated(before):
                continue
            claim = self._claim(
                "recognition-of",
                sentence,
                _state(sentence.mention(m.group(1))),
                m.group(2),
                sentence.masked[m.end() :],
                ordinal=None,
            )
            if claim and not any(
                (f.recognizer, f.recognized) == (claim.recognizer, claim.recognized) for f in found
            ):
                out.append(claim)
        return out


def _state(mention: Mention) -> str | None:
    if mention.is_state:
        return mention.code
    if mention.label == "NONCOUNTRY" and mention.kind == "former-state" and mention.code:
        return mention.code
    return None
