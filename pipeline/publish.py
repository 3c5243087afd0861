"""Stage 6, publish: validated tables -> `output/versions/<id>/`, then `output/latest` -> it.

A version is written under a temporary name, flushed to disk, renamed into place in one step,
and only then does `latest` (a symbolic link) switch to it, by an atomic rename of a new link
over the old one. A run killed at any point therefore leaves `latest` on the previous complete
version; its leftovers carry the temporary prefix and are removed by the next run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from pipeline.datapackage import DATAPACKAGE, descriptor
from pipeline.errors import PublishFailed
from pipeline.versions import (
    LATEST,
    MANIFEST,
    PUBLISHED_MARK,
    STAMP,
    TMP_PREFIX,
    VERSIONS,
    Published,
    list_versions,
    version_dir,
)
from schemas import TABLES


def new_version_id(fingerprint: str, after: str | None = None) -> str:
    """`<UTC time to the microsecond>Z-<content fingerprint>`: ids sort in publishing order,
    and a new id sorts after `after` (the newest existing one) even if the clock went back."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if after is not None:
        previous = dt.datetime.strptime(after[:21], STAMP)
        now = max(now, previous + dt.timedelta(microseconds=1))
    return f"{now.strftime(STAMP)}Z-{fingerprint[:8]}"


def checkpoint(name: str) -> None:
    """A named point of the publishing sequence where the crash tests kill a run:
    with PIPELINE_PAUSE_AT=name the run writes `name` to PIPELINE_PAUSE_MARKER and waits."""
    if os.environ.get("PIPELINE_PAUSE_AT") != name:
        return
    marker = os.environ.get("PIPELINE_PAUSE_MARKER")
    if marker:
        Path(marker).write_text(name, encoding="utf-8")
    time.sleep(float(os.environ.get("PIPELINE_PAUSE_SECONDS", "60")))


def write_version(
    output: Path, frames: dict[str, pd.DataFrame], manifest: dict, fingerprint: str
) -> Published:
    """Write every table and the manifest, then move the version into place and point latest.

    Any failure to write (a full disk, permissions) removes the temporary version and raises
    `PublishFailed`; latest is left as it was.
    """
    try:
        return _write_version(output, frames, manifest, fingerprint)
    except OSError as exc:
        for leftover in (output / VERSIONS).glob(f"{TMP_PREFIX}*"):
            shutil.rmtree(leftover, ignore_errors=True)
        reason = exc.strerror or str(exc)
        raise PublishFailed(
            f"{output}: could not write the new version ({reason}); latest is unchanged"
        ) from None


def _write_version(
    output: Path, frames: dict[str, pd.DataFrame], manifest: dict, fingerprint: str
) -> Published:
    existing = list_versions(output)
    version = new_version_id(fingerprint, existing[-1] if existing else None)
    final = version_dir(output, version)
    tmp = output / VERSIONS / f"{TMP_PREFIX}{version}"
    tmp.mkdir(parents=True)
    tables = {}
    for name, frame in sorted(frames.items()):
        path = tmp / f"{name}.parquet"
        write_parquet(frame, name, path)
        tables[name] = {
            "file": path.name,
            "rows": len(frame),
            "schema_version": TABLES[name].version,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        }
    package = tmp / DATAPACKAGE
    described = {name: (str(t["file"]), str(t["sha256"])) for name, t in tables.items()}
    package.write_text(json.dumps(descriptor(described, version), indent=2) + "\n", "utf-8")
    files = {DATAPACKAGE: {"sha256": hashlib.sha256(package.read_bytes()).hexdigest()}}
    checkpoint("tables-written")
    body = {"version": version, **manifest, "tables": tables, "files": files}
    (tmp / MANIFEST).write_text(json.dumps(body, indent=2, sort_keys=True) + "\n", "utf-8")
    _fsync_tree(tmp)
    checkpoint("before-rename")
    os.rename(tmp, final)
    _fsync_dir(final.parent)
    checkpoint("before-latest")
    try:
        point_latest(output, version)
    except OSError as exc:
        shutil.rmtree(final, ignore_errors=True)
        raise PublishFailed(
            f"{output}: {_switch_failure(output, exc)}; latest is unchanged"
        ) from None
    checkpoint("published")
    (final / PUBLISHED_MARK).touch()
    return Published(version, final, unchanged=False)


def _switch_failure(output: Path, exc: OSError) -> str:
    latest = output / LATEST
    if latest.exists() and not latest.is_symlink():
        return (
            f"{latest} is a real {'directory' if latest.is_dir() else 'file'}, not the link this "
            "tool keeps; move it away and run again"
        )
    return f"could not point latest to the new version ({exc.strerror or exc})"


def write_parquet(frame: pd.DataFrame, name: str, path: Path) -> None:
    spec = TABLES[name]
    table = pyarrow.Table.from_pandas(frame, schema=spec.arrow(), preserve_index=False)
    # keep pandas' own metadata (nullable Int64/string dtypes come back in pandas) beside ours
    table = table.replace_schema_metadata(
        {**(table.schema.metadata or {}), **spec.arrow().metadata}
    )
    pq.write_table(table, path, compression="zstd", write_statistics=True)


def point_latest(output: Path, version: str) -> None:
    """Switch `latest` to `version` in one rename."""
    tmp_link = output / f"{TMP_PREFIX}latest-{os.getpid()}"
    tmp_link.unlink(missing_ok=True)
    os.symlink(Path(VERSIONS) / version, tmp_link)
    os.replace(tmp_link, output / LATEST)
    _fsync_dir(output)


def _fsync_tree(root: Path) -> None:
    for path in root.iterdir():
        with path.open("rb") as f:
            os.fsync(f.fileno())
    _fsync_dir(root)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
