"""Plan: the inputs named (files, dump pages spooled as files), each read once for its hash and
format, and checked against the latest version: which documents are extracted afresh, and
whether the latest version already holds this very run."""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.dumps import SpooledRevision
from pipeline.errors import DamagedVersion, InputError, shown
from pipeline.formats import FORMATS, Expansion, expand_sources
from pipeline.limits import Limits
from pipeline.read import read_bytes
from pipeline.run.config import RunConfig, RunReport
from pipeline.sources import SourceInfo, of_file, of_revision
from pipeline.versions import (
    clean_stale,
    code_fingerprint,
    latest_version,
    strangers,
    verify_version,
)
from schemas.names import FACT_TABLES


@dataclass(frozen=True, slots=True)
class Source:
    """An input as the reuse key sees it: its bytes' hash and its format."""

    path: Path
    sha256: str
    format: str


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
                and FORMATS.in_folder(p)
                and p.name.lower() != "readme.md"
            )
            if not found:
                listed = ", ".join(FORMATS.folder_suffixes())
                errors.append(f"{shown(path)}: directory holds no documents ({listed})")
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


def gather_inputs(config: RunConfig, report: RunReport, stack: contextlib.ExitStack) -> Inputs:
    """Plan, first step: the files named, each once; the documents of sources (the pages of
    dumps) spooled as files for the time of the run (`stack`); those that give none reported
    as skipped."""
    files, errors = expand_inputs(config.inputs)
    report.skipped.extend(errors)
    dumps = [f for f in files if FORMATS.source_of(f) is not None]
    files = [f for f in files if FORMATS.source_of(f) is None]
    infos: dict[str, SourceInfo] = {}
    history: list[SpooledRevision] | None = None
    if dumps:
        folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="pipeline-spool-"))
        how = Expansion(
            config.titles,
            every=config.revisions == "all",
            max_text_bytes=config.limits.max_input_bytes,
        )
        spool, dump_errors = expand_sources(dumps, Path(folder), how)
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
        fmt = FORMATS.document_format(path, raw)
        out.append(Source(path, hashlib.sha256(raw).hexdigest(), fmt.name))
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
