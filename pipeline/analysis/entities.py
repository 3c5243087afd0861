"""Entity spotting with spaCy: countries, demonyms, capitals, organizations, non-countries.

A blank English tokenizer, spaCy's sentencizer rule (read from the token arrays) and one
PhraseMatcher built from the knowledge; no statistical model. Matching is case-sensitive (with
an all-capitals variant of each name), so that "turkey", "china" or "jersey" in lower case are
not countries. Overlapping matches keep the longest span, which is what makes "Northern
Cyprus", "Mexico City", "Indian Ocean" or "Republic of China" mean what they say. The spotter
is built once per process and is only ever fed cleaned text (cells, sentences, footnotes),
never raw grid lines.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

# isort: off
from pipeline.analysis import lean_spacy  # noqa: F401  (first: spaCy without its command line)
import spacy

# isort: on
from spacy.attrs import IS_PUNCT, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex
from spacy.vocab import Vocab

from pipeline.analysis.spelling import respell
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
#: whitespace-delimited chunks ("embassy", "(1992),") whose tokens the text tokenizer keeps,
#: instead of spaCy's 10,000: the corpus holds some 40,000 distinct chunks, and once spaCy's
#: cache is full every chunk not in it is split by the prefix, suffix and infix patterns again
#: at each occurrence (a third of the tokenizing). A cached chunk gives the tokens splitting it
#: gives (spaCy caches nothing a special case touched); each entry is a few dozen bytes
TOKEN_CACHE_CHUNKS = 200_000


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


#: a character that can end a sentence (spaCy's sentencizer's): a text without one is one
FULL_STOP = re.compile("|".join(re.escape(ch) for ch in Sentencizer.default_punct_chars))
#: a "sentence" that opens with a lowercase "and" goes on with the one before: a stray full
#: stop ("has an embassy in Rome.[205] and an honorary consulate in Milan") does not end it
GOES_ON = re.compile(r"\s*and\s")
#: a bracketed date after a full stop ("... an independent state. (19 December 1991)") dates the
#: sentence before it: the tokenizer leaves the "(" on that sentence and starts one at the date
BRACKETED_DATE = re.compile(
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s*\)\s*", re.ASCII
)
LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def clean(text: str) -> str:
    """Text for spaCy: footnote markers, emphasis underscores and leftover table attributes
    (`< style="background: silver;" |`) blanked, and runs without a space longer than any name
    (`pipeline.limits.MAX_TOKEN_CHARS`: URLs, markup debris) blanked too, since the tokenizer's
    affix search is quadratic in a token's length; two adjacent letters swapped in a long known
    word read as that word (`pipeline.analysis.spelling`); offsets kept. Each pattern is tried
    only on text holding the character it cannot match without (most texts hold none of them).
    """
    if "[" in text:
        text = FOOTNOTE_MARK.sub(_blanked, text)
    if "=" in text or "#" in text:
        text = ATTRIBUTES.sub(_blanked, text)
    if len(text) > MAX_TOKEN_CHARS:
        text = LONG_RUN.sub(_blanked, text)
    text = respell(text)
    return EMPHASIS.sub(" ", text) if "_" in text else text


def bounded(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]` bounded by whitespace or the text's ends? Then `clean` of the slice
    is the slice of `clean(text)`: each of its patterns either holds no whitespace or only
    blanks it, and looks no further than the characters next to a match, so none reads across
    the bounds ("France__" alone blanks its last "_", "France_" alone its only one)."""
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())


def _blanked(m: re.Match[str]) -> str:
    return " " * len(m.group())


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence of a text: `start` is into the text, mention offsets into the sentence.
    `cleaned`: `clean(text)`, read from the whole text's cleaned form where that is the same
    (`bounded`), else None."""

    text: str
    start: int
    mentions: tuple[Mention, ...]
    cleaned: str | None = None


class Spotter:
    """Finds the knowledge's names in text; built once per process from a `Knowledge`."""

    def __init__(self, knowledge: Knowledge) -> None:
        # patterns are tokenized by one pipeline, texts by another on the same vocabulary: a
        # tokenizer that has cached thousands of pattern strings runs texts markedly slower.
        # The first is not kept: the matcher holds the patterns' words, and unpickling a
        # pipeline (from the set-up cache) costs as much as the spotter's other parts together
        patterns = _blank()
        self.nlp = _blank(patterns.vocab)
        self.matcher = PhraseMatcher(patterns.vocab, attr="ORTH")
        self._keys: dict[int, tuple[Label, frozenset[str], str]] = {}
        for label, form, codes, kind in _patterns(knowledge):
            self._add(patterns, label, form, codes, kind)
        rank = {label: i for i, label in enumerate(LABEL_ORDER)}
        self._rank = {key: rank[label] for key, (label, _, _) in self._keys.items()}
        _only_attributes_read(self.nlp.vocab)
        strings = self.nlp.vocab.strings
        self._full_stops = frozenset(strings.add(ch) for ch in Sentencizer.default_punct_chars)
        _widen_token_cache(self.nlp)

    def __setstate__(self, state: dict[str, object]) -> None:
        """Unpickled (the set-up cache): spaCy pickles a tokenizer without its cache size."""
        self.__dict__.update(state)
        _widen_token_cache(self.nlp)

    def _add(
        self, patterns: Language, label: Label, form: str, codes: frozenset[str], kind: str
    ) -> None:
        key_text = f"{label}:{'|'.join(sorted(codes))}:{kind}"
        key = self.nlp.vocab.strings.add(key_text)
        self._keys[key] = (label, codes, kind)
        variants = {form, form.upper()}
        if form[:1].islower():
            variants.add(form[:1].upper() + form[1:])
        docs = [patterns.make_doc(v) for v in variants if v.strip()]
        self.matcher.add(key_text, docs)

    def sentences(self, text: str) -> list[Span]:
        """Sentences of `text` with their mentions."""
        cleaned = clean(text)
        doc = self.nlp.make_doc(cleaned)
        if not len(doc):
            return []
        spans = self._spans(doc, cleaned)
        if "." not in cleaned and FULL_STOP.search(cleaned) is None:
            # one sentence: no token can end one ("." is one of `FULL_STOP`'s, and the most
            # common: `in` finds it faster than the pattern's scan)
            last = doc[-1]
            bounds = [(doc[0].idx, last.idx + len(last))]
        else:
            bounds = _joined(self._sentence_bounds(doc), cleaned)
        mention_starts = [m.start for m in spans]
        out = []
        for s0, end in bounds:
            while s0 < end and cleaned[s0].isspace():  # markers blanked before the sentence
                s0 += 1
            if not cleaned[s0:end].strip():
                continue  # only blanked footnote markers
            within = spans[bisect_left(mention_starts, s0) : bisect_left(mention_starts, end)]
            inside = (
                tuple(within)  # a sentence at the text's start: the offsets are the same
                if s0 == 0
                else tuple(
                    Mention(m.label, m.codes, m.text, m.start - s0, m.end - s0, m.kind)
                    for m in within
                )
            )
            sentence = text[s0:end].rstrip()
            stop = s0 + len(sentence)
            done = cleaned[s0:stop] if bounded(text, s0, stop) else None
            out.append(Span(sentence, s0, inside, done))
        return out

    def _sentence_bounds(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) character offsets of each sentence: from its first token's start to
        its last token's end. Only the tokens after a full stop and those that bound a
        sentence are looked at (`_starts_after_stops`)."""
        orths = doc.to_array(ORTH).tolist()
        first = _starts_after_stops(orths, self._full_stops, lambda i: bool(doc[i].is_punct))
        out = []
        for a, b in pairwise([0, *first, len(orths)]):
            last = doc[b - 1]
            out.append((doc[a].idx, last.idx + len(last)))
        return out

    def mentions(self, text: str) -> list[Mention]:
        cleaned = clean(text)
        return self._spans(self.nlp.make_doc(cleaned), cleaned)

    def _spans(self, doc: Doc, cleaned: str) -> list[Mention]:
        """The matches of `doc`, the first label of `LABEL_ORDER` for a span matched under
        several, overlaps resolved as spaCy's `filter_spans` does (the longest, then the first)
        on token offsets: no `Span` objects made for matches that are dropped."""
        rank = self._rank
        by_span: dict[tuple[int, int], int] = {}
        for key, start, end in self.matcher(doc):
            best = by_span.get((start, end))
            if best is None or rank[key] < rank[best]:
                by_span[(start, end)] = key
        if not by_span:
            return []
        kept: list[tuple[int, int, int]] = []
        seen: set[int] = set()
        for start, end in sorted(by_span, key=lambda se: (se[1] - se[0], -se[0]), reverse=True):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end, by_span[(start, end)]))
                seen.update(range(start, end))
        out = []
        for start, end, key in sorted(kept):
            label, codes, kind = self._keys[key]
            last = doc[end - 1]
            start_char, end_char = doc[start].idx, last.idx + len(last)
            out.append(
                Mention(label, codes, cleaned[start_char:end_char], start_char, end_char, kind)
            )
        return out


def _starts_after_stops(
    orths: list[int], full_stops: frozenset[int], is_punct: Callable[[int], bool]
) -> list[int]:
    """What `_sentence_starts` answers, from the full stops forward: the token after a stop
    that is neither punctuation nor a stop starts a sentence, and no other token does. The
    stops are found by `list.index` (a scan in C), and only the few tokens after each are
    asked whether they are punctuation, instead of every token of the text."""
    stops = sorted(i for orth in full_stops.intersection(orths) for i in _positions(orths, orth))
    out: list[int] = []
    for stop in stops:
        if out and out[-1] > stop:
            continue  # a stop before the start already found (". . ." or ".)")
        i = stop + 1
        while i < len(orths) and (orths[i] in full_stops or is_punct(i)):
            i += 1
        if i < len(orths):
            out.append(i)
    return out


def _joined(bounds: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The sentence bounds, each that opens with a lowercase "and" or is only a bracketed date
    (`BRACKETED_DATE`, its "(" closing the sentence before) joined to the one before."""
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        if out and (
            GOES_ON.match(text, start)
            or (
                text[out[-1][0] : out[-1][1]].endswith("(")
                and BRACKETED_DATE.fullmatch(text, start, end) is not None
            )
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _positions(values: list[int], value: int) -> list[int]:
    """Every index of `value` in `values`."""
    out: list[int] = []
    at = -1
    while True:
        try:
            at = values.index(value, at + 1)
        except ValueError:
            return out
        out.append(at)


def _sentence_starts(
    orths: Sequence[int], puncts: Sequence[int], full_stops: frozenset[int]
) -> list[int]:
    """Indexes of the tokens after the first that start a sentence: spaCy's `Sentencizer` rule
    (a token that is not punctuation, after a sentence-final character since the last start)
    read token by token; the reference `_starts_after_stops` answers as."""
    out: list[int] = []
    seen_stop = False
    for i, (orth, punct) in enumerate(zip(orths, puncts, strict=True)):
        stop = orth in full_stops
        if seen_stop and not punct and not stop:
            out.append(i)
            seen_stop = False
        elif stop:
            seen_stop = True
    return out


def _only_attributes_read(vocab: Vocab) -> None:
    """Words first seen in a text (most of a document's) get only the lexical attribute the
    spotter reads (`IS_PUNCT`, for the sentence rule; the matcher reads `ORTH`, which every word
    has): spaCy's other twenty (shape, stop word, number-like, ...) took a third of tokenizing.
    Set once the patterns are added, so that their words keep every attribute."""
    getters = vocab.lex_attr_getters  # type: ignore[attr-defined]
    vocab.lex_attr_getters = {IS_PUNCT: getters[IS_PUNCT]}  # type: ignore[attr-defined]


def _widen_token_cache(nlp: Language) -> None:
    """`TOKEN_CACHE_CHUNKS` for the tokenizer's cache."""
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.max_cache_size = TOKEN_CACHE_CHUNKS


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
    for form, readings in registry.ambiguous.items():
        # "IDB": an organization, but which one the document decides (`Analyzer`)
        kinds = {registry.orgs[o].kind for o in readings if o in registry.orgs}
        kind = kinds.pop() if len(kinds) == 1 else "intergovernmental-organization"
        out.append(("ORG", form, frozenset(readings), kind))
    return out
