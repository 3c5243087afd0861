"""Relations rows: where relations stand (`status_rule`), when they began (`began_source`), and
the entries of "no relations" lists, each on a row written for the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import facts, relations_doc


def relation(
    notes: list[str],
    name: str,
    country: str = "",
    began: str = "",
    footnotes: dict[int, str] | None = None,
):
    (row,) = facts(relations_doc(notes, country=country, began=began, footnotes=footnotes), name)[
        "relations"
    ]
    return row


STATUS = [
    # (article, country cell, notes, status, status_rule)
    (
        "Foreign_relations_of_Finland.md",
        "Hungary",
        "Finland broke off diplomatic relations on September 20, 1944.",
        "severed",
        "relations-changed",
    ),
    # a restoration wins over the break it mentions (Indonesia, Europe)
    (
        "Foreign_relations_of_Indonesia.md",
        "Portugal",
        "In 1999, Indonesia and Portugal restored diplomatic relations, which were broken off "
        "following the Indonesian invasion of East Timor.",
        "established",
        "relations-changed",
    ),
    # "not re-established until" is a restoration (the Czech Republic, Asia)
    (
        "Foreign_relations_of_the_Czech_Republic.md",
        "Japan",
        "Relations between the Czech Republic and Japan were broken off in 1939, and not "
        "re-established until 1957.",
        "established",
        "relations-changed",
    ),
    # a break and a restoration in one cell: not severed (Spain, Europe)
    (
        "Foreign_relations_of_Spain.md",
        "Bulgaria",
        "Relations were severed in 1946 and were restored in 1970 at the level of consular office.",
        "established",
        "relations-changed",
    ),
    (
        "Foreign_relations_of_New_Zealand.md",
        "Argentina",
        "Diplomatic relations were cut off during the Falklands War, they were re-established in "
        "1984.",
        "established",
        "relations-changed",
    ),
    # a closed period of suspension has ended (Afghanistan, Asia)
    (
        "Foreign_relations_of_Afghanistan.md",
        "Pakistan",
        "From September 1961 to June 1963, diplomatic relations, trade, transit, and consular "
        "services were suspended by Pakistan.",
        "established",
        "relations-changed",
    ),
    # the break is with a third state (Panama, Asia)
    (
        "Foreign_relations_of_Panama.md",
        "China",
        "On June 12, 2017, President Juan Carlos Varela announced that Panama has established "
        "diplomatic relations with the People's Republic of China and severed ties with Taiwan.",
        "established",
        "relations-established",
    ),
    # the break leaves out the row's state (Chile, Asia)
    (
        "Foreign_relations_of_Chile.md",
        "China",
        "After the 1973 coup by the Pinochet-led junta, diplomatic relations were cut between Chile "
        "and all Communist nations, with the exception of China and Romania.",
        "unknown",
        None,
    ),
    # negated, hypothetical, or not diplomatic
    (
        "Foreign_relations_of_Cuba.md",
        "Israel",
        "Cuba didn't succumb to Arab pressure to sever relations with Israel.",
        "unknown",
        None,
    ),
    (
        "Foreign_relations_of_Kuwait.md",
        "Denmark",
        'A lawmaker said: "We have to cut diplomatic and commercial ties with Denmark."',
        "unknown",
        None,
    ),
    (
        "Foreign_relations_of_Fiji.md",
        "New Zealand",
        "New Zealand stated that military ties, aid and sporting contacts will be cut.",
        "unknown",
        None,
    ),
    # no relations (Germany, Asia; Indonesia, Asia)
    (
        "Foreign_relations_of_Germany.md",
        "Bhutan",
        "There are no diplomatic relations between Bhutan and Germany, but consular relations have "
        "existed since 2000.",
        "none",
        "relations-none",
    ),
    (
        "Foreign_relations_of_Indonesia.md",
        "Israel",
        "The two countries maintain no formal diplomatic ties.",
        "none",
        "relations-none",
    ),
    (
        "Foreign_relations_of_Azerbaijan.md",
        "Armenia",
        "Azerbaijan has not yet established diplomatic relations with Armenia.",
        "none",
        "relations-none",
    ),
    # a mission implies relations; a break in the past does not outweigh one open today
    (
        "Foreign_relations_of_Azerbaijan.md",
        "Mexico",
        "-   Mexico has an embassy in Baku.",
        "established",
        "missions-imply-relations",
    ),
    (
        "Foreign_relations_of_Azerbaijan.md",
        "Uruguay",
        "-   Uruguay is accredited to Azerbaijan from its embassy in Tehran, Iran.",
        "established",
        "missions-imply-relations",
    ),
    (
        "Foreign_relations_of_Lithuania.md",
        "Poland",
        "Lithuania and Poland have had a difficult history, when all diplomatic ties were cut. "
        "Lithuania has an embassy in Warsaw.",
        "established",
        "missions-imply-relations",
    ),
    (
        "Foreign_relations_of_Azerbaijan.md",
        "Mexico",
        "Both countries established diplomatic relations on 14 January 1992.",
        "established",
        "relations-established",
    ),
]


@pytest.mark.parametrize(("name", "country", "notes", "status", "rule"), STATUS)
def test_relation_status(name, country, notes, status, rule):
    row = relation([notes], name, country)
    assert (row.status, row.status_rule) == (status, rule)


def test_a_dated_row_is_established():
    row = relation([], "Foreign_relations_of_Azerbaijan.md", "Hungary", began="1992-06-25")
    assert (row.status, row.status_rule, row.began, row.began_precision, row.began_source) == (
        "established",
        "dated-relations",
        dt.date(1992, 6, 25),
        "day",
        "table-cell",
    )


@pytest.mark.parametrize(
    ("cell", "date", "precision", "note"),
    [
        ("1994-05", dt.date(1994, 5, 1), "month", None),  # a year and a month, not a range
        ("1918–1921", dt.date(1918, 1, 1), "year", "range 1918–1921"),
        ("27 August 1991[7]", dt.date(1991, 8, 27), "day", None),
    ],
)
def test_began_from_the_cell(cell, date, precision, note):
    row = relation([], "Foreign_relations_of_Azerbaijan.md", "Hungary", began=cell)
    assert (row.began, row.began_precision, row.began_note) == (date, precision, note)


def test_began_from_a_sentence_that_dates_the_establishment():
    row = relation(
        [
            "-   Diplomatic relations between Armenia and Niger were established on 26 November "
            "2016.[79]"
        ],
        "Foreign_relations_of_Armenia.md",
    )
    assert (row.began, row.began_source, row.status) == (
        dt.date(2016, 11, 26),
        "sentence",
        "established",
    )


def test_a_recognition_date_is_not_when_relations_began():
    row = relation(
        [
            "Mexico recognized Namibia on 17 April 1990 and established diplomatic relations on "
            "2 March 1992."
        ],
        "Foreign_relations_of_Namibia.md",
        "Mexico",
    )
    assert (row.began, row.began_source) == (dt.date(1992, 3, 2), "sentence")
    row = relation(
        [
            "Canada recognized Slovak independence in January 1992, and opened a consulate in "
            "Bratislava in 1995."
        ],
        "Foreign_relations_of_Slovakia.md",
        "Canada",
    )
    assert row.began_source is None


def test_began_from_the_cited_footnotes_publication_date():
    # [17] Азербайджан установил дипотношения с Республикой Малави _Day.Az_ 27 Мая 2004
    row = relation(
        [],
        "Foreign_relations_of_Azerbaijan.md",
        began="[17]",
        footnotes={
            17: "Азербайджан установил дипотношения с Республикой Малави _Day.Az_ 27 Мая 2004"
        },
    )
    assert (row.counterpart_iso3, row.began, row.began_precision, row.began_source) == (
        "MWI",
        dt.date(2004, 5, 27),
        "day",
        "footnote-date",
    )


def test_no_relations_list_entries():
    text = (
        "No relations\n\nAzerbaijan has not established diplomatic relations with the following "
        "states:\n\n-   Barbados\n-   Congo\n-   Korea\n-   Sovereign Military Order of Malta\n"
    )
    listed = facts(text)["relations"]
    got = [(r.country_text, r.counterpart_iso3, r.status, r.status_rule) for r in listed]
    assert got == [
        ("Barbados", "BRB", "none", "no-relations-list"),
        ("Congo", "COG", "none", "no-relations-list"),
        ("Korea", None, "none", "no-relations-list"),
        ("Sovereign Military Order of Malta", None, "none", "no-relations-list"),
    ]
    assert listed[2].counterpart_candidates == ["KOR", "PRK"]
    assert listed[3].counterpart_kind == "entity"


def test_a_tie_with_the_republic_of_china_that_ended_is_severed():
    # the Republic of China is Taiwan, not the People's Republic
    row = relation(
        [
            "Senegal established diplomatic relations with the Republic of China in "
            "1960, which were severed in 1972."
        ],
        "Foreign_relations_of_Senegal.md",
    )
    assert (row.counterpart_iso3, row.status) == ("TWN", "severed")
