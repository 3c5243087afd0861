"""The names of the published tables, importable without pandas or pandera."""

from __future__ import annotations

#: the tables of facts, in the order a version lists them (`changes` is published beside them)
FACT_TABLES = (
    "documents",
    "relations",
    "relation_events",
    "missions",
    "prose_missions",
    "recognitions",
    "memberships",
    "organization_roles",
    "claims",
    "references",
)

#: published beside the fact tables by a run with `--revisions all`
HISTORY_TABLES = ("revisions", "fact_history", "fact_revisions")

#: tables derived from the whole run's facts once every document is extracted (`pipeline.derive`)
DERIVED_TABLES = ("dyads", "coverage")
