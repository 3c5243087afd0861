"""A table's columns, declared once, give both its pandera schema and its Parquet schema.

Keeping one declaration per table means the validated frame and the written file cannot drift
apart: every column has one type, one nullability and one set of checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Literal

import pandas as pd
import pandera.pandas as pa
import pyarrow
import pycountry
from pandera.engines import pandas_engine

Kind = Literal["str", "int", "date", "bool", "list_str", "list_int"]

#: Kosovo: the user-assigned code the EU, IMF and World Bank use
USER_ASSIGNED_ISO3 = frozenset({"XKX"})


@cache
def iso3_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes of today, and Kosovo's."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | USER_ASSIGNED_ISO3


@cache
def historic_iso3_codes() -> frozenset[str]:
    """ISO 3166-3 alpha-3 codes of former states (SUN for the Soviet Union, YUG, CSK, DDR)."""
    return frozenset(c.alpha_3 for c in pycountry.historic_countries)


def is_iso3(*, historic: bool = False) -> pa.Check:
    codes = iso3_codes() | (historic_iso3_codes() if historic else frozenset())
    return pa.Check(
        lambda s: s.isna() | s.isin(codes),
        name="iso3_or_former_exists" if historic else "iso3_exists",
        element_wise=False,
    )


def all_iso3() -> pa.Check:
    return pa.Check(
        lambda s: s.map(lambda v: all(c in iso3_codes() for c in v)),
        name="iso3_list_exists",
        element_wise=False,
    )


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
        cols = {c.name: _pandera_column(c) for c in self.columns}
        return pa.DataFrameSchema(
            cols,
            strict=True,
            ordered=True,
            unique=list(self.unique) or None,
            name=self.name,
            description=self.doc or None,
        )

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
        """Records -> a frame with this table's column order and pandas dtypes."""
        data = {c.name: [r.get(c.name) for r in records] for c in self.columns}
        frame = pd.DataFrame(data, columns=self.names)
        for c in self.columns:
            frame[c.name] = _coerce(frame[c.name], c.kind)
        if self.sort:
            frame = frame.sort_values(list(self.sort), kind="stable").reset_index(drop=True)
        return frame


_ARROW: dict[Kind, pyarrow.DataType] = {
    "str": pyarrow.string(),
    "int": pyarrow.int64(),
    "date": pyarrow.date32(),
    "bool": pyarrow.bool_(),
    "list_str": pyarrow.list_(pyarrow.string()),
    "list_int": pyarrow.list_(pyarrow.int64()),
}


def _is_list_of(kind: type) -> pa.Check:
    return pa.Check(
        lambda s: s.map(lambda v: isinstance(v, list) and all(isinstance(x, kind) for x in v)),
        name=f"list_of_{kind.__name__}",
        element_wise=False,
    )


def _pandera_column(c: Col) -> pa.Column:
    if c.kind == "str":
        dtype: object = "string"
        checks = list(c.checks)
    elif c.kind == "int":
        dtype, checks = "Int64", list(c.checks)
    elif c.kind == "bool":
        dtype, checks = "boolean", list(c.checks)
    elif c.kind == "date":
        dtype, checks = pandas_engine.Date(to_datetime_kwargs={}), list(c.checks)
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


def _coerce(series: pd.Series, kind: Kind) -> pd.Series:
    if kind == "str":
        return series.astype("string")
    if kind == "int":
        return series.astype("Int64")
    if kind == "bool":
        return series.astype("boolean")
    if kind == "date":
        return pd.Series(
            [v if pd.notna(v) else None for v in series], index=series.index, dtype=object
        )
    values = [list(v) if v is not None else [] for v in series]
    return pd.Series(values, index=series.index, dtype=object, name=series.name)
