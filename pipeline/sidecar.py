"""`fetch.json`: what `fetch` records beside the articles it wrote, read by `fetch` (to skip
unchanged revisions) and by `run` (to give a fetched document its page and revision)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.guarded_io import GuardedReadError, read_text_guarded

SIDECAR = "fetch.json"
#: far above a sidecar's size (some 300 bytes an article): a bound on what is read
SIDECAR_LIMIT = 16 * 1024 * 1024


def read_sidecar(folder: Path) -> dict[str, dict[str, Any]]:
    """The entries of `folder/fetch.json` by file name; empty when there is none or it cannot
    be read. It is read through the guarded opener, as the inputs beside it are: a named pipe or
    a device there (a link to `/dev/zero`) is not read, nor a file over `SIDECAR_LIMIT`."""
    try:
        body = json.loads(read_text_guarded(folder / SIDECAR, SIDECAR_LIMIT, follow_links=True))
    except (GuardedReadError, ValueError, RecursionError):
        return {}
    files = body.get("files") if isinstance(body, dict) else None
    if not isinstance(files, dict):
        return {}
    return {str(k): v for k, v in files.items() if isinstance(v, dict)}
