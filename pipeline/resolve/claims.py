"""Count claims -> records, each checked against what the document itself lists.

`listed_count` is the number of states named after the claim's colon when it introduces a
list; else, for a count of relations, the distinct counterparts of the relations rows with
relations established; of memberships, the distinct organizations of the subject; and so on.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.records import (
    ClaimRecord,
    MembershipRecord,
    MissionRecord,
    RecognitionRecord,
    RelationRecord,
)
from pipeline.rules.claims import CountClaim
from schemas import rules as R
from schemas.tables import CURRENT_STANDINGS

#: a claim's kind is the rule that read it
CLAIM_KIND = {spec.name: spec.name for spec in R.family(R.RELATIONS_COUNT.family)}


def listed_counts(
    relations: Sequence[RelationRecord],
    memberships: Sequence[MembershipRecord],
    recognitions: Sequence[RecognitionRecord],
    missions: Sequence[MissionRecord],
    subject: str | None,
) -> dict[str, tuple[int, str]]:
    """What the document itself lists, for each kind of count it may claim."""

    def partners(status: str) -> int:
        return len(
            {
                r.counterpart_iso3 or r.counterpart_name
                for r in relations
                if r.status == status and (r.counterpart_iso3 or r.counterpart_name)
            }
        )

    return {
        R.RELATIONS_COUNT.name: (
            partners("established"),
            "counterparts of relations rows with relations established",
        ),
        R.NO_RELATIONS_COUNT.name: (partners("none"), "counterparts with no relations"),
        R.MEMBERSHIPS_COUNT.name: (len(_belongs_to(memberships, subject)), BELONGS_TO),
        R.RECOGNITIONS_COUNT.name: (
            len({r.recognizer_iso3 for r in recognitions if r.recognized_iso3 == subject}),
            "states stated to recognise the subject",
        ),
        R.EMBASSIES_COUNT.name: (
            len(
                {
                    (m.host_iso3, m.city)
                    for m in missions
                    if m.sender_iso3 == subject
                    and m.kind == "embassy"
                    and m.status in ("open", "opened")
                }
            ),
            "the subject's open embassies",
        ),
    }


BELONGS_TO = "organizations the subject belongs to (not those the text says it left)"


def _belongs_to(memberships: Sequence[MembershipRecord], subject: str | None) -> set[str]:
    """The organizations the subject is a member of (suspended included) and that the text
    does not also say it left: which came last, leaving or rejoining, is not read, so an
    organization it left is not counted either way."""
    mine = [m for m in memberships if m.member_iso3 == subject]
    left = {m.org_id or m.org_name for m in mine if m.standing not in CURRENT_STANDINGS}
    return {m.org_id or m.org_name for m in mine if m.standing in CURRENT_STANDINGS} - left


def claim_records(
    claims: Sequence[CountClaim],
    doc_id: str,
    subject: str | None,
    listed: dict[str, tuple[int, str]],
) -> list[ClaimRecord]:
    out = []
    seen: set[tuple[object, ...]] = set()
    for claim in claims:
        key = (claim.line, claim.rule, claim.value)
        if key in seen:
            continue
        seen.add(key)
        count: int | None = claim.listed_in_sentence
        basis: str | None = "list after the claim"
        if count is None:
            count, basis = listed.get(claim.rule, (None, None))
        if not count:  # the document lists nothing of the kind: nothing to check against
            count, basis = None, None
        out.append(
            ClaimRecord(
                doc_id=doc_id,
                source_line=claim.line,
                extractor="claims.sentence",
                rule=claim.rule,
                evidence=claim.text,
                subject_iso3=subject,
                claim_kind=CLAIM_KIND[claim.rule],
                value=claim.value,
                qualifier=claim.qualifier,
                as_of=claim.as_of.date if claim.as_of else None,
                as_of_precision=claim.as_of.precision if claim.as_of else None,
                listed_count=count,
                listed_basis=basis,
                consistency=_consistency(claim.value, claim.qualifier, count),
            )
        )
    return out


def _consistency(value: int, qualifier: str, listed: int | None) -> str:
    if listed is None:
        return "not-checkable"
    if (
        listed == value
        or (qualifier == "more-than" and listed > value)
        or (qualifier == "about" and abs(listed - value) <= max(2, value // 10))
    ):
        return "consistent"
    return "document-lists-fewer" if listed < value else "document-lists-more"
