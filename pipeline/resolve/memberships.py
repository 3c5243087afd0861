"""Membership claims -> `memberships` (members, former and suspended members, with their
`standing`) and `organization_roles` (every other standing), with "both countries" completed by
the row's counterpart and repeated statements merged."""

from __future__ import annotations

from pipeline.dates import parse_date
from pipeline.extract.memberships import MembershipClaim
from pipeline.extract.missions import ROW
from pipeline.records import MembershipRecord, RoleRecord
from schemas.tables import STANDINGS

#: what being "a member" of an organization of these kinds means
STANDING_BY_KIND = {"treaty": "party", "peacekeeping-mission": "participant"}
#: the role a membership standing is in a body of these kinds: a state that withdrew from a
#: treaty is a former party, one suspended from it is still a party
ROLE_BY_KIND = {
    (kind, standing): {"former": f"former-{role}"}.get(standing, role)
    for kind, role in STANDING_BY_KIND.items()
    for standing in STANDINGS
}


def membership_record(
    claim: MembershipClaim,
    counterpart: str | None,
    doc_id: str,
    section: str,
    extractor: str,
    valid: frozenset[str],
    org_kind: str | None = None,
) -> MembershipRecord | RoleRecord | None:
    """`org_kind`: the registry's kind of the organization: a party to a treaty or a
    participant in a peacekeeping mission is not a member of an organization. A member, a
    former member and a suspended one are memberships (fixtures/README.md: "withdrew, quit, was
    expelled, has left: was a member; suspended: still a member"), told apart by `standing`."""
    member = counterpart if claim.member == ROW else claim.member
    if member is None or member not in valid:
        return None
    date = parse_date(claim.date_text) if claim.date_text else None
    dated = date is not None and date.date is not None
    common = {
        "doc_id": doc_id,
        "source_line": claim.line,
        "extractor": extractor,
        "rule": claim.rule,
        "evidence": claim.text,
        "member_iso3": member,
        "org_id": claim.org_id,
        "org_name": claim.org_name,
        "org_known": claim.org_id is not None,
        "date": date.date if date and dated else None,
        "date_precision": date.precision if date and dated else None,
        "date_text": claim.date_text if dated else None,
        "section": section,
        "source_lines": [claim.line],
    }
    status = ROLE_BY_KIND.get((org_kind or "", claim.status), claim.status)
    if status in STANDINGS:
        return MembershipRecord(standing=status, **common)  # type: ignore[arg-type]
    return RoleRecord(status=status, **common)  # type: ignore[arg-type]
