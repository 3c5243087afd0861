"""The rules, one module per fact family, each rule declared once as a `pipeline.engine.Rule`
(its name, family and rank come from `schemas.rules`, the one home of rule names).

`RULES` is every converted family's rules, `DECIDERS` their precedence functions (a family
without one keeps every reading); the counterpart family is not converted yet and still reads
with `pipeline.resolve.counterpart`."""

from __future__ import annotations

from pipeline.engine import Rule
from pipeline.engine.engine import Decide
from pipeline.rules import (
    began,
    claims,
    membership_along_with,
    membership_and_member,
    membership_apposition,
    membership_chair,
    membership_chaired_by,
    membership_country_and_member,
    membership_country_comma_member,
    membership_described,
    membership_entry,
    membership_enumerated,
    membership_formed_with,
    membership_founded,
    membership_founding_member,
    membership_fronted_member,
    membership_groups,
    membership_it_member,
    membership_its_members,
    membership_its_membership,
    membership_like,
    membership_of_which,
    membership_org_modifier,
    membership_pair,
    membership_pair_orgs,
    membership_part_of,
    membership_participates,
    membership_participle,
    membership_respectively,
    membership_role_in,
    membership_such_as,
    memberships,
    missions,
    recognitions,
    status,
)

RULES: tuple[Rule, ...] = (
    *recognitions.RULES,
    *missions.RULES,
    *memberships.RULES,
    *membership_pair.RULES,
    *membership_groups.RULES,
    *membership_like.RULES,
    *membership_org_modifier.RULES,
    *membership_described.RULES,
    *membership_such_as.RULES,
    *membership_role_in.RULES,
    *membership_its_membership.RULES,
    *membership_of_which.RULES,
    *membership_fronted_member.RULES,
    *membership_country_and_member.RULES,
    *membership_country_comma_member.RULES,
    *membership_its_members.RULES,
    *membership_participates.RULES,
    *membership_founded.RULES,
    *membership_founding_member.RULES,
    *membership_and_member.RULES,
    *membership_participle.RULES,
    *membership_respectively.RULES,
    *membership_it_member.RULES,
    *membership_entry.RULES,
    *membership_chair.RULES,
    *membership_part_of.RULES,
    *membership_formed_with.RULES,
    *membership_chaired_by.RULES,
    *membership_along_with.RULES,
    *membership_enumerated.RULES,
    *membership_apposition.RULES,
    *membership_pair_orgs.RULES,
    *status.RULES,
    *claims.RULES,
    *began.RULES,
)
DECIDERS: dict[str, Decide] = {
    recognitions.FAMILY: recognitions.decide,
    missions.FAMILY: missions.decide,
    memberships.FAMILY: memberships.decide,
    status.FAMILY: status.decide,
    status.EVENT_FAMILY: status.decide,
    claims.FAMILY: claims.decide,
}
