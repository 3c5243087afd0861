"""Stream: every document's facts, fresh or carried over, validated, compared with the latest
version and written batch by batch (`pipeline.stream`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pipeline.run.config import RunConfig, RunReport
from pipeline.run.plan import Plan
from pipeline.versions import (
    version_dir,
)

if TYPE_CHECKING:
    from pipeline.publish import VersionWriter
    from pipeline.stream import Streamed
    from pipeline.workers import Outcome


def stream_version(
    config: RunConfig,
    plan: Plan,
    extracting: Iterator[Outcome],
    writer: VersionWriter,
    report: RunReport,
) -> Streamed:
    """Stream: every document's facts, fresh or carried from the latest version, validated,
    compared and written batch by batch."""
    from pipeline.previous import PreviousTables
    from pipeline.stream import Entry, in_doc_order, stream_documents

    prior, sources = plan.prior, plan.sources
    current = prior.current
    previous = PreviousTables(
        version_dir(config.output, current) if current else None, prior.intact
    )
    fresh = set(plan.fresh)
    entries = [
        Entry(d, sources[d].path if d in sources else None, plan.info.get(d), d in fresh)
        for d in sorted(set(sources) | set(previous.doc_ids()))
    ]
    streamed = stream_documents(
        entries,
        in_doc_order(extracting, plan.fresh, config.progress),
        previous,
        prior.intact,
        writer,
        keep_records=plan.history is not None,
    )
    report.skipped.extend(streamed.skipped)
    report.warnings.extend(streamed.warnings)
    report.carried_over = dict(streamed.carried_over)
    report.reused = streamed.reused
    report.documents = len(streamed.kept)
    return streamed
