"""`python -m pipeline asof DATE`: the fact tables as the articles stated them on a date.

Built from the history tables a run with `--revisions all` publishes: for each page, the last
revision saved at or before the date, and the facts exactly as that revision stated them.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pipeline.errors import UsageError, shown
from pipeline.guarded_io import write_atomic
from pipeline.history import chosen_revisions, date_columns, facts_as_of
from pipeline.published import pick_version, verified_manifest
from pipeline.versions import version_dir
from schemas.names import FACT_TABLES

DATE_HELP = "give YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"


def parse_when(text: str) -> dt.datetime:
    """A date (the end of that day, UTC) or an ISO 8601 date and time, as a naive UTC time; a
    `UsageError` for anything else, a time whose offset takes it out of the years 1 to 9999
    included."""
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            return dt.datetime(day.year, day.month, day.day, 23, 59, 59)
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"not a date: {text!r} ({DATE_HELP})") from None
    if when.tzinfo is not None:
        try:
            when = when.astimezone(dt.UTC).replace(tzinfo=None)
        except OverflowError:
            raise UsageError(
                f"out of range: {text!r} is not between the years 1 and 9999 in UTC"
            ) from None
    return when


def written_by_asof(name: str) -> bool:
    """A file `asof` writes into its folder (a table, or one being written)."""
    return name in {f"{t}.parquet" for t in FACT_TABLES} or (
        name.startswith(".") and name.endswith(".partial")
    )


def check_into(into: Path) -> None:
    """`--into` is a new folder, or one `asof` wrote before (so that it can be run again);
    a folder holding anything else is refused, since its tables would be overwritten."""
    if not into.exists() and not into.is_symlink():
        return
    if not into.is_dir():
        raise UsageError(f"{shown(into)}: is not a folder; name a folder to write the tables to")
    try:
        foreign = sorted(n for n in os.listdir(into) if not written_by_asof(n))
    except OSError as exc:
        raise UsageError(f"{shown(into)}: cannot be read ({exc.strerror or exc})") from None
    if foreign:
        more = ", ..." if len(foreign) > 3 else ""
        raise UsageError(
            f"{shown(into)}: holds files asof did not write ({', '.join(map(shown, foreign[:3]))}"
            f"{more}); give a new folder or one asof wrote"
        )


def write_as_of(output: Path, when: dt.datetime, into: Path, version: str | None = None) -> dict:
    """Write every fact table as of `when` into `into`; return rows per table and the
    revision chosen per page. The version is verified first, as a run verifies it."""
    import pyarrow.parquet as pq

    from pipeline.publish import parquet_bytes
    from pipeline.validate import validate_tables
    from schemas import TABLES

    chosen_version = pick_version(output, version)
    folder = version_dir(output, chosen_version)
    tables = verified_manifest(output, chosen_version).get("tables", {})
    if "fact_revisions" not in tables:
        raise UsageError(
            f"{output}: version {chosen_version} has no revision history; run with "
            "--revisions all on a MediaWiki export or dump first"
        )
    revisions = pq.read_table(folder / "revisions.parquet").to_pylist()
    statements = pq.read_table(folder / "fact_revisions.parquet").to_pylist()
    chosen = chosen_revisions(revisions, when)
    rows = facts_as_of(statements, chosen, date_columns())
    frames = validate_tables({t: TABLES[t].frame(rows[t]) for t in FACT_TABLES})
    check_into(into)
    into.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        write_atomic(into / f"{name}.parquet", parquet_bytes(frame, name))
    return {"rows": {t: len(f) for t, f in frames.items()}, "revisions": chosen}
