"""Tables derived from the whole run's facts, after every document is extracted: what no single
article can say alone (`dyads`: each pair of states as both their articles state it) and what
each article says at all (`coverage`). They read the fact tables' rows and add no fact."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.derive.coverage import coverage_rows
from pipeline.derive.dyads import MISSION_TABLES, Row, StateSystem, dyad_rows
from schemas import collector
from schemas.tables import COVERAGE_FAMILIES

__all__ = [
    "COVERAGE_SOURCES",
    "DYAD_SOURCES",
    "READS",
    "coverage_rows",
    "derived_tables",
    "dyad_rows",
]

#: the tables `dyads` reads, every document's at once (a pair's two articles can be far apart)
DYAD_SOURCES = ("documents", "relations", *MISSION_TABLES)
#: the tables `coverage` reads, one document's at a time
COVERAGE_SOURCES = ("documents", *COVERAGE_FAMILIES)

#: the fact tables' columns the derived tables read: a run reads back only these, from the
#: tables it has just written, rather than holding every fact of every document
READS = frozenset(
    {
        "doc_id",
        "fact_id",
        "source_line",
        "subject_iso3",
        "subject_is_state",
        "past_period",
        "counterpart_iso3",
        "counterpart_kind",
        "status",
        "status_rule",
        "began",
        "began_precision",
        "began_source",
        "began_kind",
        "sender_iso3",
        "host_iso3",
        "kind",
        "city",
        "rule",
        "recognizer_iso3",
        "recognized_iso3",
        "org_id",
        "org_known",
        "org_name",
        "claim_kind",
        "value",
        "as_of",
        "qualifier",
    }
)


def derived_tables(
    facts: Mapping[str, Sequence[Row]], codes: StateSystem | Mapping[str, int] | None = None
) -> dict[str, list[Row]]:
    """The derived tables' rows from the fact tables' rows (`codes`: the COW codes and spells,
    `pipeline.knowledge.codes.CountryCodes`, or ISO3 -> COW state code), built with the
    garbage collector paused (`schemas.collector`: a third of the time else)."""
    with collector.paused():
        return {"dyads": dyad_rows(facts, codes), "coverage": coverage_rows(facts)}
