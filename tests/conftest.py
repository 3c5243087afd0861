"""Shared test helpers: the reference fixture, excerpts, and the corpus when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.layout import build_layout
from pipeline.model import Layout
from pipeline.read import document_from_text, read_document

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
EXCERPTS = FIXTURES / "excerpts"
REFERENCE = FIXTURES / "Foreign_relations_of_Azerbaijan.md"
CORPUS = REPO.parent / "shared" / "corpus"

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="../shared/corpus is not present (fresh clone)"
)


def layout_of(text: str, name: str = "Foreign_relations_of_Azerbaijan.md") -> Layout:
    """Layout of `text` as if it were the file `name`."""
    return build_layout(document_from_text(text, Path(name)))


def reference_line(number: int) -> str:
    """Line `number` (1-based) of the reference fixture, as the file has it."""
    return REFERENCE.read_text(encoding="utf-8").split("\n")[number - 1]


@pytest.fixture(scope="session")
def reference_layout() -> Layout:
    return build_layout(read_document(REFERENCE))
