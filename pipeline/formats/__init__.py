"""Input formats as plug-ins: the registry of the formats the pipeline reads, and the steps that
ask it (a file read into a `Document`, a document's layout, sources expanded into documents).

Adding a format is one declaration: `FORMATS.register(InputFormat(...))`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.dumps import Spool
from pipeline.errors import InputError
from pipeline.formats.builtin import BUILTIN
from pipeline.formats.registry import Expansion, InputFormat, Registry
from pipeline.read import make_document, read_bytes

if TYPE_CHECKING:
    from pipeline.knowledge.gazetteer import Gazetteer
    from pipeline.knowledge.vocabulary import Vocabulary
    from pipeline.model import Document, Layout

__all__ = [
    "FORMATS",
    "Expansion",
    "InputFormat",
    "Registry",
    "build_layout",
    "document_from_text",
    "expand_sources",
    "read_document",
]

FORMATS = Registry(BUILTIN, default="plain")


def read_document(
    path: Path, gazetteer: Gazetteer, max_bytes: int | None = None, raw: bytes | None = None
) -> Document:
    """Read one input file in its format; raise `InputError` naming the file for anything
    unusable. The gazetteer tells which country the file name or title names. `raw`: the
    file's bytes, already read elsewhere (a cluster worker that has no access to the file)."""
    raw = read_bytes(path, max_bytes) if raw is None else raw
    if not raw.strip():
        raise InputError(str(path), "empty file")
    fmt = FORMATS.document_format(path, raw)
    text = fmt.read_text(raw, str(path))
    return make_document(text, path, gazetteer, fmt.name, hashlib.sha256(raw).hexdigest())


def document_from_text(
    text: str, path: Path, gazetteer: Gazetteer, sha256: str | None = None
) -> Document:
    """A `Document` from text already decoded, in the format its file name and text tell."""
    fmt = FORMATS.document_format(path, text.encode("utf-8", errors="surrogatepass"))
    return make_document(text, path, gazetteer, fmt.name, sha256)


def build_layout(document: Document, vocabulary: Vocabulary) -> Layout:
    """The layout of a document, by the layout its format declares."""
    layout = FORMATS[document.format].layout
    assert layout is not None, f"{document.format} is a source, not a document format"
    return layout(document, vocabulary)


def expand_sources(paths: Iterable[Path], folder: Path, how: Expansion) -> tuple[Spool, list[str]]:
    """The documents of the sources at `paths` (dumps), spooled under `folder` as files; one
    error line per source, or part of one, that could not be read (the rest is kept)."""
    spool = Spool(folder)
    errors: list[str] = []
    for path in paths:
        fmt = FORMATS.source_of(path)
        assert fmt is not None and fmt.expand is not None, f"{path} is no source"
        errors.extend(fmt.expand(path, spool, how))
    return spool, errors
