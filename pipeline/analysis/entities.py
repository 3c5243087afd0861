"""Entity spotting with spaCy: countries, demonyms, capitals, organizations, non-countries.

A blank English pipeline (tokenizer + sentencizer) and one PhraseMatcher built from the
knowledge; no statistical model. Matching is case-sensitive (with an all-capitals variant of
each name), so that "turkey", "china" or "jersey" in lower case are not countries. Overlapping
matches keep the longest span, which is what makes "Northern Cyprus", "Mexico City", "Indian
Ocean" or "Republic of China" mean what they say. The spotter is built once per process and is
only ever fed cleaned text (cells, sentences, footnotes), never raw grid lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

import spacy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, filter_spans
from spacy.vocab import Vocab

from pipeline.knowledge import Knowledge
from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from pipeline.limits import MAX_TOKEN_CHARS

Label = Literal["COUNTRY", "DEMONYM", "CITY", "NONCOUNTRY", "ORG", "AMBIGUOUS", "PREFIX"]

ATTRIBUTES = re.compile(
    r"<?\s*\b(?:style|class|align|width)\s*=\s*\"[^\"]*\"\s*\|?"
    r"|(?<=\w)#(?=\w)"  # a link's section anchor: "Foreign relations of Azerbaijan#Asia"
)
EMPHASIS = re.compile(r"(?<!\w)_|_(?!\w)")
#: when one span matches several patterns, the first label here wins
LABEL_ORDER: tuple[Label, ...] = (
    "NONCOUNTRY",
    "ORG",
    "AMBIGUOUS",
    "COUNTRY",
    "CITY",
    "DEMONYM",
    "PREFIX",
)
#: acronyms this short are spotted only where they are an organization's common acronym
SHORT_ACRONYM = 2


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a text: what it is, the codes it may stand for, and where it is.

    `codes` are ISO 3166-1 alpha-3 codes (for a former state, its ISO 3166-3 code; for an
    organization, its `org_id`); `kind` is the kind of a non-country or an organization.
    """

    label: Label
    codes: frozenset[str]
    text: str
    start: int
    end: int
    kind: str = ""

    @property
    def code(self) -> str | None:
        """The single code of an unambiguous mention."""
        return next(iter(self.codes)) if len(self.codes) == 1 else None

    @property
    def is_state(self) -> bool:
        """A present-day country named unambiguously."""
        return self.label == "COUNTRY" and self.code is not None


LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def clean(text: str) -> str:
    """Text for spaCy: footnote markers, emphasis underscores and leftover table attributes
    (`< style="background: silver;" |`) blanked, and runs without a space longer than any name
    (`pipeline.limits.MAX_TOKEN_CHARS`: URLs, markup debris) blanked too, since the tokenizer's
    affix search is quadratic in a token's length; offsets kept."""
    for pattern in (FOOTNOTE_MARK, ATTRIBUTES, LONG_RUN):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return EMPHASIS.sub(" ", text)


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence of a text: `start` is into the text, mention offsets into the sentence."""

    text: str
    start: int
    mentions: tuple[Mention, ...]


class Spotter:
    """Finds the knowledge's names in text; built once per process from a `Knowledge`."""

    def __init__(self, knowledge: Knowledge) -> None:
        # patterns are tokenized by one pipeline, texts by another on the same vocabulary: a
        # tokenizer that has cached thousands of pattern strings runs texts markedly slower
        self.patterns = _blank()
        self.nlp = _blank(self.patterns.vocab)
        self.nlp.add_pipe("sentencizer")
        self.matcher = PhraseMatcher(self.patterns.vocab, attr="ORTH")
        self._keys: dict[int, tuple[Label, frozenset[str], str]] = {}
        for label, form, codes, kind in _patterns(knowledge):
            self._add(label, form, codes, kind)

    def _add(self, label: Label, form: str, codes: frozenset[str], kind: str) -> None:
        key_text = f"{label}:{'|'.join(sorted(codes))}:{kind}"
        key = self.nlp.vocab.strings.add(key_text)
        self._keys[key] = (label, codes, kind)
        variants = {form, form.upper()}
        if form[:1].islower():
            variants.add(form[:1].upper() + form[1:])
        docs = [self.patterns.make_doc(v) for v in variants if v.strip()]
        self.matcher.add(key_text, docs)

    def sentences(self, text: str) -> list[Span]:
        """Sentences of `text` with their mentions."""
        cleaned = clean(text)
        doc = self.nlp(cleaned)
        spans = self._spans(doc)
        if not len(doc):
            return []
        array = doc.to_array([SENT_START, IDX, LENGTH]).tolist()
        first = [i for i, (flag, _, _) in enumerate(array) if flag == 1 and i > 0]
        out = []
        for a, b in pairwise([0, *first, len(array)]):
            s0 = array[a][1]
            end = array[b - 1][1] + array[b - 1][2]  # the end of the sentence's last token
            while s0 < end and cleaned[s0].isspace():  # markers blanked before the sentence
                s0 += 1
            if not cleaned[s0:end].strip():
                continue  # only blanked footnote markers
            inside = tuple(
                Mention(m.label, m.codes, m.text, m.start - s0, m.end - s0, m.kind)
                for m in spans
                if s0 <= m.start < end
            )
            out.append(Span(text[s0:end].rstrip(), s0, inside))
        return out

    def mentions(self, text: str) -> list[Mention]:
        return self._spans(self.nlp.make_doc(clean(text)))

    def _spans(self, doc: Doc) -> list[Mention]:
        rank = {label: i for i, label in enumerate(LABEL_ORDER)}
        by_span: dict[tuple[int, int], int] = {}
        for key, start, end in self.matcher(doc):
            best = by_span.get((start, end))
            if best is None or rank[self._keys[key][0]] < rank[self._keys[best][0]]:
                by_span[(start, end)] = key
        spans = []
        for (start, end), key in by_span.items():
            span = doc[start:end]
            span.label_ = self.nlp.vocab.strings[key]
            spans.append(span)
        out = []
        for span in filter_spans(spans):
            label, codes, kind = self._keys[self.nlp.vocab.strings[span.label_]]
            out.append(Mention(label, codes, span.text, span.start_char, span.end_char, kind))
        return sorted(out, key=lambda m: m.start)


def _blank(vocab: Vocab | None = None) -> Language:
    """A blank English pipeline whose tokenizer also splits "U.S.-Luxembourg" (a dash after an
    abbreviation's full stop joins two names)."""
    nlp = spacy.blank("en", vocab=vocab) if vocab is not None else spacy.blank("en")
    infixes = [*list(nlp.Defaults.infixes or ()), r"(?<=\.)[-–—](?=[A-Z])"]
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def _patterns(k: Knowledge) -> list[tuple[Label, str, frozenset[str], str]]:
    g = k.gazetteer
    out: list[tuple[Label, str, frozenset[str], str]] = []
    for form, codes in g.country_forms.items():
        out.append(("COUNTRY", form, codes, "country"))
    for form, codes in g.ambiguous_forms.items():
        out.append(("AMBIGUOUS", form, codes, "country"))
    for form, codes in g.demonyms.items():
        out.append(("DEMONYM", form, codes, "demonym"))
    for form, codes in g.combining_forms.items():
        out.append(("PREFIX", form, codes, "combining-form"))
    for entity in g.non_country_list:
        former = frozenset({entity.former_iso3}) if entity.former_iso3 else frozenset()
        out.append(("NONCOUNTRY", entity.name, former, entity.kind))
    for name, codes in g.capital_forms.items():
        out.append(("CITY", name, codes, "city"))
    registry = k.organizations
    for form, org_id in registry.forms():
        org = registry.orgs[org_id]
        if len(form) <= SHORT_ACRONYM and form != org.acronym:
            continue  # "C", "CE": the Factbook's codes are read in its lists, not in prose
        if len(form) == 1:
            continue
        out.append(("ORG", form, frozenset({org_id}), org.kind))
    return out
