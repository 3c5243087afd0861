"""Execute: the fresh documents handed to an executor (the run's own, or local worker processes
that share this process's knowledge)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pipeline.limits import Limits
from pipeline.own_knowledge import extract_with_own_knowledge, process_extractors
from pipeline.run.config import RunConfig
from pipeline.run.plan import Plan

if TYPE_CHECKING:
    from pipeline.document import Extractors
    from pipeline.workers import Executor, Outcome


def start_extraction(config: RunConfig, plan: Plan) -> Iterator[Outcome]:
    """Execute: the fresh documents handed to the run's executor (or to local workers), whose
    outcomes come as they finish."""
    if not plan.fresh:
        return iter(())
    chosen = config.executor or local_executor(
        config.workers, config.limits, config.extractors, len(plan.fresh)
    )
    return chosen.outcomes([plan.sources[d].path for d in plan.fresh])


def local_executor(
    workers: int | None,
    limits: Limits,
    extractors: Extractors | None = None,
    documents: int | None = None,
) -> Executor:
    """`workers` worker processes (None: one per core; never more than `documents`), or this
    process alone for `workers=0`. Several workers are forked once this process holds the
    knowledge (built or loaded once), and share its memory. A single worker instead loads the
    knowledge itself from the set-up cache, on its own core, while this process loads what
    validating and writing need: this process then never needs the knowledge, so the memory
    is the same and the wait shorter (a run of one changed document, or `--workers 1`)."""
    from functools import partial

    from pipeline.setup_cache import is_cached
    from pipeline.workers import ForkPool, InProcess, extract_outcome

    count = min(workers or os.cpu_count() or 1, documents or sys.maxsize)
    if (
        workers != 0
        and count == 1
        and extractors is None
        and not process_extractors.cache_info().currsize
        and is_cached("extractors")
    ):
        extract = partial(extract_with_own_knowledge, limits=limits)
        return ForkPool(extract, count, limits.document_seconds, setup=process_extractors)
    built = extractors or process_extractors()
    extract = partial(extract_outcome, extractors=built, limits=limits)
    if workers == 0:
        return InProcess(extract)
    return ForkPool(extract, count, limits.document_seconds)
