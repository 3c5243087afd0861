"""The main job: inputs -> read -> layout -> extract -> resolve -> validate -> publish.

Each document goes through the first stages on its own, so that a bad document is reported and
skipped without stopping the others; validation and publishing see the whole run at once, so
that a version is either complete and valid or not written at all. A document whose bytes and
whose pipeline code are those of the latest version is not extracted again: its facts are
carried over from that version.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from pipeline import __version__
from pipeline.diff import compute_changes, frame_records, read_tables, summary_counts
from pipeline.document import Extractors, extract_document
from pipeline.errors import InputError
from pipeline.lock import output_lock
from pipeline.publish import (
    Published,
    clean_stale,
    code_fingerprint,
    latest_version,
    prune,
    read_manifest,
    version_dir,
    write_version,
)
from pipeline.validate import validate_tables
from schemas import TABLES
from schemas.tables import FACT_TABLES

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


def expand_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Files to read, and one error line per path that gives none."""
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and p.suffix.lower() in DOCUMENT_SUFFIXES
                and p.name.lower() != "readme.md"
            )
            if not found:
                errors.append(
                    f"{path}: directory holds no documents ({', '.join(DOCUMENT_SUFFIXES)})"
                )
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            errors.append(f"{path}: no such file or directory")
    return files, errors


def run(
    inputs: list[Path],
    output: Path,
    *,
    keep: int | None = None,
    wait: float = 0.0,
    progress: Callable[[int, int, str], None] | None = None,
    extractors: Extractors | None = None,
) -> RunReport:
    """Run the pipeline over `inputs` and publish one version into `output`. `extractors`
    (knowledge and rules) are built on first need, once per process, unless given."""
    started = time.monotonic()
    report = RunReport()
    files, errors = expand_inputs(inputs)
    report.skipped.extend(errors)
    files, duplicates = _unique_ids(files)
    report.skipped.extend(duplicates)
    with output_lock(output, wait=wait):
        clean_stale(output)
        code = code_fingerprint()
        current = latest_version(output)
        manifest = read_manifest(output, current) if current else {}
        same_code = manifest.get("code_fingerprint") == code
        known = {i["doc_id"]: i["sha256"] for i in manifest.get("inputs", [])}
        hashes = {path: _sha256(path) for path in files}
        if (
            current
            and same_code
            and not report.skipped
            and {p.stem: h for p, h in hashes.items()} == known
        ):
            report.published = Published(current, version_dir(output, current), unchanged=True)
            report.documents = report.reused = len(files)
            report.rows = {n: t["rows"] for n, t in manifest.get("tables", {}).items()}
            return _finish(report, started)
        previous = read_tables(output, current)
        collected: Records = {name: [] for name in FACT_TABLES}
        sources: list[dict[str, str]] = []
        for i, path in enumerate(files, start=1):
            if progress:
                progress(i, len(files), path.name)
            if same_code and hashes[path] is not None and known.get(path.stem) == hashes[path]:
                records = {
                    n: [r for r in previous[n] if r["doc_id"] == path.stem] for n in FACT_TABLES
                }
                report.reused += 1
            else:
                extractors = extractors or process_extractors()
                extracted = _extract(path, extractors, report)
                if extracted is None:
                    continue
                records = extracted
            for name, recs in records.items():
                collected[name].extend(recs)
            doc = records["documents"][0]
            sources.append(
                {
                    "doc_id": str(doc["doc_id"]),
                    "file_name": str(doc["file_name"]),
                    "sha256": str(doc["sha256"]),
                }
            )
        report.documents = len(sources)
        if not sources:
            return _finish(report, started)
        frames = validate_tables({n: TABLES[n].frame(recs) for n, recs in collected.items()})
        report.rows = {name: len(f) for name, f in frames.items()}
        fingerprint = _fingerprint(frames)
        if current and manifest.get("fingerprint") == fingerprint:
            report.published = Published(current, version_dir(output, current), unchanged=True)
            return _finish(report, started)
        changes = compute_changes(previous, {n: frame_records(n, f) for n, f in frames.items()})
        report.changes = summary_counts(changes)
        frames.update(validate_tables({"changes": TABLES["changes"].frame(changes)}))
        body = {
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "pipeline_version": __version__,
            "code_fingerprint": code,
            "fingerprint": fingerprint,
            "previous": current,
            "inputs": sorted(sources, key=lambda s: s["doc_id"]),
            "reused": report.reused,
            "skipped": report.skipped,
            "changes": report.changes,
        }
        report.published = write_version(output, frames, body, fingerprint)
        if keep is not None:
            report.pruned = prune(output, keep)
    return _finish(report, started)


@cache
def process_extractors() -> Extractors:
    """The knowledge and rules of this process: the composition root builds them once."""
    return Extractors.build()


def _extract(path: Path, extractors: Extractors, report: RunReport) -> Records | None:
    try:
        tables, warnings = extract_document(path, extractors)
        records = {name: [r.as_row() for r in recs] for name, recs in tables.items()}
    except InputError as exc:
        report.skipped.append(str(exc))
        return None
    except Exception as exc:  # a bug on one document must not sink the others
        if os.environ.get("PIPELINE_DEBUG"):
            raise
        report.skipped.append(
            f"{path}: internal error ({type(exc).__name__}: {exc}); rerun with "
            "PIPELINE_DEBUG=1 for the traceback, and please report it"
        )
        return None
    report.warnings.extend(warnings)
    return records


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _finish(report: RunReport, started: float) -> RunReport:
    report.seconds = time.monotonic() - started
    return report


def _unique_ids(files: list[Path]) -> tuple[list[Path], list[str]]:
    seen: dict[str, Path] = {}
    kept, errors = [], []
    for path in files:
        if path.stem in seen:
            errors.append(f"{path}: same document id as {seen[path.stem]}; skipped")
            continue
        seen[path.stem] = path
        kept.append(path)
    return kept, errors


def _fingerprint(frames: dict[str, pd.DataFrame]) -> str:
    """Identity of a run's content: the tables themselves, so equal tables mean unchanged."""
    digest = hashlib.sha256()
    for name in sorted(frames):
        digest.update(name.encode())
        payload = frames[name].to_json(orient="split", date_format="iso", default_handler=str)
        digest.update(payload.encode())
    return digest.hexdigest()
