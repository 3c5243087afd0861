"""The knowledge and rules of this process, built (or loaded from the set-up cache) once, and
the extraction of one document by a worker that holds its own: what the run and the Dask
executor both need, below both."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.document import Extractors
    from pipeline.limits import Limits
    from pipeline.workers import Outcome


@cache
def process_extractors() -> Extractors:
    """The knowledge and rules of this process: the composition root builds them once (or
    loads them from the set-up cache, `pipeline.setup_cache`)."""
    from pipeline.document import Extractors
    from pipeline.setup_cache import cached

    return cached("extractors", _build_extractors, Extractors)


def _build_extractors() -> Extractors:
    """The extractors with the names in other languages built too: left to first use, they
    would be built again by every worker process (pymorphy3 over some 6,000 names)."""
    from pipeline.document import Extractors

    built = Extractors.build()
    _ = built.knowledge.foreign
    return built


def extract_with_own_knowledge(
    index: int, path: Path, limits: Limits, raw: bytes | None = None
) -> Outcome:
    """In a worker that has its own knowledge (`process_extractors`: a single forked worker,
    a Dask worker): one document, from `raw` (its bytes) when given."""
    from pipeline.workers import extract_outcome

    return extract_outcome(index, path, process_extractors(), limits, raw)
