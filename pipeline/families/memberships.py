"""The memberships family: memberships of organizations, and other standings in them (observer,
candidate), from the participation list, the relations rows and running text; the learned
reader adds what the rules missed where it is switched on."""

from __future__ import annotations

from pipeline.extract.memberships import MembershipClaim
from pipeline.extract.missions import ROW
from pipeline.extract.relations import RelationRow
from pipeline.families.counterparts import COUNTERPARTS
from pipeline.families.extractors import Extractors
from pipeline.families.readings import Given, MembershipReadings
from pipeline.family_run import Key, Made
from pipeline.records import MembershipRecord, RoleRecord, merged
from pipeline.resolve.counterpart import Counterpart
from pipeline.resolve.heading import heading_state
from pipeline.resolve.memberships import membership_record
from schemas.iso3 import iso3_codes

MEMBERSHIPS: Key[list[MembershipRecord]] = Key("memberships")


def step(g: Given, made: Made) -> dict[str, object]:
    cps = made.get(COUNTERPARTS).rows
    members, roles = _memberships(g.rows, cps, g.readings.memberships, g.ex, g.doc_id, g.subject)
    if g.ex.learned is not None:  # what the rules did not read, where the model is sure enough
        members = g.ex.learned.memberships(g.analysis, g.rows, cps, members, roles)
    return {MEMBERSHIPS.name: members, "organization_roles": roles}


def _memberships(
    rows: list[RelationRow],
    counterparts: list[Counterpart],
    claims: MembershipReadings,
    ex: Extractors,
    doc_id: str,
    subject: str | None,
) -> tuple[list[MembershipRecord], list[RoleRecord]]:
    valid = iso3_codes()
    gazetteer = ex.knowledge.gazetteer
    orgs = ex.knowledge.organizations.orgs
    ambiguous = ex.knowledge.organizations.ambiguous
    found: list[MembershipRecord | RoleRecord | None] = []

    def record(claim: MembershipClaim, counterpart: str | None, section: str, where: str) -> None:
        if claim.org_id is None and claim.org_name in ambiguous:
            return  # "IDB" that its context did not decide: which body is not known
        kind = orgs[claim.org_id].kind if claim.org_id in orgs else None
        found.append(membership_record(claim, counterpart, doc_id, section, where, valid, kind))

    for claim in claims.participation:
        record(claim, None, "", "memberships.participation-list")
    for row, cp, in_row in zip(rows, counterparts, claims.rows, strict=True):
        for claim in in_row:
            record(claim, cp.iso3, row.section, "memberships.table-row")
    for section, claim in claims.prose:
        # "Both countries" under a heading that names a country: the subject and that country
        heading = heading_state(section, gazetteer, subject) if claim.member == ROW else None
        record(claim, heading, " > ".join(section), "memberships.prose")
    ordered = sorted((f for f in found if f is not None), key=lambda r: r.source_line)
    members = [r for r in ordered if isinstance(r, MembershipRecord)]
    roles = [r for r in ordered if isinstance(r, RoleRecord)]
    return merged(members), merged(roles)
