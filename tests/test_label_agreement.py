"""The agreement of two independent labellings: F1 of one against the other, matched as a
run is matched against the labels."""

from __future__ import annotations

from pipeline.evaluation.agreement import agreement
from pipeline.evaluation.gold import Gold

DOC = "Foreign_relations_of_Atlantis.md"


def mission(line: int, sender: str, host: str, kind: str = "embassy", city: str = "X") -> dict:
    return {"doc": DOC, "line": line, "sender": sender, "host": host, "kind": kind, "city": city}


def test_identical_labellings_agree_fully():
    labels = Gold("missions", (mission(3, "FRA", "DEU"), mission(4, "DEU", "FRA")))
    a = agreement("missions", labels, labels)
    assert (a.matched, a.f1, a.detail) == (2, 1.0, 1.0)


def test_a_fact_only_one_labeller_saw_lowers_agreement_symmetrically():
    first = Gold("missions", (mission(3, "FRA", "DEU"), mission(4, "DEU", "FRA")))
    second = Gold("missions", (mission(4, "FRA", "DEU"),))  # a line off by one still matches
    assert agreement("missions", first, second).f1 == agreement("missions", second, first).f1
    assert agreement("missions", first, second).f1 == 2 / 3


def test_a_territory_counts_as_its_state_and_details_are_told_apart():
    first = Gold("missions", (mission(3, "FRA", "GLP", kind="consulate"),))
    second = Gold("missions", (mission(3, "FRA", "FRA", kind="embassy"),))
    a = agreement("missions", first, second, {"GLP": "FRA"})
    assert (a.matched, a.detail) == (1, 0.0)


def test_lines_either_labeller_skipped_are_left_out():
    member = {"doc": DOC, "line": 10, "member": "FRA", "org": "United Nations"}
    first = Gold("memberships", (member,))
    second = Gold("memberships", (), {"Foreign_relations_of_Atlantis": ((9, 12),)})
    a = agreement("memberships", first, second)
    assert (a.first, a.second, a.f1) == (0, 0, 1.0)


def test_organizations_are_compared_by_their_canonical_name():
    first = Gold("memberships", ({"doc": DOC, "line": 5, "member": "FRA", "org": "UN"},))
    second = Gold(
        "memberships", ({"doc": DOC, "line": 5, "member": "FRA", "org": "United Nations"},)
    )
    assert agreement("memberships", first, second).f1 == 1.0


def test_two_names_the_registry_gives_one_organization_are_one_organization():
    """ "Andean Pact" and "CAN" are written differently but the registry knows both as one
    organization; an organization the registry does not know keeps its written name."""
    from pipeline.evaluation.agreement import registry_org_key
    from pipeline.knowledge.organizations import Registry

    def member(org: str) -> Gold:
        return Gold("memberships", ({"doc": DOC, "line": 5, "member": "PER", "org": org},))

    key = registry_org_key(Registry.from_data().lookup)
    assert agreement("memberships", member("Andean Pact"), member("CAN")).f1 == 0.0
    assert agreement("memberships", member("Andean Pact"), member("CAN"), org_key=key).f1 == 1.0
    unknown = agreement("memberships", member("Friends of Atlantis"), member("Atlantis Group"))
    assert unknown.f1 == 0.0
    assert agreement("memberships", member("WHO"), member("NATO"), org_key=key).f1 == 0.0
