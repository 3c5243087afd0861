"""MediaWiki XML exports and database dumps as input, streamed page by page.

`Special:Export` files and the `pages-articles` / `pages-meta-history` dumps are one XML
document holding every page with its revisions. They are read with the standard library's
`iterparse` (no dependency; mwxml would add little for the four fields read here), through
`bz2`/`gzip` when compressed, and every element is cleared once read, so memory holds one
revision's text at a time however large the dump is.

A page is kept when it is in namespace 0, is not a redirect and its title matches the pattern.
Each kept revision is written to a spool folder as `<doc_id>.wiki` (one sub-folder per text),
so the rest of the pipeline reads it like any other file: the same reader, limits, workers and
reuse keys. Identical texts (reverts, null edits) are written and extracted once.
"""

from __future__ import annotations

import bz2
import fnmatch
import gzip
import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast

from pipeline.errors import InputError

DEFAULT_TITLES = "Foreign relations of *"
DUMP_SUFFIXES = (".xml", ".xml.bz2", ".xml.gz", ".bz2", ".gz")
LICENCE = "CC BY-SA 4.0"
UNSAFE = re.compile(r"[/\\\x00-\x1f]")


def is_dump(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(DUMP_SUFFIXES)


@dataclass(frozen=True, slots=True)
class Revision:
    """One revision of a kept page, as the dump states it."""

    title: str
    page_id: int
    rev_id: int
    timestamp: str
    text: str

    @property
    def doc_id(self) -> str:
        return doc_id_of(self.title)


def doc_id_of(title: str) -> str:
    """The file-name form of a title, as the plain-text corpus names its files."""
    return UNSAFE.sub("_", title.strip().replace(" ", "_"))


def _open(path: Path) -> BinaryIO:
    name = path.name.lower()
    if name.endswith(".bz2"):
        return cast(BinaryIO, bz2.BZ2File(path, "rb"))
    if name.endswith(".gz"):
        return cast(BinaryIO, gzip.GzipFile(path, "rb"))
    return path.open("rb")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def iter_revisions(
    path: Path, titles: str = DEFAULT_TITLES, *, every: bool = False
) -> Iterator[Revision]:
    """The revisions of the kept pages in dump order: all of them with `every`, else each
    page's last one. Raises `InputError` (file and line) when the XML breaks off or is not a
    MediaWiki export; the revisions read before that point have been yielded."""
    try:
        handle = _open(path)
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    with handle:
        parser = ET.iterparse(handle, events=("start", "end"))
        root: ET.Element | None = None
        page: dict[str, object] = {}
        last: Revision | None = None
        rev: dict[str, str] = {}
        depth_in_revision = False
        try:
            for event, elem in parser:
                tag = _local(elem.tag)
                if event == "start":
                    if root is None:
                        root = elem
                        if tag != "mediawiki":
                            raise InputError(
                                str(path), f"not a MediaWiki export (root element <{tag}>)", 1
                            )
                    elif tag == "page":
                        page, last = {}, None
                    elif tag == "revision":
                        rev, depth_in_revision = {}, True
                    continue
                if tag == "revision":
                    depth_in_revision = False
                    if _kept(page, titles):
                        revision = Revision(
                            title=str(page["title"]),
                            page_id=int(str(page.get("id", "0")) or 0),
                            rev_id=int(rev.get("id", "0") or 0),
                            timestamp=rev.get("timestamp", ""),
                            text=rev.get("text", ""),
                        )
                        if every:
                            yield revision
                        else:
                            last = revision
                    elem.clear()
                elif tag == "page":
                    if last is not None:
                        yield last
                    page, last = {}, None
                    elem.clear()
                    if root is not None:
                        root.clear()  # drop the cleared pages the root still holds
                elif depth_in_revision:
                    if tag in ("id", "timestamp", "text") and tag not in rev:
                        rev[tag] = elem.text or ""
                elif tag in ("title", "ns", "id"):
                    page.setdefault(tag, elem.text or "")
                elif tag == "redirect":
                    page["redirect"] = True
        except ET.ParseError as exc:
            line = exc.position[0] if exc.position else None
            raise InputError(
                str(path),
                f"XML breaks off or is malformed ({_reason(exc)}); pages after it are not read",
                line,
            ) from None
        except (OSError, EOFError) as exc:  # a damaged bz2/gzip stream
            raise InputError(str(path), f"compressed stream is damaged ({exc})") from None


def _reason(exc: ET.ParseError) -> str:
    return str(exc).split(":", 1)[0]


def _kept(page: dict[str, object], titles: str) -> bool:
    title = page.get("title")
    if not isinstance(title, str) or page.get("redirect"):
        return False
    if str(page.get("ns", "0")).strip() != "0":
        return False
    return fnmatch.fnmatchcase(title.casefold(), titles.casefold())


@dataclass(frozen=True, slots=True)
class SpooledRevision:
    """A revision whose text is on disk at `path` (shared by revisions with the same text)."""

    doc_id: str
    title: str
    page_id: int
    rev_id: int
    timestamp: str
    sha256: str
    path: Path
    dump: str


@dataclass
class Spool:
    """Revisions of the kept pages of some dumps, their texts written under `folder`."""

    folder: Path
    revisions: list[SpooledRevision] = field(default_factory=list)
    _by_text: dict[tuple[str, str], Path] = field(default_factory=dict)

    def add(self, revision: Revision, dump: Path) -> SpooledRevision:
        raw = revision.text.encode("utf-8")
        digest = hashlib.sha256(raw).hexdigest()
        key = (revision.doc_id, digest)
        path = self._by_text.get(key)
        if path is None:
            sub = self.folder / f"{len(self._by_text):06d}"
            sub.mkdir(parents=True)
            path = sub / f"{revision.doc_id}.wiki"
            path.write_bytes(raw)
            self._by_text[key] = path
        spooled = SpooledRevision(
            doc_id=revision.doc_id,
            title=revision.title,
            page_id=revision.page_id,
            rev_id=revision.rev_id,
            timestamp=revision.timestamp,
            sha256=digest,
            path=path,
            dump=dump.name,
        )
        self.revisions.append(spooled)
        return spooled

    def latest(self) -> dict[str, SpooledRevision]:
        return latest_revisions(self.revisions)


def latest_revisions(revisions: list[SpooledRevision]) -> dict[str, SpooledRevision]:
    """Each page's newest revision (by timestamp, then id: dumps list them oldest first,
    exports may not)."""
    out: dict[str, SpooledRevision] = {}
    for rev in revisions:
        kept = out.get(rev.doc_id)
        if kept is None or (rev.timestamp, rev.rev_id) >= (kept.timestamp, kept.rev_id):
            out[rev.doc_id] = rev
    return out


def spool_dumps(
    dumps: list[Path], folder: Path, titles: str, *, every: bool
) -> tuple[Spool, list[str]]:
    """Every kept revision of `dumps` spooled under `folder`; one error line per dump that
    could not be read to its end (the revisions before the fault are kept)."""
    spool = Spool(folder)
    errors = []
    for dump in dumps:
        try:
            for revision in iter_revisions(dump, titles, every=every):
                spool.add(revision, dump)
        except InputError as exc:
            errors.append(str(exc))
    return spool, errors
