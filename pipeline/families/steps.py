"""Each fact family's step, for `pipeline.family_run.run_families` (`schemas.families` declares
what each requires and assigns, and so the order they run in)."""

from __future__ import annotations

from pipeline.families import (
    claims,
    counterparts,
    documents,
    events,
    memberships,
    missions,
    recognitions,
    references,
    relations,
)
from pipeline.families.readings import Given
from pipeline.family_run import Step

#: each fact family's step (`schemas.families` declares what each requires and assigns)
STEPS: dict[str, Step[Given]] = {
    "documents": documents.step,
    "counterparts": counterparts.step,
    "missions": missions.step,
    "relations": relations.step,
    "relation_events": events.step,
    "recognitions": recognitions.step,
    "memberships": memberships.step,
    "claims": claims.step,
    "references": references.step,
}
