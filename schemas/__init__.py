"""Pandera schemas of the published tables (see `schemas.tables`)."""

from schemas.spec import TableSpec
from schemas.tables import TABLES

__all__ = ["TABLES", "TableSpec"]
