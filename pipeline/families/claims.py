"""The claims family: the counts the text states, beside what the document lists of each
family."""

from __future__ import annotations

from pipeline.families.memberships import MEMBERSHIPS
from pipeline.families.missions import MISSIONS
from pipeline.families.readings import Given
from pipeline.families.recognitions import RECOGNITIONS
from pipeline.families.relations import RELATIONS
from pipeline.family_run import Key, Made
from pipeline.records import ClaimRecord
from pipeline.resolve.claims import claim_records, listed_counts

CLAIMS: Key[list[ClaimRecord]] = Key("claims")


def step(g: Given, made: Made) -> dict[str, object]:
    """The counts the text states, beside what the document lists of each family."""
    listed = listed_counts(
        made.get(RELATIONS),
        made.get(MEMBERSHIPS),
        made.get(RECOGNITIONS),
        made.get(MISSIONS),
        g.subject,
    )
    return {CLAIMS.name: claim_records(g.readings.counts, g.doc_id, g.subject, listed)}
