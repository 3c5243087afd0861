"""The main job: inputs -> read -> layout -> extract -> resolve -> validate -> publish.

Each document goes through the first stages on its own, inside a boundary nothing crosses:
whatever one input does (its content, size, kind of file, the time it takes), it is reported in
one line and skipped, and the others are published. Validation and publishing see the whole run
at once, so that a version is either complete and valid or not written at all. A document whose
bytes, format and pipeline code (package versions included) are those of the latest version is
not extracted again: its facts are carried over from that version, once the version's files
are verified against its manifest.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.dumps import DEFAULT_TITLES
from pipeline.limits import Limits
from pipeline.lock import output_lock
from pipeline.own_knowledge import extract_with_own_knowledge, process_extractors
from pipeline.run.config import RunConfig, RunReport
from pipeline.run.derive import derive_tables
from pipeline.run.execute import local_executor, start_extraction
from pipeline.run.plan import (
    Plan,
    expand_inputs,
    gather_inputs,
    make_plan,
    read_prior,
    utf8_name,
)
from pipeline.run.publish import lookup_tables, publish_version, reusable_lookups
from pipeline.run.stream import stream_version
from pipeline.versions import Published, prune, version_dir
from schemas import collector

__all__ = [
    "RunConfig",
    "RunReport",
    "expand_inputs",
    "extract_with_own_knowledge",
    "local_executor",
    "process_extractors",
    "run",
    "run_with",
    "utf8_name",
]

if TYPE_CHECKING:
    from pipeline.document import Extractors
    from pipeline.workers import Executor, Outcome


def run(
    inputs: list[Path],
    output: Path,
    *,
    keep: int | None = None,
    wait: float = 0.0,
    progress: Callable[[int, int, str], None] | None = None,
    extractors: Extractors | None = None,
    limits: Limits | None = None,
    workers: int | None = None,
    executor: Executor | None = None,
    titles: str = DEFAULT_TITLES,
    revisions: str = "latest",
) -> RunReport:
    """Run the pipeline over `inputs` and publish one version into `output` (`run_with`)."""
    config = RunConfig(
        tuple(inputs),
        output,
        keep=keep,
        wait=wait,
        progress=progress,
        extractors=extractors,
        limits=limits or Limits(),
        workers=workers,
        executor=executor,
        titles=titles,
        revisions=revisions,
    )
    return run_with(config)


def run_with(config: RunConfig) -> RunReport:
    """Run the pipeline as `config` says and publish one version into its output. Documents
    are extracted by its executor, by default `workers` forked processes (None: one per core;
    0: this process); its extractors (knowledge and rules) are built on first need, once per
    process, unless given. MediaWiki exports and dumps among the inputs are streamed: their
    pages whose title matches `titles` are read, the latest revision of each or, with
    `revisions="all"`, every revision (then the version also holds each fact's history)."""
    started = time.monotonic()
    report = RunReport()
    with contextlib.ExitStack() as stack:
        stack.enter_context(collector.rarer())  # few cycles among many objects
        inputs = gather_inputs(config, report, stack)
        with output_lock(config.output, wait=config.wait):
            prior = read_prior(config.output, report)
            plan = make_plan(inputs, prior, config.limits, report)
            if plan.unchanged:
                return _finish(_unchanged(config.output, plan, report), started)
            # past this point something is extracted or published
            extracting = start_extraction(config, plan)
            try:
                published = write_version(config, plan, extracting, report)
            finally:
                from pipeline.workers import close_outcomes

                close_outcomes(extracting)  # if the documents were not all read
            if published and config.keep is not None:
                report.pruned = prune(config.output, config.keep)
    return _finish(report, started)


def _unchanged(output: Path, plan: Plan, report: RunReport) -> RunReport:
    """The report of a run the latest version already holds."""
    current = plan.prior.current
    assert current is not None
    report.published = Published(current, version_dir(output, current), unchanged=True)
    report.documents = report.reused = len(plan.sources)
    report.rows = {n: t["rows"] for n, t in plan.prior.manifest.get("tables", {}).items()}
    return report


def write_version(
    config: RunConfig, plan: Plan, extracting: Iterator[Outcome], report: RunReport
) -> bool:
    """Stream, derive and publish into a new version; whether one was published (not when
    no document is kept, nor when the facts are those of the latest version)."""
    # the workers are at work: what validating and writing need is loaded meanwhile, and the
    # lookups, which do not depend on the documents, are made
    from pipeline.publish import VersionWriter

    lookups = lookup_tables(config.extractors, reusable_lookups(config, plan))
    with VersionWriter(config.output) as writer:
        streamed = stream_version(config, plan, extracting, writer, report)
        if not streamed.kept:
            writer.discard()
            return False
        derive_tables(config, plan, streamed, writer)
        return publish_version(config, plan, streamed, writer, report, lookups)


def _finish(report: RunReport, started: float) -> RunReport:
    report.seconds = time.monotonic() - started
    return report
