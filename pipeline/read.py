"""Stage 1, read: bytes on disk -> a decoded, fingerprinted `Document` (in the format that
`pipeline.formats` tells).

Only UTF-8 is accepted: a guessed encoding would silently corrupt names in other scripts, which
are evidence the resolver needs. Newlines are normalised so that line numbers mean the same on
every platform.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import InputError
from pipeline.guarded_io import GuardedReadError, read_bytes_guarded
from pipeline.model import Document, Format

if TYPE_CHECKING:
    from pipeline.knowledge.gazetteer import Gazetteer

TITLE = re.compile(r"^Foreign[_ ]relations[_ ]of[_ ](?P<name>.+)$", re.IGNORECASE)


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file of at most `max_bytes`: a FIFO, a device (`/dev/zero`) or a
    directory is refused (by the guarded opener, `pipeline.guarded_io`), so that reading can
    neither block nor run on. An input the user names may be a link to a regular file."""
    try:
        return read_bytes_guarded(
            path,
            max_bytes,
            follow_links=True,
            limit_hint=" for one input (raise it with --max-input-mb)",
        )
    except GuardedReadError as exc:
        reason = exc.reason
        if reason == "is a directory, not a file":
            reason = "is a directory, not a document"
        elif reason.startswith("is not a regular file"):
            reason += "; give a text file"
        raise InputError(str(path), reason) from None


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text, or an `InputError` that says what the bytes are instead."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(name, "is UTF-16 text; save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise InputError(name, "binary file (NUL byte), expected UTF-8 text", line)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            name, f"not UTF-8 (byte 0x{raw[exc.start]:02x} cannot be decoded)", line
        ) from None


def make_document(
    text: str, path: Path, gazetteer: Gazetteer, format: Format, sha256: str | None = None
) -> Document:
    """A `Document` of `format` from text already decoded (the file name still gives id and
    subject). Which format a file has is told by `pipeline.formats`."""
    text = normalized(text)
    doc_id = path.stem
    subject_name, subject_iso3 = subject_of(doc_id, text, str(path), gazetteer)
    return Document(
        doc_id=doc_id,
        path=str(path),
        text=text,
        sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        format=format,
        subject_name=subject_name,
        subject_iso3=subject_iso3,
    )


def normalized(text: str) -> str:
    """Text as a document holds it: without a byte order mark, with `\n` newlines only."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def subject_of(doc_id: str, text: str, path: str, g: Gazetteer) -> tuple[str, str | None]:
    """The country the article is about, from its file name or, failing that, its title line.

    "Foreign_relations_of_Libya_under_Muammar_Gaddafi" is about Libya: the longest leading run
    of words that names a country wins. A subject that is not a country ("the Syrian
    Opposition") keeps its name and gets no code.
    """
    match = TITLE.match(doc_id)
    if match is None:
        for line in text.split("\n"):
            match = TITLE.match(line.strip())
            if match:
                break
    if match is None:
        raise InputError(
            path,
            "cannot tell which country this is about: name the file "
            "Foreign_relations_of_<Country> or keep its title line",
        )
    name = match.group("name").replace("_", " ").strip()
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    words = name.split()
    for end in range(len(words), 0, -1):
        codes = g.country(" ".join(words[:end]))
        if len(codes) == 1:
            return " ".join(words[:end]), next(iter(codes))
    return name, None
