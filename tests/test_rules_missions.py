"""Mission rules: each named rule on short sentences written for it (corpus sentences where they
show the shape, with their article), the facts it must give, and the traps it must not fall in.

A case is a one-row relations table: the article it is in, the row's country cell (empty, as the
rendering left most of them), the Notes lines, and the missions expected as
(sender, host, city, kind, status, rule).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import row_facts

ESTONIA = "Foreign_relations_of_Estonia.md"


def missions(notes: list[str], name: str = "Foreign_relations_of_Azerbaijan.md", country: str = ""):
    found = row_facts(notes, name, country)["missions"]
    return sorted((m.sender_iso3, m.host_iso3, m.city, m.kind, m.status, m.rule) for m in found)


CASES = [
    # -- has-mission ------------------------------------------------------------------------
    (
        "two clauses, two senders",  # Malaysia, Europe
        "Foreign_relations_of_Malaysia.md",
        "",
        ["Belgium has an embassy in Kuala Lumpur, and Malaysia has an embassy in Brussels."],
        [
            ("BEL", "MYS", "Kuala Lumpur", "embassy", "open", "has-mission"),
            ("MYS", "BEL", "Brussels", "embassy", "open", "has-mission"),
        ],
    ),
    (
        "a high commission is not an embassy",  # Kenya, Africa
        "Foreign_relations_of_Kenya.md",
        "",
        ["-   Botswana has a high commission in Nairobi."],
        [("BWA", "KEN", "Nairobi", "high-commission", "open", "has-mission")],
    ),
    (
        "'has had' since a date is open: it was opened then",  # Armenia, Europe
        "Foreign_relations_of_Armenia.md",
        "",
        ["Since 1995, the United Kingdom has had an embassy in Yerevan."],
        [("GBR", "ARM", "Yerevan", "embassy", "opened", "has-mission")],
    ),
    (
        "two kinds in one city",  # Cyprus, Europe
        "Foreign_relations_of_Cyprus.md",
        "",
        ["Spain has an embassy and an honorary consulate in Nicosia."],
        [
            ("ESP", "CYP", "Nicosia", "embassy", "open", "has-mission"),
            ("ESP", "CYP", "Nicosia", "honorary-consulate", "open", "has-mission"),
        ],
    ),
    (
        "only what a negated sentence still grants",  # Romania (corpus)
        "Foreign_relations_of_Romania.md",
        "",
        ["Guinea has no embassy in Romania, only an honorary consulate in Bucharest."],
        [("GIN", "ROU", "Bucharest", "honorary-consulate", "open", "has-mission")],
    ),
    (
        "a list of cities, one a territory with its own code, named for its city",  # Brazil, Asia
        "Foreign_relations_of_Brazil.md",
        "",
        [
            "Brazil has an embassy in Beijing and consulates-general in Guangzhou, Hong Kong and "
            "Shanghai."
        ],
        [
            ("BRA", "CHN", "Beijing", "embassy", "open", "has-mission"),
            ("BRA", "CHN", "Guangzhou", "consulate-general", "open", "has-mission"),
            ("BRA", "CHN", "Shanghai", "consulate-general", "open", "has-mission"),
            ("BRA", "HKG", "Hong Kong", "consulate-general", "open", "has-mission"),
        ],
    ),
    (
        "city, province, country",  # Grenada (corpus)
        "Foreign_relations_of_Grenada.md",
        "",
        ["Grenada has a consulate general in Toronto, Ontario, Canada."],
        [("GRD", "CAN", "Toronto", "consulate-general", "open", "has-mission")],
    ),
    # -- opened-mission, planned-mission, mission-closed ---------------------------------------
    (
        "established with a date",  # Turkey, Asia
        "Foreign_relations_of_Turkey.md",
        "",
        ["The Philippines established its resident embassy in Ankara in October 1991."],
        [("PHL", "TUR", "Ankara", "embassy", "opened", "opened-mission")],
    ),
    (
        "a second clause after a time phrase",  # Kenya, Africa
        "Foreign_relations_of_Kenya.md",
        "",
        [
            "In 1961, prior to Kenya's independence, Ethiopia appointed its first ambassador to "
            "Kenya, and six years later Kenya opened an embassy in Addis Ababa."
        ],
        [("KEN", "ETH", "Addis Ababa", "embassy", "opened", "opened-mission")],
    ),
    (
        "'it will open' after the state that announced it",
        "Foreign_relations_of_Azerbaijan.md",
        "",
        [
            "Azerbaijan has an embassy in Moscow. Azerbaijan also announced that it will open another "
            "consulate-general in Yekaterinburg."
        ],
        [
            ("AZE", "RUS", "Moscow", "embassy", "open", "has-mission"),
            ("AZE", "RUS", "Yekaterinburg", "consulate-general", "planned", "planned-mission"),
        ],
    ),
    (
        "opened, then closed in the same sentence",  # Namibia (issue 8)
        "Foreign_relations_of_Namibia.md",
        "",
        ["In 1993, Mexico opened an embassy in Windhoek, however, the embassy was closed in 2002."],
        [("MEX", "NAM", "Windhoek", "embassy", "closed", "mission-closed")],
    ),
    (
        "closed its embassy",  # Peru, Europe
        "Foreign_relations_of_Peru.md",
        "",
        ["Peru closed its embassy in Sofia for economic reasons in 2003."],
        [("PER", "BGR", "Sofia", "embassy", "closed", "mission-closed")],
    ),
    # -- mission-list-with-count, non-resident-mission --------------------------------------
    (
        "seven missions: an embassy and six honorary consulates",  # Estonia, Europe
        ESTONIA,
        "",
        [
            "Estonia has an embassy in Helsinki and six honorary consulates in Kotka, Mariehamn, "
            "Oulu, Tampere, Turku and Vaasa."
        ],
        [
            ("EST", "FIN", "Helsinki", "embassy", "open", "has-mission"),
            # Mariehamn is in Åland (ALA): a territory of the row's state, so the row's state
            ("EST", "FIN", "Mariehamn", "honorary-consulate", "open", "mission-list-with-count"),
            ("EST", "FIN", "Kotka", "honorary-consulate", "open", "mission-list-with-count"),
            ("EST", "FIN", "Oulu", "honorary-consulate", "open", "mission-list-with-count"),
            ("EST", "FIN", "Tampere", "honorary-consulate", "open", "mission-list-with-count"),
            ("EST", "FIN", "Turku", "honorary-consulate", "open", "mission-list-with-count"),
            ("EST", "FIN", "Vaasa", "honorary-consulate", "open", "mission-list-with-count"),
        ],
    ),
    (
        "a list in brackets after its country",  # Latvia, Europe
        "Foreign_relations_of_Latvia.md",
        "",
        [
            "In 1924, Latvia opened 3 honorary consulates in Romania (in Bucharest, Constanţa and "
            "Galaţi)."
        ],
        [
            ("LVA", "ROU", "Bucharest", "honorary-consulate", "opened", "mission-list-with-count"),
            ("LVA", "ROU", "Constanţa", "honorary-consulate", "opened", "mission-list-with-count"),
            ("LVA", "ROU", "Galaţi", "honorary-consulate", "opened", "mission-list-with-count"),
        ],
    ),
    (
        "a non-resident embassy covers the row's other state",  # Azerbaijan, Europe
        "Foreign_relations_of_Azerbaijan.md",
        "Sweden",
        [
            "-   Azerbaijan has a non-resident embassy in London.",
            "-   Sweden has an honorary in Baku.",
        ],
        [
            (
                "AZE",
                "SWE",
                "London",
                "non-resident-embassy",
                "accredited-from",
                "non-resident-mission",
            ),
            ("SWE", "AZE", "Baku", "honorary-consulate", "open", "has-mission"),
        ],
    ),
    # -- accredited-from, represented-via, interests-represented-by, serving-mission ------------
    (
        "accredited from a third country",  # Azerbaijan, Americas
        "Foreign_relations_of_Azerbaijan.md",
        "",
        ["-   Uruguay is accredited to Azerbaijan from its embassy in Tehran, Iran."],
        [("URY", "AZE", "Tehran", "embassy", "accredited-from", "accredited-from")],
    ),
    (
        "accredited, and a consulate of its own",  # Estonia, Americas
        ESTONIA,
        "",
        [
            "-   Estonia is accredited to Mexico from its embassy in Washington, D.C., United States "
            "and maintains honorary consulates in Mexico City and in Tampico."
        ],
        [
            ("EST", "MEX", "Mexico City", "honorary-consulate", "open", "has-mission"),
            ("EST", "MEX", "Tampico", "honorary-consulate", "open", "has-mission"),
            ("EST", "MEX", "Washington, D.C.", "embassy", "accredited-from", "accredited-from"),
        ],
    ),
    (
        "represented through a third country, and a consulate in the host",  # Estonia, Europe
        ESTONIA,
        "",
        [
            "-   Armenia is represented in Estonia through its embassy in Warsaw (Poland) and an "
            "honorary consulate in Tallinn."
        ],
        [
            ("ARM", "EST", "Tallinn", "honorary-consulate", "open", "represented-via"),
            ("ARM", "EST", "Warsaw", "embassy", "represented-via", "represented-via"),
        ],
    ),
    (
        "an ambassador is not a mission",  # Estonia, Americas
        ESTONIA,
        "",
        [
            "-   Chile is represented in Estonia through its ambassador who resides in Helsinki "
            "(Finland) and through an honorary consulate in Tallinn."
        ],
        [("CHL", "EST", "Tallinn", "honorary-consulate", "open", "represented-via")],
    ),
    (
        "interests represented by a protecting power",  # Estonia, Africa
        ESTONIA,
        "",
        ["-   Estonian interests in Egypt are represented by the Swedish embassy in Cairo."],
        [("EST", "EGY", "Cairo", "embassy", "represented-via", "interests-represented-by")],
    ),
    (
        "a mission that serves another state",  # Estonia, Asia
        ESTONIA,
        "",
        ["-   Sri Lanka has an embassy in Stockholm which serves Estonia."],
        [("LKA", "EST", "Stockholm", "embassy", "accredited-from", "serving-mission")],
    ),
    (
        "a mission that serves a list of states joined by 'as well as' (pieces.AND)",
        ESTONIA,
        "",
        ["-   Sri Lanka has an embassy in Stockholm which serves Estonia as well as Latvia."],
        [  # serving several states, the embassy is also one in its own host
            ("LKA", "EST", "Stockholm", "embassy", "accredited-from", "serving-mission"),
            ("LKA", "LVA", "Stockholm", "embassy", "accredited-from", "serving-mission"),
            ("LKA", "SWE", "Stockholm", "embassy", "open", "has-mission"),
        ],
    ),
    (
        "the covering mission first",
        "Foreign_relations_of_Iceland.md",
        "",
        ["-   The Turkish Embassy in Oslo is accredited to Iceland."],
        [("TUR", "ISL", "Oslo", "embassy", "accredited-from", "covering-mission-accredited")],
    ),
    # -- senders-listed, reciprocal-missions, existential-mission -------------------------------
    (
        "several senders after a colon",  # Micronesia (issue 8)
        "Foreign_relations_of_the_Federated_States_of_Micronesia.md",
        "",
        [
            "Four nations maintain permanent embassies in the FSM: Australia, China, Japan and the "
            "United States."
        ],
        [
            ("AUS", "FSM", None, "embassy", "open", "senders-listed"),
            ("CHN", "FSM", None, "embassy", "open", "senders-listed"),
            ("JPN", "FSM", None, "embassy", "open", "senders-listed"),
            ("USA", "FSM", None, "embassy", "open", "senders-listed"),
        ],
    ),
    (
        "several senders before the verb",  # Cape Verde (issue 3 note)
        "Foreign_relations_of_Cape_Verde.md",
        "",
        ["Angola, Brazil and Portugal have embassies in Praia."],
        [
            ("AGO", "CPV", "Praia", "embassy", "open", "senders-listed"),
            ("BRA", "CPV", "Praia", "embassy", "open", "senders-listed"),
            ("PRT", "CPV", "Praia", "embassy", "open", "senders-listed"),
        ],
    ),
    (
        "embassies in each other's capitals",
        "Foreign_relations_of_Azerbaijan.md",
        "Peru",
        ["Both countries have embassies in each other's capitals."],
        [
            ("AZE", "PER", None, "embassy", "open", "reciprocal-missions"),
            ("PER", "AZE", None, "embassy", "open", "reciprocal-missions"),
        ],
    ),
    (
        "there is a mission",  # Mali (issue 8)
        "Foreign_relations_of_Mali.md",
        "",
        ["There is a U.S. Embassy in Bamako."],
        [("USA", "MLI", "Bamako", "embassy", "open", "existential-mission")],
    ),
    # -- named-mission, mission-without-sender --------------------------------------------------
    (
        "a demonym names the sender",  # Azerbaijan, Europe
        "Foreign_relations_of_Azerbaijan.md",
        "",
        ["-   The Greek embassy in Baku was opened in the spring of 1993."],
        [("GRC", "AZE", "Baku", "embassy", "opened", "named-mission")],
    ),
    (
        "a noun-phrase bullet",  # Slovakia, Asia
        "Foreign_relations_of_Slovakia.md",
        "",
        ["-   Slovakian embassy in Seoul."],
        [("SVK", "KOR", "Seoul", "embassy", "open", "named-mission")],
    ),
    (
        "the opening of a mission, as a noun",  # Luxembourg, Europe
        "Foreign_relations_of_Luxembourg.md",
        "",
        [
            "Bilateral relations gained momentum with the opening of a Turkish Embassy in "
            "Luxembourg in 2004."
        ],
        [("TUR", "LUX", "Luxembourg", "embassy", "opened", "named-mission")],
    ),
    (
        "no sender: the row's state that the city is not in",  # Kenya, Americas
        "Foreign_relations_of_Kenya.md",
        "United States",
        ["The embassy in Nairobi was opened on 12 December 1963."],
        [("USA", "KEN", "Nairobi", "embassy", "opened", "mission-without-sender")],
    ),
    (
        "a second clause whose subject is a possessor's mission",
        "Foreign_relations_of_Chile.md",
        "",
        ["Chile has an embassy in Lima and Peru's embassy is in Santiago."],
        [
            ("CHL", "PER", "Lima", "embassy", "open", "has-mission"),
            ("PER", "CHL", "Santiago", "embassy", "open", "named-mission"),
        ],
    ),
    (
        "a mission 'is located in' a city",
        "Foreign_relations_of_Chile.md",
        "",
        ["The Peruvian embassy is located in Santiago."],
        [("PER", "CHL", "Santiago", "embassy", "open", "named-mission")],
    ),
    (
        "a 'when' clause after a clause without a state; 'the host's capital, city'",
        "Foreign_relations_of_Chile.md",
        "",
        [
            "Relations began in 1970, when Peru inaugurated its embassy in Chile's capital, Santiago."
        ],
        [("PER", "CHL", "Santiago", "embassy", "opened", "opened-mission")],
    ),
    (
        "two states closed their embassies: each its own, no city",
        "Foreign_relations_of_Chile.md",
        "",
        ["After the dispute, Chile and Peru have closed their embassies."],
        [
            ("CHL", "PER", None, "embassy", "closed", "reciprocal-missions"),
            ("PER", "CHL", None, "embassy", "closed", "reciprocal-missions"),
        ],
    ),
    (
        "the country after a city names that city's state, not a second embassy",
        "Foreign_relations_of_Chile.md",
        "",
        ["Chile is accredited to Canada from its embassy in Washington, D.C.; United States."],
        [("CHL", "CAN", "Washington, D.C.", "embassy", "accredited-from", "accredited-from")],
    ),
]


@pytest.mark.parametrize(
    ("name", "country", "notes", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_mission_rules(name, country, notes, expected):
    assert missions(notes, name, country) == sorted(expected)


# -- what a rule must not read ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijan does not have an embassy in Uruguay.",
        "Azerbaijan has no embassy in Montevideo.",
        "The Azerbaijani ambassador in Ankara is also accredited to Montenegro.",
        "Azerbaijan is represented in Malta by a non-resident ambassador based in Baku.",
        "Turkey's ambassador visited the embassy of Azerbaijan.",
    ],
)
def test_sentences_without_a_mission(sentence):
    assert missions([sentence]) == []


# -- where a city is ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "sentence", "host"),
    [
        # a city that is also an alternate name of a city elsewhere (Kolonia: Polish for Cologne)
        (
            "Foreign_relations_of_the_Federated_States_of_Micronesia.md",
            "Germany",
            "Germany has an honorary consulate in Kolonia.",
            "FSM",
        ),
        # a city of the row's state that a more populous city elsewhere shares a name with
        (
            "Foreign_relations_of_Azerbaijan.md",
            "Italy",
            "Azerbaijan has honorary consulates in Milan and Syracuse.",
            "ITA",
        ),
        # a multi-word city that begins with a capital or a country's name
        (
            "Foreign_relations_of_Chile.md",
            "Spain",
            "Chile has an honorary consulate in Santiago de Compostela.",
            "ESP",
        ),
        (
            "Foreign_relations_of_Germany.md",
            "Nigeria",
            "Germany has an honorary consulate in Benin City.",
            "NGA",
        ),
        # a capital of a third state stays there
        (
            "Foreign_relations_of_Estonia.md",
            "Croatia",
            "Estonia has an embassy in Budapest, Hungary.",
            "HUN",
        ),
    ],
)
def test_a_city_is_placed_within_what_the_sentence_allows(name, country, sentence, host):
    (found,) = missions([sentence], name, country)[:1]
    assert found[1] == host


def test_a_count_that_disagrees_with_its_list_is_noted_and_the_list_kept():
    found = row_facts(
        [
            "Latvia has an embassy in Warsaw and 4 honorary consulates (in Katowice, Gdańsk and "
            "Łódź)."
        ],
        "Foreign_relations_of_Latvia.md",
    )["missions"]
    listed = [m for m in found if m.kind == "honorary-consulate"]
    assert sorted(m.city for m in listed) == ["Gdańsk", "Katowice", "Łódź"]
    assert {m.note for m in listed} == {"the text counts 4, and lists 3"}


def test_the_date_of_a_closed_mission_is_its_closing():
    (m,) = row_facts(
        ["In 1993, Mexico opened an embassy in Windhoek, however, the embassy was closed in 2002."],
        "Foreign_relations_of_Namibia.md",
    )["missions"]
    assert (m.date, m.date_precision) == (dt.date(2002, 1, 1), "year")


def test_covering_missions_name_their_third_state():
    (m,) = row_facts(["-   Uruguay is accredited to Azerbaijan from its embassy in Tehran, Iran."])[
        "missions"
    ]
    assert m.via_iso3 == "IRN"


def test_missions_in_running_text_are_kept_apart():
    tables = facts_of_prose(
        "Estonia established diplomatic relations with Kazakhstan on 27 May "
        "1992. Estonia is represented in Kazakhstan through its embassy in "
        "Moscow (Russia)."
    )
    assert tables["missions"] == []
    (m,) = tables["prose_missions"]
    assert (m.sender_iso3, m.host_iso3, m.city, m.extractor) == (
        "EST",
        "KAZ",
        "Moscow",
        "missions.prose",
    )


def facts_of_prose(text: str):
    from tests.conftest import facts

    return facts(f"Diplomatic relationships\n\n{text}\n", ESTONIA)


def test_the_kingdom_of_morocco_is_morocco():
    assert missions(["The Kingdom of Morocco has an embassy in Baku."]) == [
        ("MAR", "AZE", "Baku", "embassy", "open", "has-mission")
    ]


@pytest.mark.parametrize(
    ("name", "country", "notes", "expected"),
    [
        # a mission accredited onward, without "which" (Jordan, corpus)
        (
            "Foreign_relations_of_Jordan.md",
            "Holy See",
            ["Jordan has an embassy in Rome accredited to the Holy See."],
            [("JOR", "VAT", "Rome", "embassy", "accredited-from", "serving-mission")],
        ),
        # the covering mission is responsible for relations (Nicaragua, corpus)
        (
            "Foreign_relations_of_Nicaragua.md",
            "Switzerland",
            [
                "The Swiss embassy in San José, Costa Rica, is responsible for diplomatic relations "
                "with Nicaragua."
            ],
            [
                (
                    "CHE",
                    "NIC",
                    "San José",
                    "embassy",
                    "accredited-from",
                    "covering-mission-accredited",
                )
            ],
        ),
        # represented by a mission, the host told by its city (Jordan, corpus)
        (
            "Foreign_relations_of_Jordan.md",
            "Armenia",
            ["Armenia is represented by a consulate in the capital Amman."],
            [("ARM", "JOR", "Amman", "consulate", "open", "represented-via")],
        ),
        # both covered from a third state (Slovenia, corpus)
        (
            "Foreign_relations_of_Slovenia.md",
            "Moldova",
            [
                "Both countries are represented in each other through their embassies in Budapest "
                "(Hungary)."
            ],
            [
                ("MDA", "SVN", "Budapest", "embassy", "represented-via", "reciprocal-missions"),
                ("SVN", "MDA", "Budapest", "embassy", "represented-via", "reciprocal-missions"),
            ],
        ),
        # a mission as the subject of "opened", and one opened without its sender (Slovenia)
        (
            "Foreign_relations_of_Slovenia.md",
            "United Kingdom",
            [
                "The Slovenian embassy in London opened on April 29, 1992. An honorary consulate was "
                "also opened in Edinburgh on March 23, 2005."
            ],
            [
                (
                    "SVN",
                    "GBR",
                    "Edinburgh",
                    "honorary-consulate",
                    "opened",
                    "mission-without-sender",
                ),
                ("SVN", "GBR", "London", "embassy", "opened", "named-mission"),
            ],
        ),
    ],
)
def test_more_mission_shapes(name, country, notes, expected):
    assert missions(notes, name, country) == sorted(expected)
