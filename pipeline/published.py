"""A published version as people ask for it (`explain`, `report`): the version they name or
latest, and the Parquet files it holds, including tables added after this code was written."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import UsageError, shown
from pipeline.versions import latest_version, list_versions, version_dir


def pick_version(output: Path, version: str | None) -> str:
    """The version asked for, or latest; a `UsageError` saying what exists otherwise."""
    versions = list_versions(output)
    if not versions:
        raise UsageError(f"{shown(output)}: no published versions (run: python -m pipeline run)")
    if version is None:
        return latest_version(output) or versions[-1]
    if version not in versions:
        raise UsageError(
            f"{shown(output)}: no version {version!r} (see: python -m pipeline versions)"
        )
    return version


def parquet_files(output: Path, version: str) -> dict[str, Path]:
    """Every table file of a version, by table name, in name order."""
    return {p.stem: p for p in sorted(version_dir(output, version).glob("*.parquet"))}
