"""Entity spotting with spaCy: countries, demonyms, capitals, organizations, non-countries.

A blank English pipeline (tokenizer + sentencizer) and one PhraseMatcher built from the
gazetteers; no statistical model. Matching is case-sensitive (with an all-capitals variant of
each name), so that "turkey", "china" or "jersey" in lower case are not countries. Overlapping
matches keep the longest span, which is what makes "Northern Cyprus", "Mexico City", "Indian
Ocean" or "Republic of China" mean what they say. The spotter is built once per process and is
only ever fed cleaned text (cells, sentences, footnotes), never raw grid lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

import spacy
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from pipeline.resolve.gazetteer import Gazetteer, gazetteer, read_data
from pipeline.resolve.organizations import Registry, registry

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


@dataclass(frozen=True, slots=True)
class Mention:
    label: Label
    codes: frozenset[str]
    text: str
    start: int
    end: int

    @property
    def code(self) -> str | None:
        """The single code of an unambiguous mention."""
        return next(iter(self.codes)) if len(self.codes) == 1 else None


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    mentions: tuple[Mention, ...]


def clean(text: str) -> str:
    """Text for spaCy: footnote markers, emphasis underscores and leftover table attributes
    (`< style="background: silver;" |`) blanked, offsets kept."""
    for pattern in (FOOTNOTE_MARK, ATTRIBUTES):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return EMPHASIS.sub(" ", text)


class Spotter:
    def __init__(self, g: Gazetteer, orgs: Registry) -> None:
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._keys: dict[int, tuple[Label, frozenset[str]]] = {}
        for label, form, codes in _patterns(g, orgs):
            self._add(label, form, codes)

    def _add(self, label: Label, form: str, codes: frozenset[str]) -> None:
        key_text = f"{label}:{'|'.join(sorted(codes))}"
        key = self.nlp.vocab.strings.add(key_text)
        self._keys[key] = (label, codes)
        variants = {form, form.upper()}
        if form[:1].islower():
            variants.add(form[:1].upper() + form[1:])
        docs = [self.nlp.make_doc(v) for v in variants if v.strip()]
        self.matcher.add(key_text, docs)

    def sentences(self, text: str) -> list[Sentence]:
        """Sentences of `text`; `start` is into `text`, mention offsets into the sentence."""
        doc = self.nlp(clean(text))
        spans = self._spans(doc)
        out = []
        for sent in doc.sents:
            if not sent.text.strip():
                continue  # only blanked footnote markers
            s0 = sent.start_char
            while doc.text[s0].isspace():  # blanked markers that ended the sentence before
                s0 += 1
            inside = tuple(
                Mention(m.label, m.codes, m.text, m.start - s0, m.end - s0)
                for m in spans
                if s0 <= m.start < sent.end_char
            )
            out.append(Sentence(text[s0 : sent.end_char].rstrip(), s0, inside))
        return out

    def mentions(self, text: str) -> list[Mention]:
        return self._spans(self.nlp.make_doc(clean(text)))

    def _spans(self, doc: spacy.tokens.Doc) -> list[Mention]:
        spans = []
        rank = {label: i for i, label in enumerate(LABEL_ORDER)}
        by_span: dict[tuple[int, int], tuple[int, int]] = {}
        for key, start, end in self.matcher(doc):
            label, _ = self._keys[key]
            best = by_span.get((start, end))
            if best is None or rank[label] < rank[self._keys[best[0]][0]]:
                by_span[(start, end)] = (key, start)
        for (start, end), (key, _) in by_span.items():
            span = doc[start:end]
            span.label_ = self.nlp.vocab.strings[key]
            spans.append(span)
        out = []
        for span in filter_spans(spans):
            label, codes = self._keys[self.nlp.vocab.strings[span.label_]]
            out.append(Mention(label, codes, span.text, span.start_char, span.end_char))
        return sorted(out, key=lambda m: m.start)


def _patterns(g: Gazetteer, orgs: Registry) -> list[tuple[Label, str, frozenset[str]]]:
    out: list[tuple[Label, str, frozenset[str]]] = []
    for form, codes in g.country_surface_forms().items():
        out.append(("COUNTRY", form, codes))
    for r in read_data("ambiguous_names.csv"):
        out.append(("AMBIGUOUS", r["name"], frozenset(r["candidates"].split())))
    for r in read_data("demonyms.csv"):
        out.append(("DEMONYM", r["demonym"], frozenset({r["iso3"]})))
    for r in read_data("combining_forms.csv"):
        out.append(("PREFIX", r["form"], frozenset({r["iso3"]})))
    for entity in g.non_countries.values():
        out.append(("NONCOUNTRY", entity.name, frozenset({entity.kind})))
    for name, codes in g.capital_forms().items():
        out.append(("CITY", name, codes))
    for org in orgs.orgs.values():
        for form in org.surface_forms:
            if form == org.org_id and len(form) <= 2:
                continue  # "C", "AL": too short to spot in running text
            out.append(("ORG", form, frozenset({org.org_id})))
    return out


@cache
def spotter() -> Spotter:
    """The process-wide spotter (built once: a few thousand patterns)."""
    return Spotter(gazetteer(), registry())
