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
import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.dumps import (
    DEFAULT_TITLES,
    SpooledRevision,
    is_dump,
    latest_revisions,
    spool_dumps,
)
from pipeline.errors import DamagedVersion, InputError, shown
from pipeline.history import RevisionRead, history_rows
from pipeline.limits import Limits
from pipeline.lock import output_lock
from pipeline.own_knowledge import extract_with_own_knowledge, process_extractors
from pipeline.read import format_of, read_bytes
from pipeline.sources import SourceInfo, of_file, of_revision, with_source
from pipeline.versions import (
    Published,
    clean_stale,
    code_fingerprint,
    latest_version,
    prune,
    strangers,
    verify_version,
    version_dir,
)
from schemas.names import FACT_TABLES, HISTORY_TABLES

__all__ = [
    "RunConfig",
    "RunReport",
    "extract_with_own_knowledge",
    "process_extractors",
    "run",
    "run_with",
]

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow

    from pipeline.document import Extractors
    from pipeline.knowledge.codes import CountryCodes
    from pipeline.publish import VersionWriter
    from pipeline.stream import Streamed
    from pipeline.workers import Executor, Outcome

DOCUMENT_SUFFIXES = (".md", ".txt", ".wiki", ".wikitext", ".mediawiki")
Records = dict[str, list[dict[str, object]]]


@dataclass
class RunReport:
    published: Published | None = None
    documents: int = 0
    reused: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    changes: dict[str, dict[str, int]] = field(default_factory=dict)
    pruned: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: edited documents not read this time whose previous facts were kept: doc_id -> reason
    carried_over: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Source:
    """An input as the reuse key sees it: its bytes' hash and its format."""

    path: Path
    sha256: str
    format: str


def expand_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Files to read (each once, however often it is named), and one error line per path that
    gives none."""
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.iterdir()
                if not p.is_dir()  # pipes, devices, dangling links are named and refused
                and p.suffix.lower() in DOCUMENT_SUFFIXES
                and p.name.lower() != "readme.md"
            )
            if not found:
                errors.append(
                    f"{shown(path)}: directory holds no documents ({', '.join(DOCUMENT_SUFFIXES)})"
                )
            files.extend(found)
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            errors.append(f"{shown(path)}: no such file or directory")
    seen: set[Path] = set()
    unique = []
    for path in files:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique, errors


@dataclass(frozen=True, slots=True)
class RunConfig:
    """Every option of a run, built once (by `pipeline.cli` or `run`) and passed down."""

    inputs: tuple[Path, ...]
    output: Path
    keep: int | None = None
    wait: float = 0.0
    progress: Callable[[int, int, str], None] | None = None
    extractors: Extractors | None = None
    limits: Limits = field(default_factory=Limits)
    workers: int | None = None
    executor: Executor | None = None
    titles: str = DEFAULT_TITLES
    revisions: str = "latest"


@dataclass(frozen=True, slots=True)
class Inputs:
    """The files to read (dump pages spooled as files among them), what each was read from,
    and every revision when the history is asked for."""

    files: list[Path]
    infos: dict[str, SourceInfo]
    history: list[SpooledRevision] | None


@dataclass(frozen=True, slots=True)
class Prior:
    """The latest version as the reuse key sees it."""

    current: str | None
    manifest: dict
    damaged: list[str]
    code: str

    @property
    def same_code(self) -> bool:
        return self.manifest.get("code_fingerprint") == self.code and not self.damaged

    @property
    def known(self) -> dict[str, tuple[object, object]]:
        return {
            i["doc_id"]: (i.get("sha256"), i.get("format"))
            for i in self.manifest.get("inputs", [])
            if isinstance(i, dict)
        }

    @property
    def intact(self) -> list[str]:
        return [n for n in FACT_TABLES if n not in self.damaged]


@dataclass(frozen=True, slots=True)
class Plan:
    """What the run reads: each input by doc_id, where it came from, which are extracted
    afresh, and whether the latest version already holds exactly this run."""

    sources: dict[str, Source]
    info: dict[str, SourceInfo]
    fresh: list[str]
    history: list[SpooledRevision] | None
    revisions_key: str | None
    prior: Prior
    unchanged: bool


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


def gather_inputs(config: RunConfig, report: RunReport, stack: contextlib.ExitStack) -> Inputs:
    """Plan, first step: the files named, each once; the pages of dumps spooled as files for
    the time of the run (`stack`); those that give none reported as skipped."""
    files, errors = expand_inputs(config.inputs)
    report.skipped.extend(errors)
    dumps = [f for f in files if is_dump(f)]
    files = [f for f in files if not is_dump(f)]
    infos: dict[str, SourceInfo] = {}
    history: list[SpooledRevision] | None = None
    if dumps:
        folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="pipeline-spool-"))
        spool, dump_errors = spool_dumps(
            dumps,
            Path(folder),
            config.titles,
            every=config.revisions == "all",
            max_text_bytes=config.limits.max_input_bytes,
        )
        report.skipped.extend(dump_errors)
        if not spool.revisions:
            report.warnings.extend(
                f"{shown(d)}: no page in it matches --title {config.titles!r}" for d in dumps
            )
        for doc_id, rev in sorted(spool.latest().items()):
            files.append(rev.path)
            infos[doc_id] = of_revision(rev)
        history = spool.revisions if config.revisions == "all" else None
    files, duplicates = _unique_ids(files)
    report.skipped.extend(duplicates)
    return Inputs(files, infos, history)


def read_prior(output: Path, report: RunReport) -> Prior:
    """Plan, second step (under the output's lock): the latest version, verified."""
    clean_stale(output)
    for name in strangers(output):
        report.warnings.append(
            f"{shown(output / 'versions' / name)}: not a version of this tool; ignored"
        )
    code = code_fingerprint()
    current, manifest, damaged = _verified_latest(output, report)
    return Prior(current, manifest, damaged, code)


def make_plan(inputs: Inputs, prior: Prior, limits: Limits, report: RunReport) -> Plan:
    """Plan, last step: each readable input's hash and format, which of them the latest
    version's facts can be reused for, and whether it holds this very run."""
    sources = _sources(inputs.files, limits, report)
    info = {
        s.path.stem: inputs.infos.get(s.path.stem) or of_file(s.path, s.sha256) for s in sources
    }
    revisions_key = _revisions_key(inputs.history)
    known = prior.known
    unchanged = bool(
        prior.current
        and prior.same_code
        and not report.skipped
        and {s.path.stem: (s.sha256, s.format) for s in sources} == known
        and _manifest_sources(prior.manifest) == {d: i.manifest_entry() for d, i in info.items()}
        and prior.manifest.get("revisions_key") == revisions_key
    )
    by_id = {s.path.stem: s for s in sources}
    fresh = sorted(
        d
        for d, s in by_id.items()
        if not (prior.same_code and known.get(d) == (s.sha256, s.format))
    )
    return Plan(by_id, info, fresh, inputs.history, revisions_key, prior, unchanged)


def _unchanged(output: Path, plan: Plan, report: RunReport) -> RunReport:
    """The report of a run the latest version already holds."""
    current = plan.prior.current
    assert current is not None
    report.published = Published(current, version_dir(output, current), unchanged=True)
    report.documents = report.reused = len(plan.sources)
    report.rows = {n: t["rows"] for n, t in plan.prior.manifest.get("tables", {}).items()}
    return report


def start_extraction(config: RunConfig, plan: Plan) -> Iterator[Outcome]:
    """Execute: the fresh documents handed to the run's executor (or to local workers), whose
    outcomes come as they finish."""
    if not plan.fresh:
        return iter(())
    chosen = config.executor or local_executor(
        config.workers, config.limits, config.extractors, len(plan.fresh)
    )
    return chosen.outcomes([plan.sources[d].path for d in plan.fresh])


def write_version(
    config: RunConfig, plan: Plan, extracting: Iterator[Outcome], report: RunReport
) -> bool:
    """Stream, derive and publish into a new version; whether one was published (not when
    no document is kept, nor when the facts are those of the latest version)."""
    # the workers are at work: what validating and writing need is loaded meanwhile
    from pipeline.publish import VersionWriter

    with VersionWriter(config.output) as writer:
        streamed = stream_version(config, plan, extracting, writer, report)
        if not streamed.kept:
            writer.discard()
            return False
        derive_tables(config, plan, streamed, writer)
        return publish_version(config, plan, streamed, writer, report)


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


def derive_tables(config: RunConfig, plan: Plan, streamed: Streamed, writer: VersionWriter) -> None:
    """Derive: the history tables when every revision is read, then coverage and dyads."""
    if plan.history is not None:
        earlier = _earlier_history(config.output, plan.prior.current, plan.prior.same_code)
        read_all = _read_history(plan.history, streamed.records, config, earlier)
        for name, frame in _history_frames(read_all).items():
            writer.write_frame(name, frame)
    _write_derived(writer, streamed.coverage, config.extractors)


def publish_version(
    config: RunConfig, plan: Plan, streamed: Streamed, writer: VersionWriter, report: RunReport
) -> bool:
    """Publish: the lookups and the manifest, unless the facts are those of the latest
    version; whether a version was published."""
    from pipeline.diff import counts_by_table

    prior = plan.prior
    report.rows = {n: c for n, c in writer.rows().items() if n != "changes"}
    fingerprint = _fingerprint(writer, list(report.rows))
    if prior.current and prior.same_code and prior.manifest.get("fingerprint") == fingerprint:
        # the same facts from the same code; after a code change the same facts are published
        # again, so that the next run can reuse them under the new code
        writer.discard()
        folder = version_dir(config.output, prior.current)
        report.published = Published(prior.current, folder, unchanged=True)
        return False
    report.changes = counts_by_table(streamed.changes)
    writer.write_frame("organizations", _organizations(config.extractors))  # validated
    writer.write_frame("states", _states(config.extractors))
    report.published = writer.publish(_manifest(plan, streamed, report, fingerprint), fingerprint)
    return True


def _manifest(
    plan: Plan, streamed: Streamed, report: RunReport, fingerprint: str
) -> dict[str, object]:
    """The manifest of a new version (its tables' entries are added by the writer)."""
    prior = plan.prior
    kept = [
        {
            "doc_id": doc_id,
            "file_name": streamed.file_names[doc_id],
            "sha256": plan.sources[doc_id].sha256,
            "format": plan.sources[doc_id].format,
            "source": plan.info[doc_id].manifest_entry(),
        }
        if doc_id not in streamed.carried_over
        else _carried_input(doc_id, prior.manifest, streamed.carried_over[doc_id])
        for doc_id in streamed.kept
    ]
    return {
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "pipeline_version": __version__,
        "code_fingerprint": prior.code,
        "fingerprint": fingerprint,
        "previous": prior.current,
        "inputs": kept,
        "reused": report.reused,
        "skipped": report.skipped,
        "changes": report.changes,
        "carried_over": dict(sorted(report.carried_over.items())),
        "changes_unknown": sorted(
            d for d in prior.damaged if d in prior.manifest.get("tables", {})
        ),
        "revisions_key": plan.revisions_key,
    }


def _verified_latest(output: Path, report: RunReport) -> tuple[str | None, dict, list[str]]:
    """The latest version, its manifest and the tables whose files no longer match it. A
    version whose manifest cannot be read is not built upon at all."""
    current = latest_version(output)
    if current is None:
        return None, {}, []
    try:
        manifest, damaged = verify_version(output, current)
    except DamagedVersion as exc:
        report.warnings.append(
            f"{shown(output)}: {exc}; every document is extracted again and no change is "
            "computed against it"
        )
        return None, {}, []
    if damaged:
        report.warnings.append(
            f"{shown(output)}: latest version {current}: {', '.join(map(shown, damaged))} no "
            "longer match the manifest (changed, truncated or deleted since publishing); every "
            "document is extracted again, and the changes of those tables are not computed"
        )
    return current, manifest, damaged


def _sources(files: list[Path], limits: Limits, report: RunReport) -> list[Source]:
    """Each readable input with its hash and format; the others reported and left out."""
    out = []
    for path in files:
        try:
            utf8_name(path)
            raw = read_bytes(path, limits.max_input_bytes)
        except InputError as exc:
            report.skipped.append(str(exc))
            continue
        out.append(Source(path, hashlib.sha256(raw).hexdigest(), format_of(path, raw)))
    return out


def utf8_name(path: Path) -> None:
    """An `InputError` for a file name or path that is not UTF-8 (bytes the file system holds
    but no text can: doc_id, file_name and the path it was read from are text columns); the
    name is shown escaped."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            str(path), "file name is not UTF-8; rename the file (e.g. with convmv)"
        ) from None


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


def _country_codes(extractors: Extractors | None) -> CountryCodes:
    """The COW and GW codes of the run's knowledge, or of the data files when it has none."""
    from pipeline.knowledge.codes import CountryCodes

    return extractors.knowledge.codes if extractors else CountryCodes.from_data()


def _organizations(extractors: Extractors | None) -> pd.DataFrame:
    """The registry `org_id` refers to, published beside the facts: the run's own knowledge,
    or the data file when the run was given none."""
    from pipeline.knowledge.organizations import Registry
    from pipeline.organizations import organization_qids, organization_rows
    from pipeline.validate import validate_tables
    from schemas import TABLES

    registry = extractors.knowledge.organizations if extractors else Registry.from_data()
    frame = TABLES["organizations"].frame(organization_rows(registry, organization_qids()))
    return validate_tables({"organizations": frame})["organizations"]


def _states(extractors: Extractors | None) -> pd.DataFrame:
    """The states lookup (`pipeline.states`), validated."""
    from pipeline.states import state_rows
    from pipeline.validate import validate_tables
    from schemas import TABLES

    frame = TABLES["states"].frame(state_rows(_country_codes(extractors)))
    return validate_tables({"states": frame})["states"]


def _write_derived(
    writer: VersionWriter, coverage: list[dict[str, object]], extractors: Extractors | None
) -> None:
    """The derived tables (`pipeline.derive`), validated and written one after the other:
    `coverage` made batch by batch, `dyads` from every document's facts."""
    from pipeline.validate import validate_tables
    from schemas import TABLES

    def valid(name: str, rows: list[dict[str, object]]) -> pd.DataFrame:
        return validate_tables({name: TABLES[name].frame(rows)})[name]

    writer.write_frame("coverage", valid("coverage", coverage))
    writer.write_frame("dyads", valid("dyads", _dyad_rows(writer, _country_codes(extractors))))


def _dyad_rows(writer: VersionWriter, codes: CountryCodes) -> list[dict[str, object]]:
    """`dyads` of every document's facts, read back from the tables just written: only the
    tables and columns it reads, let go once read."""
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
        return dyad_rows(facts, codes)


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


def _finish(report: RunReport, started: float) -> RunReport:
    report.seconds = time.monotonic() - started
    return report


def _unique_ids(files: list[Path]) -> tuple[list[Path], list[str]]:
    seen: dict[str, Path] = {}
    kept, errors = [], []
    for path in files:
        if path.stem in seen:
            errors.append(
                f"{shown(path)}: same document id as {shown(seen[path.stem])}; skipped "
                "(rename one of them)"
            )
            continue
        seen[path.stem] = path
        kept.append(path)
    return kept, errors


def _carried_input(doc_id: str, manifest: dict, reason: str) -> dict[str, object]:
    """The manifest entry of a document whose previous facts were kept: the previous entry (the
    text those facts were read from: the next run sees the edited text as new and reads it),
    marked with why it was not read."""
    entry = next(
        (
            i
            for i in manifest.get("inputs", [])
            if isinstance(i, dict) and i.get("doc_id") == doc_id
        ),
        {"doc_id": doc_id},
    )
    return {**entry, "carried_over": reason}


def _manifest_sources(manifest: dict) -> dict[str, object]:
    return {
        str(i["doc_id"]): i.get("source")
        for i in manifest.get("inputs", [])
        if isinstance(i, dict) and "doc_id" in i
    }


def _revisions_key(history: list[SpooledRevision] | None) -> str | None:
    """What the history tables are made of: every revision's id and text hash."""
    if history is None:
        return None
    digest = hashlib.sha256()
    for rev in sorted(history, key=lambda r: (r.doc_id, r.timestamp, r.rev_id)):
        digest.update(f"{rev.doc_id}\t{rev.rev_id}\t{rev.timestamp}\t{rev.sha256}\n".encode())
    return digest.hexdigest()


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


def _fingerprint(writer: VersionWriter, names: list[str]) -> str:
    """Identity of a run's content: its tables' files (written in a fixed order and layout, so
    equal files mean equal tables)."""
    digest = hashlib.sha256()
    for name in sorted(names):
        digest.update(f"{name}\t{writer.sha256(name)}\n".encode())
    return digest.hexdigest()
