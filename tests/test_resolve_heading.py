"""A prose section under a heading that names one country: its "both countries" are the
document's subject and that country (M4: the counterpart is taken where the text names it)."""

from __future__ import annotations

import pytest

from pipeline.resolve.heading import heading_state
from tests.conftest import extractors, facts


def uruguay(section: str, text: str) -> list[tuple[str, str]]:
    """(member, organization) read in a prose section `section` of "Foreign relations of
    Uruguay", under "Bilateral relations"."""
    doc = f"Bilateral relations\n\n\n{section}\n\n{text}\n"
    tables = facts(doc, "Foreign_relations_of_Uruguay.md")
    return sorted((m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"])


def test_both_countries_under_a_country_heading_are_the_subject_and_that_country():
    text = "Uruguay has an embassy in Accra. Both countries are full members of the OAS."
    assert uruguay("Ghana", text) == [("GHA", "OAS"), ("URY", "OAS")]


def test_a_country_name_with_an_ampersand():
    text = "Both are members of the Commonwealth of Nations."
    got = uruguay("Trinidad & Tobago", text)
    assert ("TTO", "Commonwealth") in got and ("URY", "Commonwealth") in got


@pytest.mark.parametrize("heading", ["Africa", "Trade", "Ghana and Togo"])
def test_a_heading_that_names_no_one_country_gives_the_subject_only(heading):
    text = "Both countries are full members of the OAS."
    assert uruguay(heading, text) == [("URY", "OAS")]


def test_the_subject_s_own_heading_is_no_counterpart():
    gazetteer = extractors().knowledge.gazetteer
    assert heading_state(("Bilateral relations", "Uruguay"), gazetteer, "URY") is None
    assert heading_state(("Bilateral relations", "Ghana"), gazetteer, "URY") == "GHA"
    assert heading_state((), gazetteer, "URY") is None


def test_a_state_merely_under_the_heading_is_not_read_as_a_member():
    text = "Ghana applied to join the OAS in 2001. Uruguay is a member of the OAS."
    assert uruguay("Ghana", text) == [("URY", "OAS")]
