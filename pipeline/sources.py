"""Where a document's text came from: a file, or a revision of a wiki page.

Extraction knows only the text; the run knows where it read it. This module turns what the
read stage knows (a file name, a dump's page and revision) into the source columns of the
`documents` table and the manifest's input entries, in one place.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

from pipeline.dumps import LICENCE, SpooledRevision
from pipeline.errors import shown
from pipeline.sidecar import read_sidecar

FAMILY = re.compile(r"^Foreign[_ ]relations[_ ]of[_ ]", re.IGNORECASE)
WIKI = "https://en.wikipedia.org/wiki/"


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The source columns of one document."""

    source: str
    url: str | None = None
    page_id: int | None = None
    rev_id: int | None = None
    rev_timestamp: str | None = None
    licence: str | None = None
    title: str | None = None
    path: str | None = None

    @property
    def snapshot(self) -> dt.date | None:
        if not self.rev_timestamp:
            return None
        try:
            return dt.date.fromisoformat(self.rev_timestamp[:10])
        except ValueError:
            return None

    def name_in_messages(self, path: Path) -> Callable[[str], str]:
        """A message about the file at `path` made to name this source instead, when the file
        is only a spooled copy of a wiki page ("dump.xml.bz2: [[Title]] revision 123")."""
        if self.rev_id is None or self.source == path.name:
            return lambda message: message
        label = f"{self.source}: [[{self.title}]] revision {self.rev_id}"
        spooled = shown(path)
        return lambda message: message.replace(spooled, label)

    def manifest_entry(self) -> dict[str, object]:
        """What the manifest records of it (only what is known; a page whose revision the
        file does not record says so)."""
        entry = {k: v for k, v in asdict(self).items() if v is not None}
        if self.url is not None and self.rev_id is None:
            entry["revision"] = "unknown"
        return entry


def of_file(path: Path, sha256: str | None = None) -> SourceInfo:
    """A file saved by someone: its name; an article of the family is Wikipedia text under
    CC BY-SA, in a version the file does not record. A file written by `fetch` whose bytes are
    still those fetched (`sha256`) has its page and revision from the fetch's `fetch.json`."""
    fetched = read_sidecar(path.parent).get(path.name)
    where = relative_path(path)
    if fetched is not None and sha256 is not None and fetched.get("sha256") == sha256:
        return SourceInfo(
            source=path.name,
            url=_text(fetched.get("url")),
            page_id=_int(fetched.get("page_id")),
            rev_id=_int(fetched.get("revision_id")),
            rev_timestamp=_text(fetched.get("revision_timestamp")),
            licence=_text(fetched.get("licence")),
            title=_text(fetched.get("title")),
            path=where,
        )
    if FAMILY.match(path.stem):
        # a file named after its page (Foreign_relations_of_Peru.md): the page is known, the
        # revision saved is not (the manifest says so; rev_id stays null)
        return SourceInfo(
            source=path.name,
            url=WIKI + quote(path.stem.replace(" ", "_")),
            licence="CC BY-SA",
            title=path.stem.replace("_", " "),
            path=where,
        )
    return SourceInfo(source=path.name, path=where)


def relative_path(path: Path) -> str | None:
    """The input's path from where the run started (POSIX form): what `explain` opens again
    from there. Relative, so that no home directory or machine layout is published; None when
    there is no such path (another drive)."""
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd())).as_posix()
    except (ValueError, OSError):
        return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def of_revision(rev: SpooledRevision) -> SourceInfo:
    return SourceInfo(
        source=rev.dump,
        url=f"{WIKI}{quote(rev.title.replace(' ', '_'))}?oldid={rev.rev_id}"
        if rev.rev_id
        else None,
        page_id=rev.page_id or None,
        rev_id=rev.rev_id or None,
        rev_timestamp=rev.timestamp or None,
        licence=LICENCE,
        title=rev.title,
    )


def with_source(row: dict[str, object], info: SourceInfo) -> dict[str, object]:
    """A `documents` row with its source columns set from `info`."""
    out = dict(row)
    out.update(
        source=info.source,
        url=info.url,
        page_id=info.page_id,
        rev_id=info.rev_id,
        rev_timestamp=info.rev_timestamp,
        snapshot=info.snapshot,
        licence=info.licence,
        path=info.path,
    )
    if info.title:
        out["title"] = info.title
    return out
