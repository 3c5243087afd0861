"""A table's columns as plain declarations, importable without pandas or pandera.

A column is declared once (`Col`, in `schemas.tables`): the workers make their fact records
from it (`pipeline.records`) without loading pandas, and `schemas.spec` turns the same
declaration into the pandera and Parquet schemas when a table is validated or written. Checks
are declared here as data (`Check`) and built into pandera checks only there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa
    import pyarrow

Kind = Literal["str", "int", "float", "date", "bool", "list_str", "list_int"]


@dataclass(frozen=True, slots=True)
class Check:
    """A column check as data: `schemas.spec.built` makes the pandera check it names. The
    constructors follow pandera's (`Check.ge(1)`, `Check.isin([...])`), so that a declaration
    reads as before."""

    name: Literal["ge", "in_range", "str_matches", "isin", "iso3", "iso3_list"]
    args: tuple[object, ...] = ()

    @classmethod
    def ge(cls, minimum: int) -> Check:
        return cls("ge", (minimum,))

    @classmethod
    def in_range(cls, minimum: int, maximum: int) -> Check:
        return cls("in_range", (minimum, maximum))

    @classmethod
    def str_matches(cls, pattern: str) -> Check:
        return cls("str_matches", (pattern,))

    @classmethod
    def isin(cls, values: tuple[object, ...] | list[object]) -> Check:
        return cls("isin", tuple(values))


def one_of(values: tuple[str, ...]) -> Check:
    return Check.isin(values)


def is_iso3(*, historic: bool = False) -> Check:
    """An ISO 3166-1 alpha-3 code (or Kosovo's), or null; `historic`: also ISO 3166-3 codes of
    former states."""
    return Check("iso3", (historic,))


def all_iso3() -> Check:
    """Every code of each list is an ISO 3166-1 alpha-3 code (or Kosovo's)."""
    return Check("iso3_list")


class _Required(Enum):
    """The marker of a column without a default (an enum: it stays itself when pickled)."""

    REQUIRED = "required"


#: `Col.default` when the column has none: a record must be given its value
REQUIRED = _Required.REQUIRED


@dataclass(frozen=True)
class Col:
    """One column: `doc` says what it holds (written on its Parquet field as `description`);
    `wikidata` names the Wikidata property it corresponds to, where there is one ("P530").
    `checks` are `Check`s (or pandera checks, for a table declared where pandas is loaded
    anyway). `default` is the value a fact record holds until it is set (an empty tuple: an
    empty list), where it has one; it is not part of the published schema."""

    name: str
    kind: Kind
    nullable: bool = False
    checks: tuple[object, ...] = ()
    doc: str = ""
    wikidata: str | None = None
    default: object = REQUIRED

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
        from schemas.spec import pandera_schema

        return pandera_schema(self)

    def arrow(self) -> pyarrow.Schema:
        """The Parquet schema: each field carries its description (and Wikidata property) in
        its own metadata, the table its name, schema version and description."""
        from schemas.spec import arrow_schema

        return arrow_schema(self)

    def frame(self, records: list[dict[str, object]]) -> pd.DataFrame:
        """Records -> a frame with this table's column order and pandas dtypes."""
        from schemas.spec import table_frame

        return table_frame(self, records)
