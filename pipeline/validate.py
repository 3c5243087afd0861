"""Stage 5, validate: every table against its pandera schema before anything is written."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.engines.pandas_engine import Engine

from pipeline.errors import ValidationFailed
from schemas import TABLES

MAX_REPORTED = 5


def validate_tables(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The frames, validated; `ValidationFailed` names the table, columns and rows at fault."""
    out: dict[str, pd.DataFrame] = {}
    for name, frame in frames.items():
        schema = TABLES[name].pandera()
        if passes(schema, frame):
            out[name] = frame
            continue
        try:
            out[name] = schema.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as exc:
            raise ValidationFailed(describe(name, exc.failure_cases)) from None
    return out


def prepare() -> None:
    """Register now pandera's backends for pandas, which it does on the first check it runs
    (importing hypothesis among others, a tenth of a second): a run calls this while its
    workers extract the first documents, when it would otherwise only wait for them."""
    pa.Check(pd.Series.notna, element_wise=False)(pd.Series([], dtype=object))


def passes(schema: pa.DataFrameSchema, frame: pd.DataFrame) -> bool:
    """Does `frame` pass every part of `schema` (columns, their order, dtypes, nulls, every
    check on every row, unique keys)? The same questions `schema.validate` asks, in the same
    pandera checks, without the bookkeeping it spends per column and per check (config
    contexts, copies of the frame and of each column's schema, a column looked up again for
    each check): a small table's validation is mostly that. Only True is trusted: on False,
    or a schema using what this does not ask about, pandera validates as usual and its error
    names the rows at fault."""
    if not _plain(schema) or list(frame.columns) != list(schema.columns):
        return False
    for name, column in schema.columns.items():
        try:
            if not _column_passes(column, frame[name]):
                return False
        except Exception:  # a check that cannot answer (a list in a date column): pandera's call
            return False
    unique = list(schema.unique or [])
    return not unique or not bool(frame.duplicated(subset=unique).any())


def _plain(schema: pa.DataFrameSchema) -> bool:
    """Does the schema use only what `passes` asks about: strict and ordered, unique keys as
    one list of names, no frame-level check, parser, coercion or index, and columns that are
    required, named as they are, neither coerced nor unique, with no default or parser?"""
    return (
        schema.strict is True
        and schema.ordered
        and not schema.checks
        and not schema.parsers
        and not schema.coerce
        and schema.dtype is None
        and schema.index is None
        and not schema.add_missing_columns
        and not schema.drop_invalid_rows
        and not schema.unique_column_names
        and all(isinstance(u, str) for u in schema.unique or [])
        and all(_plain_column(c) for c in schema.columns.values())
    )


def _plain_column(column: pa.Column) -> bool:
    return (
        column.required
        and not column.regex
        and not column.coerce
        and not column.unique
        and column.default is None
        and not column.parsers
        and not column.drop_invalid_rows
        and all(not c.raise_warning and c.groupby is None for c in column.checks)
    )


def _column_passes(column: pa.Column, series: pd.Series) -> bool:
    """The column's null, dtype and value checks, as pandera's column backend asks them."""
    if not column.nullable and series.hasnans:
        return False
    if column.dtype is not None and not _all_true(
        column.dtype.check(Engine.dtype(series.dtype), series)
    ):
        return False
    return all(_all_true(check(series).check_passed) for check in column.checks)


def _all_true(result: Any) -> bool:
    """A dtype or check answer (one bool, or one per value) as one bool."""
    if isinstance(result, (bool, np.bool_)):
        return bool(result)
    return bool(np.all(result))


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
