"""MediaWiki XML exports and database dumps as input, streamed page by page.

`Special:Export` files and the `pages-articles` / `pages-meta-history` dumps are one XML
document holding every page with its revisions. They are read with the standard library's
expat parser fed in bounded chunks (no dependency; mwxml would add little for the six fields
read here), through zlib/bz2 decompressors when compressed. Nothing but the fields read is kept,
and a field is kept only up to its limit while it is being read, so memory holds at most one
revision's text (two for the newest-so-far in the default mode) however large or hostile the
dump is. The decompressed bytes of the whole input are bounded too (a compression bomb stops
early); a gzip stream with trailing garbage keeps every page before the garbage.

A page is kept when it is in namespace 0, is not a redirect and its title matches the pattern.
A kept page that cannot be read (an id that is not a number, a timestamp that is not one, a
title too long for a file name, a revision's text over the input limit) is skipped with one
line naming the file, the line and the page; the other pages are read. In the default mode the
newest revision of a page is the one with the latest timestamp, then the highest id, whatever
the order in the file (`Special:Export` with `dir=desc` lists the newest first).

Each kept revision is written to a spool folder as `<doc_id>.wiki` (one sub-folder per text),
so the rest of the pipeline reads it like any other file: the same reader, limits, workers and
reuse keys. Identical texts (reverts, null edits) are written and extracted once.
"""

from __future__ import annotations

import bz2
import datetime as dt
import fnmatch
import hashlib
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from pipeline.errors import InputError, shown
from pipeline.guarded_io import GuardedReadError, open_regular, size_text, write_atomic
from pipeline.limits import DEFAULT_INPUT_BYTES

DEFAULT_TITLES = "Foreign relations of *"
LICENCE = "CC BY-SA 4.0"
UNSAFE = re.compile(r"[/\\\x00-\x1f]")
SPOOL_SUFFIX = ".wiki"
#: the longest file name most file systems take (ext4, xfs, btrfs, APFS, NTFS in UTF-16 units)
MAX_NAME_BYTES = 255
#: a title, namespace, id or timestamp longer than this is not one (titles are <= 255 bytes)
MAX_FIELD_CHARS = 4096
#: elements nest about 5 deep in an export; far deeper is a hostile file (the path is kept)
MAX_DEPTH = 64
#: ids are Parquet int64
MAX_ID = 2**63 - 1
ID = re.compile(r"[0-9]{1,19}")
#: decompressed bytes a dump may hold: this floor plus `DUMP_RATIO` times its size on disk.
#: Wikipedia's XML compresses about 5 times (bz2) or 4 times (gzip); a bomb, thousands of times.
DUMP_FLOOR_BYTES = 256 * 1024 * 1024
DUMP_RATIO = 100
#: compressed bytes read, and decompressed bytes fed to the parser, at a time
CHUNK = 1 << 20
JUNK_AFTER_END = expat.errors.codes[expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT]


@dataclass(frozen=True, slots=True)
class Revision:
    """One revision of a kept page, as the dump states it (timestamp in UTC, `...Z`)."""

    title: str
    page_id: int
    rev_id: int
    timestamp: str
    text: str

    @property
    def doc_id(self) -> str:
        return doc_id_of(self.title)


@dataclass(frozen=True, slots=True)
class PageSkipped:
    """A kept page that could not be read: `message` is its one line; the page's first
    `retract` revisions were already yielded (`every` mode) and are to be dropped."""

    title: str
    message: str
    retract: int = 0


def doc_id_of(title: str) -> str:
    """The file-name form of a title, as the plain-text corpus names its files."""
    return UNSAFE.sub("_", title.strip().replace(" ", "_"))


def normal_timestamp(text: str) -> str | None:
    """A revision timestamp as UTC `YYYY-MM-DDTHH:MM:SSZ` (so that text order is time order),
    or None when it is not an ISO 8601 date and time."""
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    try:
        when = when.astimezone(dt.UTC)
    except OverflowError:
        return None
    return f"{when:%Y-%m-%dT%H:%M:%S}Z" if when.year >= 1000 else None


class _Raw:
    """The bytes of a plain file, a chunk at a time."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.trailing = False

    def read(self) -> bytes:
        return os.read(self.fd, CHUNK)


class _Decompressed:
    """The decompressed bytes of a gzip or bz2 file (several members or streams, as `pigz` and
    `pbzip2` write them), at most `CHUNK` at a time whatever the ratio. Bytes after the last
    member that do not start another one are trailing garbage: the stream ends there and
    `trailing` says so (the standard library's `gzip` loses the last chunk before them)."""

    def __init__(self, fd: int, kind: str) -> None:
        self.fd = fd
        self.kind = kind
        self.pending = b""
        self.trailing = False
        self.started = False
        self.ended = False
        self.full = False
        self.decoder = self._new()

    def _new(self) -> zlib._Decompress | bz2.BZ2Decompressor:
        return zlib.decompressobj(31) if self.kind == "gz" else bz2.BZ2Decompressor()

    def _magic(self) -> bytes:
        return b"\x1f\x8b" if self.kind == "gz" else b"BZh"

    def read(self) -> bytes:
        while not self.ended:
            if self.decoder.eof:  # another member, or garbage after the last one
                if len(self.pending) < len(self._magic()):
                    more = os.read(self.fd, CHUNK)
                    if not more and not self.pending:
                        self.ended = True
                        return b""
                    self.pending += more
                    if more and len(self.pending) < len(self._magic()):
                        continue
                if not self.pending.startswith(self._magic()):
                    self.ended, self.trailing = True, True
                    return b""
                self.decoder, self.full = self._new(), False
            if not self.pending and not self._has_output():
                self.pending = os.read(self.fd, CHUNK)
                if not self.pending:
                    self.ended = True
                    if self.started:
                        raise EOFError("the compressed stream ends before its end marker")
                    return b""
            self.started = True
            out = self.decoder.decompress(self.pending, CHUNK)
            self.full = len(out) >= CHUNK
            if isinstance(self.decoder, bz2.BZ2Decompressor):
                self.pending = self.decoder.unused_data if self.decoder.eof else b""
            else:
                self.pending = (
                    self.decoder.unused_data if self.decoder.eof else self.decoder.unconsumed_tail
                )
            if out:
                return out
        return b""

    def _has_output(self) -> bool:
        """The decoder may hold output of input it already took."""
        if isinstance(self.decoder, bz2.BZ2Decompressor):
            return not self.decoder.needs_input
        return self.full


def _open(path: Path) -> tuple[int, _Raw | _Decompressed, int]:
    """A descriptor of the regular file at `path`, its decompressed stream, and its size."""
    fd, size = open_regular(path, follow_links=True)
    name = path.name.lower()
    if name.endswith(".bz2"):
        return fd, _Decompressed(fd, "bz2"), size
    if name.endswith(".gz"):
        return fd, _Decompressed(fd, "gz"), size
    return fd, _Raw(fd), size


def _local(tag: str) -> str:
    return tag.rsplit(" ", 1)[-1]


class _Refused(Exception):
    """The XML declares entities: not a MediaWiki export, and never expanded."""


@dataclass
class _Candidate:
    revision: Revision | None  # None: the revision's text is over the limit
    key: tuple[str, int]
    line: int


class _Reader:
    """The expat handlers' state: the page and revision being read, what is ready to yield."""

    def __init__(self, path: Path, titles: str, every: bool, max_text_bytes: int) -> None:
        self.path = path
        self.titles = titles
        self.every = every
        self.max_text = max_text_bytes
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.buffer_text = True
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.chars
        self.parser.EntityDeclHandler = self.entity
        self.ready: list[Revision | PageSkipped] = []
        self.stack: list[str] = []
        self.closed = False  # the root element has ended: the export is complete
        self.page_line = 0
        self._new_page()

    # -- state --------------------------------------------------------------------------
    def _new_page(self) -> None:
        self.page: dict[str, str] = {}
        self.redirect = False
        self.kept: bool | None = None  # decided at the first revision
        self.problem: str | None = None
        self.best: _Candidate | None = None
        self.yielded = 0
        self.rev: dict[str, str] = {}
        self.rev_line = 0
        self.field: str | None = None
        self.parts: list[str] = []
        self.size = 0
        self.over = False

    @property
    def line(self) -> int:
        return int(self.parser.CurrentLineNumber)

    def entity(self, *_args: object) -> None:
        raise _Refused

    # -- handlers -----------------------------------------------------------------------
    def start(self, name: str, _attrs: dict[str, str]) -> None:
        tag = _local(name)
        parent = self.stack[-1] if self.stack else None
        if len(self.stack) >= MAX_DEPTH:
            raise InputError(
                str(self.path),
                f"elements nest over {MAX_DEPTH} deep: not a MediaWiki export",
                self.line,
            )
        self.stack.append(tag)
        if parent is None:
            if tag != "mediawiki":
                raise InputError(
                    str(self.path), f"not a MediaWiki export (root element <{tag}>)", 1
                )
            return
        if tag == "page" and parent == "mediawiki":
            self._new_page()
            self.page_line = self.line
        elif parent == "page" and tag in ("title", "ns", "id"):
            self._capture(tag, MAX_FIELD_CHARS)
        elif parent == "page" and tag == "redirect":
            self.redirect = True
        elif parent == "page" and tag == "revision":
            self.rev, self.rev_line = {}, self.line
            if self.kept is None:
                self.kept = self._kept()
                if self.kept:
                    self._check_page()
        elif parent == "revision" and tag in ("id", "timestamp") and self.kept:
            self._capture(tag, MAX_FIELD_CHARS)
        elif parent == "revision" and tag == "text" and self.kept and not self.problem:
            self._capture(tag, self.max_text)

    def _capture(self, tag: str, limit: int) -> None:
        self.field, self.parts, self.size, self.over, self.limit = tag, [], 0, False, limit

    def chars(self, data: str) -> None:
        if self.field is None or self.over:
            return
        self.size += len(data) if self.field != "text" else len(data.encode("utf-8"))
        if self.size > self.limit:
            self.over, self.parts = True, []
        else:
            self.parts.append(data)

    def end(self, name: str) -> None:
        tag = self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        if self.field is not None and tag == self.field:
            value = "".join(self.parts) if not self.over else None
            target = self.page if parent == "page" else self.rev
            if value is None:
                if tag == "text":
                    target["text!"] = "over"
                else:
                    self._fail(f"its <{tag}> is over {MAX_FIELD_CHARS} characters")
            else:
                target.setdefault(tag, value)
            self.field, self.parts = None, []
        if parent is None:
            self.closed = True
        elif tag == "revision" and parent == "page":
            if self.kept:
                self._revision_ended()
        elif tag == "page" and parent == "mediawiki":
            self._page_ended()

    # -- pages and revisions ------------------------------------------------------------
    def _kept(self) -> bool:
        title = self.page.get("title")
        if title is None or self.redirect:
            return False
        if self.page.get("ns", "0").strip() != "0":
            return False
        return fnmatch.fnmatchcase(title.casefold(), self.titles.casefold())

    def _check_page(self) -> None:
        title = self.page.get("title", "")
        doc_id = doc_id_of(title)
        if not doc_id:
            self._fail("its title is empty")
        elif len((doc_id + SPOOL_SUFFIX).encode("utf-8")) > MAX_NAME_BYTES:
            self._fail(f"its title makes a file name over {MAX_NAME_BYTES} bytes")
        page_id = self.page.get("id", "0").strip() or "0"
        if _number(page_id) is None:
            self._fail(f"its page id {_quoted(page_id)} is not a number")

    def _fail(self, reason: str) -> None:
        if self.problem is None:
            self.problem = reason

    def _revision_ended(self) -> None:
        rev_id = _number(self.rev.get("id", "").strip())
        stamp = normal_timestamp(self.rev.get("timestamp", ""))
        where = f"revision at line {self.rev_line}"
        if rev_id is None:
            self._fail(f"its {where} has the id {_quoted(self.rev.get('id', ''))}, not a number")
        elif stamp is None:
            shown_stamp = _quoted(self.rev.get("timestamp", ""))
            self._fail(f"its {where} has the timestamp {shown_stamp}, not a date and time")
        elif self.every and "text!" in self.rev:
            self._fail(f"the text of its {where} is over {size_text(self.max_text)}")
        if self.problem:
            if self.every and self.yielded:
                self._skip()  # tell now, so that what was yielded is dropped
            return
        assert rev_id is not None and stamp is not None
        revision = None
        if "text!" not in self.rev:
            revision = Revision(
                title=self.page["title"],
                page_id=_number(self.page.get("id", "0").strip() or "0") or 0,
                rev_id=rev_id,
                timestamp=stamp,
                text=self.rev.get("text", ""),
            )
        if self.every:
            assert revision is not None
            self.ready.append(revision)
            self.yielded += 1
        elif self.best is None or (stamp, rev_id) >= self.best.key:
            self.best = _Candidate(revision, (stamp, rev_id), self.rev_line)
        self.rev = {}

    def _skip(self) -> None:
        title = self.page.get("title", "")
        message = str(
            InputError(
                str(self.path),
                f"page {_quoted(title)} skipped: {self.problem}; the other pages are read",
                self.page_line,
            )
        )
        self.ready.append(PageSkipped(title, message, self.yielded))
        self.yielded = 0
        self.kept = False  # nothing more of this page is read

    def _page_ended(self) -> None:
        if self.kept and self.problem is None and not self.every and self.best is not None:
            if self.best.revision is None:
                self._fail(
                    f"the text of its newest revision (line {self.best.line}) is over "
                    f"{size_text(self.max_text)} (--max-input-mb)"
                )
            else:
                self.ready.append(self.best.revision)
        if self.kept and self.problem is not None:
            self._skip()
        self._new_page()


def _number(text: str) -> int | None:
    if not ID.fullmatch(text):
        return None
    value = int(text)
    return value if value <= MAX_ID else None


def _quoted(text: str) -> str:
    short = text if len(text) <= 60 else text[:57] + "..."
    return repr(shown(short))


def iter_revisions(
    path: Path,
    titles: str = DEFAULT_TITLES,
    *,
    every: bool = False,
    max_text_bytes: int = DEFAULT_INPUT_BYTES,
    max_total_bytes: int | None = None,
) -> Iterator[Revision | PageSkipped]:
    """The revisions of the kept pages in dump order: all of them with `every`, else each
    page's newest (latest timestamp, then highest id). A kept page that cannot be read is a
    `PageSkipped`. Raises `InputError` (file and line) when the XML breaks off, is not a
    MediaWiki export or decompresses to more than `max_total_bytes` (default: a floor plus
    `DUMP_RATIO` times the file's size); what was read before that point has been yielded."""
    try:
        fd, stream, size = _open(path)
    except GuardedReadError as exc:
        raise InputError(str(path), exc.reason) from None
    limit = max_total_bytes if max_total_bytes is not None else DUMP_FLOOR_BYTES + DUMP_RATIO * size
    reader = _Reader(path, titles, every, max_text_bytes)
    total = 0
    try:
        while True:
            failure = _feed(reader, stream, path, total, limit, size)
            ready, reader.ready = reader.ready, []
            yield from ready
            if failure is None:
                return
            if isinstance(failure, InputError):
                raise failure
            total = failure
    finally:
        os.close(fd)


def _feed(
    reader: _Reader, stream: _Raw | _Decompressed, path: Path, total: int, limit: int, size: int
) -> int | InputError | None:
    """Feed the parser one chunk: the bytes fed so far, None at the end of the input, or the
    error that ends the reading."""
    try:
        chunk = stream.read()
    except (OSError, EOFError, zlib.error) as exc:  # a damaged bz2/gzip stream
        if reader.closed:
            return None
        return InputError(
            str(path),
            f"compressed stream is damaged ({exc}); pages after it are not read",
            reader.line,
        )
    total += len(chunk)
    if total > limit:
        return InputError(
            str(path),
            f"decompresses to over {size_text(limit)} (the limit for a dump of "
            f"{size_text(size)}: a compression bomb?); pages after it are not read",
            reader.line,
        )
    if not chunk and stream.trailing and not reader.closed:
        return InputError(
            str(path), "compressed stream ends in garbage; pages after it are not read", reader.line
        )
    try:
        reader.parser.Parse(chunk, not chunk)
    except expat.ExpatError as exc:
        if reader.closed and exc.code == JUNK_AFTER_END:
            return None  # a complete export, then something else: every page is read
        return InputError(
            str(path),
            f"XML breaks off or is malformed ({expat.errors.messages[exc.code]}); "
            "pages after it are not read",
            exc.lineno,
        )
    except _Refused:
        return InputError(
            str(path),
            "declares XML entities: not a MediaWiki export (entities are never expanded)",
            reader.line,
        )
    except InputError as exc:
        return exc
    return total if chunk else None


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
            sub.mkdir(mode=0o700, parents=True)
            path = sub / f"{revision.doc_id}{SPOOL_SUFFIX}"
            write_atomic(path, raw, mode=0o600)
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

    def retract(self, count: int) -> None:
        """Drop the last `count` revisions added (a page found unreadable after them)."""
        if count:
            del self.revisions[-count:]

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


def spool_dump(
    dump: Path,
    spool: Spool,
    titles: str,
    *,
    every: bool,
    max_text_bytes: int = DEFAULT_INPUT_BYTES,
) -> list[str]:
    """Every kept revision of `dump` spooled; one error line if it could not be read to its
    end (the revisions before the fault are kept) and one per page that could not be read (the
    other pages are kept)."""
    errors = []
    try:
        for item in iter_revisions(dump, titles, every=every, max_text_bytes=max_text_bytes):
            if isinstance(item, PageSkipped):
                spool.retract(item.retract)
                errors.append(item.message)
                continue
            try:
                spool.add(item, dump)
            except OSError as exc:
                errors.append(
                    f"{shown(dump)}: page {_quoted(item.title)}, revision {item.rev_id} "
                    f"skipped: its text cannot be spooled ({exc.strerror or exc})"
                )
    except InputError as exc:
        errors.append(str(exc))
    return errors
