"""Several missions of one sender in one sentence: the kinds a list names and the cities after
each (short sentences written for each shape, in a row of "Foreign relations of Finland"; facts
as (sender, host, city, kind, status, rule)), and the traps that must not read."""

from __future__ import annotations

import pytest

from tests.conftest import row_facts

FINLAND = "Foreign_relations_of_Finland.md"


def missions(
    sentence: str, name: str = FINLAND
) -> list[tuple[str, str, str | None, str, str, str]]:
    found = row_facts([sentence], name, "")["missions"]
    return sorted(
        ((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule) for m in found),
        key=lambda m: tuple(v or "" for v in m),
    )


def cities(sentence: str, name: str = FINLAND) -> list[tuple[str | None, str]]:
    return sorted(
        ((m[2], m[3]) for m in missions(sentence, name)), key=lambda c: (c[0] or "", c[1])
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "other" and "further" before the kind
        (
            "Norway has an embassy in Helsinki and other honorary consulates in Turku, Kotka "
            "and Pori.",
            [
                ("Helsinki", "embassy"),
                ("Kotka", "honorary-consulate"),
                ("Pori", "honorary-consulate"),
                ("Turku", "honorary-consulate"),
            ],
        ),
        # plurals of the compound kinds as the articles write them
        (
            "Norway has an embassy in Helsinki and consulate generals in Turku and Oulu.",
            [
                ("Helsinki", "embassy"),
                ("Oulu", "consulate-general"),
                ("Turku", "consulate-general"),
            ],
        ),
        (
            "Norway has an embassy in Helsinki and two honorary consulate generals in Turku and "
            "Oulu.",
            [
                ("Helsinki", "embassy"),
                ("Oulu", "honorary-consulate"),
                ("Turku", "honorary-consulate"),
            ],
        ),
        (
            "Norway has an embassy in Helsinki and a general consul in Turku.",
            [("Helsinki", "embassy"), ("Turku", "consulate-general")],
        ),
        # an outpost of an embassy, a deputy high commission
        (
            "Norway has an embassy in Helsinki and an embassy outpost in Turku.",
            [("Helsinki", "embassy"), ("Turku", "embassy-office")],
        ),
        (
            "India has a high commission in Helsinki and a deputy high commission in Turku.",
            [("Helsinki", "high-commission"), ("Turku", "high-commission")],
        ),
        # an honorary vice-consulate is an honorary consulate, a branch office an embassy office
        (
            "Norway has an embassy in Helsinki and two honorary vice-consulates in Turku and Oulu.",
            [
                ("Helsinki", "embassy"),
                ("Oulu", "honorary-consulate"),
                ("Turku", "honorary-consulate"),
            ],
        ),
        (
            "Norway has an embassy in Helsinki and a branch office in Turku.",
            [("Helsinki", "embassy"), ("Turku", "embassy-office")],
        ),
        (
            "Norway has an embassy in Helsinki and a commercial section in Turku.",
            [("Helsinki", "embassy"), ("Turku", "trade-office")],
        ),
        # a delegation office, a mission office: representative offices
        (
            "Norway has a delegation office in Helsinki and a mission office in Turku.",
            [("Helsinki", "representative-office"), ("Turku", "representative-office")],
        ),
        # the misspellings of "consulate" the articles print
        (
            "Norway has an honorary consultate in Turku and an honorary consulte in Oulu.",
            [("Oulu", "honorary-consulate"), ("Turku", "honorary-consulate")],
        ),
        (
            "Norway has an embassy in Helsinki and a consalate-general in Turku.",
            [("Helsinki", "embassy"), ("Turku", "consulate-general")],
        ),
        (
            "Norway has a hononary consulate in Turku and a consualte in Oulu.",
            [("Oulu", "consulate"), ("Turku", "honorary-consulate")],
        ),
    ],
)
def test_every_kind_of_a_list_is_read(sentence, expected):
    assert cities(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "other" without a mission noun of the sender's own
        "Norway has hosted other delegations in Turku.",
        # a general, not a consul
        "Norway sent a general to Turku.",
        # "consulted" is no misspelt consulate
        "Norway consulted Finland in Turku.",
    ],
)
def test_no_mission_without_a_mission_noun(sentence):
    assert missions(sentence) == []


LISTED = "mission-list-continued"


def test_cities_in_brackets_as_many_as_counted_are_read_though_not_all_known():
    # "Lapland" is no city the gazetteer knows; three names for three consulates
    assert cities(
        "Norway has an embassy in Helsinki and three honorary consulates (Lapland, Turku and Oulu)."
    ) == [
        ("Helsinki", "embassy"),
        ("Lapland", "honorary-consulate"),
        ("Oulu", "honorary-consulate"),
        ("Turku", "honorary-consulate"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # more names than the count: not the cities
        "Norway has an embassy in Helsinki and two honorary consulates (Lapland, Turku and Oulu).",
        # no count
        "Norway has an embassy in Helsinki and honorary consulates (Lapland, Turku and Oulu).",
    ],
)
def test_unknown_names_in_brackets_are_not_read_without_their_count(sentence):
    assert ("Lapland", "honorary-consulate") not in cities(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # cities in brackets after a counted kind, without "in"
        (
            "Norway has an embassy in Helsinki and 3 honorary consulates (Turku, Oulu and Vaasa).",
            [
                ("NOR", "FIN", "Helsinki", "embassy", "open", "has-mission"),
                ("NOR", "FIN", "Oulu", "honorary-consulate", "open", LISTED),
                ("NOR", "FIN", "Turku", "honorary-consulate", "open", LISTED),
                ("NOR", "FIN", "Vaasa", "honorary-consulate", "open", LISTED),
            ],
        ),
        # a second bracketed list after the first
        (
            "Norway has an embassy in Helsinki, 2 consulates-general (in Turku and Oulu), and 2 "
            "honorary consulates (in Vaasa and Pori).",
            [
                ("NOR", "FIN", "Helsinki", "embassy", "open", "has-mission"),
                ("NOR", "FIN", "Oulu", "consulate-general", "open", "mission-list-with-count"),
                ("NOR", "FIN", "Pori", "honorary-consulate", "open", LISTED),
                ("NOR", "FIN", "Turku", "consulate-general", "open", "mission-list-with-count"),
                ("NOR", "FIN", "Vaasa", "honorary-consulate", "open", LISTED),
            ],
        ),
        # joined by "with", "along with", a semicolon
        (
            "Norway maintains an embassy in Helsinki with consulates in Turku and Oulu.",
            [
                ("NOR", "FIN", "Helsinki", "embassy", "open", "has-mission"),
                ("NOR", "FIN", "Oulu", "consulate", "open", LISTED),
                ("NOR", "FIN", "Turku", "consulate", "open", LISTED),
            ],
        ),
        (
            "Norway has an embassy in Helsinki along with a consulate general in Turku.",
            [
                ("NOR", "FIN", "Helsinki", "embassy", "open", "has-mission"),
                ("NOR", "FIN", "Turku", "consulate-general", "open", LISTED),
            ],
        ),
        (
            "Norway has an embassy in Helsinki and two consulates in Turku and Oulu; as well as "
            "an honorary consulate in Vaasa.",
            [
                ("NOR", "FIN", "Helsinki", "embassy", "open", "has-mission"),
                ("NOR", "FIN", "Oulu", "consulate", "open", "mission-list-with-count"),
                ("NOR", "FIN", "Turku", "consulate", "open", "mission-list-with-count"),
                ("NOR", "FIN", "Vaasa", "honorary-consulate", "open", LISTED),
            ],
        ),
        # the cities in brackets after their country
        (
            "Norway has three honorary consulates in Finland (Turku, Oulu, Vaasa).",
            [
                ("NOR", "FIN", "Oulu", "honorary-consulate", "open", LISTED),
                ("NOR", "FIN", "Turku", "honorary-consulate", "open", LISTED),
                ("NOR", "FIN", "Vaasa", "honorary-consulate", "open", LISTED),
            ],
        ),
        # a postal abbreviation after a city is not a city
        (
            "Norway has an embassy in Washington, DC with consulates in New York City, NY and "
            "Houston, TX.",
            [
                ("NOR", "USA", "Houston", "consulate", "open", LISTED),
                ("NOR", "USA", "New York City", "consulate", "open", LISTED),
                ("NOR", "USA", "Washington, DC", "embassy", "open", "has-mission"),
            ],
        ),
    ],
)
def test_a_list_is_read_on_past_brackets_and_joints(sentence, expected):
    name = "Foreign_relations_of_the_United_States.md" if "Washington" in sentence else FINLAND
    assert missions(sentence, name) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count without its cities: one row without its city (mission-without-place), never
        # one per count
        (
            "Norway has an embassy in Helsinki and 3 honorary consulates.",
            [(None, "honorary-consulate"), ("Helsinki", "embassy")],
        ),
        # words in brackets that are no places
        (
            "Norway has an embassy in Helsinki and two honorary consulates (General Affairs and "
            "Trade).",
            [("Helsinki", "embassy")],
        ),
        # a negated clause
        (
            "Norway has no embassy in Finland, nor consulates (Turku, Oulu).",
            [],
        ),
        # a closing in the clause is the older reader's to state
        (
            "Norway has an embassy in Helsinki with consulates in Turku and Oulu, which were "
            "closed in 2002.",
            [("Helsinki", "embassy")],
        ),
        # "with" something that is no mission
        (
            "Norway has an embassy in Helsinki with a staff of twenty (Turku, Oulu).",
            [("Helsinki", "embassy")],
        ),
    ],
)
def test_a_list_continued_reads_nothing_else(sentence, expected):
    assert cities(sentence) == sorted(expected, key=lambda c: (c[0] or "", c[1]))


@pytest.mark.parametrize(
    "wording",
    [
        "attends to consular matters relating to",
        "is concurrently accredited to",
        "is at the same time accredited to",
        "has consular responsibility for",
    ],
)
def test_a_mission_that_covers_another_state(wording):
    sentence = f"Norway's embassy in Stockholm, Sweden {wording} Finland."
    assert missions(sentence) == [
        ("NOR", "FIN", "Stockholm", "embassy", "accredited-from", "covering-mission-accredited")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway has temporarily closed its embassy in Helsinki.",
        "Norway temporary closed its embassy in Helsinki on 1 July 1999.",
    ],
)
def test_a_temporary_closing_is_a_closing(sentence):
    (found,) = missions(sentence)
    assert found[:5] == ("NOR", "FIN", "Helsinki", "embassy", "closed")
    assert found[5] == "mission-closed"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a note in brackets after a city of the list: the cities after it go on (the older
        # reader reads the one city before the note)
        (
            "Norway has three honorary consulates in Turku (General), Oulu, and Vaasa.",
            [
                ("NOR", "FIN", "Oulu", "honorary-consulate", "open", LISTED),
                ("NOR", "FIN", "Turku", "honorary-consulate", "open", "has-mission"),
                ("NOR", "FIN", "Vaasa", "honorary-consulate", "open", LISTED),
            ],
        ),
        # a note in brackets after an item, then the next item
        (
            "Norway has an embassy in Helsinki (since 1980) and an honorary consulate in Turku.",
            [
                ("NOR", "FIN", "Helsinki", "embassy", "opened", "has-mission"),
                ("NOR", "FIN", "Turku", "honorary-consulate", "open", LISTED),
            ],
        ),
        # a known city right after its kind
        (
            "Norway has an embassy in Helsinki and an honorary consulate Turku.",
            [
                ("NOR", "FIN", "Helsinki", "embassy", "open", "has-mission"),
                ("NOR", "FIN", "Turku", "honorary-consulate", "open", LISTED),
            ],
        ),
    ],
)
def test_a_list_is_read_on_past_notes(sentence, expected):
    assert missions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a note that closes the mission stops the list
        (
            "Norway has an embassy in Helsinki (closed in 2010) and a consulate in Turku.",
            [("Helsinki", "embassy")],
        ),
        # a capitalised word after the kind that is no place
        (
            "Norway has an embassy in Helsinki and an honorary consulate General Office.",
            [("Helsinki", "embassy")],
        ),
    ],
)
def test_notes_and_bare_names_that_read_nothing(sentence, expected):
    assert cities(sentence) == sorted(expected, key=lambda c: (c[0] or "", c[1]))
