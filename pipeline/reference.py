"""The reference document, read when a run names no input (and by the data dictionary's
examples): below both `pipeline.cli` and `pipeline.dictionary`."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import UsageError

REFERENCE = "Foreign_relations_of_Azerbaijan.md"


def default_input() -> Path:
    """The reference document kept in the checkout's `fixtures/`."""
    candidate = Path(__file__).resolve().parent.parent / "fixtures" / REFERENCE
    if not candidate.is_file():
        raise UsageError(f"no default input ({candidate} is missing); name the documents to read")
    return candidate
