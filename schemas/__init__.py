"""The published tables (see `schemas.tables`) and their fact families (`schemas.families`);
`schemas.names` holds the table names alone. None of these imports pandas or pandera: the
pandera and Parquet schemas are built from the declarations when asked (`schemas.spec`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from schemas.columns import TableSpec
    from schemas.tables import TABLES

__all__ = ["TABLES", "TableSpec"]


def __getattr__(name: str) -> Any:
    """`TABLES` and `TableSpec` imported on first use (the tables' declarations take a moment)."""
    if name == "TABLES":
        from schemas.tables import TABLES

        return TABLES
    if name == "TableSpec":
        from schemas.columns import TableSpec

        return TableSpec
    raise AttributeError(name)
