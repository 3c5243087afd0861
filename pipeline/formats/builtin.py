"""The formats the pipeline reads out of the box: plain-text renderings (Markdown with grid
tables), MediaWiki wikitext, and MediaWiki XML exports and dumps (a source whose pages, or every
revision of them, become wikitext documents)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.dumps import Spool, spool_dump
from pipeline.formats.registry import Expansion, InputFormat
from pipeline.read import normalized

if TYPE_CHECKING:
    from pipeline.knowledge.vocabulary import Vocabulary
    from pipeline.model import Document, Layout

#: wikitext markup that the plain rendering never contains at the start of a line
WIKITEXT_HINT = re.compile(r"^(==+[^=]+==+\s*$|\{\||\{\{|\[\[Category:)", re.MULTILINE)


def looks_like_wikitext(head: bytes) -> bool:
    """Two lines or more that only wikitext starts so (a heading, a table, a template)."""
    text = normalized(head.decode("utf-8", errors="replace"))
    return len(WIKITEXT_HINT.findall(text)) >= 2


def plain_blocks(document: Document, _vocabulary: Vocabulary) -> Layout:
    """The plain rendering's layout. The layouts are imported when first needed: the process
    that plans a run lays nothing out, and the wikitext parser is not loaded for plain text."""
    from pipeline.layout import plain_layout

    return plain_layout(document)


def wikitext_blocks(document: Document, vocabulary: Vocabulary) -> Layout:
    """Wikitext's layout; its templates are read by the vocabulary's `template` group."""
    from pipeline.layout.wikitext import wikitext_layout

    return wikitext_layout(document, vocabulary.values("template"))


def spool_pages(path: Path, spool: Spool, how: Expansion) -> list[str]:
    return spool_dump(path, spool, how.titles, every=how.every, max_text_bytes=how.max_text_bytes)


PLAIN = InputFormat(
    name="plain",
    suffixes=(".md", ".markdown", ".txt"),
    in_folders=(".md", ".txt"),
    layout=plain_blocks,
)
WIKITEXT = InputFormat(
    name="wikitext",
    suffixes=(".wiki", ".wikitext", ".mediawiki", ".txt"),
    sniff=looks_like_wikitext,
    layout=wikitext_blocks,
)
MEDIAWIKI_XML = InputFormat(
    name="mediawiki-xml",
    suffixes=(".xml", ".xml.bz2", ".xml.gz", ".bz2", ".gz"),
    in_folders=(),
    expand=spool_pages,
)
BUILTIN = (PLAIN, WIKITEXT, MEDIAWIKI_XML)
