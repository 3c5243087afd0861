"""Stage 5, validate: every table against its pandera schema before anything is written."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from pipeline.errors import ValidationFailed
from schemas import TABLES

MAX_REPORTED = 5


def validate_tables(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The frames, validated; `ValidationFailed` names the table, columns and rows at fault."""
    out: dict[str, pd.DataFrame] = {}
    for name, frame in frames.items():
        try:
            out[name] = TABLES[name].pandera().validate(frame, lazy=True)
        except pa.errors.SchemaErrors as exc:
            raise ValidationFailed(describe(name, exc.failure_cases)) from None
    return out


def describe(table: str, cases: pd.DataFrame) -> str:
    """One line: which table, which columns and checks, which rows."""
    parts = []
    for (column, check), group in cases.groupby(["column", "check"], dropna=False, sort=True):
        rows = [str(i) for i in group["index"].tolist()[:MAX_REPORTED]]
        more = len(group) - len(rows)
        values = [repr(v) for v in group["failure_case"].tolist()[:2]]
        parts.append(
            f"column {column!s} failed {check!s} on rows {', '.join(rows)}"
            + (f" (+{more} more)" if more > 0 else "")
            + f" (e.g. {', '.join(values)})"
        )
    return f"table {table} is invalid: " + "; ".join(parts)
