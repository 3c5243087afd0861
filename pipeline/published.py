"""A published version as people ask for it (`explain`, `report`, `asof`, `diff`): the version
they name or latest, verified as a run verifies it (every file the sha256 its manifest gives),
and the Parquet files its manifest lists, including tables added after this code was written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.errors import DamagedVersion, UsageError, shown
from pipeline.versions import (
    latest_version,
    list_versions,
    read_manifest,
    verify_version,
    version_dir,
)


def pick_version(output: Path, version: str | None) -> str:
    """The version asked for, or latest, verified (`verified_manifest`); a `UsageError`
    saying what exists otherwise."""
    versions = list_versions(output)
    if not versions:
        raise UsageError(f"{shown(output)}: no published versions (run: python -m pipeline run)")
    if version is None:
        version = latest_version(output) or versions[-1]
    elif version not in versions:
        raise UsageError(
            f"{shown(output)}: no version {version!r} (see: python -m pipeline versions)"
        )
    verified_manifest(output, version)
    return version


def verified_manifest(output: Path, version: str) -> dict[str, Any]:
    """The manifest of a version whose every file still matches it; `DamagedVersion`, said in
    one line, for a manifest that cannot be read or a file changed since publishing."""
    manifest, damaged = verify_version(output, version)
    if damaged:
        raise DamagedVersion(
            f"version {version}: {', '.join(map(shown, damaged))} no longer match its manifest "
            "(changed, truncated or deleted since publishing)"
        )
    return manifest


def parquet_files(output: Path, version: str) -> dict[str, Path]:
    """Every table file of a version its manifest lists, by table name, in name order (the
    version verified first, by `pick_version`)."""
    manifest = read_manifest(output, version)
    folder = version_dir(output, version)
    out = {}
    for name, entry in sorted(manifest["tables"].items()):
        file = entry.get("file") if isinstance(entry, dict) else None
        if isinstance(file, str) and Path(file).name == file and (folder / file).is_file():
            out[str(name)] = folder / file
    return out
