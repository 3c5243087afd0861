"""Counterpart recovery: each kind of evidence and each trap, on sentences quoted from the corpus."""

from __future__ import annotations

import pytest

from pipeline.extract.relations import relation_rows
from pipeline.resolve.counterpart import resolve_counterparts
from pipeline.resolve.foreign import foreign_names
from pipeline.resolve.gazetteer import gazetteer
from tests.conftest import layout_of, relations_doc


def resolve(text: str, name: str = "Foreign_relations_of_Azerbaijan.md"):
    layout = layout_of(text, name)
    rows = relation_rows(layout)
    resolve_counterparts(rows, layout)
    (row,) = rows
    return row


@pytest.fixture(scope="module")
def reference_rows(reference_layout):
    rows = relation_rows(reference_layout)
    resolve_counterparts(rows, reference_layout)
    return {r.source_line: r for r in rows}


# -- each kind of evidence, in the reference document --------------------------------------------


def test_country_cell(reference_rows):
    # | Hungary |  | See Azerbaijan–Hungary relations
    row = reference_rows[290]
    assert (row.counterpart_iso3, row.counterpart_method) == ("HUN", "country-cell")


def test_see_relations_line(reference_rows):
    # |         | [11]                   | See Azerbaijan–Djibouti relations                        |
    row = reference_rows[35]
    assert (row.counterpart_iso3, row.counterpart_method) == ("DJI", "see-relations")
    assert row.counterpart_name == "Djibouti"


def test_see_line_with_spaced_dash(reference_rows):
    # See Azerbaijan – United Kingdom relations
    assert reference_rows[367].counterpart_iso3 == "GBR"


def test_sentence_whose_subject_is_the_counterpart(reference_rows):
    # -   Venezuela has an embassy in Baku.  (after "Azerbaijan does not have an accreditation ...")
    assert reference_rows[129].counterpart_iso3 == "VEN"
    # -   North Macedonia has an economic office in Baku.
    row = reference_rows[325]
    assert (row.counterpart_iso3, row.counterpart_method) == ("MKD", "sentence-subject")


def test_subjects_mission_in_a_city_of_the_counterpart(reference_rows):
    # -   Azerbaijan has an embassy in Beirut
    row = reference_rows[171]
    assert (row.counterpart_iso3, row.counterpart_method) == ("LBN", "subject-mission-city")


def test_demonym_embassy_in_the_subjects_capital():
    row = resolve(
        relations_doc(["-   The Greek embassy in Baku was opened in the spring of 1993."])
    )
    assert row.counterpart_iso3 == "GRC"
    row = resolve(
        relations_doc(
            ["-   Azerbaijani embassy in Seoul.[72]", "-   South Korean embassy in Baku.[73]"],
            region="Asia",
        )
    )
    assert row.counterpart_iso3 == "KOR"


def test_russian_footnote_in_instrumental_case(reference_rows):
    # [9] Азербайджан установил дипломатические отношения с Союзом Коморских островов
    row = reference_rows[31]
    assert (row.counterpart_iso3, row.counterpart_method) == ("COM", "footnote")


def test_former_name_in_russian_footnote(reference_rows):
    # [21] Азербайджан и Свазиленд установили дипломатические отношения
    assert reference_rows[56].counterpart_iso3 == "SWZ"


def test_azerbaijani_footnote(reference_rows):
    # [23] Azərbaycan ilə Toqo arasında diplomatik əlaqələr qurulub.
    assert reference_rows[60].counterpart_iso3 == "TGO"


def test_misspelt_russian_name(reference_rows):
    # [38] ... отношения с Доминиканкой Республикой (for Доминиканской)
    assert reference_rows[94].counterpart_iso3 == "DOM"


def test_footnote_naming_two_countries_is_narrowed_by_the_section(reference_rows):
    # [13] Азербайджан установил дипотношения с Эритреей и Парагваем. (cited under Africa)
    # [46] the same announcement, cited under Americas
    assert (reference_rows[39].counterpart_iso3, reference_rows[39].counterpart_method) == (
        "ERI",
        "footnote-region",
    )
    assert reference_rows[108].counterpart_iso3 == "PRY"


def test_footnote_naming_three_countries_of_one_region_stays_empty(reference_rows):
    # [8] ... отношения с Буркина-Фасо, Руандой и Кенией
    row = reference_rows[29]
    assert row.counterpart_iso3 is None
    assert row.counterpart_candidates == ["BFA", "KEN", "RWA"]
    assert "undecided" in row.counterpart_evidence


def test_rows_without_evidence_stay_empty_with_a_reason(reference_rows):
    # |         | [10]                   |                                                          |
    row = reference_rows[33]
    assert row.counterpart_iso3 is None
    assert row.counterpart_evidence == "no country named in the row or its footnotes"
    # [75] Культурный обмен '' "Russian Emirates Advertisement": a publisher's name, no country
    assert reference_rows[205].counterpart_iso3 is None


# -- traps -----------------------------------------------------------------------------------------


def test_third_country_of_an_accreditation_does_not_win(reference_rows):
    # -   Canada is accredited to Azerbaijan from its embassy in Ankara, Turkey.[33]
    assert reference_rows[80].counterpart_iso3 == "CAN"
    # -   Uruguay is accredited to Azerbaijan from its embassy in Tehran, Iran.
    assert reference_rows[124].counterpart_iso3 == "URY"


def test_representation_through_a_third_country(reference_rows):
    # -   Azerbaijan is represented in Nicaragua through its embassy in Havana,Cuba.
    # -   Nicaragua is represented in Azerbaijan through its embassy in Moscow, Russia.[45]
    row = reference_rows[105]
    assert row.counterpart_iso3 == "NIC"


def test_third_country_named_first_in_a_row():
    # Pakistan row: "... the second country to recognize Azerbaijan after Turkey ..."
    row = resolve(
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
    assert row.counterpart_iso3 == "PAK"


def test_explicit_name_beats_a_non_resident_embassys_city(reference_rows):
    # -   Azerbaijan has a non-resident embassy in London.[106]
    # -   Sweden has an honorary in Baku.
    row = reference_rows[344]
    assert row.counterpart_iso3 == "SWE"


def test_conflicting_sentences_leave_the_row_empty():
    # Finland, Africa: two countries merged into one row by the rendering
    row = resolve(
        relations_doc(
            [
                "-   Burundi is represented in Finland through its embassy in Oslo, Norway.",
                "-   Finland is represented in Angola through its embassy in Dar es Salaam, Tanzania.",
            ]
        ),
        "Foreign_relations_of_Finland.md",
    )
    assert row.counterpart_iso3 is None
    assert row.counterpart_candidates == ["AGO", "BDI"]


def test_places_that_are_not_countries():
    # Cyprus row: "... recognizing the Turkish Republic of Northern Cyprus as a sovereign ..."
    row = resolve(
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
    assert row.counterpart_iso3 == "CYP"
    # "See Abkhazia–Nicaragua relations": a state without an ISO code
    row = resolve(
        relations_doc(["See Abkhazia–Nicaragua relations"], region="Asia"),
        "Foreign_relations_of_Nicaragua.md",
    )
    assert row.counterpart_iso3 is None
    assert (row.counterpart_name, row.counterpart_kind) == ("Abkhazia", "entity")
    assert "no ISO 3166-1 code" in row.counterpart_evidence


def test_kashmir_and_karabakh_are_not_countries():
    row = resolve(
        relations_doc(
            ["-   Azerbaijan has also expressed its support for Pakistan's stand on Kashmir.[68]"],
            region="Asia",
        )
    )
    assert row.counterpart_iso3 == "PAK"
    row = resolve(relations_doc(["The conflict over Nagorno-Karabakh continues."], region="Europe"))
    assert row.counterpart_iso3 is None


def test_organization_rows_resolve_to_an_organization():
    # Armenia, Europe: "See Armenia–European Union relations"
    row = resolve(
        relations_doc(["See Armenia–European Union relations"], region="Europe"),
        "Foreign_relations_of_Armenia.md",
    )
    assert row.counterpart_iso3 is None
    assert (row.counterpart_org_id, row.counterpart_kind) == ("EU", "organization")


def test_territory_beside_its_state_gives_the_state():
    # Finland, Europe: consulates listed with Gibraltar, and the UK's embassy in Helsinki
    row = resolve(
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
    assert row.counterpart_iso3 == "GBR"


def test_garbled_text_and_no_names():
    row = resolve(relations_doc(["|||@@@ ### ¤¤¤ ...", "-   ¿¿ 12 34 ––"]))
    assert row.counterpart_iso3 is None
    assert row.counterpart_evidence


def test_subject_is_taken_from_the_document():
    # the same sentence names a different counterpart in another country's article
    row = resolve(
        relations_doc(["-   Mexico has an embassy in Nairobi."], region="Americas"),
        "Foreign_relations_of_Kenya.md",
    )
    assert row.counterpart_iso3 == "MEX"
    row = resolve(
        relations_doc(["-   Kenya has an embassy in Mexico City."], region="Americas"),
        "Foreign_relations_of_Kenya.md",
    )
    assert row.counterpart_iso3 == "MEX"


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
    assert gazetteer().country("Congo") == {"COG", "COD"}
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
    row = resolve(
        relations_doc(
            [
                "Turkish President Abdullah Gül made a 26–28 June official visit to Bishkek where he met "
                "with Kyrgyz President Kurmanbek Bakiev."
            ],
            region="Asia",
        ),
        "Foreign_relations_of_Turkey.md",
    )
    assert (row.counterpart_iso3, row.counterpart_method) == ("KGZ", "sole-mention")


def test_leftover_table_attributes_do_not_hide_the_sentence():
    # Ireland, Africa: < style="background: silver;" |Ireland does not maintain diplomatic ...
    row = resolve(
        relations_doc(
            [
                '< style="background: silver;" |Ireland does not maintain diplomatic relations with the '
                "Central African Republic."
            ]
        ),
        "Foreign_relations_of_Ireland.md",
    )
    assert (row.counterpart_iso3, row.counterpart_method) == ("CAF", "subject-sentence")
