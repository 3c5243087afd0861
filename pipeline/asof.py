"""`python -m pipeline asof DATE`: the fact tables as the articles stated them on a date.

Built from the history tables a run with `--revisions all` publishes: for each page, the last
revision saved at or before the date, and the facts exactly as that revision stated them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.errors import UsageError
from pipeline.history import chosen_revisions, date_columns, facts_as_of
from pipeline.versions import latest_version, read_manifest, version_dir
from schemas.names import FACT_TABLES


def parse_when(text: str) -> dt.datetime:
    """A date (the end of that day, UTC) or an ISO 8601 date and time."""
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            return dt.datetime(day.year, day.month, day.day, 23, 59, 59)
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"not a date: {text!r} (give YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"
        ) from None
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when


def write_as_of(output: Path, when: dt.datetime, into: Path, version: str | None = None) -> dict:
    """Write every fact table as of `when` into `into`; return rows per table and the
    revision chosen per page."""
    import pyarrow.parquet as pq

    from pipeline.publish import write_parquet
    from pipeline.validate import validate_tables
    from schemas import TABLES

    chosen_version = version or latest_version(output)
    if chosen_version is None:
        raise UsageError(f"{output}: no published versions")
    folder = version_dir(output, chosen_version)
    tables = read_manifest(output, chosen_version).get("tables", {})
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
    into.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        write_parquet(frame, name, into / f"{name}.parquet")
    return {"rows": {t: len(f) for t, f in frames.items()}, "revisions": chosen}
