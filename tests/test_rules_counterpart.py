"""Counterpart rules: each kind of evidence and each trap, on rows written for the rule (corpus
sentences and footnotes quoted with their article)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.engine import Where
from pipeline.extract.relations import relation_rows
from pipeline.rules import missions
from tests.conftest import AZERBAIJAN, extractors, layout_of, relations_doc


def resolve(text: str, name: str = AZERBAIJAN):
    """The one row of a document, with its decided counterpart."""
    ex = extractors()
    layout = layout_of(text, name)
    analysis = ex.analyzer.analyse(layout)
    (row,) = relation_rows(analysis)
    subject = layout.document.subject_iso3
    where = Where(in_row=True, subject=subject)
    claims = [missions.claims(ex.engine.read(s, where)) for s in row.sentences]
    return ex.counterparts.resolve(row, claims, analysis.footnotes, subject)


def gazetteer():
    return extractors().knowledge.gazetteer


def foreign_names():
    return extractors().knowledge.foreign


# -- each kind of evidence --------------------------------------------------------------------


def test_country_cell():
    cp = resolve(relations_doc(["See Azerbaijan–Hungary relations"], country="Hungary"))
    assert (cp.iso3, cp.method) == ("HUN", "country-cell")


def test_see_relations_line():
    # Azerbaijan, Africa: |         | [11]  | See Azerbaijan–Djibouti relations |
    cp = resolve(relations_doc(["See Azerbaijan–Djibouti relations"]))
    assert (cp.iso3, cp.method, cp.name) == ("DJI", "see-relations", "Djibouti")
    cp = resolve(relations_doc(["See Azerbaijan – United Kingdom relations"], region="Europe"))
    assert cp.iso3 == "GBR"


def test_see_title_running_into_a_sentence():
    # Latvia, Europe: "See Iceland–Latvia relations Iceland was the first country to ..."
    cp = resolve(
        relations_doc(
            [
                "See Iceland–Latvia relations Iceland was the first country to recognise "
                "the independence of Latvia in August 1991."
            ],
            region="Europe",
        ),
        "Foreign_relations_of_Latvia.md",
    )
    assert (cp.iso3, cp.method) == ("ISL", "see-relations")


def test_sentence_whose_subject_is_the_counterpart():
    # Azerbaijan, Americas: "Venezuela has an embassy in Baku." after a sentence about the subject
    cp = resolve(
        relations_doc(
            [
                "-   Azerbaijan does not have an accreditation to Venezuela yet.",
                "-   Venezuela has an embassy in Baku.",
            ],
            region="Americas",
        )
    )
    # both sentences, peers of one rank, name Venezuela
    assert (cp.iso3, cp.method) == ("VEN", "subject-sentence")
    cp = resolve(
        relations_doc(["-   North Macedonia has an economic office in Baku."], region="Europe")
    )
    assert (cp.iso3, cp.method) == ("MKD", "sentence-subject")


def test_relations_between():
    cp = resolve(relations_doc(["Relations between Azerbaijan and Ethiopia date back to 1992."]))
    assert (cp.iso3, cp.method) == ("ETH", "relations-between")


def test_subjects_mission_in_a_city_of_the_counterpart():
    # Azerbaijan, Asia: "-   Azerbaijan has an embassy in Beirut"
    cp = resolve(relations_doc(["-   Azerbaijan has an embassy in Beirut"], region="Asia"))
    assert (cp.iso3, cp.method) == ("LBN", "subject-mission-city")


def test_a_covering_missions_city_is_not_the_counterpart():
    # Iraq, Asia: "The Embassy of Iraq in Indonesia also handles Singapore."
    cp = resolve(
        relations_doc(
            [
                "Diplomatic relations between both countries were established on 27 "
                "December 1977. The Embassy of Iraq in Indonesia also handles Singapore."
            ],
            region="Asia",
        ),
        "Foreign_relations_of_Iraq.md",
    )
    assert cp.iso3 != "IDN"


@pytest.mark.parametrize(
    ("footnote", "iso3", "method"),
    [
        # [9] Russian, instrumental case
        (
            "Азербайджан установил дипломатические отношения с Союзом Коморских островов '' "
            "\"Region plus\"'' 2 February 2010",
            "COM",
            "footnote",
        ),
        # [21] a former name, in Russian
        (
            "Азербайджан и Свазиленд установили дипломатические отношения _Day.Az_ 7 января, 2010",
            "SWZ",
            "footnote",
        ),
        # [23] Azerbaijani, with case suffixes
        (
            "Azərbaycan ilə Toqo arasında diplomatik əlaqələr qurulub. _Trend_. 29 December 2010.",
            "TGO",
            "footnote",
        ),
        # [38] a misspelt Russian name (Доминиканкой for Доминиканской)
        (
            "Азербайджан установил дипломатические отношения с Доминиканкой Республикой '' "
            "\"1news.az \"'' 13 November 2007",
            "DOM",
            "footnote",
        ),
    ],
)
def test_footnotes_in_other_languages(footnote, iso3, method):
    region = "Americas" if iso3 == "DOM" else "Africa"
    cp = resolve(relations_doc([], began="[9]", region=region, footnotes={9: footnote}))
    assert (cp.iso3, cp.method) == (iso3, method)


def test_footnote_naming_two_countries_is_narrowed_by_the_section():
    note = "Азербайджан установил дипотношения с Эритреей и Парагваем. Day.az. 27 April 2004."
    cp = resolve(relations_doc([], began="[13]", region="Africa", footnotes={13: note}))
    assert (cp.iso3, cp.method) == ("ERI", "footnote-region")
    cp = resolve(relations_doc([], began="[13]", region="Americas", footnotes={13: note}))
    assert cp.iso3 == "PRY"


def test_footnote_naming_three_countries_of_one_region_stays_empty():
    note = (
        "Азербайджан установил дипломатические отношения с Буркина-Фасо, Руандой и Кенией '' "
        "\"Рол\"'' 31 мая 2004 г."
    )
    cp = resolve(relations_doc([], began="[8]", footnotes={8: note}))
    assert cp.iso3 is None
    assert cp.candidates == ("BFA", "KEN", "RWA")
    assert "undecided" in (cp.evidence or "")


def test_rows_without_evidence_stay_empty_with_a_reason():
    cp = resolve(relations_doc([], began="[10]"))
    assert (cp.iso3, cp.evidence) == (None, "no country named in the row or its footnotes")
    # a publisher's name is not a country
    note = "Культурный обмен '' \"Russian Emirates Advertisement\""
    assert resolve(relations_doc([], began="[75]", footnotes={75: note})).iso3 is None


# -- traps -------------------------------------------------------------------------------------


def test_third_country_of_an_accreditation_does_not_win():
    cp = resolve(
        relations_doc(
            ["-   Canada is accredited to Azerbaijan from its embassy in Ankara, Turkey.[33]"],
            region="Americas",
        )
    )
    assert cp.iso3 == "CAN"


def test_representation_through_a_third_country():
    cp = resolve(
        relations_doc(
            [
                "-   Azerbaijan is represented in Nicaragua through its embassy in Havana,Cuba.",
                "-   Nicaragua is represented in Azerbaijan through its embassy in Moscow, Russia.[45]",
            ],
            region="Americas",
        )
    )
    assert cp.iso3 == "NIC"


def test_explicit_name_beats_a_non_resident_embassys_city():
    cp = resolve(
        relations_doc(
            [
                "-   Azerbaijan has a non-resident embassy in London.[106]",
                "-   Sweden has an honorary in Baku.",
            ],
            region="Europe",
        )
    )
    assert cp.iso3 == "SWE"


def test_a_phrase_naming_states_before_the_subject_leaves_it_unsure():
    # Eritrea, Asia: the row is Qatar's, not Saudi Arabia's
    cp = resolve(
        relations_doc(
            [
                "During the 2017 Qatar diplomatic crisis, Eritrea refused a "
                "request by Saudi Arabia and United Arab Emirates to cut relations "
                "with Qatar."
            ],
            region="Asia",
        ),
        "Foreign_relations_of_Eritrea.md",
    )
    assert cp.iso3 in (None, "QAT")


def test_demonym_embassy_in_the_subjects_capital():
    cp = resolve(relations_doc(["-   The Greek embassy in Baku was opened in the spring of 1993."]))
    assert cp.iso3 == "GRC"
    cp = resolve(
        relations_doc(
            ["-   Azerbaijani embassy in Seoul.[72]", "-   South Korean embassy in Baku.[73]"],
            region="Asia",
        )
    )
    assert cp.iso3 == "KOR"


def test_third_country_named_first_in_a_row():
    # Pakistan row: "... the second country to recognize Azerbaijan after Turkey ..."
    cp = resolve(
        relations_doc(
            [
                "-   Pakistan was the second country to recognize Azerbaijan after Turkey following "
                "the dissolution of the USSR.",
                "-   Due to its support of Azerbaijan in the Nagorno-Karabakh conflict, Pakistan does "
                "not recognize Armenia as a state.[67]",
            ],
            region="Asia",
        )
    )
    assert cp.iso3 == "PAK"


def test_conflicting_sentences_leave_the_row_empty():
    # Finland, Africa: two countries merged into one row by the rendering
    cp = resolve(
        relations_doc(
            [
                "-   Burundi is represented in Finland through its embassy in Oslo, Norway.",
                "-   Finland is represented in Angola through its embassy in Dar es Salaam, Tanzania.",
            ]
        ),
        "Foreign_relations_of_Finland.md",
    )
    assert cp.iso3 is None
    assert list(cp.candidates) == ["AGO", "BDI"]


def test_places_that_are_not_countries():
    # Cyprus row: "... recognizing the Turkish Republic of Northern Cyprus as a sovereign ..."
    cp = resolve(
        relations_doc(
            [
                "Azerbaijan formally recognizes the government of the Republic of Cyprus as the sole "
                "representative of the island, but has not yet established diplomatic relations with "
                "Cyprus. The parliament of Azerbaijan's Nakhchivan Autonomous Republic issued a "
                "resolution recognizing the Turkish Republic of Northern Cyprus as a sovereign state.",
            ],
            region="Europe",
        )
    )
    assert cp.iso3 == "CYP"
    # "See Abkhazia–Nicaragua relations": a state without an ISO code
    cp = resolve(
        relations_doc(["See Abkhazia–Nicaragua relations"], region="Asia"),
        "Foreign_relations_of_Nicaragua.md",
    )
    assert cp.iso3 is None
    assert (cp.name, cp.kind) == ("Abkhazia", "entity")
    assert "no ISO 3166-1 code" in (cp.evidence or "")


def test_kashmir_and_karabakh_are_not_countries():
    cp = resolve(
        relations_doc(
            ["-   Azerbaijan has also expressed its support for Pakistan's stand on Kashmir.[68]"],
            region="Asia",
        )
    )
    assert cp.iso3 == "PAK"
    cp = resolve(relations_doc(["The conflict over Nagorno-Karabakh continues."], region="Europe"))
    assert cp.iso3 is None


def test_organization_rows_resolve_to_an_organization():
    # Armenia, Europe: "See Armenia–European Union relations"
    cp = resolve(
        relations_doc(["See Armenia–European Union relations"], region="Europe"),
        "Foreign_relations_of_Armenia.md",
    )
    assert cp.iso3 is None
    assert (cp.org_id, cp.kind) == ("EU", "organization")


def test_territory_beside_its_state_gives_the_state():
    # Finland, Europe: consulates listed with Gibraltar, and the UK's embassy in Helsinki
    cp = resolve(
        relations_doc(
            [
                "-   Finland has an embassy in London and honorary consulates in Aberdeen, Belfast, "
                "Gibraltar and Glasgow.",
                "-   United Kingdom has an embassy in Helsinki.",
            ],
            region="Europe",
        ),
        "Foreign_relations_of_Finland.md",
    )
    assert cp.iso3 == "GBR"


def test_garbled_text_and_no_names():
    cp = resolve(relations_doc(["|||@@@ ### ¤¤¤ ...", "-   ¿¿ 12 34 ––"]))
    assert cp.iso3 is None
    assert cp.evidence or ""


def test_subject_is_taken_from_the_document():
    # the same sentence names a different counterpart in another country's article
    cp = resolve(
        relations_doc(["-   Mexico has an embassy in Nairobi."], region="Americas"),
        "Foreign_relations_of_Kenya.md",
    )
    assert cp.iso3 == "MEX"
    cp = resolve(
        relations_doc(["-   Kenya has an embassy in Mexico City."], region="Americas"),
        "Foreign_relations_of_Kenya.md",
    )
    assert cp.iso3 == "MEX"


# -- gazetteers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("the PRC", "CHN"),
        ("Republic of India", "IND"),
        ("Burma", "MMR"),
        ("Swaziland", "SWZ"),
        ("Zaire", "COD"),
        ("Kosovo", "XKX"),
        ("Ivory Coast", "CIV"),
        ("The Netherlands", "NLD"),
        ("Republic of China", "TWN"),
    ],
)
def test_old_and_short_country_names(name, iso3):
    assert gazetteer().country(name) == {iso3}


@pytest.mark.parametrize(
    ("city", "iso3"),
    [
        ("Nur-Sultan", "KAZ"),
        ("Astana", "KAZ"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("The Hague", "NLD"),
        ("Washington, DC", "USA"),
        ("Victoria", "SYC"),
        ("Tabriz", "IRN"),
    ],
)
def test_cities(city, iso3):
    assert gazetteer().city(city) == {iso3}


def test_ambiguous_names_are_not_resolved():
    assert gazetteer().country("Korea") == {"KOR", "PRK"}
    # a bare "Congo" is ISO 3166's short name of the Republic of the Congo
    assert gazetteer().country("Congo") == {"COG"}
    assert len(gazetteer().city("Odessa")) > 1  # Ukraine's, and Texas'


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("с Буркина-Фасо, Руандой и Кенией", {"BFA", "RWA", "KEN"}),
        ("с Союзом Коморских островов", {"COM"}),
        ("Azərbaycan ilə Toqo arasında", {"AZE", "TGO"}),
        ("relações diplomáticas entre o Brasil e o Butão", {"BRA", "BTN"}),
    ],
)
def test_names_in_other_languages(text, iso3):
    found = set().union(*(m.codes for m in foreign_names().mentions(text)))
    assert found == iso3


def test_english_words_are_not_turkic_country_stems():
    # "cadet" must not be read as Turkish "Çad" (Chad) with a suffix
    assert foreign_names().mentions("The cadet met the delegation.") == []


def test_a_capital_stands_for_its_state_when_no_state_is_named():
    # Turkey, South Caucasus (corpus)
    cp = resolve(
        relations_doc(
            [
                "Turkish President Abdullah Gül made a 26–28 June official visit to Bishkek where he met "
                "with Kyrgyz President Kurmanbek Bakiev."
            ],
            region="Asia",
        ),
        "Foreign_relations_of_Turkey.md",
    )
    assert (cp.iso3, cp.method) == ("KGZ", "sole-mention")


def test_leftover_table_attributes_do_not_hide_the_sentence():
    # Ireland, Africa: < style="background: silver;" |Ireland does not maintain diplomatic ...
    cp = resolve(
        relations_doc(
            [
                '< style="background: silver;" |Ireland does not maintain diplomatic relations with the '
                "Central African Republic."
            ]
        ),
        "Foreign_relations_of_Ireland.md",
    )
    assert (cp.iso3, cp.method) == ("CAF", "subject-sentence")


def test_list_item_of_a_no_relations_list():
    from tests.conftest import facts

    text = (
        "No relations\n\nAzerbaijan has not established diplomatic relations with the following "
        "states:\n\n-   Barbados\n-   Bhutan\n"
    )
    got = [(r.counterpart_iso3, r.counterpart_method) for r in facts(text)["relations"]]
    assert got == [("BRB", "list-item"), ("BTN", "list-item")]


def test_organization_mention_in_a_table_of_organizations():
    from tests.conftest import facts, grid

    table = grid(
        [
            [["Organization"], ["Formal relations began"], ["Notes"]],
            [[], ["1992"], ["Azerbaijan has been a member of the OSCE since 1992."]],
        ]
    )
    (row,) = facts(f"Multilateral\n\n{table}")["relations"]
    assert (row.counterpart_org_id, row.counterpart_kind, row.counterpart_method) == (
        "OSCE",
        "organization",
        "organization-mention",
    )


# -- the third-country pre-check ----------------------------------------------------------------

_TAILS = st.lists(
    st.sampled_from(
        [
            "⟪0⟫", "Ankara", " ", "\n", ",", "(", ", in", "in", "IN", "ın", "at", "the", "THE",
            "after", "such as", "aſ", "based in", "than", "like", "liKe", "including",
            "ambassador to", "via its embassy in", "from an embassy at", "x", "é", ".",
        ]
    ),
    max_size=8,
)  # fmt: skip


@given(_TAILS, st.sampled_from(["", " ", " \n "]))
@settings(max_examples=500, deadline=None)
def test_third_country_pre_check_never_refuses_what_the_pattern_reads(parts, end):
    from pipeline.resolve.counterpart import _may_end_third_country

    before = " ".join(parts) + end
    if extractors().counterparts.third_country.search(before) is not None:
        assert _may_end_third_country(before)
