"""The names of the published tables, importable without pandas or pandera."""

from __future__ import annotations

from schemas.families import fact_tables

#: the tables of facts, in the order a version lists them (`changes` is published beside them):
#: every fact family's tables, in the order schemas/families.py declares them
FACT_TABLES = tuple(table.name for table in fact_tables())

#: published beside the fact tables by a run with `--revisions all`
HISTORY_TABLES = ("revisions", "fact_history", "fact_revisions")

#: tables derived from the whole run's facts once every document is extracted (`pipeline.derive`)
DERIVED_TABLES = ("dyads", "coverage")
