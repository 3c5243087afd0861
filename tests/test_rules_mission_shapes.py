"""Issue 19's shapes of a missions sentence, read through the shared grammar (`item_head`,
`places`, the vocabulary's terms) by the rules that read a verb of having or opening
(`has-mission`, `opened-mission`, `mission-list-with-count`): short sentences written for each
shape in a row of "Foreign relations of Uruguay" (counterpart Spain), the facts as (sender,
host, kind, city, status, rule), and traps that must read nothing more."""

from __future__ import annotations

import pytest

from tests.conftest import facts, relations_doc

URUGUAY = "Foreign_relations_of_Uruguay.md"
HAS = "has-mission"
COUNTED = "mission-list-with-count"

Fact = tuple[str, str, str, str | None, str, str]


def missions(sentence: str, country: str = "Spain") -> list[Fact]:
    found = facts(relations_doc([sentence], country=country), URUGUAY)["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.kind, m.city, m.status, m.rule) for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fronted time phrase inside the clause: its date is the next item's, not the one's
        # before it
        (
            "Uruguay has an embassy in Madrid and, since 2010, a consulate in Seville.",
            [
                ("URY", "ESP", "consulate", "Seville", "opened", HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
            ],
        ),
        (
            "Spain has an embassy in Montevideo and since 1998 consulates in Salto and Rivera.",
            [
                ("ESP", "URY", "consulate", "Rivera", "opened", HAS),
                ("ESP", "URY", "consulate", "Salto", "opened", HAS),
                ("ESP", "URY", "embassy", "Montevideo", "open", HAS),
            ],
        ),
        (
            "Uruguay has an embassy in Madrid and, from 2005, a consulate-general in Bilbao.",
            [
                ("URY", "ESP", "consulate-general", "Bilbao", "opened", HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
            ],
        ),
        # a comma between the kind and its places
        (
            "Spain has an embassy in Montevideo and two consulates, in Salto and Rivera.",
            [
                ("ESP", "URY", "consulate", "Rivera", "open", COUNTED),
                ("ESP", "URY", "consulate", "Salto", "open", COUNTED),
                ("ESP", "URY", "embassy", "Montevideo", "open", HAS),
            ],
        ),
        (
            "In 2004 Uruguay opened an honorary consulate, in Valencia.",
            [("URY", "ESP", "honorary-consulate", "Valencia", "opened", "opened-mission")],
        ),
        # the cities after their country and a colon, or a comma and "in": the country is
        # every city's (Barcelona and Valencia are also in Venezuela)
        (
            "Uruguay has 2 consulates-general in Spain: Barcelona and Valencia.",
            [
                ("URY", "ESP", "consulate-general", "Barcelona", "open", COUNTED),
                ("URY", "ESP", "consulate-general", "Valencia", "open", COUNTED),
            ],
        ),
        (
            "Uruguay has two consulates in Spain: in Barcelona and Valencia.",
            [
                ("URY", "ESP", "consulate", "Barcelona", "open", COUNTED),
                ("URY", "ESP", "consulate", "Valencia", "open", COUNTED),
            ],
        ),
        (
            "Uruguay has two consulates-general in Spain, in Barcelona and in Valencia.",
            [
                ("URY", "ESP", "consulate-general", "Barcelona", "open", COUNTED),
                ("URY", "ESP", "consulate-general", "Valencia", "open", COUNTED),
            ],
        ),
        # an em dash inside a kind's name is a hyphen (the masking keeps it between words)
        (
            "Uruguay has an embassy in Madrid and a consulate\u2014general in Bilbao.",
            [
                ("URY", "ESP", "consulate-general", "Bilbao", "open", HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
            ],
        ),
        (
            "Uruguay has consulates\u2014general in Bilbao and Seville.",
            [
                ("URY", "ESP", "consulate-general", "Bilbao", "open", HAS),
                ("URY", "ESP", "consulate-general", "Seville", "open", HAS),
            ],
        ),
    ],
)
def test_shapes(sentence: str, expected: list[Fact]) -> None:
    assert missions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a phrase that ends or opposes the next mission is not a fronted time phrase of it
        (
            "Uruguay has an embassy in Madrid and, until 2005, a consulate in Seville.",
            [("URY", "ESP", "embassy", "Madrid")],
        ),
        (
            "Uruguay has an embassy in Madrid, while a consulate in Seville is planned.",
            [("URY", "ESP", "embassy", "Madrid")],
        ),
        # a month and its year are a date, not a place
        (
            "Uruguay opened a trade office in Madrid in 2001, its embassy in June 2005 in Madrid.",
            [("URY", "ESP", "embassy", "Madrid"), ("URY", "ESP", "trade-office", "Madrid")],
        ),
        # a colon or ", in" followed by no city of the country: the country alone
        (
            "Uruguay has two consulates in Spain: they are in Barcelona and Seville.",
            [("URY", "ESP", "consulate", None)],
        ),
        (
            "Uruguay has embassies in Spain, in Portugal and in France.",
            [
                ("URY", "ESP", "embassy", None),
                ("URY", "FRA", "embassy", None),
                ("URY", "PRT", "embassy", None),
            ],
        ),
        (
            "Uruguay has an embassy in Spain: Spain has an embassy in Montevideo.",
            [("URY", "ESP", "embassy", None)],
        ),
        # a negated mission after the fronted phrase
        (
            "Uruguay has an embassy in Madrid and, since 2010, no consulate in Seville.",
            [("URY", "ESP", "embassy", "Madrid")],
        ),
    ],
)
def test_traps(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [m[:4] for m in missions(sentence)] == expected


def dated(sentence: str) -> list[tuple[str, str | None, str | None]]:
    found = facts(relations_doc([sentence], country="Spain"), URUGUAY)["missions"]
    return sorted((m.kind, m.city, m.date_text) for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each item's date is its own: after its place, before its place, or fronted
        (
            "Uruguay opened an embassy in Madrid in 1990 and, in 2010, a consulate in Seville.",
            [("consulate", "Seville", "2010"), ("embassy", "Madrid", "1990")],
        ),
        (
            "Uruguay opened its embassy in June 1990 in Madrid and its consulate in Bilbao in "
            "May 1995.",
            [("consulate", "Bilbao", "May 1995"), ("embassy", "Madrid", "June 1990")],
        ),
        # a later item's date is not the one's before it
        (
            "Uruguay has an embassy in Madrid, a consulate in Bilbao and in 2012 opened an "
            "honorary consulate in Palma.",
            [
                ("consulate", "Bilbao", None),
                ("embassy", "Madrid", None),
                ("honorary-consulate", "Palma", "2012"),
            ],
        ),
    ],
)
def test_dates(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert dated(sentence) == expected


SENDERS = "senders-listed"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # several senders sharing one verb
        (
            "Uruguay, as well as Argentina, has an embassy in Madrid.",
            [("ARG", "ESP", "embassy", "Madrid"), ("URY", "ESP", "embassy", "Madrid")],
        ),
        (
            "Uruguay and Argentina each have an embassy in Madrid.",
            [("ARG", "ESP", "embassy", "Madrid"), ("URY", "ESP", "embassy", "Madrid")],
        ),
        (
            "Since 2005, Uruguay and Paraguay have had embassies in Madrid.",
            [("PRY", "ESP", "embassy", "Madrid"), ("URY", "ESP", "embassy", "Madrid")],
        ),
        # ... and several kinds, each in one place: every sender's
        (
            "Uruguay and Argentina have embassies in Madrid and consulates in Bilbao.",
            [
                ("ARG", "ESP", "consulate", "Bilbao"),
                ("ARG", "ESP", "embassy", "Madrid"),
                ("URY", "ESP", "consulate", "Bilbao"),
                ("URY", "ESP", "embassy", "Madrid"),
            ],
        ),
        # which place is whose is not read
        ("Uruguay and Argentina have embassies in Madrid and Bilbao respectively.", []),
        (
            "Uruguay and Argentina have an embassy in Madrid and a consulate in Bilbao "
            "respectively.",
            [],
        ),
        ("Uruguay and Argentina have embassies in Madrid and Bilbao.", []),
        ("Uruguay and Argentina do not have embassies in Madrid.", []),
    ],
)
def test_senders(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [m[:4] for m in missions(sentence) if m[5] == SENDERS] == expected


IT_HAS = "it-has-mission"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sentence that continues the previous one's subject, after a fronted phrase
        (
            "Uruguay has an embassy in Madrid. It has, since 2010, a consulate in Seville.",
            [("URY", "ESP", "consulate", "Seville")],
        ),
        (
            "Uruguay has an embassy in Madrid. Since 2010, it has a consulate in Seville.",
            [("URY", "ESP", "consulate", "Seville")],
        ),
        (
            "Uruguay has an embassy in Madrid. The country also has an honorary consulate in "
            "Bilbao.",
            [("URY", "ESP", "honorary-consulate", "Bilbao")],
        ),
        (
            "Spain has an embassy in Montevideo. This country also maintains a consulate in "
            "Paysandú.",
            [("ESP", "URY", "consulate", "Paysandú")],
        ),
        # traps: negated; a place in neither state of the row; the subject named again
        ("Spain has an embassy in Montevideo. The country has no consulate in Paysandú.", []),
        ("Spain has an embassy in Montevideo. Since 2010, it has a consulate in Lisbon.", []),
        ("Spain has an embassy in Montevideo. Uruguay says it has a consulate in Bilbao.", []),
    ],
)
def test_continued_subject(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [m[:4] for m in missions(sentence) if m[5] == IT_HAS] == expected


BARE = "bare-mission-item"


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        # a row whose notes are only fragments: the mission of the state the place is not in
        (["Embassy in Madrid."], [("URY", "ESP", "embassy", "Madrid")]),
        (
            ["Embassy in Madrid.", "Consulate-general in Bilbao."],
            [("URY", "ESP", "consulate-general", "Bilbao"), ("URY", "ESP", "embassy", "Madrid")],
        ),
        (
            ["Spain has an embassy in Montevideo. Honorary consulates in Salto and Paysandú."],
            [
                ("ESP", "URY", "honorary-consulate", "Paysandú"),
                ("ESP", "URY", "honorary-consulate", "Salto"),
            ],
        ),
        # traps: a place in neither state; more said than the mission; not a fragment
        (["Embassy in Lisbon."], []),
        (["Embassy in Madrid was closed in 2001."], []),
        (["Uruguay plans an embassy in Madrid."], []),
    ],
)
def test_fragments(notes: list[str], expected: list[tuple[str, str, str, str | None]]) -> None:
    found = facts(relations_doc(notes, country="Spain"), URUGUAY)["missions"]
    assert (
        sorted((m.sender_iso3, m.host_iso3, m.kind, m.city) for m in found if m.rule == BARE)
        == expected
    )


def test_fragments_of_running_text_are_not_read() -> None:
    tables = facts("Spain\n\nEmbassy in Madrid.\n", URUGUAY)
    assert [m for m in [*tables["missions"], *tables["prose_missions"]] if m.rule == BARE] == []


def test_a_verb_set_off_from_its_missions_by_a_fronted_phrase() -> None:
    assert missions(
        "Germany is accredited to Uruguay from its embassy in Buenos Aires and has, since 2015, "
        "an honorary consulate in Montevideo.",
        "Germany",
    ) == [
        ("DEU", "URY", "embassy", "Buenos Aires", "accredited-from", "accredited-from"),
        ("DEU", "URY", "honorary-consulate", "Montevideo", "opened", HAS),
    ]
    assert missions("Uruguay has, since 2008, a consulate-general in Hamburg.", "Germany") == [
        ("URY", "DEU", "consulate-general", "Hamburg", "opened", HAS)
    ]
    assert missions("Uruguay has, however, no consulate in Hamburg.", "Germany") == []


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            ["-   Embassy in Berlin; consulate-general in Hamburg"],
            [("URY", "DEU", "consulate-general", "Hamburg"), ("URY", "DEU", "embassy", "Berlin")],
        ),
        (
            ["Embassy in Berlin; honorary consulates in Bremen and Munich."],
            [
                ("URY", "DEU", "embassy", "Berlin"),
                ("URY", "DEU", "honorary-consulate", "Bremen"),
                ("URY", "DEU", "honorary-consulate", "Munich"),
            ],
        ),
        # the second part says more than a mission: neither is a bare item
        (["Embassy in Berlin; consulate-general in Hamburg was closed."], []),
        (["Embassy in Berlin; Uruguay plans a consulate in Hamburg."], []),
    ],
)
def test_fragments_apart(
    notes: list[str], expected: list[tuple[str, str, str, str | None]]
) -> None:
    found = facts(relations_doc(notes, country="Germany"), URUGUAY)["missions"]
    assert (
        sorted((m.sender_iso3, m.host_iso3, m.kind, m.city) for m in found if m.rule == BARE)
        == expected
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "respectively" pairs the kinds with the places, in order
        (
            "Uruguay has an embassy and a consulate-general in Madrid and Barcelona respectively.",
            [
                ("URY", "ESP", "consulate-general", "Barcelona", "open", HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
            ],
        ),
        (
            "Uruguay has an embassy in Madrid. It has a consulate and an honorary consulate in "
            "Bilbao and Seville, respectively.",
            [
                ("URY", "ESP", "consulate", "Bilbao", "open", IT_HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
                ("URY", "ESP", "honorary-consulate", "Seville", "open", IT_HAS),
            ],
        ),
        # ... and the dates with the places: no place takes the first date
        (
            "Uruguay has consulates in Bilbao and Seville, opened in 1990 and 2001 respectively.",
            [
                ("URY", "ESP", "consulate", "Bilbao", "open", HAS),
                ("URY", "ESP", "consulate", "Seville", "open", HAS),
            ],
        ),
        # two kinds, three places: which is where is not read
        (
            "Uruguay has an embassy and a consulate in Madrid, Bilbao and Seville respectively.",
            [],
        ),
        # without "respectively", both kinds in each place
        (
            "Uruguay has an embassy in Madrid. It has a consulate and an honorary consulate in "
            "Bilbao.",
            [
                ("URY", "ESP", "consulate", "Bilbao", "open", IT_HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
                ("URY", "ESP", "honorary-consulate", "Bilbao", "open", IT_HAS),
            ],
        ),
    ],
)
def test_respectively(sentence: str, expected: list[Fact]) -> None:
    assert missions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Uruguay has an embassy in Madrid and, until 2005, a consulate in Seville.",
        "Uruguay has an embassy in Madrid and, since 2010, no consulate in Seville.",
    ],
)
def test_a_phrase_after_a_joint_does_not_date_the_mission_before_it(sentence: str) -> None:
    assert dated(sentence) == [("embassy", "Madrid", None)]


def test_a_city_whose_name_ends_with_another_citys() -> None:
    # "East London": "London" is spotted on its own; the name before it is part of the city
    found = facts(
        relations_doc(
            ["Italy has 2 honorary consulates (in East London and Port Elizabeth)."],
            country="South Africa",
        ),
        "Foreign_relations_of_Italy.md",
    )["missions"]
    assert sorted((m.sender_iso3, m.host_iso3, m.city) for m in found) == [
        ("ITA", "ZAF", "East London"),
        ("ITA", "ZAF", "Port Elizabeth"),
    ]


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        # the sender named before a colon
        (
            ["Uruguay: embassy in Madrid; consulates in Bilbao and Seville."],
            [
                ("URY", "ESP", "consulate", "Bilbao"),
                ("URY", "ESP", "consulate", "Seville"),
                ("URY", "ESP", "embassy", "Madrid"),
            ],
        ),
        (
            ["Spain: embassy in Montevideo.", "Uruguay: embassy in Madrid."],
            [("ESP", "URY", "embassy", "Montevideo"), ("URY", "ESP", "embassy", "Madrid")],
        ),
        # not a state before the colon, not an item
        (["Spanish: embassy in Montevideo."], []),
        (["Notes: embassy in Montevideo."], []),
    ],
)
def test_fragments_after_their_sender(
    notes: list[str], expected: list[tuple[str, str, str, str | None]]
) -> None:
    found = facts(relations_doc(notes, country="Spain"), URUGUAY)["missions"]
    assert (
        sorted((m.sender_iso3, m.host_iso3, m.kind, m.city) for m in found if m.rule == BARE)
        == expected
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an item with its own verb has that verb's status, not the clause's
        (
            "Uruguay closed its embassy in Madrid and, in 2010, opened a consulate in Seville.",
            [
                ("URY", "ESP", "consulate", "Seville", "opened", "opened-mission"),
                ("URY", "ESP", "embassy", "Madrid", "closed", "mission-closed"),
            ],
        ),
        (
            "Uruguay had an embassy in Madrid and has a consulate in Seville.",
            [
                ("URY", "ESP", "consulate", "Seville", "open", HAS),
                ("URY", "ESP", "embassy", "Madrid", "closed", "mission-closed"),
            ],
        ),
        # a fronted phrase that puts the next mission to come: not read
        (
            "Uruguay has an embassy in Madrid and, in the future, a consulate in Seville.",
            [("URY", "ESP", "embassy", "Madrid", "open", HAS)],
        ),
        (
            "Uruguay has an embassy in Madrid and, as a possible next step, a consulate in "
            "Seville.",
            [("URY", "ESP", "embassy", "Madrid", "open", HAS)],
        ),
        # another state's clause after the fronted phrase is its own
        (
            "Uruguay has an embassy in Madrid and, since 2010, Argentina has a consulate in "
            "Seville.",
            [
                ("ARG", "ESP", "consulate", "Seville", "opened", HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
            ],
        ),
    ],
)
def test_each_item_its_own_verb(sentence: str, expected: list[Fact]) -> None:
    assert missions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "another" is one more mission of the kind before it
        (
            "Uruguay has an embassy in Madrid, an honorary consulate in Bilbao and another in "
            "Valencia.",
            [
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
                ("URY", "ESP", "honorary-consulate", "Bilbao", "open", HAS),
                ("URY", "ESP", "honorary-consulate", "Valencia", "open", HAS),
            ],
        ),
        (
            "Uruguay closed a consulate in Bilbao and another in Seville.",
            [
                ("URY", "ESP", "consulate", "Bilbao", "closed", "mission-closed"),
                ("URY", "ESP", "consulate", "Seville", "closed", "mission-closed"),
            ],
        ),
        # two kinds before it: which one is not read; nor a negated one; nor a date after it
        (
            "Uruguay has an embassy and a consulate in Madrid and another in Bilbao.",
            [
                ("URY", "ESP", "consulate", "Madrid", "open", HAS),
                ("URY", "ESP", "embassy", "Madrid", "open", HAS),
            ],
        ),
        ("Uruguay has no consulate in Bilbao and another in Seville.", []),
        (
            "Uruguay has an embassy in Madrid and another in 2010.",
            [("URY", "ESP", "embassy", "Madrid", "open", HAS)],
        ),
    ],
)
def test_another(sentence: str, expected: list[Fact]) -> None:
    assert missions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "until" a date: when a mission ended, not when it opened
        (
            "Uruguay had an embassy in Madrid from 1990 until 2005.",
            [("embassy", "Madrid", "closed", "2005")],
        ),
        (
            "Uruguay had a consulate in Bilbao in 1990 until March 2005.",
            [("consulate", "Bilbao", "closed", "March 2005")],
        ),
        # an end said of the next item is not the first's opening
        (
            "Uruguay has an embassy in Madrid and had a consulate in Bilbao until 2005.",
            [("embassy", "Madrid", "open", None)],
        ),
        ("Uruguay has an embassy in Madrid until 2005.", [("embassy", "Madrid", "open", None)]),
    ],
)
def test_until_is_an_end(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    found = facts(relations_doc([sentence], country="Spain"), URUGUAY)["missions"]
    assert sorted((m.kind, m.city, m.status, m.date_text) for m in found) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "another" after the first item's date, with a date of its own or none
        (
            "Uruguay opened an embassy in Madrid in 1990, and another in Barcelona.",
            [("embassy", "Barcelona", "opened", None), ("embassy", "Madrid", "opened", "1990")],
        ),
        (
            "Uruguay opened an embassy in Madrid in 1990 and another in Barcelona in 1995.",
            [("embassy", "Barcelona", "opened", "1995"), ("embassy", "Madrid", "opened", "1990")],
        ),
        (
            "Uruguay closed a consulate in Bilbao on 3 May 2001 and another in Seville in 2003.",
            [
                ("consulate", "Bilbao", "closed", "3 May 2001"),
                ("consulate", "Seville", "closed", "2003"),
            ],
        ),
        # an end is not an opening; a date is no place
        (
            "Uruguay has a consulate in Bilbao and another in Seville until 2004.",
            [("consulate", "Bilbao", "open", None), ("consulate", "Seville", "open", None)],
        ),
        (
            "Uruguay opened an embassy in Madrid in 1990 and another in 1995.",
            [("embassy", "Madrid", "opened", "1990")],
        ),
        ("Uruguay did not open an embassy in Madrid in 1990, nor another in Barcelona.", []),
    ],
)
def test_another_after_a_date(
    sentence: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    found = facts(relations_doc([sentence], country="Spain"), URUGUAY)["missions"]
    assert sorted((m.kind, m.city, m.status, m.date_text) for m in found) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the previous sentence's missions continued: "has also had", "are complemented by"
        (
            "Uruguay has an embassy in Madrid. Since 2010 it has also had a consulate in Bilbao.",
            [("URY", "ESP", "consulate", "Bilbao")],
        ),
        (
            "Uruguay has an embassy in Madrid. It has also maintained a consulate in Bilbao since "
            "2010.",
            [("URY", "ESP", "consulate", "Bilbao")],
        ),
        (
            "Uruguay has an embassy in Madrid. These are complemented by consulates in Bilbao and "
            "Seville.",
            [("URY", "ESP", "consulate", "Bilbao"), ("URY", "ESP", "consulate", "Seville")],
        ),
        (
            "Spain has an embassy in Montevideo. It is supplemented by an honorary consulate in "
            "Salto.",
            [("ESP", "URY", "honorary-consulate", "Salto")],
        ),
        # traps: negated, a place in neither state, no place, not yet
        ("Uruguay has an embassy in Madrid. It has never had a consulate in Bilbao.", []),
        (
            "Uruguay has an embassy in Madrid. These are not complemented by consulates in Bilbao.",
            [],
        ),
        ("Uruguay has an embassy in Madrid. These are complemented by consulates in Lisbon.", []),
        ("Uruguay has an embassy in Madrid. These are complemented by trade offices.", []),
        ("Uruguay has an embassy in Madrid. It will be complemented by a consulate in Bilbao.", []),
    ],
)
def test_continued_missions(
    sentence: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert [m[:4] for m in missions(sentence) if m[5] == IT_HAS] == expected
