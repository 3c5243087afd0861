"""A table's columns, declared once (`schemas.columns`), give both its pandera schema and its
Parquet schema.

Keeping one declaration per table means the validated frame and the written file cannot drift
apart: every column has one type, one nullability and one set of checks. This module holds what
needs pandas, pandera and Arrow; the declarations themselves import none of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from functools import cache
from itertools import chain
from operator import itemgetter
from typing import Any, cast

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.compute as pc
from pandera.engines import pandas_engine

from schemas import collector
from schemas.columns import Check, Col, Kind, TableSpec
from schemas.iso3 import historic_iso3_codes, iso3_codes

__all__ = ["Check", "Col", "Kind", "TableSpec", "built", "null_or_in"]


def built(check: object) -> pa.Check:
    """The pandera check a column declares: a `Check` built (once per declaration), a pandera
    check as it is."""
    return _built(check) if isinstance(check, Check) else cast(pa.Check, check)


@cache
def _built(check: Check) -> pa.Check:
    if check.name == "iso3":
        (historic,) = check.args
        codes = iso3_codes() | (historic_iso3_codes() if historic else frozenset())
        return pa.Check(
            null_or_in(codes),
            name="iso3_or_former_exists" if historic else "iso3_exists",
            element_wise=False,
        )
    if check.name == "iso3_list":
        return pa.Check(
            _first_whole(
                lambda values: set(chain.from_iterable(values)) <= iso3_codes(),
                lambda v: all(c in iso3_codes() for c in v),
            ),
            name="iso3_list_exists",
            element_wise=False,
        )
    if check.name == "isin":
        return pa.Check.isin(list(check.args))
    make: Callable[..., pa.Check] = getattr(pa.Check, check.name)  # ge, in_range, str_matches
    return make(*check.args)


def null_or_in(codes: frozenset[str]) -> Callable[[pd.Series], pd.Series]:
    """`s.isna() | s.isin(codes)`, asked of an Arrow-backed text column by Arrow's `is_in`
    against a value set built once: pandas' own `isin` there turns every one of the ~250
    codes into an Arrow scalar on each call. Any other column is left to pandas."""
    value_sets: dict[pyarrow.DataType, pyarrow.Array] = {}

    def check(series: pd.Series) -> pd.Series:
        array = series.array
        if not isinstance(array, pd.arrays.ArrowStringArray):
            return series.isna() | series.isin(codes)
        values = array.__arrow_array__()
        if values.type not in value_sets:
            value_sets[values.type] = pyarrow.array(sorted(codes), values.type)
        found = pc.or_(pc.is_null(values), pc.is_in(values, value_set=value_sets[values.type]))
        return pd.Series(found.to_numpy(), index=series.index, dtype=bool, name=series.name)

    return check


def _first_whole(
    whole: Callable[[list[Any]], bool], each: Callable[[Any], bool]
) -> Callable[[pd.Series], pd.Series]:
    """A check that asks `whole` about a column's lists at once (set operations in C) and, only
    if that fails, `each` about every value, to name the rows at fault: the answer is the same,
    since `whole` holds only when `each` holds for every value. It is tried on columns of plain
    lists alone; anything else (None, a string, a tuple) is left to `each`, as before."""

    def check(series: pd.Series) -> pd.Series:
        values = series.tolist()
        try:
            if set(map(type, values)) <= {list} and whole(values):
                return pd.Series(True, index=series.index, dtype=bool)
        except TypeError:  # an unhashable item: `each` says what it makes of it
            pass
        return series.map(each)

    return check


def arrow_schema(spec: TableSpec) -> pyarrow.Schema:
    """`TableSpec.arrow`: each field carries its description (and Wikidata property) in its own
    metadata, the table its name, schema version and description."""
    fields = [
        pyarrow.field(c.name, _ARROW[c.kind], nullable=c.nullable, metadata=c.field_metadata())
        for c in spec.columns
    ]
    meta = {"table": spec.name, "schema_version": str(spec.version), "description": spec.doc}
    return pyarrow.schema(fields, metadata=meta)


def table_frame(spec: TableSpec, records: list[dict[str, object]]) -> pd.DataFrame:
    """`TableSpec.frame`: records -> a frame with the table's column order and pandas dtypes
    (built with the garbage collector paused: it makes a list or a value per cell, nothing
    cyclic)."""
    with collector.paused():
        values = dict(zip(spec.names, _columns(records, spec.names), strict=True))
        texts = {
            c.name: text
            for c in spec.columns
            if c.kind == "str" and (text := _text_array(values[c.name])) is not None
        }
        frame = pd.DataFrame({**values, **texts}, columns=spec.names)
        for c in spec.columns:
            if c.name not in texts:
                frame[c.name] = _coerce(frame[c.name], c.kind)
    if spec.sort:
        frame = frame.sort_values(list(spec.sort), kind="stable").reset_index(drop=True)
    return frame


def pandera_schema(spec: TableSpec) -> pa.DataFrameSchema:
    """`TableSpec.pandera`: built once per table (building it copies every check)."""
    return _pandera_schema(spec)


@cache
def _pandera_schema(spec: TableSpec) -> pa.DataFrameSchema:
    """A table's pandera schema: the same for the whole process, as the table's declaration is.
    Validating with it leaves it as it was."""
    cols = {c.name: _pandera_column(c) for c in spec.columns}
    return pa.DataFrameSchema(
        cols,
        strict=True,
        ordered=True,
        unique=list(spec.unique) or None,
        name=spec.name,
        description=spec.doc or None,
    )


def _columns(records: list[dict[str, object]], names: list[str]) -> list[list[object]]:
    """The records' values column by column (None where a record lacks a column): read with one
    `itemgetter` per record and transposed by `zip`, in C, when every record has every column
    (the usual case), else with `dict.get` per cell."""
    if len(names) > 1:
        try:
            rows = list(map(itemgetter(*names), records))
        except KeyError:
            pass
        else:
            return (
                [list(column) for column in zip(*rows, strict=True)]
                if rows
                else [[] for _ in names]
            )
    return [[r.get(name) for r in records] for name in names]


_ARROW: dict[Kind, pyarrow.DataType] = {
    "str": pyarrow.string(),
    "int": pyarrow.int64(),
    "float": pyarrow.float64(),
    "date": pyarrow.date32(),
    "bool": pyarrow.bool_(),
    "list_str": pyarrow.list_(pyarrow.string()),
    "list_int": pyarrow.list_(pyarrow.int64()),
}


def _is_list_of(kind: type) -> pa.Check:
    """Each value is a list of `kind` (an int column's lists may hold bools, as `isinstance`
    has it)."""
    return pa.Check(
        _first_whole(
            lambda values: all(
                issubclass(t, kind) for t in set(map(type, chain.from_iterable(values)))
            ),
            lambda v: isinstance(v, list) and all(isinstance(x, kind) for x in v),
        ),
        name=f"list_of_{kind.__name__}",
        element_wise=False,
    )


@dataclasses.dataclass(frozen=True, repr=False)
class _String(pandas_engine.STRING):
    """pandera's `string` dtype, whose check answers True for a column that passes rather than
    True for each of its values: pandera then skips building (and printing into a message
    nobody reads) an empty table of failure cases, a millisecond per column."""

    def check(self, pandera_dtype: Any, data_container: Any = None) -> Any:
        return _whole_if_all(super().check(pandera_dtype, data_container))


@dataclasses.dataclass(frozen=True, repr=False)
class _Date(pandas_engine.Date):
    """pandera's `date` dtype (a `datetime.date` or null in each cell of an object column),
    checked at once when every value is a date or None; else value by value, as pandera does,
    to name the rows at fault."""

    def check(self, pandera_dtype: Any, data_container: Any = None) -> Any:
        if (
            data_container is not None
            and super().check(pandera_dtype) is True
            and set(map(type, data_container)) <= {dt.date, type(None)}
        ):
            return True
        return _whole_if_all(super().check(pandera_dtype, data_container))


def _whole_if_all(result: Any) -> Any:
    """A dtype check's per-value answer as one True when every value passes."""
    if isinstance(result, bool):
        return result
    return True if bool(np.all(result)) else result


def _pandera_column(c: Col) -> pa.Column:
    declared = [built(check) for check in c.checks]
    if c.kind == "str":
        dtype: object = _String()  # type: ignore[call-arg]  # its fields are pandera's, all defaulted
        checks = declared
    elif c.kind == "int":
        dtype, checks = "Int64", declared
    elif c.kind == "float":
        dtype, checks = "Float64", declared
    elif c.kind == "bool":
        dtype, checks = "boolean", declared
    elif c.kind == "date":
        dtype, checks = _Date(to_datetime_kwargs={}), declared
    else:
        item = str if c.kind == "list_str" else int
        dtype, checks = object, [_is_list_of(item), *declared]
    return pa.Column(
        dtype,
        nullable=c.nullable,
        checks=checks,
        coerce=False,
        description=c.doc or None,
        metadata={"wikidata": c.wikidata} if c.wikidata else None,
    )


def _text_array(values: list[object]) -> pd.arrays.ArrowStringArray | None:
    """A text column made straight into the Arrow array `astype("string")` makes, when every
    value is a `str` or None (the usual case); None otherwise, for `_coerce`. pandas would
    otherwise turn the column into Arrow text twice: once guessing its dtype, once coercing."""
    if not set(map(type, values)) <= {str, type(None)}:
        return None
    return pd.arrays.ArrowStringArray(pyarrow.array(values, type=_TEXT))


#: the Arrow type of pandas' "string" dtype's values
_TEXT = pyarrow.array(pd.array([], dtype="string")).type


def _coerce(series: pd.Series, kind: Kind) -> pd.Series:
    if kind == "str":
        return series.astype("string")
    if kind == "int":
        return series.astype("Int64")
    if kind == "float":
        return series.astype("Float64")
    if kind == "bool":
        return series.astype("boolean")
    if kind == "date":
        # nulls (None, NaN, NaT, NA) as None, the rest as they are: one vectorized `isna`
        dates = series.to_numpy(dtype=object, copy=True)
        dates[series.isna().to_numpy()] = None
        return pd.Series(dates, index=series.index, dtype=object)
    values = [list(v) if v is not None else [] for v in series]
    return pd.Series(values, index=series.index, dtype=object, name=series.name)
