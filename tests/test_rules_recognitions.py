"""Recognition rules on short sentences written for them: who recognized whom, the date as
written (each recognition its own), the ordinal, and the rule."""

from __future__ import annotations

import pytest

from tests.conftest import facts, row_facts

ESTONIA = "Foreign_relations_of_Estonia.md"


def recognitions(tables) -> list[tuple[str, str | None, str | None, str]]:
    return sorted(
        (r.recognizer_iso3, r.recognized_iso3, r.date_text, r.rule) for r in tables["recognitions"]
    )


def prose(text: str, name: str = ESTONIA):
    return facts(f"Overview\n\n{text}\n", name)


CASES = [
    (
        "recognized, with its date",
        "Foreign_relations_of_Azerbaijan.md",
        "Japan recognized Azerbaijan on 28 December 1991.",
        [("JPN", "AZE", "28 December 1991", "recognized")],
    ),
    (
        "recognized and re-recognized: two dates, two recognitions",  # Estonia (corpus)
        ESTONIA,
        "Bulgaria recognised Estonia on 20 May 1921 and re-recognised Estonia on 26 August 1991.",
        [
            ("BGR", "EST", "20 May 1921", "recognized"),
            ("BGR", "EST", "26 August 1991", "re-recognized"),
        ],
    ),
    (
        "re-recognized after a time phrase without a comma",  # Estonia (corpus)
        ESTONIA,
        "After the end of Soviet occupation the Netherlands re-recognised Estonia on 2 September "
        "1991.",
        [("NLD", "EST", "2 September 1991", "re-recognized")],
    ),
    (
        "de facto, then de jure",  # Estonia (corpus)
        ESTONIA,
        "Portugal recognised Estonia _de facto_ in 1918 and de jure on 6 February 1921.",
        [("PRT", "EST", "1918", "recognized"), ("PRT", "EST", "6 February 1921", "recognized")],
    ),
    (
        "recognized the independence of a demonym",  # Slovakia, Latvia (corpus)
        "Foreign_relations_of_Latvia.md",
        "The UK recognised the restoration of Latvian independence on August 27, 1991.",
        [("GBR", "LVA", "August 27, 1991", "recognized")],
    ),
    (
        "recognized and established relations with",  # Namibia (corpus)
        "Foreign_relations_of_Namibia.md",
        "Mexico recognized and established diplomatic relations with Namibia on 17 April 1990.",
        [("MEX", "NAM", "17 April 1990", "recognized")],
    ),
    (
        "a government's recognition",  # Latvia (corpus)
        "Foreign_relations_of_Latvia.md",
        "Following the collapse of the Soviet Union, the Russian government recognized the "
        "independence of Latvia on August 24, 1991.",
        [("RUS", "LVA", "August 24, 1991", "recognized")],
    ),
    (
        "a list, with the date the sentence opens with",  # Azerbaijan (corpus)
        "Foreign_relations_of_Azerbaijan.md",
        "On 25 December 1991 President George H. W. Bush announced that the United States "
        "recognized the independence of all 12 former Soviet republics, including Azerbaijan.",
        [("USA", "AZE", "25 December 1991", "recognized")],
    ),
    (
        "recognized-by",
        "Foreign_relations_of_Azerbaijan.md",
        "Azerbaijan was recognized by Romania on 11 December 1991.",
        [("ROU", "AZE", "11 December 1991", "recognized-by")],
    ),
    (
        "nth-to-recognize, and the state before it",  # Azerbaijan (corpus)
        "Foreign_relations_of_Azerbaijan.md",
        "Pakistan was the second country to recognize Azerbaijan after Turkey following the "
        "dissolution of the USSR.",
        [("PAK", "AZE", None, "nth-to-recognize"), ("TUR", "AZE", None, "nth-to-recognize")],
    ),
    (
        "first-to-do-so",  # Estonia (corpus)
        ESTONIA,
        "Following the restoration of independence from the Soviet Union, Russia was one of the "
        "first nations to re-recognize Estonia's independence (the first country to do so was "
        "Iceland on 22 August 1991).",
        [
            ("ISL", "EST", "22 August 1991", "first-to-do-so"),
            ("RUS", "EST", None, "re-recognized"),
        ],
    ),
    (
        "recognized-it: the state that declared its independence",  # issue 8
        "Foreign_relations_of_Ireland.md",
        "Kosovo declared its independence from Serbia on 17 February 2008 and Ireland recognised "
        "it on 29 February 2008.",
        [("IRL", "XKX", "29 February 2008", "recognized-it")],
    ),
    (
        "recognized-it: the new nation",  # Kenya (corpus)
        "Foreign_relations_of_Kenya.md",
        "After Kenya's independence on 12 December 1963, the United States immediately recognized "
        "the new nation.",
        [("USA", "KEN", "12 December 1963", "recognized-it")],
    ),
    (
        "recognition-of",
        "Foreign_relations_of_Namibia.md",
        "Mexico's recognition of Namibia on 17 April 1990 opened the way to relations.",
        [("MEX", "NAM", "17 April 1990", "recognition-of")],
    ),
    (
        "a former state recognizes: its continuing state's code",  # Estonia (corpus)
        ESTONIA,
        "The Soviet Union recognised the independence of Estonia on 6 September 1991.",
        [("RUS", "EST", "6 September 1991", "recognized")],
    ),
    (
        "nth-to-recognize in a 'when' clause after a date",
        "Foreign_relations_of_Chile.md",
        "Relations began on 9 July 2011, the day when Chile became the first state to recognise "
        "South Sudanese independence.",
        [("CHL", "SSD", "9 July 2011", "nth-to-recognize")],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_recognition_rules(name, text, expected):
    assert recognitions(prose(text, name)) == sorted(expected)


def test_it_in_a_row_is_the_rows_state():
    # Latvia, Europe: "See Kosovan–Latvian relations Latvia recognized it on February 20, 2008."
    tables = row_facts(
        ["See Kosovan–Latvian relations Latvia recognized it on February 20, 2008."],
        "Foreign_relations_of_Latvia.md",
    )
    assert recognitions(tables) == [("LVA", "XKX", "February 20, 2008", "recognized-it")]


def test_ordinal_and_after():
    (pak, _) = sorted(
        prose(
            "Pakistan was the second country to recognize Azerbaijan after Turkey.",
            "Foreign_relations_of_Azerbaijan.md",
        )["recognitions"],
        key=lambda r: r.recognizer_iso3,
    )
    assert (pak.ordinal, pak.after_iso3, pak.ordinal_is_approximate) == (2, "TUR", False)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has not recognized Armenia.",
        "France never recognised the Soviet occupation of Estonia.",
        "Uruguay was among the countries that refused to recognize the Soviet occupation.",
        "Serbia threatened to recognize Abkhazia.",
        "Azerbaijan formally recognizes the government of the Republic of Cyprus as the sole "
        "representative of the island.",
        "Namibia recognised Macedonia under its constitutional name the 'Republic of Macedonia'.",
        "Turkey recognizes Georgian sovereignty over Abkhazia.",
        "Bulgaria recognised Estonia on 20 May 1921.",  # a date in May is not a modal "may"
    ],
)
def test_sentences_without_a_recognition(text):
    found = recognitions(prose(text, "Foreign_relations_of_Azerbaijan.md"))
    if text.startswith("Bulgaria"):
        assert found == [("BGR", "EST", "20 May 1921", "recognized")]
    else:
        assert found == []


def test_the_same_recognition_stated_twice_is_one_fact():
    tables = prose(
        "Japan recognized Azerbaijan on 28 December 1991. Japan recognized Azerbaijan shortly "
        "after the dissolution of the USSR.",
        "Foreign_relations_of_Azerbaijan.md",
    )
    (r,) = tables["recognitions"]
    assert (r.date_text, r.source_lines) == ("28 December 1991", [3])


def test_recognized_each_other():
    tables = prose(
        "Slovenia and Croatia recognised each other on 26 June 1991.",
        "Foreign_relations_of_Slovenia.md",
    )
    assert recognitions(tables) == [
        ("HRV", "SVN", "26 June 1991", "recognized-each-other"),
        ("SVN", "HRV", "26 June 1991", "recognized-each-other"),
    ]
    # the two republics of a row: the document's subject and the row's state (Slovenia, corpus)
    tables = row_facts(
        [
            "Once part of SFR Yugoslavia, the two republics declared independence in 1991 (Slovenia "
            "in June, Macedonia in September) and recognised each other's independence on 12 "
            "February 1992."
        ],
        "Foreign_relations_of_Slovenia.md",
        country="North Macedonia",
    )
    assert recognitions(tables) == [
        ("MKD", "SVN", "12 February 1992", "recognized-each-other"),
        ("SVN", "MKD", "12 February 1992", "recognized-each-other"),
    ]


def test_the_independence_and_sovereignty_of():
    tables = prose(
        "South Africa recognized the independence and sovereignty of Slovenia on April 2, 1992.",
        "Foreign_relations_of_Slovenia.md",
    )
    assert recognitions(tables) == [("ZAF", "SVN", "April 2, 1992", "recognized")]


@pytest.mark.parametrize(
    "text",
    [
        # a region said to be part of a state, a state's territory or sphere (issue 20)
        "Uruguay recognizes Kashmir to be part of India.",
        "Uruguay recognises Kashmir as an integral part of India.",
        "Uruguay recognizes the territorial integrity of Ghana.",
        "Uruguay recognises Ghana's sovereignty over the islands.",
        "Uruguay recognised Norway's sphere of influence in the region.",
        "Uruguay recognises Ghana's full sovereignty.",
        # "as" something other than a state
        "Uruguay has recognized Ghana as its special partner in Africa.",
        "Uruguay recognises Ghana as a stable and reliable partner.",
        "Uruguay recognised the ROK as the sole legitimate government of Korea.",
        # who represents a country, not the state (the third adjudication, Taiwan:55: "... and
        # North Korea, as it recognises the Republic of Korea as the representative of Korea")
        "Uruguay recognises the Republic of Korea as the representative of Korea.",
        "Uruguay recognises Ghana as the sole legitimate representative of the Ghanaian people.",
        # a government, not a state (the PRC and the ROC as governments of China)
        "Uruguay recognized the new government of Ghana.",
        "Uruguay recognized the PRC in 1972.",
        "Uruguay recognizes the Republic of China as the legitimate government of China.",
        # no ISO code: not a state
        "Uruguay recognizes Abkhazia and South Ossetia.",
    ],
)
def test_statements_that_recognize_no_state(text):
    assert recognitions(prose(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay recognises Ghana as an independent state.", [("URY", "GHA")]),
        ("Uruguay recognises Ghana's sovereignty.", [("URY", "GHA")]),
        ("In 1992, Norway recognized Russia as the USSR's successor.", [("NOR", "RUS")]),
        ("The PRC recognized Ghana in 2016.", [("CHN", "GHA")]),  # the PRC recognizing a state
    ],
)
def test_recognized_as_a_state(text, expected):
    assert [(r[0], r[1]) for r in recognitions(prose(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay was also one of the first countries to recognize Ghana, on 7 February 1992.",
            [("URY", "GHA", "7 February 1992", "nth-to-recognize")],
        ),
        (
            "Uruguay had been one of the first countries to recognize Ghana.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Uruguay was the first country in Africa which recognized Ghana, on 2 May 1961.",
            [("URY", "GHA", "2 May 1961", "nth-to-recognize")],
        ),
        (
            "Uruguay was the third country in the world, and the first in Europe, to recognise "
            "Ghana in 1972.",
            [("URY", "GHA", "1972", "nth-to-recognize")],
        ),
        (
            "Uruguay was among the first to recognise Ghana.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
    ],
)
def test_ordinal_with_a_word_before_or_a_qualifier(text, expected):
    assert recognitions(prose(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay was the first country to establish diplomatic relations with Ghana.",
        "Uruguay was the first country to recognise the new government of Ghana.",
        "Uruguay was one of the first countries to recognize the Armenian Genocide.",
    ],
)
def test_ordinal_traps(text):
    assert recognitions(prose(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay recognizes Ghana, Norway and Peru.",
            [
                ("URY", "GHA", None, "recognized"),
                ("URY", "NOR", None, "recognized"),
                ("URY", "PER", None, "recognized"),
            ],
        ),
        (
            "Uruguay recognised Ghana and Norway in 1960.",
            [("URY", "GHA", "1960", "recognized"), ("URY", "NOR", "1960", "recognized")],
        ),
        (
            "Uruguay and Norway both recognised Ghana on 3 May 1990.",
            [
                ("NOR", "GHA", "3 May 1990", "recognized"),
                ("URY", "GHA", "3 May 1990", "recognized"),
            ],
        ),
        (
            "Uruguay, Norway and Peru recognised Ghana in 1960.",
            [
                ("NOR", "GHA", "1960", "recognized"),
                ("PER", "GHA", "1960", "recognized"),
                ("URY", "GHA", "1960", "recognized"),
            ],
        ),
        (
            "Uruguay was among the first to recognise Ghana, along with Norway and Peru.",
            [
                ("NOR", "GHA", None, "nth-to-recognize"),
                ("PER", "GHA", None, "nth-to-recognize"),
                ("URY", "GHA", None, "nth-to-recognize"),
            ],
        ),
        # traps: a state without a code, a government, states that did not recognize
        (
            "Uruguay recognizes Ghana, Norway and Abkhazia.",
            [("URY", "GHA", None, "recognized"), ("URY", "NOR", None, "recognized")],
        ),
        (
            "Uruguay recognizes the People's Republic of China and Norway.",
            [("URY", "NOR", None, "recognized")],
        ),
        ("Uruguay, Norway and Peru have not recognised Ghana.", []),
        (
            "Uruguay recognised Ghana and Norway opened an embassy in Accra.",
            [("URY", "GHA", None, "recognized")],
        ),
    ],
)
def test_several_recognizers_or_recognized(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay was the second country to recognize Ghana, after Norway.",
            [("NOR", "GHA", None, "nth-to-recognize"), ("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Uruguay was among the first to recognise Ghana, following the 1919 recognition by "
            "Norway.",
            [("NOR", "GHA", "1919", "nth-to-recognize"), ("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Uruguay was the second country to recognize Ghana, after the Soviet Union.",
            [("RUS", "GHA", None, "nth-to-recognize"), ("URY", "GHA", None, "nth-to-recognize")],
        ),
        # traps: the state after "after" is no recognizer
        ("Uruguay recognized Ghana after Norway's invasion.", [("URY", "GHA", None, "recognized")]),
        (
            "Uruguay was the second country to recognize Ghana after Norway's independence.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
    ],
)
def test_the_earlier_recognizer(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay recognised the Ghanaian state in 1991.", [("URY", "GHA", "1991", "recognized")]),
        ("Siam recognised Uruguay in 1919.", [("THA", "URY", "1919", "recognized")]),
        (
            "The United States recognised the Irish Free State on 28 June 1924.",
            [("USA", "IRL", "28 June 1924", "recognized")],
        ),
        (
            "Thailand, previously known as Siam, recognised Uruguay's independence in 1919.",
            [("THA", "URY", "1919", "recognized")],
        ),
        (
            "Czechoslovakia recognised Latvia on 5 January 1922.",
            [("CZE", "LVA", "5 January 1922", "recognized")],
        ),
        (
            "Uruguay was the first country to recognize Czechoslovakia on 28 October 1918.",
            [("URY", "CZE", "28 October 1918", "nth-to-recognize")],
        ),
        ("Uruguay recognised East Germany in 1972.", [("URY", "DEU", "1972", "recognized")]),
        # traps: a demonym that names no state
        ("Uruguay recognised Ghanaian claims to the islands.", []),
        ("Uruguay recognised Ghanaian passports.", []),
        ("Uruguay recognised the Ghanaian government-in-exile.", []),
    ],
)
def test_a_state_by_its_demonym_or_former_name(text, expected):
    assert recognitions(prose(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay recognized and re-established diplomatic relations with Ghana on 5 May 1991.",
            [("URY", "GHA", "5 May 1991", "recognized")],
        ),
        (
            "Uruguay pronounced de jure recognition of Ghana on 20 December 1922.",
            [("URY", "GHA", "20 December 1922", "recognized")],
        ),
        (
            "Uruguay extended full diplomatic recognition to Ghana in 1992.",
            [("URY", "GHA", "1992", "recognized")],
        ),
        ("Uruguay re-established diplomatic relations with Ghana in 1992.", []),
    ],
)
def test_recognition_worded_as_a_noun_or_with_relations(text, expected):
    assert recognitions(prose(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named inside a phrase of its own between the object and its date
        (
            "Uruguay recognised the independence of Ghana from Norway in 1957.",
            [("URY", "GHA", "1957", "recognized")],
        ),
        (
            "Uruguay recognised Russia as the successor to the Soviet Union on 3 January 1992.",
            [("URY", "RUS", "3 January 1992", "recognized")],
        ),
        (
            "Uruguay recognised Slovakia after the split of Czechoslovakia on 5 January 1993.",
            [("URY", "SVK", "5 January 1993", "recognized")],
        ),
        # the nearest date before, never one past a semicolon
        (
            "In May 1991, on 27 May 1991, Uruguay recognised Ghana.",
            [("URY", "GHA", "27 May 1991", "recognized")],
        ),
        (
            "Norway and Peru established relations on 12 March 1941; Uruguay recognised Ghana.",
            [("URY", "GHA", None, "recognized")],
        ),
        (
            "Relations began on 22 December 1922, when Ghana was recognized by Uruguay.",
            [("URY", "GHA", "22 December 1922", "recognized-by")],
        ),
        # a bracketed date after the full stop dates the sentence before it
        (
            "Uruguay was the first country that recognised Ghana as a state. (19 December 1991)",
            [("URY", "GHA", "19 December 1991", "nth-to-recognize")],
        ),
        (
            "Uruguay recognised Ghana. (May 1960)",
            [("URY", "GHA", "May 1960", "recognized")],
        ),
        # traps: a bracket that is more than a date starts a sentence of its own
        (
            "Uruguay recognised Ghana. (See Norway, 1960)",
            [("URY", "GHA", None, "recognized")],
        ),
        # traps: the date of another verb's state is not the recognition's
        (
            "Uruguay recognised Ghana and sent an envoy to Norway in 1960.",
            [("URY", "GHA", None, "recognized")],
        ),
        (
            "Uruguay recognised Ghana on 1 May 1991, and Norway recognised Ghana.",
            [("NOR", "GHA", None, "recognized"), ("URY", "GHA", "1 May 1991", "recognized")],
        ),
    ],
)
def test_the_date_of_the_recognition(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations have been warm since Uruguay recognised Ghana in 1971.",
            [("URY", "GHA", "1971", "recognized-within")],
        ),
        (
            "Ghana came into being on 6 March 1957, and Uruguay recognised Ghana on 9 May 1957.",
            [("URY", "GHA", "9 May 1957", "recognized-within")],
        ),
        (
            "Upon Ghana's independence in March 1957, the Netherlands recognised Ghana as a "
            "sovereign state.",
            [("NLD", "GHA", "March 1957", "recognized-within")],
        ),
        (
            "Norway signed a treaty with Peru, whereby Peru recognises the independence of Norway.",
            [("PER", "NOR", None, "recognized-within")],
        ),
        # traps: a state that only might, was asked to, or did not recognize
        ("Uruguay said that Norway might recognise Ghana.", []),
        ("Uruguay urged Norway to recognise Ghana.", []),
        ("Relations have been cold since Norway refused to recognise Ghana.", []),
        ("Relations soured after Norway did not recognise Ghana.", []),
    ],
)
def test_a_recognizer_inside_another_clause(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay was the first state to de jure recognise Ghana's statehood on 3 May 1958.",
            [("URY", "GHA", "3 May 1958", "nth-to-recognize")],
        ),
        (
            "Uruguay was amongst the first countries to recognise Ghana.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Uruguay was the first nation to recognize the fledgling Ghana as an independent "
            "nation.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Uruguay was the second country to recognize Ghana on 1 March 1958, after Norway.",
            [
                ("NOR", "GHA", None, "nth-to-recognize"),
                ("URY", "GHA", "1 March 1958", "nth-to-recognize"),
            ],
        ),
        (
            "Uruguay became the first country to ever recognize and establish relations with "
            "Ghana.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Uruguay recognized the independence of the short-lived Democratic Republic of "
            "Georgia.",
            [("URY", "GEO", None, "recognized")],
        ),
        (
            "On 27 August 1991, Uruguay recognized again Georgia, as it restored its independence.",
            [("URY", "GEO", "27 August 1991", "re-recognized")],
        ),
        # traps: "as" saying what the object was recognized as, not a state
        ("Uruguay recognized again Georgia as its special partner.", []),
        ("Uruguay recognized the young Georgia as part of the Soviet Union.", []),
    ],
)
def test_ordinal_adverbs_adjectives_and_a_date_before_after(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay became one of the first countries to announce official recognition of "
            "sovereign Ghana.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Uruguay announced its recognition of Ghana's independence in 1957.",
            [("URY", "GHA", "1957", "recognized")],
        ),
        (
            "Norway recognised independence of Ghana on 9 March 1957.",
            [("NOR", "GHA", "9 March 1957", "recognized")],
        ),
        (
            "After official US recognition of Ghana in 1957, the two nations shared close ties.",
            [("USA", "GHA", "1957", "recognition-of")],
        ),
        (
            "On 13 July 2009, after politically recognizing one another, Uruguay and Ghana "
            "established diplomatic relations.",
            [
                ("GHA", "URY", None, "recognized-each-other"),
                ("URY", "GHA", None, "recognized-each-other"),
            ],
        ),
        # traps: a recognition sought, refused or lacking; "the countries" outside a row
        ("Uruguay refused to announce recognition of Ghana.", []),
        ("Uruguay sought US recognition of Ghana in 1957.", []),
        ("The lack of US recognition of Ghana hurt trade.", []),
        ("The countries recognised each other as sovereign states.", []),
    ],
)
def test_recognition_announced_or_as_a_noun(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


def test_the_countries_of_a_row_recognised_each_other():
    tables = row_facts(
        ["By this agreement, the countries recognised each other as sovereign states."],
        "Foreign_relations_of_Slovenia.md",
        country="North Macedonia",
    )
    assert recognitions(tables) == [
        ("MKD", "SVN", None, "recognized-each-other"),
        ("SVN", "MKD", None, "recognized-each-other"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay was one of many countries to recognize the newly independent Ghana.",
            [("URY", "GHA", None, "one-of-those-to-recognize")],
        ),
        (
            "Uruguay is one of the very few countries to recognize Ghana's independence.",
            [("URY", "GHA", None, "one-of-those-to-recognize")],
        ),
        (
            "Uruguay was the first country along with Norway to recognize Ghana's independence.",
            [("NOR", "GHA", None, "nth-to-recognize"), ("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Uruguay extended recognition to Ghana in 1957 (the second country to do so after "
            "Norway).",
            [("NOR", "GHA", None, "nth-to-do-so-after"), ("URY", "GHA", "1957", "recognized")],
        ),
        # traps: one of many that did something else, or did not recognize
        (
            "Uruguay was one of many countries to criticise Norway, and Peru recognised Ghana.",
            [("PER", "GHA", None, "recognized")],
        ),
        ("Uruguay is one of the few countries that do not recognize Ghana.", []),
        (
            "Uruguay extended recognition to Ghana (the second country to do so after Norway's "
            "independence).",
            [("URY", "GHA", None, "recognized")],
        ),
    ],
)
def test_one_of_those_along_with_and_after_those_who_did_so(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Despite this, Uruguay and Norway both officially recognised the Ghanaian state on 6 "
            "March 1957.",
            [
                ("NOR", "GHA", "6 March 1957", "recognized-within"),
                ("URY", "GHA", "6 March 1957", "recognized-within"),
            ],
        ),
        (
            "Relations began when Greece recognized the then Republic of Macedonia as the former "
            "Yugoslav Republic of Macedonia (FYROM) on 13 September 1995.",
            [("GRC", "MKD", "13 September 1995", "recognized")],
        ),
        # traps: "as" another state is not a name of the object
        ("Uruguay recognised Ghana as Norway.", []),
    ],
)
def test_co_subjects_inside_a_clause_and_recognized_under_a_name(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As Uruguay was the first country to recognize Ghana as a sovereign nation, its "
            "embassy was the first one established.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "After the independence of Ghana in 1957 Uruguay was the third country in the world "
            "to officially recognise Ghana in 1958.",
            [("URY", "GHA", "1958", "nth-to-recognize")],
        ),
        (
            "Uruguay and Norway were among the first to recognise Ghana.",
            [("NOR", "GHA", None, "nth-to-recognize"), ("URY", "GHA", None, "nth-to-recognize")],
        ),
        # traps: a list that is not of states; the state before the ordinal is the recognized
        (
            "Uruguay and the Ghanaian people were among the first to recognise Togo.",
            [("URY", "TGO", None, "nth-to-recognize")],
        ),
        (
            "After the independence of Ghana, Uruguay was the first to recognise it.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
    ],
)
def test_the_state_just_before_the_ordinal(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana and Togo were both recognised on 7 January 1972 by Uruguay.",
            [
                ("URY", "GHA", "7 January 1972", "recognized-by"),
                ("URY", "TGO", "7 January 1972", "recognized-by"),
            ],
        ),
        (
            "The independence of Ghana was recognized de jure by Uruguay.",
            [("URY", "GHA", None, "recognized-by")],
        ),
        # traps: not recognized, or recognized by a people
        ("Ghana was not recognized by Uruguay in 1960.", []),
        ("Ghana was recognized on 7 January 1972 by the Ghanaian people.", []),
        (
            "Uruguay opened an embassy in Peru, and Ghana was recognized by Uruguay.",
            [("URY", "GHA", None, "recognized-by")],
        ),
    ],
)
def test_passive_with_its_date_or_manner_before_by(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of recognizers: each recognized it, with the date after the list
        (
            "Ghana was recognised by Norway and Peru in 1957.",
            [("NOR", "GHA", "1957", "recognized-by"), ("PER", "GHA", "1957", "recognized-by")],
        ),
        (
            "Ghana was officially recognised by Norway, Peru, and Chile on 6 March 1957.",
            [
                ("CHL", "GHA", "6 March 1957", "recognized-by"),
                ("NOR", "GHA", "6 March 1957", "recognized-by"),
                ("PER", "GHA", "6 March 1957", "recognized-by"),
            ],
        ),
        # ... and with a list of recognized states before it
        (
            "Ghana and Togo were recognised by Norway and Peru in 1960.",
            [
                ("NOR", "GHA", "1960", "recognized-by"),
                ("NOR", "TGO", "1960", "recognized-by"),
                ("PER", "GHA", "1960", "recognized-by"),
                ("PER", "TGO", "1960", "recognized-by"),
            ],
        ),
        # traps: an item that is no state (an organization, a place with no code), the state
        # recognized itself, a list that is the subject of a new clause, a negation
        (
            "Ghana was recognised by Norway and the European Union in 1957.",
            [("NOR", "GHA", "1957", "recognized-by")],
        ),
        (
            "Ghana was recognised by Norway, Peru and Abkhazia in 1957.",
            [("NOR", "GHA", "1957", "recognized-by"), ("PER", "GHA", "1957", "recognized-by")],
        ),
        (
            "Ghana was recognised by Norway and Ghana in 1957.",
            [("NOR", "GHA", "1957", "recognized-by")],
        ),
        (
            "Ghana was recognised by Norway and Peru opened an embassy in 1957.",
            [("NOR", "GHA", None, "recognized-by")],
        ),
        ("Ghana was not recognised by Norway and Peru in 1957.", []),
    ],
)
def test_passive_with_a_list_of_recognizers(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway does not recognize Ghana despite Ghana recognizing Norway.",
            [("GHA", "NOR", None, "recognized-within")],
        ),
        (
            "Uruguay recognised Ghana and Togo, while Norway recognised Peru in 1970.",
            [
                ("NOR", "PER", "1970", "recognized"),
                ("URY", "GHA", None, "recognized"),
                ("URY", "TGO", None, "recognized"),
            ],
        ),
        (
            "On 27 August 1991, Uruguay recognised the restored state of independent Ghana.",
            [("URY", "GHA", "27 August 1991", "recognized")],
        ),
        # traps: the object of the earlier verb is not the later one's subject
        (
            "Uruguay recognised Ghana and Togo recognised Peru.",
            [("TGO", "PER", None, "recognized"), ("URY", "GHA", None, "recognized")],
        ),
        (
            "Norway recognizes Ghana despite Ghana refusing to recognize Norway.",
            [("NOR", "GHA", None, "recognized")],
        ),
    ],
)
def test_a_later_verb_with_a_subject_of_its_own(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay did not recognize Ghana until 2009.", [("URY", "GHA", "2009", "not-until")]),
        (
            "As a result, Uruguay did not diplomatically recognize the existence of Ghana as a "
            "new state (and, for that matter, of Togo) until 2009.",
            [("URY", "GHA", "2009", "not-until")],
        ),
        # traps: still not, would not, or "until" another clause's
        ("Uruguay has not recognized Ghana until now.", []),
        ("Uruguay would not recognize Ghana until 2009.", []),
        ("Uruguay did not recognize Ghana, and relations were frozen until 2009.", []),
        ("As a result, Uruguay did not recognize Ghana.", []),
    ],
)
def test_not_until(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March 1958 Uruguay voted for the admission of Ghana to the United Nations, and "
            "recognised Ghana de jure on 18 April 1958.",
            [("URY", "GHA", "18 April 1958", "recognized")],
        ),
        # traps: the second verb of another subject, or refused
        ("Uruguay welcomed Norway, which opened an embassy, and recognised Ghana.", []),
        ("Uruguay said Norway had opened an embassy, and recognised Ghana.", []),
        ("Uruguay opened an embassy in Norway, and refused to recognise Ghana.", []),
    ],
)
def test_the_subjects_second_verb(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1991, the Supreme Council of Uruguay recognised the independence of Ghana, with "
            "Ghana recognising the independence of Uruguay a week later.",
            [
                ("GHA", "URY", None, "recognized-within"),
                ("URY", "GHA", "1991", "recognized-within"),
            ],
        ),
        (
            "Uruguay recognised Ghana on 1 May 1990, and on 5 June 1990 Norway recognised Ghana.",
            [
                ("NOR", "GHA", "5 June 1990", "recognized"),
                ("URY", "GHA", "1 May 1990", "recognized"),
            ],
        ),
        # trap: the earlier recognition's date is not the later one's
        (
            "Uruguay recognised Ghana on 1 May 1990, with Norway recognising Ghana later.",
            [("NOR", "GHA", None, "recognized-within"), ("URY", "GHA", "1 May 1990", "recognized")],
        ),
    ],
)
def test_a_state_organ_and_a_second_recognizer_with_its_own_date(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay recognised and established diplomatic relations with Ghana on 13 July 2009 "
            "and with Togo on 9 December 2009.",
            [
                ("URY", "GHA", "13 July 2009", "recognized"),
                ("URY", "TGO", "9 December 2009", "recognized"),
            ],
        ),
        # traps: "with" a state after a plain recognition, or after another verb
        (
            "Uruguay recognised Ghana on 1 May 1990 and with Norway signed a treaty.",
            [("URY", "GHA", "1 May 1990", "recognized")],
        ),
        (
            "Uruguay established diplomatic relations with Ghana on 13 July 2009 and with Togo on "
            "9 December 2009.",
            [],
        ),
    ],
)
def test_recognised_and_established_relations_with_each_on_its_date(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


def test_a_recognition_stated_again_is_another_occasion_than_an_undated_first_one():
    """ "recognized again" says there was an earlier recognition: an undated plain statement of
    the same two states before it is that earlier one, not the same one undated; while two
    plain statements, one of them undated, are one recognition."""
    again = prose(
        "After the First World War, Uruguay recognized the short-lived Democratic Republic of "
        "Georgia. On 27 August 1991, Uruguay recognized again Georgia."
    )
    found = [(r.date_text, r.rule) for r in again["recognitions"]]
    assert sorted(found, key=str) == sorted(
        [(None, "recognized"), ("27 August 1991", "re-recognized")], key=str
    )
    once = prose("Uruguay recognized Georgia. Uruguay recognized Georgia on 27 August 1991.")
    assert recognitions(once) == [("URY", "GEO", "27 August 1991", "recognized")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the row's own state recognizes "the new republic": the row's other state (the article's)
        (
            "Norway was amongst the first countries to recognise the new republic.",
            [("NOR", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Norway was one of the first states that recognised the country in 1957.",
            [("NOR", "GHA", "1957", "nth-to-recognize")],
        ),
        (
            "Norway recognised the country's sovereignty in 1957.",
            [("NOR", "GHA", "1957", "recognized-it")],
        ),
        # a third state recognizing "the country" in the row: the row's state
        ("Peru recognised the country in 1957.", [("PER", "NOR", "1957", "recognized-it")]),
        # traps: the country's claims, the country of someone, a modal
        ("Norway recognised the country's claims to the islands in 1957.", []),
        ("Norway recognised the country of origin of the goods in 1957.", []),
        ("Norway would recognise the country in 1957.", []),
    ],
)
def test_the_new_republic_or_the_country_in_a_row(text, expected):
    tables = row_facts([text], "Foreign_relations_of_Ghana.md", country="Norway")
    assert recognitions(tables) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # "the country" outside a row names no state for certain
        "Norway recognised the country in 1957.",
        "Ghana became independent in 1957 and Norway recognised the country's sovereignty.",
    ],
)
def test_the_country_in_prose_is_no_state(text):
    assert recognitions(prose(text, "Foreign_relations_of_Ghana.md")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state organ that no state names is the article's state's (Uruguay's)
        (
            "Despite this, the government officially recognised Ghana on 5 May 2011.",
            [("URY", "GHA", "5 May 2011", "the-government-recognized")],
        ),
        (
            "On 3 October 2002, the Ministry of Foreign Affairs recognized Ghana as an independent "
            "country.",
            [("URY", "GHA", "3 October 2002", "the-government-recognized")],
        ),
        # a time phrase without a comma before it, "both" and a state named "the <demonym> state"
        (
            "Since early 1989 the government recognizes both Ghana and the Palestinian state.",
            [
                ("URY", "GHA", "early 1989", "the-government-recognized"),
                ("URY", "PSE", "early 1989", "the-government-recognized"),
            ],
        ),
        # a state names the organ: its own recognition, not the article's
        (
            "The government of Norway recognised Ghana in 1948.",
            [("NOR", "GHA", "1948", "recognized")],
        ),
        # traps: not a state recognized, negated, hypothetical, another state's clause
        ("The government recognized the importance of Ghana.", []),
        ("The government officially recognizes the Ghanaian government.", []),
        ("The government did not recognise Ghana.", []),
        ("It is unclear whether the government would recognise Ghana.", []),
        # after a state's own clause, the government is that state's
        (
            "Norway opened an embassy, and the government recognised Ghana.",
            [("NOR", "GHA", None, "recognized")],
        ),
    ],
)
def test_the_government_recognized(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway recognizes both Israel and the Palestinian state.",
            [("NOR", "ISR", None, "recognized"), ("NOR", "PSE", None, "recognized")],
        ),
        # traps: a demonym with another noun is no state
        (
            "Norway recognizes Israel and the Palestinian people.",
            [("NOR", "ISR", None, "recognized")],
        ),
        (
            "Norway recognizes Israel and Palestinian passports.",
            [("NOR", "ISR", None, "recognized")],
        ),
    ],
)
def test_a_list_with_a_state_named_by_its_demonym(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a former state without a code of its own: the state that continues it
        ("Uruguay recognised Tanganyika in 1961.", [("URY", "TZA", "1961", "recognized")]),
        (
            "Uruguay recognized South Vietnam on July 1955.",
            [("URY", "VNM", "July 1955", "recognized")],
        ),
        ("West Germany recognised Uruguay in 1957.", [("DEU", "URY", "1957", "recognized")]),
        # the Russian Federation's own former name
        (
            "The Russian SFSR was the first country to recognise the independence of Uruguay in "
            "1918.",
            [("RUS", "URY", "1918", "nth-to-recognize")],
        ),
        # traps: a former state nothing continues as one state, an entity without a code
        ("Uruguay recognised the Ottoman Empire in 1850.", []),
        ("Uruguay recognised Zanzibar in 1963.", []),
        ("Uruguay recognised Abkhazia in 2008.", []),
    ],
)
def test_a_former_state_by_the_state_that_continues_it(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short names of a state: "the ROC" (the Republic of China), "Trinidad"
        ("The ROC recognises the Holy See.", [("TWN", "VAT", None, "recognized")]),
        (
            "In August 1992, Trinidad recognized Russia as the USSR's successor.",
            [("TTO", "RUS", "August 1992", "recognized")],
        ),
        # trap: recognising the ROC is recognising a government of China
        ("Uruguay recognized the ROC in 1950.", []),
    ],
)
def test_a_state_by_a_short_name(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the new ⟪A⟫" as the subject, and the date among its second verb's own words
        (
            "Following the revolution, the new Soviet Union established relations with Peru, and "
            "in 1919 became the first country to recognise Ghana.",
            [("RUS", "GHA", "1919", "nth-to-recognize")],
        ),
        # a fronted time phrase without a comma before the subject
        (
            "Throughout the 1950s, 1960s and 1970s Norway recognized only Ghana while Peru in "
            "turn recognized only Togo.",
            [("NOR", "GHA", None, "recognized-within"), ("PER", "TGO", None, "recognized")],
        ),
        ("In 1991 Norway recognised Ghana.", [("NOR", "GHA", "1991", "recognized")]),
        # traps: the first verb's date is not the second's; a date of another event
        (
            "Norway opened an embassy in Peru in 1990, and became the first country to recognise "
            "Ghana.",
            [("NOR", "GHA", None, "nth-to-recognize")],
        ),
        ("Throughout the 1950s Norway did not recognise Ghana.", []),
    ],
)
def test_a_subject_after_a_time_phrase_or_with_an_adjective(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguay recognizes all 193 UN member states, the Holy See and Palestine as sovereign "
            "states.",
            [("URY", "PSE", None, "recognized"), ("URY", "VAT", None, "recognized")],
        ),
        (
            "Uruguay was at the very forefront of countries to recognise the State of Israel in "
            "1948.",
            [("URY", "ISR", "1948", "one-of-those-to-recognize")],
        ),
        (
            "As of 1984, Uruguay and Peru were the only two countries that recognized Israel and "
            "also maintained an embassy in Jerusalem.",
            [
                ("PER", "ISR", None, "one-of-those-to-recognize"),
                ("URY", "ISR", None, "one-of-those-to-recognize"),
            ],
        ),
        # the earlier recognizer inside the ordinal's own words
        (
            "Siam was the second non-European state after the United States and the first Asian "
            "state to recognise Uruguay's independence.",
            [("THA", "URY", None, "nth-to-recognize"), ("USA", "URY", None, "nth-to-recognize")],
        ),
        (
            "On 17 May 1948, Norway granted de jure recognition of Israel, becoming the second "
            "country to recognise Israel.",
            [("NOR", "ISR", "17 May 1948", "nth-to-recognize")],
        ),
        # traps: member states with no state named after them; the only one not to; not a state
        ("Uruguay recognizes all 193 UN member states.", []),
        ("Uruguay was the only country not to recognise Ghana.", []),
        (
            "Uruguay was the first country after independence to recognise Ghana.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Uruguay was the second state after Abkhazia to recognise Ghana.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
    ],
)
def test_more_ordinal_and_list_shapes(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb before "to recognize" that says it came
        (
            "The Norwegian government decided to recognize Ghana.",
            [("NOR", "GHA", None, "recognized")],
        ),
        (
            "Ghana was proclaimed on 1 March 1957, and Norway began to recognize Ghana starting "
            "15 April 1960.",
            [("NOR", "GHA", "15 April 1960", "recognized-within")],
        ),
        # the state's own government: the state ("the SADR as the government of Western Sahara")
        (
            "Norway recognized the SADR as the legitimate government of Western Sahara in 1980.",
            [("NOR", "ESH", "1980", "recognized")],
        ),
        # a capital for its state's government
        (
            "Ghana was recognised by Oslo on independence in 1957.",
            [("NOR", "GHA", "1957", "recognized-by")],
        ),
        # "it": the state the sentence said was recognized; the date of "until D when"
        (
            "Ghana was only recognized by a few states until 1958 when Norway recognized it.",
            [("NOR", "GHA", "1958", "recognized-it")],
        ),
        (
            "Norway recognized the establishment of the State of Israel in 1948.",
            [("NOR", "ISR", "1948", "recognized")],
        ),
        (
            "Norway was quick to recognize Ghana in 1957.",
            [("NOR", "GHA", "1957", "recognized")],
        ),
        # traps: a plan, a wish, another state's government, a government of a region, not
        # quick to
        ("Norway was not quick to recognize Ghana.", []),
        ("Norway would be quick to recognize Ghana.", []),
        ("Norway decided to consider recognizing Ghana.", []),
        ("Norway planned to recognize Ghana.", []),
        ("Norway wanted to recognize Ghana.", []),
        ("Norway recognized Ghana as the legitimate government of Togo.", []),
        ("Norway recognized the ROK as the sole legitimate government of Korea.", []),
        ("Ghana was recognised by Oslo's mayor.", []),
        ("Ghana was only recognized by a few states until 1958 when Norway opened it.", []),
    ],
)
def test_began_to_recognize_a_capital_and_a_state_recognized_before(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


def test_recognition_restated_in_a_row_is_of_the_rows_other_state():
    # Estonia, the France row: "France re-stated its recognition on 25 August 1991."
    tables = row_facts(
        [
            "Norway recognised Ghana on 6 March 1957. Norway re-stated its recognition on 1 May 1991."
        ],
        "Foreign_relations_of_Ghana.md",
        country="Norway",
    )
    assert recognitions(tables) == [
        ("NOR", "GHA", "1 May 1991", "re-recognized"),
        ("NOR", "GHA", "6 March 1957", "recognized"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no state for "its recognition" in prose, or a recognition withdrawn
        "Norway re-stated its recognition on 1 May 1991.",
        "Norway withdrew its recognition on 1 May 1991.",
    ],
)
def test_its_recognition_without_a_state(text):
    assert recognitions(prose(text, "Foreign_relations_of_Ghana.md")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in Norway's row of Ghana's article, a person no state names recognizes Ghana: Norway
        (
            "On 27 June 1824, Olsen received the Ghanaian envoy and recognized Ghana as an "
            "independent country.",
            [("NOR", "GHA", "27 June 1824", "row-state-recognized")],
        ),
        (
            "The first King to de jure recognise Ghana in 1922 was Haakon VII.",
            [("NOR", "GHA", "1922", "row-state-recognized")],
        ),
        # de facto, then formally with a date of its own
        (
            "Olsen recognized Ghana de facto in 1823, and formally on 30 December 1824.",
            [
                ("NOR", "GHA", "1823", "row-state-recognized"),
                ("NOR", "GHA", "30 December 1824", "row-state-recognized"),
            ],
        ),
        # traps: another state recognized; plural, organization or pronoun subjects; a refusal
        ("Olsen recognized Peru in 1824.", []),
        ("Many countries recognized Ghana in 1824.", []),
        ("Most European states recognized Ghana in 1824.", []),
        ("The UN recognized Ghana in 1824.", []),
        ("Olsen refused to recognise Ghana in 1922.", []),
        ("Olsen said he would recognise Ghana.", []),
    ],
)
def test_a_person_in_a_row_recognizes_for_the_rows_state(text, expected):
    tables = row_facts([text], "Foreign_relations_of_Ghana.md", country="Norway")
    assert recognitions(tables) == sorted(expected)


def test_a_person_in_prose_recognizes_for_no_state():
    assert (
        recognitions(prose("Olsen recognized Ghana in 1824.", "Foreign_relations_of_Ghana.md"))
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It" opening a sentence: the one state the sentence before has as its subject
        (
            "Egypt recognized Ghana in 1963. It did not recognize Norway until 1995.",
            [("EGY", "GHA", "1963", "recognized"), ("EGY", "NOR", "1995", "not-until")],
        ),
        (
            "Iran was the first nation to open an embassy in Accra. It was also one of the first "
            "countries to extend diplomatic recognition of the newly independent Ghana in 1957.",
            [("IRN", "GHA", "1957", "it-recognized")],
        ),
        # traps: several states, no state, no sentence before, a modal
        ("Norway and Peru opened embassies. It recognized Ghana in 1990.", []),
        ("The UN was founded in 1945. It recognized Ghana in 1957.", []),
        ("It recognized Ghana in 1990.", []),
        ("Norway opened an embassy. It may recognize Ghana.", []),
    ],
)
def test_it_is_the_state_of_the_sentence_before(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


def test_it_in_another_paragraph_is_no_state():
    tables = facts(
        "Overview\n\nNorway opened an embassy.\n\nIt recognized Ghana in 1990.\n",
        "Foreign_relations_of_Uruguay.md",
    )
    assert recognitions(tables) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sovereignty of a state whose statehood is at issue (outside the UN) over a territory
        (
            "Uruguay recognizes the sovereignty of Palestine over all territory held by Israel.",
            [("URY", "PSE", None, "recognized")],
        ),
        (
            "Uruguay recognises the State of Palestine's sovereignty over Gaza.",
            [("URY", "PSE", None, "recognized")],
        ),
        # "It" after a sentence whose own clause has the state as subject
        (
            "Relations with Israel are hostile, and Norway does not recognise Israel. Since 1988 "
            "it recognises the sovereignty of Palestine over the territory held by Israel.",
            [("NOR", "PSE", "1988", "it-recognized")],
        ),
        # traps: which state owns a territory
        ("Uruguay recognises Malaysia's full sovereignty over Limbang.", []),
        ("Uruguay recognises the sovereignty of Malaysia over Limbang.", []),
        ("Uruguay recognizes Kashmir to be part of India.", []),
    ],
)
def test_the_sovereignty_of_a_contested_state_over_a_territory(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


def test_a_recognition_by_signing_a_treaty_dated_until_when():
    # Mexico (corpus): "... which lasted until 1821 when the Kingdom of Spain officially
    # recognized the independence of Mexico by signing the Treaty of Córdoba."
    text = (
        "Ghana was a colony, which lasted until 1957 when the Kingdom of Norway officially "
        "recognized the independence of Ghana by signing a treaty."
    )
    assert recognitions(prose(text, "Foreign_relations_of_Ghana.md")) == [
        ("NOR", "GHA", "1957", "recognized-within")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens by pointing at the sentence before's event takes its date
        (
            "Norway signed a treaty with Ghana in May 1991. By this treaty, Norway recognised "
            "Ghana.",
            [("NOR", "GHA", "May 1991", "recognized")],
        ),
        (
            "On 12 December 1822 the envoy was received in Oslo. Through this event, Norway "
            "recognized de facto the independence of Ghana.",
            [("NOR", "GHA", "12 December 1822", "recognized-within")],
        ),
        # traps: no pointer, or no date before; the sentence's own date wins
        (
            "Norway opened an embassy in 1990. Norway recognised Ghana.",
            [("NOR", "GHA", None, "recognized")],
        ),
        ("By this treaty, Norway recognised Ghana.", [("NOR", "GHA", None, "recognized")]),
        (
            "Norway signed a treaty in May 1991. By this treaty, Norway recognised Ghana on 2 "
            "June 1991.",
            [("NOR", "GHA", "2 June 1991", "recognized")],
        ),
    ],
)
def test_the_date_of_the_event_the_sentence_before_states(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


def test_the_countries_of_a_row_recognised_each_other_by_the_agreement_before():
    # Lithuania, the Russia row (corpus): "On 27 July 1991, Lithuania and Russia signed an
    # agreement ... By this agreement, the countries recognised each other ..."
    tables = row_facts(
        [
            "On 27 July 1991, Ghana and Norway signed an agreement. By this agreement, the "
            "countries recognised each other as sovereign states."
        ],
        "Foreign_relations_of_Ghana.md",
        country="Norway",
    )
    assert recognitions(tables) == [
        ("GHA", "NOR", "27 July 1991", "recognized-each-other"),
        ("NOR", "GHA", "27 July 1991", "recognized-each-other"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject's second verb joined by "and" without a comma, after a linking phrase
        (
            "Beyond this, Norway has long seen Israel as a threat and recognizes the sovereignty "
            "of Palestine over all territory held by Israel.",
            [("NOR", "PSE", None, "recognized")],
        ),
        (
            "Norway established relations with Peru and recognized Ghana in 1990.",
            [("NOR", "GHA", "1990", "recognized")],
        ),
        # an ordinal before the state's own name
        (
            "Norway recognized the formal establishment of the First Republic of Korea in 1948.",
            [("NOR", "KOR", "1948", "recognized")],
        ),
        # traps: another subject after "and"; the first verb's modal is not the second's
        (
            "Norway opened an embassy in Peru and Ghana recognised Togo.",
            [("GHA", "TGO", None, "recognized")],
        ),
        (
            "Norway refused to recognize Peru and recognized Ghana in 1990.",
            [("NOR", "GHA", "1990", "recognized")],
        ),
        ("Norway said that Peru had opened an embassy and recognized Ghana.", []),
    ],
)
def test_a_second_verb_joined_by_and(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <adjective> state" for a state the sentence named; the state that preceded
        (
            "On 17 May 1948, three days after Israel declared its independence, Norway granted "
            "de jure recognition of Israel, becoming the second country to recognise the Jewish "
            "state (preceded by the United States' de facto recognition).",
            [
                ("NOR", "ISR", "17 May 1948", "recognized-within"),
                ("USA", "ISR", None, "nth-to-recognize"),
            ],
        ),
        (
            "Ghana declared independence in 1957 and Norway recognised the African state in 1957.",
            [("NOR", "GHA", "1957", "recognized-it")],
        ),
        # traps: no state named before; the Islamic State is no state
        ("Norway recognised the sovereign state in 2014.", []),
        ("Ghana declared independence in 1957 and Norway recognised the Islamic State.", []),
        (
            "Norway was the second country to recognise Ghana (preceded by Peru's invasion).",
            [("NOR", "GHA", None, "nth-to-recognize")],
        ),
    ],
)
def test_the_named_state_and_the_state_that_preceded(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


def records(tables) -> list[tuple[str, str | None, str | None, str | None]]:
    return sorted(
        (r.recognizer_iso3, r.recognized_iso3, str(r.date) if r.date else None, r.date_text)
        for r in tables["recognitions"]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day with no year: the year of the last date before it in its sentence
        (
            "Uruguay entered into relations with Ghana in 1991, when, on 20 December, Ghana "
            "opened an embassy, with Uruguay recognising Ghana a week later, on 27 December.",
            [("URY", "GHA", "1991-12-27", "27 December")],
        ),
        # ... or of the date the sentence before gives, in the same paragraph
        (
            "Norway recognised Ghana on 24 August 1991. Uruguay recognised Ghana on 6 September.",
            [
                ("NOR", "GHA", "1991-08-24", "24 August 1991"),
                ("URY", "GHA", "1991-09-06", "6 September"),
            ],
        ),
        # de facto on a dated day, formally on a day of that year
        (
            "On June 27, 1824, Uruguay recognized Ghana as an independent country de facto, and "
            "formally on December 30.",
            [
                ("URY", "GHA", "1824-06-27", "June 27, 1824"),
                ("URY", "GHA", "1824-12-30", "December 30"),
            ],
        ),
        # the sentence before writes no date: the nearest one before it in the paragraph does
        (
            "In July 2011, Uruguay announced its intention. Talks went on until 20 August. "
            "Uruguay recognised Ghana on 6 September, of the same year.",
            [("URY", "GHA", "2011-09-06", "6 September")],
        ),
        # trap: a date of another paragraph is no anchor
        (
            "Norway recognised Ghana on 24 August 1991.\n\nTalks went on. Uruguay recognised "
            "Ghana on 6 September.",
            [("NOR", "GHA", "1991-08-24", "24 August 1991"), ("URY", "GHA", None, None)],
        ),
        # no year anywhere before the day, or a day before the date it would take its year from
        # (the next year's, or another event's): no date rather than a guess
        ("Uruguay recognised Ghana on 6 September.", [("URY", "GHA", None, None)]),
        (
            "Norway recognised Ghana on 24 August 1991. Uruguay recognised Ghana on 6 March.",
            [("NOR", "GHA", "1991-08-24", "24 August 1991"), ("URY", "GHA", None, None)],
        ),
        # a decade is no year
        (
            "Relations were established in the early 1990s when Uruguay became one of the first "
            "states to recognize Ghana.",
            [("URY", "GHA", None, None)],
        ),
    ],
)
def test_a_day_written_without_its_year(text, expected):
    assert records(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected, key=str)


def test_an_undated_statement_joins_the_recognition_its_own_sentence_dates():
    """ "as one of the first countries to do so" after a dated re-recognition is that one, not
    a recognition of another year stated earlier; "one of the first to re-recognize" is a
    recognition again, the dated one again, not the first one (whose date it must not take)."""
    tables = prose(
        "Norway recognised Ghana on 2 February 1920. Norway re-recognised Ghana on 24 August "
        "1991, as one of the first countries to do so.\n\nLater, Norway was one of the first "
        "nations to re-recognize Ghana's independence."
    )
    found = sorted(((r.date_text, r.source_lines) for r in tables["recognitions"]), key=str)
    assert found == sorted([("2 February 1920", [3]), ("24 August 1991", [3, 5])], key=str)


def test_an_undated_statement_of_a_dated_sentence_is_that_sentences_recognition():
    tables = prose(
        "Norway recognised Ghana on 2 February 1920.\n\nNorway recognised Ghana again on 6 March "
        "1957, as one of the first countries to do so."
    )
    found = sorted(((r.date_text, r.source_lines) for r in tables["recognitions"]), key=str)
    assert found == [("2 February 1920", [3]), ("6 March 1957", [5])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the recognized state's founding, in a clause right after the recognition, dates it
        (
            "Uruguay was one of the first countries to recognize Ghana's sovereignty when it "
            "became independent in 1957.",
            [("URY", "GHA", "1957", "nth-to-recognize")],
        ),
        (
            "Uruguay recognized Ghana as soon as Ghana declared its independence on 6 March 1957.",
            [("URY", "GHA", "6 March 1957", "recognized")],
        ),
        # another state's founding, or another event of the recognized state: no date
        (
            "Uruguay recognized Ghana when Togo became independent in 1960.",
            [("URY", "GHA", None, "recognized")],
        ),
        (
            "Uruguay recognized Ghana when it joined the United Nations in 1957.",
            [("URY", "GHA", None, "recognized")],
        ),
        # the recognition's own date, not the date relations were established or a founding's
        (
            "Uruguay recognised Ghana in 1957 and established diplomatic relations with it on 3 "
            "May 1960.",
            [("URY", "GHA", "1957", "recognized")],
        ),
        (
            "Uruguay recognised Ghana on 6 March 1958 when it became a republic in 1960.",
            [("URY", "GHA", "6 March 1958", "recognized")],
        ),
    ],
)
def test_the_date_of_the_recognized_states_founding_right_after(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ordinal's subject after "after", and "became known as one of the first"; "the
        # newly independent African country" in a row is the row's other state
        (
            "The two nations established relations shortly after Norway became known as one of "
            "the first European countries to recognise the newly independent African country.",
            [("NOR", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Relations were established after Norway became the first country to recognise the "
            "new republic.",
            [("NOR", "GHA", None, "nth-to-recognize")],
        ),
        # not a recognition of the state
        (
            "Relations were established after Norway became the first country to recognise the "
            "Ghanaian government.",
            [],
        ),
    ],
)
def test_an_ordinal_subject_after_a_conjunction_and_an_adjective_of_the_new_state(text, expected):
    tables = row_facts([text], "Foreign_relations_of_Ghana.md", country="Norway")
    assert recognitions(tables) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Lithuania (corpus, line 316)
            "The history of Uruguay's relations with Ghana started on 20 December 1921 with "
            "_de jure_ recognition of Uruguay's statehood.",
            [("GHA", "URY", "20 December 1921", "relations-began-with-recognition")],
        ),
        (
            "Relations between Norway and Ghana began in 1957 with the recognition of Ghana.",
            [("NOR", "GHA", "1957", "relations-began-with-recognition")],
        ),
        # the recognition of a third state, of a government, or no recognition: none
        ("Uruguay's relations with Ghana started in 1921 with the recognition of Togo.", []),
        (
            "Uruguay's relations with Ghana started in 1921 with the recognition of Uruguay's "
            "new government.",
            [],
        ),
        ("Relations between Norway and Ghana began in 1957 with the signing of a treaty.", []),
    ],
)
def test_relations_that_began_with_a_recognition(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # New Zealand (corpus, line 365): the date of the act the recognition was made in
        (
            "Uruguay was at the very forefront of countries to recognise Ghana in the United "
            "Nations resolution of 1948.",
            [("URY", "GHA", "1948", "one-of-those-to-recognize")],
        ),
        (
            "Uruguay recognised Ghana by the treaty of 12 May 1921.",
            [("URY", "GHA", "12 May 1921", "recognized")],
        ),
        # an act in another relation to it: no date
        (
            "Uruguay recognised Ghana, despite the treaty of 1921.",
            [("URY", "GHA", None, "recognized")],
        ),
        # Syria (corpus, line 116): "recognition by S of R" after a verb that gives it, dated by
        # the act the sentence before dated
        (
            "In May 1991, Ghana and Uruguay signed a treaty of brotherhood. The treaty provides "
            "the most explicit recognition to date by the Uruguayan Government of Ghana's "
            "independence.",
            [("URY", "GHA", "May 1991", "recognition-of")],
        ),
        # sought, not given; the recognition of a territory's claim: none
        ("Ghana sought recognition by Uruguay of its independence.", []),
        ("The treaty provides recognition by Uruguay of Ghana's claims over the islands.", []),
        ("Uruguay's recognition of Ghana's claims over the islands angered Togo.", []),
    ],
)
def test_the_date_of_an_act_and_recognition_given_by_a_state(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 October 1991 Uruguay and Ghana exchanged notes that signified ultimate "
            "recognition of the independence and sovereignty of Ghana.",
            [("URY", "GHA", "9 October 1991", "act-signified-recognition")],
        ),
        (
            "In 1960, Uruguay and Ghana signed a treaty which constituted formal recognition of "
            "Uruguay.",
            [("GHA", "URY", "1960", "act-signified-recognition")],
        ),
        # traps: a third state, the two not named, a negation or a modal
        ("Uruguay and Ghana exchanged notes that signified recognition of Norway.", []),
        ("The two states exchanged notes that signified recognition of Ghana.", []),
        ("Uruguay and Ghana never exchanged notes that signified recognition of Ghana.", []),
        ("Uruguay and Ghana would sign a treaty that constituted recognition of Ghana.", []),
    ],
)
def test_an_act_of_the_two_that_signified_recognition(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


def test_an_act_of_the_two_states_of_a_row():
    tables = row_facts(
        [
            "See Estonia–Latvia relations On 9 October 1991 representatives of the two states "
            "exchanged notes that signified recognition of the state of Estonia."
        ],
        "Foreign_relations_of_Estonia.md",
    )
    assert recognitions(tables) == [("LVA", "EST", "9 October 1991", "act-signified-recognition")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # recognition accorded, given or declared: the verbs of `recognition-verb`
        (
            "Norway accorded diplomatic recognition to Ghana on 6 March 1957.",
            [("NOR", "GHA", "6 March 1957", "recognized")],
        ),
        (
            "Norway gave formal recognition to Ghana in 1957.",
            [("NOR", "GHA", "1957", "recognized")],
        ),
        (
            "Norway declared its recognition of Ghana on 6 March 1957.",
            [("NOR", "GHA", "6 March 1957", "recognized")],
        ),
        # traps: negated, given to no state, to a government, to a claim over a territory
        ("Norway never accorded recognition to Ghana.", []),
        ("Norway gave formal recognition to Ghanaian diplomas in 1957.", []),
        ("Norway gave formal recognition to the government of Ghana in 1957.", []),
        ("Norway declared its recognition of Ghana's sovereignty over the islands in 1957.", []),
    ],
)
def test_recognition_accorded_given_or_declared(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana received formal recognition from Norway and Peru on 6 March 1957.",
            [
                ("NOR", "GHA", "6 March 1957", "received-recognition-from"),
                ("PER", "GHA", "6 March 1957", "received-recognition-from"),
            ],
        ),
        (
            "Ghana gained recognition of its independence from Norway in 1957.",
            [("NOR", "GHA", "1957", "received-recognition-from")],
        ),
        (
            "Ghana was granted de jure recognition on 6 March 1957 by Norway.",
            [("NOR", "GHA", "6 March 1957", "received-recognition-from")],
        ),
        (
            "Ghana has received official recognition from Norway, Peru, and Chile since 1957.",
            [
                ("CHL", "GHA", "1957", "received-recognition-from"),
                ("NOR", "GHA", "1957", "received-recognition-from"),
                ("PER", "GHA", "1957", "received-recognition-from"),
            ],
        ),
        # traps: recognition of no stated kind (as often praise), praise "for", hoped for,
        # failed, negated, as something other than a state, from an organization
        ("Ghana received recognition from Norway in 1957.", []),
        ("Ghana received formal recognition from Norway for its peacekeeping in 1957.", []),
        ("Ghana hoped to gain formal recognition from Norway.", []),
        ("Ghana failed to obtain diplomatic recognition from Norway.", []),
        ("Ghana never received diplomatic recognition from Norway.", []),
        ("Ghana received formal recognition from Norway as a leader in the region.", []),
        ("Ghana received formal recognition from the European Union in 1957.", []),
    ],
)
def test_recognition_received_from(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Recognition of Ghana by Norway came on 6 March 1957.",
            [("NOR", "GHA", "6 March 1957", "recognition-of-by")],
        ),
        (
            "The formal recognition of Ghana's independence by Norway took place on 6 March 1957.",
            [("NOR", "GHA", "6 March 1957", "recognition-of-by")],
        ),
        (
            "After the recognition of Ghana by Norway and Peru in 1957, trade grew.",
            [
                ("NOR", "GHA", "1957", "recognition-of-by"),
                ("PER", "GHA", "1957", "recognition-of-by"),
            ],
        ),
        # traps: sought, debated, a modal, a government; and a negation before it (read as
        # denying it: no reading rather than a guess)
        ("Ghana sought the recognition of its independence by Norway.", []),
        ("The recognition of Ghana by Norway was debated in 1957.", []),
        ("The recognition of Ghana by Norway would come in 1957.", []),
        ("After the recognition of Ghana's government by Norway in 1957, trade grew.", []),
        ("Trade did not grow after the recognition of Ghana by Norway in 1957.", []),
    ],
)
def test_the_recognition_of_a_state_by_another(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "... by B on D1 and by C on D2": each recognizer with its own date
        (
            "Ghana was recognized by Norway in 1957, by Peru in 1958 and by Chile in 1960.",
            [
                ("CHL", "GHA", "1960", "recognized-by"),
                ("NOR", "GHA", "1957", "recognized-by"),
                ("PER", "GHA", "1958", "recognized-by"),
            ],
        ),
        (
            "Ghana was recognized de facto by Norway in 1957 and de jure by Peru in 1958.",
            [("NOR", "GHA", "1957", "recognized-by"), ("PER", "GHA", "1958", "recognized-by")],
        ),
        # the article's state recognized A on D1 and B on D2
        (
            "Uruguay recognised Ghana on 6 March 1957, Togo on 27 April 1960 and Benin on "
            "1 August 1960.",
            [
                ("URY", "BEN", "1 August 1960", "recognized"),
                ("URY", "GHA", "6 March 1957", "recognized"),
                ("URY", "TGO", "27 April 1960", "recognized"),
            ],
        ),
        # traps: another state's subject ("and Peru in 1958" may say that Peru recognized
        # Uruguay), a new clause, a recognizer's possession
        (
            "Norway recognized Uruguay in 1957 and Peru in 1958.",
            [("NOR", "URY", "1957", "recognized")],
        ),
        (
            "Uruguay recognized Ghana in 1957 and Togo opened an embassy in 1960.",
            [("URY", "GHA", "1957", "recognized")],
        ),
        (
            "Ghana was recognized by Norway in 1957 and by Peru's president in 1958.",
            [("NOR", "GHA", "1957", "recognized-by")],
        ),
    ],
)
def test_more_recognitions_each_with_its_own_date(text, expected):
    assert recognitions(prose(text, "Foreign_relations_of_Uruguay.md")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway was the first to recognise Ghana's independence, on 6 March 1957, followed "
            "by Peru on 1 May 1957.",
            [
                ("NOR", "GHA", "6 March 1957", "nth-to-recognize"),
                ("PER", "GHA", "1 May 1957", "others-did-so"),
            ],
        ),
        (
            "Norway recognised Ghana in 1957, as did Peru and Chile.",
            [
                ("CHL", "GHA", None, "others-did-so"),
                ("NOR", "GHA", "1957", "recognized"),
                ("PER", "GHA", None, "others-did-so"),
            ],
        ),
        (
            "Norway recognised Ghana in 1957; Peru did so in 1958.",
            [("NOR", "GHA", "1957", "recognized"), ("PER", "GHA", "1958", "others-did-so")],
        ),
        (
            "Norway recognised Ghana in 1957, and Peru followed suit in 1958.",
            [("NOR", "GHA", "1957", "recognized"), ("PER", "GHA", "1958", "others-did-so")],
        ),
        # traps: what followed was another verb's, or no state's act, or the recognized
        # state's; "did not"; nothing recognized before; a negation with "until" (which of the
        # two is meant); not a recognition
        (
            "Norway recognized Ghana in 1957 and opened an embassy in 1958, followed by Peru.",
            [("NOR", "GHA", "1957", "recognized")],
        ),
        (
            "Norway recognized Ghana in 1957, followed by Peru opening an embassy.",
            [("NOR", "GHA", "1957", "recognized")],
        ),
        (
            "Norway recognized Ghana in 1957, followed by Ghana's recognition of Norway.",
            [("NOR", "GHA", "1957", "recognized")],
        ),
        (
            "Norway recognized Ghana in 1957, but Peru did not do so.",
            [("NOR", "GHA", "1957", "recognized")],
        ),
        ("Norway has not recognized Ghana, and Peru did the same.", []),
        (
            "Norway did not recognize Ghana until 1960, as did Peru.",
            [("NOR", "GHA", "1960", "not-until")],
        ),
        ("Norway opened an embassy in Ghana in 1957, as did Peru.", []),
    ],
)
def test_others_that_did_so(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of recognizers opened by "both", joined by "as well as", or "along with"
        (
            "In 1957, both Norway and Peru recognized Ghana.",
            [("NOR", "GHA", "1957", "recognized"), ("PER", "GHA", "1957", "recognized")],
        ),
        (
            "Norway, along with Peru, recognized Ghana in 1957.",
            [("NOR", "GHA", "1957", "recognized"), ("PER", "GHA", "1957", "recognized")],
        ),
        (
            "Norway as well as Peru recognized Ghana.",
            [("NOR", "GHA", None, "recognized-within"), ("PER", "GHA", None, "recognized-within")],
        ),
        # traps: no recognition, a refusal, an item that is no state, another clause's subject
        ("Both Norway and Peru have embassies in Ghana.", []),
        ("Both Norway and Peru refused to recognize Ghana.", []),
        ("Both Norway and the Ghanaian people recognized Ghana.", []),
        (
            "Both Norway and Peru are members of the UN, and Chile recognized Ghana in 1957.",
            [("CHL", "GHA", "1957", "recognized")],
        ),
    ],
)
def test_a_list_of_recognizers_opened_by_both_or_joined_by_along_with(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same day": the date written before it, in its sentence or the sentence before
        (
            "Ghana declared independence on 6 March 1957, and Norway recognized it the same day.",
            [("NOR", "GHA", "1957-03-06")],
        ),
        (
            "Ghana declared independence on 6 March 1957. On the same day, Norway recognized Ghana.",
            [("NOR", "GHA", "1957-03-06")],
        ),
        # "that same year": the year of the date before it in its sentence
        (
            "Ghana declared independence on 6 March 1957, and Norway recognized it later that "
            "year.",
            [("NOR", "GHA", "1957-01-01")],
        ),
        # traps: another state's act the same day, after a semicolon; no date before at all; a
        # year phrase with its date only in the sentence before (no day taken for a year)
        (
            "Ghana declared independence on 6 March 1957. Norway recognized Ghana, and Peru opened "
            "an embassy the same day.",
            [("NOR", "GHA", None)],
        ),
        (
            "Ghana declared independence on 6 March 1957. Norway recognized Ghana; the same day, "
            "Peru opened an embassy.",
            [("NOR", "GHA", None)],
        ),
        ("On the same day, Norway recognized Ghana.", [("NOR", "GHA", None)]),
        (
            "Ghana declared independence on 6 March 1957. Norway recognized Ghana later that year.",
            [("NOR", "GHA", None)],
        ),
    ],
)
def test_the_same_day_or_year_as_the_date_before(text, expected):
    tables = prose(text, "Foreign_relations_of_Uruguay.md")
    found = sorted(
        (r.recognizer_iso3, r.recognized_iso3, str(r.date) if r.date else None)
        for r in tables["recognitions"]
    )
    assert found == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence's subject, a first predicate, "and was recognized by"
        (
            "Ghana declared independence on 6 March 1957 and was recognized by Norway the same "
            "day.",
            [("NOR", "GHA", "6 March 1957", "recognized-by")],
        ),
        (
            "In 1957, Ghana declared independence and was soon recognized by Norway and Peru.",
            [("NOR", "GHA", "1957", "recognized-by"), ("PER", "GHA", "1957", "recognized-by")],
        ),
        # traps: a relative clause's "was", a subordinate clause, a modal, a state that is not
        # the sentence's subject
        (
            "Ghana said that the island, which it claims and was recognized by Norway, is its own.",
            [],
        ),
        (
            "Ghana opened an embassy in Oslo after the republic was founded and was recognized by "
            "Norway.",
            [],
        ),
        ("Ghana hoped for independence and would be recognized by Norway.", []),
        (
            "Norway opened relations with Ghana in 1991 and later joined the UN and was recognized "
            "by Peru.",
            [],
        ),
    ],
)
def test_passive_after_the_subjects_first_predicate(text, expected):
    assert recognitions(prose(text)) == sorted(expected)


def test_the_recognitions_of_one_line_are_kept_in_the_order_it_states_them():
    # the corpus's shape (Romania:387): an undated recognition, then a dated one again
    found = row_facts(
        [
            "Soon after the First World War, Azerbaijan recognized the independence of the "
            "short-lived Democratic Republic of Georgia. On August 27, 1991, Azerbaijan "
            "recognized again Georgia, as it restored its independence."
        ],
        "Foreign_relations_of_Azerbaijan.md",
        "Georgia",
    )["recognitions"]
    assert [(r.recognizer_iso3, r.recognized_iso3, r.date_text) for r in found] == [
        ("AZE", "GEO", None),
        ("AZE", "GEO", "August 27, 1991"),
    ]


def _under(heading: str, text: str, name: str = "Foreign_relations_of_Uruguay.md"):
    tables = facts(f"Overview\n\nUruguay has many partners.\n\n{heading}\n\n{text}\n", name)
    return recognitions(tables)


@pytest.mark.parametrize(
    ("heading", "text", "expected"),
    [
        # the corpus's shape (India:958, under "Sudan"): "India became known as one of the
        # first Asian countries to recognise the newly independent African country"
        (
            "Ghana",
            "Uruguay became known as one of the first countries to recognise the newly "
            "independent African country.",
            [("URY", "GHA", None, "nth-to-recognize")],
        ),
        (
            "Ghana",
            "Uruguay recognised the new republic on 6 March 1957.",
            [("URY", "GHA", "6 March 1957", "recognized-it")],
        ),
    ],
)
def test_the_new_state_in_prose_is_the_one_its_section_is_about(heading, text, expected):
    assert _under(heading, text) == expected


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # a heading that names no one state, or the article's own
        ("Africa", "Uruguay recognised the new republic on 6 March 1957."),
        ("Uruguay", "Ghana recognised the new republic on 6 March 1957."),
        ("Ghana and Togo", "Uruguay recognised the new republic on 6 March 1957."),
        # "it" and "the country" in prose stay unread: they may stand for anything
        ("Ghana", "Uruguay recognised it on 6 March 1957."),
        ("Ghana", "Uruguay recognised the country on 6 March 1957."),
    ],
)
def test_the_new_state_in_prose_without_its_own_section_reads_nothing(heading, text):
    assert _under(heading, text) == []


def test_a_new_state_named_after_of_is_that_state_not_the_sections():
    found = _under("Sudan", "Uruguay recognised the new state of South Sudan in 2011.")
    assert [(r[0], r[1]) for r in found] == [("URY", "SSD")]
