"""Where a document's text came from: a file, or a revision of a wiki page.

Extraction knows only the text; the run knows where it read it. This module turns what the
read stage knows (a file name, a dump's page and revision) into the source columns of the
`documents` table and the manifest's input entries, in one place.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

from pipeline.dumps import LICENCE, SpooledRevision

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

    @property
    def snapshot(self) -> dt.date | None:
        if not self.rev_timestamp:
            return None
        try:
            return dt.date.fromisoformat(self.rev_timestamp[:10])
        except ValueError:
            return None

    def manifest_entry(self) -> dict[str, object]:
        """What the manifest records of it (only what is known)."""
        return {k: v for k, v in asdict(self).items() if v is not None}


def of_file(path: Path) -> SourceInfo:
    """A file saved by someone: its name; an article of the family is Wikipedia text under
    CC BY-SA, in a version the file does not record."""
    return SourceInfo(source=path.name, licence="CC BY-SA" if FAMILY.match(path.stem) else None)


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
    )
    if info.title:
        out["title"] = info.title
    return out
