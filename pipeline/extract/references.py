"""`references`: the footnotes, parsed into title, publisher, publication date and language.

Footnote texts come in many shapes ("Title. _Publisher_. 12 March 2010", "Title '' "Publisher"''
31 мая 2004 г.", "Title // Publisher, 25 June 2016", "... Retrieved August 3, 2013"). Leftover
wiki markup ("JPost.com|access-date=2017-05-03}}") is read with mwparserfromhell as the
template it was cut from. Access and retrieval dates are not publication dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import mwparserfromhell

from pipeline.dates import DATE_PHRASE, ParsedDate, find_date
from pipeline.model import Layout
from pipeline.records import ReferenceRecord

Identify = Callable[[str], tuple[str, float]]

URL = re.compile(r"https?://\S+")
ACCESSED = re.compile(
    rf"\b(?:retrieved|accessed|access-date\s*=|accessdate\s*=|archived(?: from the original)?"
    rf"(?: on)?|link accessed)\s*:?\s*(?:on\s+)?(?P<date>{DATE_PHRASE.pattern})",
    re.I,
)
ITALIC = re.compile(r"(?<!\w)_(?P<text>[^_]+?)_(?!\w)")
QUOTED_PUBLISHER = re.compile(r"''\s*\"(?P<text>[^\"]+?)\s*\"\s*''")
SLASHES = re.compile(r"\s//\s*(?P<text>[^,.]+)")
CYRILLIC = re.compile(r"[А-яЁё]")
TURKIC = re.compile(r"[əƏ]")
LANGUAGES = [
    "en",
    "ru",
    "uk",
    "az",
    "tr",
    "es",
    "pt",
    "fr",
    "de",
    "it",
    "nl",
    "pl",
    "cs",
    "hr",
    "ro",
    "el",
    "id",
    "sv",
    "da",
    "fi",
    "ko",
    "zh",
    "ja",
    "th",
    "ar",
    "he",
]
MIN_CONFIDENCE = 0.9


@dataclass(frozen=True, slots=True)
class Reference:
    title: str | None
    publisher: str | None
    date: ParsedDate | None
    access_date: ParsedDate | None
    language: str | None
    url: str | None
    clean_text: str


def parse_reference(text: str, identify: Identify | None = None) -> Reference:
    """A footnote's parts; `identify` names its language (py3langid's classifier), else the
    language is only told from its script."""
    clean = clean_markup(text)
    url_m = URL.search(clean)
    url = url_m.group().rstrip(".,;)") if url_m else None
    lang = footnote_language(URL.sub(" ", clean), identify)
    # publisher markers ('' "Name"'', _Name_, // Name) are markup: look for them before cleaning
    raw = URL.sub(" ", text)
    publisher, title_part = None, raw
    for pattern in (QUOTED_PUBLISHER, ITALIC, SLASHES):
        if m := pattern.search(raw):
            publisher = clean_markup(m.group("text")).strip(" .,") or None
            title_part = raw[: m.start()]
            break
    rest = URL.sub(" ", clean)
    title_part = clean_markup(title_part)
    access = None
    if m := ACCESSED.search(rest):
        access = find_date(m.group("date"), lang)
        rest = rest[: m.start()] + rest[m.end() :]
        title_part = ACCESSED.sub(" ", title_part)
    date = _publication_date(rest, lang)
    if date is not None:
        title_part = title_part.replace(date.text, " ")
    if publisher is None:
        title_part, publisher = _split_publisher(title_part)
    title = " ".join(title_part.split()).strip(" .,;:'\"") or None
    return Reference(title, publisher or None, date, access, lang, url, clean)


def _publication_date(text: str, lang: str | None) -> ParsedDate | None:
    """The last full date of the footnote (titles come first, dates last); a bare year only
    when it ends the footnote, since years inside titles ("the 2013 elections") are not it."""
    found = None
    for m in DATE_PHRASE.finditer(text):
        parsed = find_date(m.group(), lang)
        if parsed is None:
            continue
        if parsed.precision != "year" or not text[m.end() :].strip(" .,;)'\""):
            found = parsed
    return found


def _split_publisher(text: str) -> tuple[str, str | None]:
    """ "Title. Publisher." or "Title , Publisher": a short last segment is the publisher."""
    parts = [p.strip() for p in re.split(r"\.\s+|\s,\s", text.strip(" .")) if p.strip()]
    parts = [p for p in parts if not DATE_PHRASE.fullmatch(p)]  # a date is not a publisher
    if len(parts) >= 2 and len(parts[-1].split()) <= 4:
        return ". ".join(parts[:-1]), parts[-1]
    return ". ".join(parts), None


#: the characters at which mwparserfromhell's tokenizer looks for markup (its `MARKERS`, those
#: of its C tokenizer too): a text without any is one plain text node
WIKI_MARKERS = re.compile("[{}\\[\\]<>|=&'\"#*;:/\\-!\n\x00]")


def clean_markup(text: str) -> str:
    """Text without leftover wiki markup; a cut-off template keeps its title and date values.
    Most footnote titles hold no character that can start markup: they are not parsed."""
    if WIKI_MARKERS.search(text) is None:
        return " ".join(text.split())
    text = text.strip()
    if "}}" in text and "{{" not in text:
        text = "{{cite|" + text
    code = mwparserfromhell.parse(text)
    for tpl in code.filter_templates(recursive=False):
        values = []
        for key in (
            "title",
            "1",
            "work",
            "website",
            "publisher",
            "date",
            "access-date",
            "accessdate",
        ):
            if tpl.has(key):
                value = " ".join(str(tpl.get(key).value).split())
                values.append(f"Retrieved {value}" if key.startswith("access") else value)
        try:
            code.replace(tpl, ". ".join(v for v in values if v))
        except ValueError:
            continue
    cleaned = code.strip_code(normalize=True, collapse=True, keep_template_params=False)
    return " ".join(cleaned.split())


def footnote_language(text: str, identify: Identify | None = None) -> str | None:
    """ISO 639-1 code of the footnote's language; English unless clearly another."""
    if not text.strip():
        return None
    if CYRILLIC.search(text):
        return "ru" if not re.search(r"[іїєґІЇЄҐ]", text) else "uk"
    if TURKIC.search(text):
        return "az"
    if identify is not None:
        lang, confidence = identify(text)
        if confidence >= MIN_CONFIDENCE:
            return str(lang)
    return "en" if text.isascii() else None


def language_identifier() -> Identify:
    """py3langid's classifier, limited to the LANGUAGES (loading it takes a moment)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(LANGUAGES)
    # made anew from the LANGUAGES' model alone: the identifier keeps the whole model (97
    # languages, 28 MB that every run would read back from the set-up cache) to be restricted
    # again, which this one never is
    only = LanguageIdentifier(
        ident.nb_ptc,
        ident.nb_pc,
        ident.nb_classes,
        ident.tk_nextmove,
        ident.tk_output,
        norm_probs=True,
        tk_row=ident.tk_row,
    )
    return only.classify


def reference_records(layout: Layout, identify: Identify | None) -> list[ReferenceRecord]:
    doc_id = layout.document.doc_id
    out = []
    for note in sorted(layout.footnotes.values(), key=lambda n: n.ref_id):
        ref = parse_reference(note.text, identify)
        out.append(
            ReferenceRecord(
                doc_id=doc_id,
                source_line=note.line,
                extractor="references.footnote",
                evidence=note.text,
                ref_id=note.ref_id,
                text=ref.clean_text,
                title=ref.title,
                publisher=ref.publisher,
                date=ref.date.date if ref.date else None,
                date_precision=ref.date.precision if ref.date else None,
                date_text=ref.date.text if ref.date else None,
                access_date=ref.access_date.date if ref.access_date else None,
                language=ref.language,
                url=ref.url,
            )
        )
    return out
