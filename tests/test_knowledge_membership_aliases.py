"""Names of organizations as the articles write them, known to the registry as the same body:
"of the Red Cross", "UN Office of ...", and two bodies the registry lacked (each listed in a
participation list of "Foreign relations of Armenia" / "of India")."""

from __future__ import annotations

import pytest

from tests.conftest import extractors


@pytest.mark.parametrize(
    ("written", "org_id"),
    [
        ("International Federation of the Red Cross and Red Crescent Societies", "IFRCS"),
        ("UN Office of the High Commissioner for Refugees", "UNHCR"),
        ("Eurasian Development Bank", "EDB"),
        ("International Partnership for Energy Efficiency Cooperation", "IPEEC"),
    ],
)
def test_the_registry_knows_the_name(written, org_id):
    org = extractors().knowledge.organizations.lookup(written)
    assert org is not None and org.org_id == org_id


def test_a_participation_item_of_two_known_bodies_is_two_memberships():
    from tests.conftest import facts

    tables = facts(
        "International organization participation\n\n"
        "-   Eurasian Development Bank and the Eurasian Customs Union\n"
        "-   International Federation of the Red Cross and Red Crescent Societies\n"
    )
    assert sorted(m.org_id for m in tables["memberships"]) == [
        "EDB",
        "Eurasian Customs Union",
        "IFRCS",
    ]


def test_s7_organizations_and_aliases():
    """West Nordic Council and OCTA are known; "G-20 major economies" and "Developing 8
    Countries" name the G20 and the D-8 (their Wikipedia articles' names)."""
    registry = extractors().knowledge.organizations
    assert registry.lookup("West Nordic Council").org_id == "West Nordic Council"
    assert registry.lookup("Overseas Countries and Territories Association").org_id == "OCTA"
    assert registry.lookup("G-20 major economies").org_id == "G20"
    assert registry.lookup("Developing 8 Countries").org_id == "D-8"
