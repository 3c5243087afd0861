"""The analysis stage: a `Layout` -> a `DocumentAnalysis` value.

Every sentence the extractors read is split, cleaned, spotted and masked here, once: the
sentences of each row of each relations table (without the cell that names the row's
country), the sentences of the running text outside tables and outside link and source
sections, and the names each cited footnote holds in any language. Nothing later changes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from pipeline.analysis.entities import Mention, Spotter, bounded
from pipeline.analysis.tables import TableRoles, classify
from pipeline.analysis.text import Sentence
from pipeline.knowledge import Knowledge
from pipeline.knowledge.files import fold
from pipeline.knowledge.foreign import ForeignMention
from pipeline.knowledge.organizations import Organization, Registry
from pipeline.knowledge.vocabulary import normal
from pipeline.layout.footnotes import cited
from pipeline.limits import MAX_PARAGRAPH_CHARS, MAX_SENTENCE_CHARS
from pipeline.model import (
    Block,
    BulletList,
    GridTable,
    Heading,
    Layout,
    Paragraph,
    Row,
)

#: "World Tourism Organization (WTO)": an acronym the document defines for itself, found from
#: the bracket back: the name is looked for only in the `DEFINED_SPAN` characters before it, so
#: that a long run of capitalised words costs its length, not its square
DEFINED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z-]{1,9})\s*\)")
DEFINED_NAME = re.compile(
    r"((?:[A-Z][\w'’.-]*|of|for|and|the|on|in)(?:\s+(?:[A-Z][\w'’.-]*|of|for|"
    r"and|the|on|in|la|de|des|du))+)\s*$"
)
DEFINED_SPAN = 200


#: a bare acronym ("IDB", "G-77", "AfDB"), and how many a sentence names for it to be a list in
#: the CIA World Factbook's style (whose tokens an ambiguous acronym's "factbook" reading is)
BARE_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&+/-]{1,9}")
FACTBOOK_RUN = 5
BRACKET_OPEN = re.compile(r"\s*\(\s*")


SEE_TITLE = re.compile(
    r"^\s*(?:see(?:\s+also)?|main\s+articles?:?|further\s+information:?)\s+"
    r"(?:(?:[^.]{0,100}?\brelations)\s+(?=(?-i:[A-Z]))|foreign\s+relations\s+of\s+(?:the\s+)?(?P<of>))",
    re.I,
)


@dataclass(frozen=True, slots=True)
class RowText:
    """The sentences of one body row of a relations table (the country cell left out)."""

    row: Row
    table_index: int
    row_index: int
    sentences: tuple[Sentence, ...]
    ref_ids: tuple[int, ...]
    #: names in the cell that names the row's country (its footnote markers blanked)
    entity_mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class TableText:
    table: GridTable
    index: int
    section: tuple[str, ...]
    roles: TableRoles
    rows: tuple[RowText, ...]


@dataclass(frozen=True, slots=True)
class ProseSentence:
    sentence: Sentence
    section: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FootnoteNames:
    """The names a footnote holds: in English (spotted) and in other languages."""

    ref_id: int
    text: str
    mentions: tuple[Mention, ...]
    foreign: tuple[ForeignMention, ...]


@dataclass(frozen=True)
class DocumentAnalysis:
    layout: Layout
    tables: tuple[TableText, ...]
    prose: tuple[ProseSentence, ...]
    footnotes: Mapping[int, FootnoteNames] = field(default_factory=dict)
    #: acronyms the document defines for an organization the registry knows by another name
    definitions: Mapping[str, str] = field(default_factory=dict)
    #: what was too long to read, one line each ("line 12: a paragraph of ... characters")
    notices: tuple[str, ...] = ()

    def rows(self) -> Iterator[tuple[TableText, RowText]]:
        for table in self.tables:
            for row in table.rows:
                yield table, row


class Analyzer:
    """Splits, spots and masks; built once per process from the knowledge."""

    def __init__(self, knowledge: Knowledge, spotter: Spotter | None = None) -> None:
        self.knowledge = knowledge
        self.spotter = spotter or Spotter(knowledge)
        vocabulary = knowledge.vocabulary
        self._citation = set(vocabulary.terms("section", "citation"))

    def analyse(self, layout: Layout) -> DocumentAnalysis:
        definitions = self._definitions(layout)
        subject = layout.document.subject_iso3
        continents = self.knowledge.gazetteer.continents(subject) if subject else frozenset()
        notices: list[str] = []
        tables = tuple(self._tables(layout, definitions, notices, continents))
        prose = tuple(self._prose(layout, definitions, notices, continents))
        cited_refs = {r for t in tables for row in t.rows for r in row.ref_ids}
        footnotes = {
            ref: self._footnote(ref, layout.footnotes[ref].text)
            for ref in sorted(cited_refs)
            if ref in layout.footnotes and layout.footnotes[ref].text.strip()
        }
        return DocumentAnalysis(layout, tables, prose, footnotes, definitions, tuple(notices))

    def sentences(
        self,
        blocks: Iterable[Block],
        definitions: Mapping[str, str] | None = None,
        notices: list[str] | None = None,
        continents: frozenset[str] = frozenset(),
    ) -> list[Sentence]:
        """The sentences of paragraphs and list items, each on the line it starts on. A
        paragraph or sentence over the limits (`pipeline.limits`) is left out, with a line in
        `notices`. `continents`: the document's state's, which may decide an ambiguous
        acronym (`_decide_acronyms`)."""
        out: list[Sentence] = []
        for text, line, paragraph, in_list in _block_texts(blocks):
            opened: str | None = None  # the state the block's sentences last opened with
            if len(text) > MAX_PARAGRAPH_CHARS:
                _notice(
                    notices, line, f"a paragraph of {len(text):,} characters", MAX_PARAGRAPH_CHARS
                )
                continue
            for span in self.spotter.sentences(text):
                where = paragraph.line_at(span.start) if paragraph is not None else line
                if len(span.text) > MAX_SENTENCE_CHARS:
                    _notice(
                        notices,
                        where,
                        f"a sentence of {len(span.text):,} characters",
                        MAX_SENTENCE_CHARS,
                    )
                    continue
                mentions = _redefine(span.mentions, definitions or {})
                mentions = _decide_acronyms(mentions, self.knowledge.organizations, continents)
                mentions = _bracketed_acronyms(span.text, mentions, self.knowledge.organizations)
                for piece, offset, inside in _pieces(span.text, mentions):
                    at = paragraph.line_at(span.start + offset) if paragraph is not None else where
                    end = offset + len(piece)
                    cleaned = (
                        span.cleaned[offset:end]
                        if span.cleaned is not None and bounded(span.text, offset, end)
                        else None
                    )
                    sentence = Sentence.of(piece, at, inside, in_list, cleaned, opened)
                    opened = sentence.opening_state() or opened
                    out.append(sentence)
        return out

    def _tables(
        self,
        layout: Layout,
        definitions: Mapping[str, str],
        notices: list[str],
        continents: frozenset[str],
    ) -> Iterator[TableText]:
        for index, table, section in layout.tables():
            roles = classify(table, self.knowledge.vocabulary)
            if roles.kind == "other":
                continue
            rows = []
            for row_index, row in enumerate(table.rows, start=1):
                blocks = [
                    b for i, cell in enumerate(row.cells) if i != roles.entity for b in cell.blocks
                ]
                entity = (
                    row.cells[roles.entity].text
                    if roles.entity is not None and roles.entity < len(row.cells)
                    else ""
                )
                rows.append(
                    RowText(
                        row,
                        index,
                        row_index,
                        tuple(self.sentences(blocks, definitions, notices, continents)),
                        tuple(cited("\n".join(row.texts()))),
                        tuple(self.spotter.mentions(" ".join(entity.replace("_", " ").split())))
                        if entity.strip()
                        else (),
                    )
                )
            yield TableText(table, index, section, roles, tuple(rows))

    def _prose(
        self,
        layout: Layout,
        definitions: Mapping[str, str],
        notices: list[str],
        continents: frozenset[str],
    ) -> Iterator[ProseSentence]:
        for placed in layout.blocks:
            if isinstance(placed.block, GridTable | Heading):
                continue
            if any(normal(h) in self._citation for h in placed.section):
                continue
            for sentence in self.sentences([placed.block], definitions, notices, continents):
                yield ProseSentence(sentence, placed.section)

    def _footnote(self, ref: int, text: str) -> FootnoteNames:
        return FootnoteNames(
            ref,
            text,
            tuple(self.spotter.mentions(text)),
            tuple(self.knowledge.foreign.mentions(text)),
        )

    def _definitions(self, layout: Layout) -> dict[str, str]:
        """Acronyms defined in the text for an organization that the registry knows by its
        full name but whose registry acronym is another's ("World Tourism Organization (WTO)")."""
        registry = self.knowledge.organizations
        found: dict[str, str] = {}
        for text in _all_texts(layout):
            for m in DEFINED_ACRONYM.finditer(text):
                named = DEFINED_NAME.search(text, max(0, m.start() - DEFINED_SPAN), m.start())
                if named is None:
                    continue
                full, acronym = named.group(1), m.group(1)
                suffix = _longest_suffix_org(full, registry)
                if suffix is None or " " not in suffix[1]:
                    continue  # "the OECD (OSCE)": an acronym defines no other acronym
                org, name = suffix
                current = registry.lookup(acronym)
                if current is not None and current.org_id != org and _generic(name, current):
                    continue  # "the Economic and Monetary Union (CEMAC)": CEMAC's own name
                # an acronym the registry gives another body is taken from it only where it
                # spells the name before it ("World Tourism Organization (WTO)"), not where
                # the bracket names a body of its own ("Security Council of the United Nations
                # (UN)")
                if current is None or (current.org_id != org and _spells(acronym, name)):
                    found.setdefault(acronym, org)
        return found


def _notice(notices: list[str] | None, line: int, what: str, limit: int) -> None:
    if notices is not None:
        notices.append(f"line {line}: {what}, over the {limit:,} the rules read; not read")


def _longest_suffix_org(words: str, registry: Registry) -> tuple[str, str] | None:
    """The organization named by the longest tail of `words` ("... and the World Tourism
    Organization" -> the World Tourism Organization), and that tail."""
    parts = words.split()
    for start in range(len(parts)):
        tail = " ".join(parts[start:])
        org = registry.lookup(tail)
        if org is not None:
            return str(org.org_id), tail.removeprefix("the ").removeprefix("The ")
    return None


def _generic(name: str, body: Organization) -> bool:
    """Whether `name` is generic for `body`: words of one of its own longer names ("Economic
    and Monetary Union" in "Central African Economic and Monetary Union"), which the registry
    may give to another body as well (the European one)."""
    key = fold(name)
    words = re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])")
    return any(words.search(fold(f)) and fold(f) != key for f in body.surface_forms)


#: words a name's acronym leaves out
UNSPELLED = frozenset({"of", "for", "and", "the", "on", "in", "de", "des", "du", "la", "to"})


def _spells(acronym: str, name: str) -> bool:
    """Whether `acronym` is made of the initials of `name` (a word in capitals gives itself:
    "UN Human Rights Commission" spells UNHRC), hyphenated words read whole or in parts."""
    words = [w for w in name.split() if w.lower() not in UNSPELLED]
    whole = "".join(w if w.isupper() else w[0] for w in words)
    parts = "".join(p if p.isupper() else p[0] for w in words for p in w.split("-") if p)
    return acronym.upper() in (whole.upper(), parts.upper())


def _pieces(text: str, mentions: tuple[Mention, ...]) -> list[tuple[str, int, tuple[Mention, ...]]]:
    """A sentence cut where the rendering ran two things together: after the "]]" that closes
    the tail of an image caption ("... in 2006]] Namibia became the 160th member ..."), and
    after a "See A–B relations" title."""
    cut = text.rfind("]]")
    if cut < 0 or not any(ch.isalpha() for ch in text[cut + 2 :]):
        return _after_see_title(text, mentions)
    start = cut + 2 + (len(text[cut + 2 :]) - len(text[cut + 2 :].lstrip()))
    tail = tuple(
        Mention(x.label, x.codes, x.text, x.start - start, x.end - start, x.kind)
        for x in mentions
        if x.start >= start
    )
    head = tuple(x for x in mentions if x.end <= cut + 2)
    return [
        (text[: cut + 2], 0, head),
        *((t, start + off, m) for t, off, m in _after_see_title(text[start:], tail)),
    ]


def _after_see_title(
    text: str, mentions: tuple[Mention, ...]
) -> list[tuple[str, int, tuple[Mention, ...]]]:
    """A "See A–B relations" title that runs on into the next sentence without a full stop
    ("See Iceland–Latvia relations Iceland was the first country to ...") is cut off from it:
    the title is a title, the rest a sentence of its own. (text, offset, mentions) pieces."""
    m = SEE_TITLE.match(text)
    if m is None:
        return [(text, 0, mentions)]
    cut = m.end()
    if (
        m.group("of") is not None
    ):  # "See Foreign relations of Togo Togo has ...": after the state's name
        after = next((x for x in mentions if x.start >= m.end("of")), None)
        # the name, its footnote markers ("Cyprus[2][3] Cyprus joined"), a space
        gap = re.match(r"(?:\[\d+\])*\s+", text[after.end :]) if after is not None else None
        if after is None or after.start != m.end("of") or gap is None:
            return [(text, 0, mentions)]
        cut = after.end + gap.end()
        if not text[cut : cut + 1].isupper():
            return [(text, 0, mentions)]
    head = tuple(x for x in mentions if x.end <= cut)
    tail = tuple(
        Mention(x.label, x.codes, x.text, x.start - cut, x.end - cut, x.kind)
        for x in mentions
        if x.start >= cut
    )
    return [(text[:cut].rstrip(), 0, head), (text[cut:], cut, tail)]


def _redefine(mentions: tuple[Mention, ...], definitions: Mapping[str, str]) -> tuple[Mention, ...]:
    if not definitions:
        return mentions
    return tuple(
        Mention("ORG", frozenset({definitions[m.text]}), m.text, m.start, m.end, m.kind)
        if m.label == "ORG" and m.text in definitions
        else m
        for m in mentions
    )


def _decide_acronyms(
    mentions: tuple[Mention, ...], registry: Registry, continents: frozenset[str]
) -> tuple[Mention, ...]:
    """An ambiguous acronym ("IDB") that the document did not spell out (`_redefine` decides
    those) names the one reading whose context holds: "factbook" in a sentence that is a list of
    bare acronyms (`FACTBOOK_RUN`), "continent:<name>" on the document's state's continent. None
    or both: it keeps all its readings, so it names no organization."""
    if not any(m.label == "ORG" and len(m.codes) > 1 for m in mentions):
        return mentions
    bare = sum(1 for m in mentions if m.label == "ORG" and BARE_ACRONYM.fullmatch(m.text))
    holds = {"factbook"} if bare >= FACTBOOK_RUN else set()
    holds |= {f"continent:{c}" for c in continents}
    out = []
    for m in mentions:
        readings = registry.ambiguous.get(m.text, {}) if m.label == "ORG" else {}
        chosen = frozenset(o for o in m.codes if readings.get(o) in holds)
        if len(m.codes) > 1 and len(chosen) == 1:
            m = Mention(m.label, chosen, m.text, m.start, m.end, m.kind)
        out.append(m)
    return tuple(out)


def _bracketed_acronyms(
    text: str, mentions: tuple[Mention, ...], registry: Registry
) -> tuple[Mention, ...]:
    """ "the Economic and Monetary Union (CEMAC)": a name followed by the bracketed acronym of
    another body names that body when the name is a generic one, words of that body's own
    names ("Central African Economic and Monetary Union") that the registry also gives to
    another ("Economic and Monetary Union", the European one). Only an acronym in the brackets,
    and only such a name: "the ACP (Lomé Convention)" and "the OECD (OSCE)" keep their own."""
    out = list(mentions)
    for i, (name, acronym) in enumerate(pairwise(mentions)):
        if name.label != "ORG" or acronym.label != "ORG" or name.code is None:
            continue
        body = registry.orgs.get(acronym.code or "")
        between = text[name.end : acronym.start]
        if (
            body is None
            or body.org_id == name.code
            or not BRACKET_OPEN.fullmatch(between)
            or not text[acronym.end :].lstrip().startswith(")")
            or not BARE_ACRONYM.fullmatch(acronym.text)
            or " " not in name.text
        ):
            continue
        if _generic(name.text, body):
            out[i] = Mention(name.label, acronym.codes, name.text, name.start, name.end, body.kind)
    return tuple(out)


def _block_texts(blocks: Iterable[Block]) -> Iterator[tuple[str, int, Paragraph | None, bool]]:
    """(text, line, paragraph, is_list_item) for every paragraph and list item."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text, block.line, block, False
        elif isinstance(block, BulletList):
            for item in block.walk():
                yield item.text, item.line, None, True


def _all_texts(layout: Layout) -> Iterator[str]:
    for placed in layout.blocks:
        block = placed.block
        if isinstance(block, GridTable):
            for row in block.rows:
                for cell in row.cells:
                    for text, _line, _p, _l in _block_texts(cell.blocks):
                        yield text
        else:
            for text, _line, _p, _l in _block_texts([block]):
                yield text
