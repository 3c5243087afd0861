"""Derive: the tables made of the whole run's facts (coverage, dyads) and, when every revision is
read, the history tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.dumps import (
    SpooledRevision,
    latest_revisions,
)
from pipeline.history import RevisionRead, history_rows
from pipeline.run.config import Records, RunConfig
from pipeline.run.execute import local_executor
from pipeline.run.plan import Plan
from pipeline.sources import of_revision, with_source
from pipeline.versions import (
    version_dir,
)
from schemas.names import HISTORY_TABLES

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow

    from pipeline.document import Extractors
    from pipeline.knowledge.codes import CountryCodes
    from pipeline.publish import VersionWriter
    from pipeline.stream import Streamed


def derive_tables(config: RunConfig, plan: Plan, streamed: Streamed, writer: VersionWriter) -> None:
    """Derive: the history tables when every revision is read, then coverage and dyads."""
    if plan.history is not None:
        earlier = _earlier_history(config.output, plan.prior.current, plan.prior.same_code)
        read_all = _read_history(plan.history, streamed.records, config, earlier)
        for name, frame in _history_frames(read_all).items():
            writer.write_frame(name, frame)
    dyads_before = _earlier_dyads(config.output, plan, streamed)
    _write_derived(writer, streamed.coverage, config.extractors, dyads_before)


def country_codes(extractors: Extractors | None) -> CountryCodes:
    """The COW and GW codes of the run's knowledge, or of the data files when it has none."""
    return extractors.knowledge.codes if extractors else _codes_of_data()


@cache
def _codes_of_data() -> CountryCodes:
    """The codes of the data files, read once per process (`states` and `dyads` both ask)."""
    from pipeline.knowledge.codes import CountryCodes

    return CountryCodes.from_data()


@dataclass(frozen=True, slots=True)
class EarlierDyads:
    """The latest version's `dyads` (made by this code from the facts it holds) and the
    documents whose facts this run does not carry over from it: only the pairs of their
    subjects need making again, since a pair's row depends only on its two states' articles."""

    folder: Path
    changed: frozenset[str]


def _earlier_dyads(output: Path, plan: Plan, streamed: Streamed) -> EarlierDyads | None:
    """The latest version's dyads when this run can take the rows of unchanged pairs from
    them: made by the same code, every table intact (`Prior.same_code`), not a history run."""
    prior = plan.prior
    if prior.current is None or not prior.same_code or plan.history is not None:
        return None
    if not {"dyads", "documents"} <= set(prior.manifest.get("tables", {})):
        return None
    before = {str(i.get("doc_id")) for i in prior.manifest.get("inputs", []) if isinstance(i, dict)}
    changed = set(streamed.extracted) | (before - set(streamed.kept))
    return EarlierDyads(version_dir(output, prior.current), frozenset(changed))


def _write_derived(
    writer: VersionWriter,
    coverage: list[dict[str, object]],
    extractors: Extractors | None,
    earlier: EarlierDyads | None = None,
) -> None:
    """The derived tables (`pipeline.derive`), validated and written one after the other:
    `coverage` made batch by batch, `dyads` from every document's facts."""
    from pipeline.validate import validate_tables
    from schemas import TABLES

    def valid(name: str, rows: list[dict[str, object]]) -> pd.DataFrame:
        return validate_tables({name: TABLES[name].frame(rows)})[name]

    writer.write_frame("coverage", valid("coverage", coverage))
    dyads = _dyad_rows(writer, country_codes(extractors), earlier)
    writer.write_frame("dyads", valid("dyads", dyads))


def _dyad_rows(
    writer: VersionWriter, codes: CountryCodes, earlier: EarlierDyads | None = None
) -> list[dict[str, object]]:
    """`dyads` of every document's facts, read back from the tables just written: only the
    tables and columns it reads, let go once read. With `earlier`, only the pairs of the
    states whose articles changed are made; the other rows are the latest version's."""
    import pyarrow.parquet as pq

    from pipeline.derive import DYAD_SOURCES, READS, dyad_rows
    from schemas import TABLES, collector

    with collector.paused():  # many rows, no cycles (see `schemas.collector`)
        facts = {
            name: _compact_rows(
                pq.read_table(
                    writer.path(name), columns=[c for c in TABLES[name].names if c in READS]
                )
            )
            for name in DYAD_SOURCES
        }
        if earlier is None:
            return dyad_rows(facts, codes)
        try:
            before = {
                name: pq.read_table(earlier.folder / f"{name}.parquet").to_pylist()
                for name in ("documents", "dyads")
            }
        except (OSError, ValueError):  # gone or unreadable since it was verified
            return dyad_rows(facts, codes)
        states = {
            str(d["subject_iso3"])
            for d in (*facts["documents"], *before["documents"])
            if d["doc_id"] in earlier.changed and d.get("subject_iso3")
        }
        kept = [
            r for r in before["dyads"] if r["iso3_1"] not in states and r["iso3_2"] not in states
        ]
        made = dyad_rows(facts, codes, only=states)
        return sorted([*kept, *made], key=lambda r: (str(r["iso3_1"]), str(r["iso3_2"])))


def _compact_rows(table: pyarrow.Table) -> list[dict[str, object]]:
    """`table.to_pylist()`, with each distinct text held once (the same codes, statuses and
    document ids fill most cells): the rows of every document, in a fraction of the memory."""
    import pyarrow

    columns = []
    for column in table.itercolumns():
        values = column.to_pylist()
        if pyarrow.types.is_string(column.type):
            held: dict[object, object] = {}
            values = [held.setdefault(v, v) for v in values]
        columns.append(values)
    names = table.column_names
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def _read_history(
    history: list[SpooledRevision],
    collected: dict[str, Records],
    config: RunConfig,
    earlier: Callable[[set[tuple[str, str]]], dict[tuple[str, str], Earlier]],
) -> list[RevisionRead]:
    """Every revision's records: the latest revision's are those already collected for its
    page; a text the previous version already read (same page, same hash, same code) is taken
    from its history (`earlier`); each other distinct text is extracted once."""
    latest = latest_revisions(history)
    older = {r.path: r for r in history if r.path != latest[r.doc_id].path}
    known = earlier({(r.doc_id, r.sha256) for r in older.values()})
    outcomes: dict[Path, Earlier] = {
        path: known[(r.doc_id, r.sha256)]
        for path, r in older.items()
        if (r.doc_id, r.sha256) in known
    }
    texts = sorted(p for p in older if p not in outcomes)
    if texts:
        chosen = config.executor or local_executor(config.workers, config.limits, config.extractors)
        for outcome in chosen.outcomes(texts):
            path = texts[outcome.index]
            named = of_revision(older[path]).name_in_messages(path)
            error = named(outcome.error) if outcome.error else None
            outcomes[path] = (outcome.records, error)
    reads = []
    for rev in history:
        records: Records | None
        if rev.path == latest[rev.doc_id].path:
            records, error = collected.get(rev.doc_id), None
            if records is None:
                error = "its text could not be read (see the run's skipped lines)"
        else:
            records, error = outcomes[rev.path]
        if records is not None:
            row = with_source(records["documents"][0], of_revision(rev))
            records = {**records, "documents": [row]}
        reads.append(
            RevisionRead(
                doc_id=rev.doc_id,
                title=rev.title,
                page_id=rev.page_id or None,
                rev_id=rev.rev_id,
                timestamp=rev.timestamp,
                text_sha256=rev.sha256,
                records=records,
                error=error,
            )
        )
    return reads


Earlier = tuple[Records | None, str | None]


def _earlier_history(
    output: Path, current: str | None, usable: bool
) -> Callable[[set[tuple[str, str]]], dict[tuple[str, str], Earlier]]:
    """What the latest version made of revision texts, by (page, text hash): their records,
    from its `fact_revisions`, or why they could not be read; only when it was made by the
    same code."""

    def lookup(wanted: set[tuple[str, str]]) -> dict[tuple[str, str], Earlier]:
        folder = version_dir(output, current) if current else None
        if not usable or folder is None or not wanted:
            return {}
        import pyarrow.parquet as pq

        from pipeline.history import date_columns, records_of_revisions

        try:
            revisions = pq.read_table(folder / "revisions.parquet").to_pylist()
            statements = pq.read_table(folder / "fact_revisions.parquet").to_pylist()
        except (OSError, ValueError):
            return {}
        by_text = {(str(r["doc_id"]), str(r["text_sha256"])): r for r in revisions}
        chosen = {key: by_text[key] for key in wanted if key in by_text}
        read = {key: (str(r["doc_id"]), int(r["rev_id"])) for key, r in chosen.items() if r["read"]}
        found = records_of_revisions(statements, set(read.values()), date_columns())
        out: dict[tuple[str, str], Earlier] = {
            key: (found[rev], None) for key, rev in read.items() if rev in found
        }
        for key, r in chosen.items():
            if not r["read"] and r["skip_reason"]:
                out[key] = (None, str(r["skip_reason"]))
        return out

    return lookup


def _history_frames(reads: list[RevisionRead]) -> dict[str, pd.DataFrame]:
    from pipeline.validate import validate_tables
    from schemas import TABLES

    rows = history_rows(reads)
    return validate_tables({name: TABLES[name].frame(rows[name]) for name in HISTORY_TABLES})
