"""Stage 6, publish: validated tables -> `output/versions/<id>/`, then `output/latest` -> it.

A version is written under a temporary name, flushed to disk, renamed into place in one step,
and only then does `latest` (a symbolic link) switch to it, by an atomic rename of a new link
over the old one. A run killed at any point therefore leaves `latest` on the previous complete
version; its leftovers carry the temporary prefix and are removed by the next run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from pipeline.datapackage import DATAPACKAGE, descriptor
from pipeline.errors import PublishFailed
from pipeline.guarded_io import write_atomic
from pipeline.versions import (
    LATEST,
    MANIFEST,
    PUBLISHED_MARK,
    STAMP,
    TMP_PREFIX,
    VERSIONS,
    Published,
    list_versions,
    sha256_file,
    version_dir,
    version_time,
)
from schemas import TABLES

T = TypeVar("T")


def new_version_id(fingerprint: str, after: str | None = None) -> str:
    """`<UTC time to the microsecond>Z-<content fingerprint>`: ids sort in publishing order,
    and a new id sorts after `after` (the newest existing one) even if the clock went back."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if after is not None:
        previous = version_time(after)
        if previous is not None:
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


class VersionWriter:
    """A version being written: tables go into a temporary folder, whole (`write_frame`) or a
    row group at a time (`append`), so that a run never holds more than a batch of documents;
    `publish` then moves the folder into place and points latest to it, and `discard` (or an
    exception inside the `with` block) leaves no trace of it.

    Any failure to write (a full disk, permissions) raises `PublishFailed`; latest is left as
    it was."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.folder = output / VERSIONS / f"{TMP_PREFIX}{os.getpid()}-{time.monotonic_ns()}"
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._rows: dict[str, int] = {}
        self._closed: dict[str, dict[str, object]] = {}

    def __enter__(self) -> VersionWriter:
        self._guard(lambda: self.folder.mkdir(parents=True))
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if exc is not None:
            self.discard()

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.parquet"

    def append(self, name: str, table: pyarrow.Table) -> None:
        """One row group of table `name` (an empty table adds nothing but opens the file)."""

        def write() -> None:
            if name not in self._writers:
                self._writers[name] = pq.ParquetWriter(
                    self.path(name), arrow_schema(name), **PARQUET_OPTIONS
                )
                self._rows[name] = 0
            if table.num_rows:
                self._writers[name].write_table(conform(name, table), row_group_size=1 << 30)
                self._rows[name] += table.num_rows

        self._guard(write)

    def close(self, name: str) -> Path:
        """Finish table `name` (appended to or not), so that it can be read back."""
        if name not in self._closed:
            self.append(name, arrow_schema(name).empty_table())
            self._guard(self._writers.pop(name).close)
            self._closed[name] = {"file": f"{name}.parquet", "rows": self._rows.pop(name)}
        return self.path(name)

    def write_frame(self, name: str, frame: pd.DataFrame) -> None:
        """A whole table at once."""
        self.write_table(name, frame_table(name, frame))

    def write_table(self, name: str, table: pyarrow.Table) -> None:
        """A whole table at once, from Arrow (a validated frame's or an earlier version's)."""
        path = self.path(name)
        self._guard(lambda: pq.write_table(conform(name, table), path, **PARQUET_OPTIONS))
        self._closed[name] = {"file": f"{name}.parquet", "rows": table.num_rows}

    def rows(self) -> dict[str, int]:
        return {n: int(str(t["rows"])) for n, t in sorted(self._closed.items())}

    def sha256(self, name: str) -> str:
        """The hash of a finished table's file (hashed once)."""
        entry = self._closed[name]
        if "sha256" not in entry:
            entry["sha256"] = sha256_file(self.path(name))
        return str(entry["sha256"])

    def discard(self) -> None:
        for writer in self._writers.values():
            with contextlib.suppress(Exception):
                writer.close()
        self._writers.clear()
        shutil.rmtree(self.folder, ignore_errors=True)

    def publish(self, manifest: dict, fingerprint: str) -> Published:
        """Name the version, write its manifest, move it into place, point latest to it."""
        return self._guard(lambda: self._publish(manifest, fingerprint))

    def _publish(self, manifest: dict, fingerprint: str) -> Published:
        for name in list(self._writers):
            self.close(name)
        existing = list_versions(self.output)
        version = new_version_id(fingerprint, existing[-1] if existing else None)
        final = version_dir(self.output, version)
        tables = {
            name: {
                "file": entry["file"],
                "rows": entry["rows"],
                "schema_version": TABLES[name].version,
                "sha256": self.sha256(name),
            }
            for name, entry in sorted(self._closed.items())
        }
        package = self.folder / DATAPACKAGE
        described = {name: (str(t["file"]), str(t["sha256"])) for name, t in tables.items()}
        write_atomic(package, json.dumps(descriptor(described, version), indent=2) + "\n")
        files = {DATAPACKAGE: {"sha256": sha256_file(package)}}
        checkpoint("tables-written")
        body = {"version": version, **manifest, "tables": tables, "files": files}
        write_atomic(self.folder / MANIFEST, json.dumps(body, indent=2, sort_keys=True) + "\n")
        _fsync_tree(self.folder)
        checkpoint("before-rename")
        os.rename(self.folder, final)
        _fsync_dir(final.parent)
        checkpoint("before-latest")
        try:
            point_latest(self.output, version)
        except OSError as exc:
            shutil.rmtree(final, ignore_errors=True)
            raise PublishFailed(
                f"{self.output}: {_switch_failure(self.output, exc)}; latest is unchanged"
            ) from None
        checkpoint("published")
        with contextlib.suppress(FileExistsError):
            write_atomic(final / PUBLISHED_MARK, b"", replace=False)
        return Published(version, final, unchanged=False)

    def _guard(self, action: Callable[[], T]) -> T:
        try:
            return action()
        except OSError as exc:
            self.discard()
            reason = exc.strerror or str(exc)
            raise PublishFailed(
                f"{self.output}: could not write the new version ({reason}); latest is unchanged"
            ) from None


def _switch_failure(output: Path, exc: OSError) -> str:
    latest = output / LATEST
    if latest.exists() and not latest.is_symlink():
        return (
            f"{latest} is a real {'directory' if latest.is_dir() else 'file'}, not the link this "
            "tool keeps; move it away and run again"
        )
    return f"could not point latest to the new version ({exc.strerror or exc})"


#: how every table is written: compressed, with the statistics readers prune row groups by
PARQUET_OPTIONS: dict[str, object] = {"compression": "zstd", "write_statistics": True}


def parquet_bytes(frame: pd.DataFrame, name: str) -> bytes:
    """A whole table as the bytes of its file, for a writer that writes them all at once."""
    sink = pyarrow.BufferOutputStream()
    pq.write_table(frame_table(name, frame), sink, **PARQUET_OPTIONS)
    return bytes(sink.getvalue().to_pybytes())


def frame_table(name: str, frame: pd.DataFrame) -> pyarrow.Table:
    """A validated frame as the Arrow table its file holds."""
    table = pyarrow.Table.from_pandas(frame, schema=TABLES[name].arrow(), preserve_index=False)
    return conform(name, table)


@cache
def arrow_schema(name: str) -> pyarrow.Schema:
    """The schema a table's file has, whatever its rows: ours (descriptions, version) and
    pandas' own metadata (so that nullable Int64 and string dtypes come back in pandas)."""
    spec = TABLES[name]
    empty = pyarrow.Table.from_pandas(spec.frame([]), schema=spec.arrow(), preserve_index=False)
    return empty.schema.with_metadata({**(empty.schema.metadata or {}), **spec.arrow().metadata})


def conform(name: str, table: pyarrow.Table) -> pyarrow.Table:
    """`table` under the table's schema: its rows, whether they come from a frame or from an
    earlier version's file, are written alike."""
    schema = arrow_schema(name)
    return pyarrow.Table.from_arrays([table[n] for n in schema.names], schema=schema)


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
