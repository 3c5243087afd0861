"""A table's columns, declared once, give both its pandera schema and its Parquet schema.

Keeping one declaration per table means the validated frame and the written file cannot drift
apart: every column has one type, one nullability and one set of checks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from operator import itemgetter
from typing import Any, Literal

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.compute as pc
from pandera.engines import pandas_engine

from schemas import collector
from schemas.iso3 import historic_iso3_codes, iso3_codes

Kind = Literal["str", "int", "float", "date", "bool", "list_str", "list_int"]


def is_iso3(*, historic: bool = False) -> pa.Check:
    codes = iso3_codes() | (historic_iso3_codes() if historic else frozenset())
    return pa.Check(
        null_or_in(codes),
        name="iso3_or_former_exists" if historic else "iso3_exists",
        element_wise=False,
    )


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


def all_iso3() -> pa.Check:
    """Every code of each list is an ISO 3166-1 alpha-3 code (or Kosovo's)."""
    return pa.Check(
        _first_whole(
            lambda values: set(chain.from_iterable(values)) <= iso3_codes(),
            lambda v: all(c in iso3_codes() for c in v),
        ),
        name="iso3_list_exists",
        element_wise=False,
    )


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


def one_of(values: tuple[str, ...]) -> pa.Check:
    return pa.Check.isin(list(values))


@dataclass(frozen=True)
class Col:
    """One column: `doc` says what it holds (written on its Parquet field as `description`);
    `wikidata` names the Wikidata property it corresponds to, where there is one ("P530")."""

    name: str
    kind: Kind
    nullable: bool = False
    checks: tuple[pa.Check, ...] = ()
    doc: str = ""
    wikidata: str | None = None

    def field_metadata(self) -> dict[bytes, bytes]:
        """The Parquet field's metadata: its description, and its Wikidata property if any."""
        meta = {b"description": self.doc.encode()}
        if self.wikidata:
            meta[b"wikidata"] = self.wikidata.encode()
        return meta


@dataclass(frozen=True)
class TableSpec:
    name: str
    version: int
    columns: tuple[Col, ...]
    unique: tuple[str, ...] = ()
    doc: str = ""
    sort: tuple[str, ...] = field(default=())

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def pandera(self) -> pa.DataFrameSchema:
        """The table's pandera schema, built once per table (building it copies every check)."""
        return _pandera_schema(self)

    def arrow(self) -> pyarrow.Schema:
        """The Parquet schema: each field carries its description (and Wikidata property) in
        its own metadata, the table its name, schema version and description."""
        fields = [
            pyarrow.field(c.name, _ARROW[c.kind], nullable=c.nullable, metadata=c.field_metadata())
            for c in self.columns
        ]
        meta = {"table": self.name, "schema_version": str(self.version), "description": self.doc}
        return pyarrow.schema(fields, metadata=meta)

    def frame(self, records: list[dict[str, object]]) -> pd.DataFrame:
        """Records -> a frame with this table's column order and pandas dtypes (built with the
        garbage collector paused: it makes a list or a value per cell, nothing cyclic)."""
        with collector.paused():
            values = dict(zip(self.names, _columns(records, self.names), strict=True))
            texts = {
                c.name: text
                for c in self.columns
                if c.kind == "str" and (text := _text_array(values[c.name])) is not None
            }
            frame = pd.DataFrame({**values, **texts}, columns=self.names)
            for c in self.columns:
                if c.name not in texts:
                    frame[c.name] = _coerce(frame[c.name], c.kind)
        if self.sort:
            frame = frame.sort_values(list(self.sort), kind="stable").reset_index(drop=True)
        return frame


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
    if c.kind == "str":
        dtype: object = _String()  # type: ignore[call-arg]  # its fields are pandera's, all defaulted
        checks = list(c.checks)
    elif c.kind == "int":
        dtype, checks = "Int64", list(c.checks)
    elif c.kind == "float":
        dtype, checks = "Float64", list(c.checks)
    elif c.kind == "bool":
        dtype, checks = "boolean", list(c.checks)
    elif c.kind == "date":
        dtype, checks = _Date(to_datetime_kwargs={}), list(c.checks)
    else:
        item = str if c.kind == "list_str" else int
        dtype, checks = object, [_is_list_of(item), *c.checks]
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
