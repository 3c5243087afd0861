"""`mission-table-row`: tables listing the missions of the subject of "Foreign relations of
Norway", written for the rule (facts as (sender, host, city, kind, status, rule)), and traps:
tables that must not be read."""

from __future__ import annotations

from tests.conftest import facts, grid

NORWAY = "Foreign_relations_of_Norway.md"
RULE = "mission-table-row"

Fact = tuple[str, str, str | None, str, str, str]


def missions(text: str) -> list[Fact]:
    found = facts(text, NORWAY)["missions"]
    return sorted(
        (m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule)
        for m in found
        if m.rule == RULE
    )


def table(headings: list[str], rows: list[list[str]]) -> str:
    cells = [[[c] if c else [] for c in row] for row in rows]
    return "\n\n".join(headings) + "\n\n" + grid(cells)


def test_rows_of_a_mission_table_are_the_subjects_missions():
    text = table(
        ["Norwegian diplomatic missions", "Embassies and consulates"],
        [
            ["Country", "Official name", "City", "Type"],
            ["", "Republic of Chile", "Santiago", "Embassy"],
            ["", "Kingdom of Spain", "Madrid", "Embassy"],
            # a row whose cells a dropped merged cell shifted left: the city's state is the host
            ["Bilbao", "Consulate-General", "", ""],
        ],
    )
    assert missions(text) == [
        ("NOR", "CHL", "Santiago", "embassy", "open", RULE),
        ("NOR", "ESP", "Bilbao", "consulate-general", "open", RULE),
        ("NOR", "ESP", "Madrid", "embassy", "open", RULE),
    ]


def test_the_kind_comes_from_the_heading_where_no_cell_names_it():
    text = table(
        ["Norwegian diplomatic missions", "Permanent missions"],
        [
            ["Organization", "City and Country"],
            ["United Nations", "Geneva, Switzerland"],
            ["Council of Europe", "Strasbourg, France"],
        ],
    )
    assert missions(text) == [
        ("NOR", "CHE", "Geneva", "permanent-mission", "open", RULE),
        ("NOR", "FRA", "Strasbourg", "permanent-mission", "open", RULE),
    ]


def test_a_table_under_headings_not_naming_the_subject_is_not_read():
    text = table(
        ["Swedish diplomatic missions", "Embassies"],
        [["Country", "City", "Type"], ["Chile", "Santiago", "Embassy"]],
    )
    assert missions(text) == []


def test_doubtful_rows_read_nothing():
    text = table(
        ["Norwegian diplomatic missions", "Embassies and consulates"],
        [
            ["Country", "City", "Type"],
            # the city is not in the state the row names
            ["Chile", "Madrid", "Embassy"],
            # two kinds under a heading naming two: no kind
            ["Peru", "Lima", ""],
            # two places
            ["Bolivia", "La Paz, Sucre", "Embassy"],
            # a city of two states, no state named
            ["", "Barcelona", "Consulate"],
        ],
    )
    assert missions(text) == []


def test_a_table_without_a_place_column_is_not_read():
    text = table(
        ["Norwegian diplomatic missions", "Embassies"],
        [["Country", "Capital", "Type"], ["Chile", "Santiago", "Embassy"]],
    )
    assert missions(text) == []


def test_a_relations_table_with_a_city_column_is_not_read_as_one():
    text = table(
        ["Norwegian diplomatic missions", "Embassies"],
        [
            ["Country", "City", "Formal relations began"],
            ["Chile", "Santiago", "1 May 1950"],
        ],
    )
    assert missions(text) == []
