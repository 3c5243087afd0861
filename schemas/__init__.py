"""Pandera schemas of the published tables (see `schemas.tables`); `schemas.names` holds the
table names alone, for code that must not import pandas."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from schemas.spec import TableSpec
    from schemas.tables import TABLES

__all__ = ["TABLES", "TableSpec"]


def __getattr__(name: str) -> Any:
    """`TABLES` and `TableSpec` imported on first use (they bring pandas and pandera)."""
    if name == "TABLES":
        from schemas.tables import TABLES

        return TABLES
    if name == "TableSpec":
        from schemas.spec import TableSpec

        return TableSpec
    raise AttributeError(name)
