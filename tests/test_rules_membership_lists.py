"""Lists of organizations after "member(s) of" that stopped early or lost an item: a name the
registry lacked in one of its written forms (an en dash in "D–8", "PetroCaribe", "the Axis"),
and an item introduced as new ("the recently formed ⟪IORA⟫"). Sentences written for each
shape, with traps that must not read."""

from __future__ import annotations

from tests.conftest import facts, row_facts


def in_prose(text: str) -> set[tuple[str, str]]:
    """(member, organization) read in a paragraph of "Foreign relations of Uruguay"."""
    tables = facts(f"Overview\n\n{text}\n", "Foreign_relations_of_Uruguay.md")
    return {(m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"]}


def in_row(text: str) -> set[tuple[str, str]]:
    """(member, organization) read in a Ghana row of "Foreign relations of Uruguay"."""
    tables = row_facts([text], "Foreign_relations_of_Uruguay.md", country="Ghana")
    return {(m.member_iso3, m.org_id or m.org_name) for m in tables["memberships"]}


def test_an_acronym_written_with_an_en_dash():
    assert {("URY", "D-8"), ("GHA", "D-8")} <= in_row("Both countries are full members of the D–8.")


def test_a_list_goes_on_past_a_name_in_its_own_capitals():
    got = in_prose("Chile and Peru are members of the United Nations, PetroCaribe and the OAS.")
    assert {(s, o) for s in ("CHL", "PER") for o in ("UN", "Petrocaribe", "OAS")} <= got


def test_the_wartime_alliance_by_its_name():
    got = in_row("Both countries were members of the Axis during World War II.")
    assert {("URY", "Axis"), ("GHA", "Axis")} <= got


def test_an_item_introduced_as_new_stays_in_the_list():
    got = in_prose("Uruguay is a member of the WTO, the OAS, and the recently formed Mercosur.")
    assert {("URY", "WTO"), ("URY", "OAS"), ("URY", "Mercosur")} <= got
    got = in_prose("Uruguay is a member of the OAS and the newly created UNASUR.")
    assert {("URY", "OAS"), ("URY", "UNASUR")} <= got


def test_new_body_traps():
    # a new state is no organization; a new government is no list item
    assert not in_prose("Uruguay established relations with the newly formed Czech Republic.")
    got = in_prose("Uruguay is a member of the OAS and backs the newly established Mercosur.")
    assert ("URY", "Mercosur") not in got
    assert not in_prose("Uruguay opposed the Axis of evil rhetoric.")


def test_a_standing_named_inside_a_list_ends_at_the_next_semicolon():
    got = in_prose(
        "Uruguay also belongs to the OAS; the NAM; an associate member of the European Community "
        "(EC); and the African Development Bank."
    )
    assert {("URY", "OAS"), ("URY", "NAM"), ("URY", "AfDB")} <= got
    assert ("URY", "EC") not in got
    # with commas the standing goes on over the items it is said of
    got = in_prose(
        "Uruguay is a full member of the OAS, an associate member of CARICOM and UNESCO."
    )
    assert ("URY", "OAS") in got
    assert not {f for f in got if f[1] in ("CARICOM", "UNESCO")}


def test_a_misnamed_body_the_articles_write():
    got = in_prose(
        "Uruguay is a member of the UN, the International Marine Organization and the OAS."
    )
    assert ("URY", "IMO") in got


def test_a_list_item_naming_known_bodies_beside_other_things():
    tables = facts(
        "Overview\n\nUruguay is a member of the following international organizations:\n\n"
        "-   NATO's Partnership for Peace, Individual Partnership Action Plan and the "
        "Euro-Atlantic Partnership Council\n"
        "-   United Nations and some of its specialized and related agencies\n"
        "-   Fédération Internationale de Philatélie (in partnership with United Nations Postal "
        "Administration and Universal Postal Union, participates as Uruguay)\n",
        "Foreign_relations_of_Uruguay.md",
    )
    got = {(m.member_iso3, m.org_id) for m in tables["memberships"]}
    assert {("URY", "PfP"), ("URY", "EAPC"), ("URY", "UN")} <= got
    # a plan, "its agencies" and a body named inside brackets are no memberships
    assert ("URY", "UPU") not in got
    assert all(m.org_id for m in tables["memberships"] if "agencies" in m.org_name)
