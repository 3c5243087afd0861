"""`fetch.json`: what `fetch` records beside the articles it wrote, read by `fetch` (to skip
unchanged revisions) and by `run` (to give a fetched document its page and revision)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SIDECAR = "fetch.json"


def read_sidecar(folder: Path) -> dict[str, dict[str, Any]]:
    """The entries of `folder/fetch.json` by file name; empty when there is none or it cannot
    be read."""
    try:
        body = json.loads((folder / SIDECAR).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = body.get("files") if isinstance(body, dict) else None
    if not isinstance(files, dict):
        return {}
    return {str(k): v for k, v in files.items() if isinstance(v, dict)}
