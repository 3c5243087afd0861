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
    _warm(built)
    return built


#: a document whose extraction, at build time, makes what the rules make at first use
WARM_UP = Path(__file__).resolve().parent.parent / "fixtures" / "Foreign_relations_of_Azerbaijan.md"


def _warm(built: Extractors) -> None:
    """The reference document extracted once, its facts thrown away: the constructions and
    patterns the rules make at first use (`Resources.once`, `Resources.regex`: some 0.9 s of
    a one-document run under a profiler, mostly compiling) are then made, and stored with the
    rest in the set-up cache. Only memos are filled (what they hold does not depend on which
    document filled them); without the document (an installed package), nothing is warmed."""
    from pipeline.document import extract_document

    if not WARM_UP.is_file():
        return
    try:
        extract_document(WARM_UP, built)
    except Exception:  # a run reading it says why; the cache holds what was made before
        return


def extract_with_own_knowledge(
    index: int, path: Path, limits: Limits, raw: bytes | None = None
) -> Outcome:
    """In a worker that has its own knowledge (`process_extractors`: a single forked worker,
    a Dask worker): one document, from `raw` (its bytes) when given."""
    from pipeline.workers import extract_outcome

    return extract_outcome(index, path, process_extractors(), limits, raw)
