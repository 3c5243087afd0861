"""Facts of the reference document: missions, recognitions, memberships, "no relations",
relation dates, claims and references, each against the sentence that states it."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.missions import claims_of
from pipeline.extract.sentences import sentences_of
from pipeline.facts import extract_layout
from pipeline.model import Paragraph
from tests.conftest import reference_line


@pytest.fixture(scope="module")
def facts(reference_layout):
    return extract_layout(reference_layout)


def _claims(text: str):
    return [c for s in sentences_of([Paragraph(text, 1, 1)]) for c in claims_of(s)]


def _missions_at(facts, line):
    return [m for m in facts["missions"] if m["source_line"] == line]


# -- missions --------------------------------------------------------------------------------------


def test_embassy_since_a_date(facts):
    # -   Azerbaijan has an embassy in Tokyo since 12 October 2005.[61]
    (m,) = _missions_at(facts, 160)
    assert (m["sender_iso3"], m["host_iso3"], m["city"], m["kind"], m["status"]) == (
        "AZE",
        "JPN",
        "Tokyo",
        "embassy",
        "opened",
    )
    assert (m["date"], m["date_precision"]) == (dt.date(2005, 10, 12), "day")


def test_two_missions_in_one_sentence(facts):
    # -   Iran has an embassy in Baku and a consulate-general in Nakhchivan City.
    got = [(m["city"], m["kind"]) for m in _missions_at(facts, 150)]
    assert got == [("Baku", "embassy"), ("Nakhchivan City", "consulate-general")]
    assert {m["sender_iso3"] for m in _missions_at(facts, 150)} == {"IRN"}


def test_accredited_from_a_third_country(facts):
    # -   Uruguay is accredited to Azerbaijan from its embassy in Tehran, Iran.
    (m,) = _missions_at(facts, 127)
    assert (m["sender_iso3"], m["host_iso3"], m["city"], m["status"], m["via_iso3"]) == (
        "URY",
        "AZE",
        "Tehran",
        "accredited-from",
        "IRN",
    )


def test_represented_through_a_third_country(facts):
    # -   Azerbaijan is represented in Nicaragua through its embassy in Havana,Cuba.
    (m,) = _missions_at(facts, 105)
    assert (m["sender_iso3"], m["host_iso3"], m["city"], m["status"], m["via_iso3"]) == (
        "AZE",
        "NIC",
        "Havana",
        "represented-via",
        "CUB",
    )


def test_demonym_and_season(facts):
    # -   The Greek embassy in Baku was opened in the spring of 1993.[94]
    (m,) = _missions_at(facts, 285)
    assert (m["sender_iso3"], m["host_iso3"], m["status"]) == ("GRC", "AZE", "opened")
    assert (m["date"], m["date_precision"]) == (dt.date(1993, 1, 1), "year")
    assert m["date_note"] == "spring of the year"
    # -   Azerbaijani embassy in Seoul.[72]
    (m,) = _missions_at(facts, 197)
    assert (m["sender_iso3"], m["host_iso3"], m["city"]) == ("AZE", "KOR", "Seoul")


def test_planned_consulate(facts):
    # Azerbaijan also announced that it will open another consulate-general in Yekaterinburg.
    (m,) = [m for m in _missions_at(facts, 189) if m["city"] == "Yekaterinburg"]
    assert (m["kind"], m["status"], m["host_iso3"]) == ("consulate-general", "planned", "RUS")


def test_economic_office_embassy_office_and_honorary(facts):
    assert _missions_at(facts, 325)[0]["kind"] == "economic-office"  # North Macedonia
    assert _missions_at(facts, 342)[0]["kind"] == "embassy-office"  # Spain has an embassy office
    assert _missions_at(facts, 345)[0]["kind"] == "honorary-consulate"  # Sweden has an honorary


def test_non_resident_embassy_covers_the_rows_counterpart(facts):
    # Sweden row: -   Azerbaijan has a non-resident embassy in London.[106]
    (m,) = _missions_at(facts, 344)
    assert (m["sender_iso3"], m["host_iso3"], m["city"], m["kind"], m["status"], m["via_iso3"]) == (
        "AZE",
        "SWE",
        "London",
        "non-resident-embassy",
        "accredited-from",
        "GBR",
    )


def test_host_named_as_a_country(facts):
    # -   Azerbaijan has en embassy in Hungary since September 2004.
    (m,) = _missions_at(facts, 293)
    assert (m["host_iso3"], m["city"], m["date"], m["date_precision"]) == (
        "HUN",
        None,
        dt.date(2004, 9, 1),
        "month",
    )


def test_closed_mission_from_the_corpus():
    # Belarus operated an embassy in Tripoli between 2000 and 2014 (corpus)
    (c,) = _claims("Belarus operated an embassy in Tripoli between 2000 and 2014.")
    assert (c.sender, c.city_country, c.status, c.date_text) == ("BLR", "LBY", "closed", "2014")


def test_negated_sentences_are_not_missions(facts):
    # -   Azerbaijan does not have an accreditation to Venezuela.
    assert _missions_at(facts, 129) == []
    assert _claims("Azerbaijan does not have an accreditation to Venezuela.") == []
    assert _claims("Senegal is not represented in Croatia.") == []
    assert _claims("Romania has no diplomatic office in Cambodia") == []


def test_footnote_titles_and_link_lists_are_citations(facts):
    # [99] Italian embassy in Azerbaijan ; External links: -   U.S. Embassy in Azerbaijan in Baku
    refs = {r["ref_id"]: r for r in facts["references"]}
    assert refs[99]["text"] == "Italian embassy in Azerbaijan"
    footnote_lines = {n["source_line"] for n in facts["references"]}
    assert not any(m["source_line"] in footnote_lines for m in facts["missions"])
    links = next(i for i in range(1, 800) if reference_line(i) == "External links")
    assert reference_line(links + 2) == "-   U.S. Embassy in Azerbaijan in Baku"
    assert not any(m["source_line"] >= links for m in facts["missions"])


def test_every_mission_is_in_a_notes_cell(facts):
    assert len(facts["missions"]) == 101
    assert all(m["relation_line"] is not None for m in facts["missions"])


# -- recognitions ----------------------------------------------------------------------------------

RECOGNITIONS = [
    # (line, recognizer, recognized, date, ordinal, after)
    (119, "USA", "AZE", dt.date(1991, 12, 25), None, None),
    (140, "CHN", "AZE", dt.date(1992, 12, 27), None, None),
    (152, "IRN", "AZE", dt.date(1992, 1, 4), None, None),
    (157, "ISR", "AZE", dt.date(1991, 12, 25), 1, None),
    (159, "JPN", "AZE", dt.date(1991, 12, 28), None, None),
    (175, "PAK", "AZE", None, 2, "TUR"),
    (249, "BGR", "AZE", dt.date(1992, 1, 14), None, None),
    (257, "AZE", "CYP", None, None, None),
    (262, "CZE", "AZE", dt.date(1992, 1, 8), None, None),
    (284, "GRC", "AZE", dt.date(1991, 12, 31), None, None),
    (292, "HUN", "AZE", dt.date(1991, 12, 26), None, None),
    (310, "AZE", "LVA", dt.date(1991, 8, 30), None, None),
    (311, "LVA", "AZE", dt.date(1992, 1, 8), None, None),
    (314, "AZE", "LTU", dt.date(1991, 9, 10), None, None),
    (315, "LTU", "AZE", dt.date(1991, 12, 20), None, None),
    (357, "TUR", "AZE", None, 1, None),
]


@pytest.mark.parametrize(("line", "who", "whom", "date", "ordinal", "after"), RECOGNITIONS)
def test_each_recognition_of_the_reference_document(facts, line, who, whom, date, ordinal, after):
    (rec,) = [r for r in facts["recognitions"] if r["source_line"] == line]
    assert (rec["recognizer_iso3"], rec["recognized_iso3"], rec["date"]) == (who, whom, date)
    assert (rec["ordinal"], rec["after_iso3"]) == (ordinal, after)
    if date:
        assert rec["date_precision"] == "day"
    assert "recogni" in reference_line(line)


def test_no_other_recognitions(facts):
    assert len(facts["recognitions"]) == len(RECOGNITIONS)
    # "In 2004, Azerbaijan threatened to formally recognize the TRNC" is a threat, not an act;
    # "Pakistan does not recognize Armenia as a state" is negated
    assert not any(r["recognized_iso3"] == "ARM" for r in facts["recognitions"])
    israel = next(r for r in facts["recognitions"] if r["recognizer_iso3"] == "ISR")
    assert israel["ordinal_is_approximate"] and israel["ordinal_text"] == "one of the first"


# -- memberships -----------------------------------------------------------------------------------

PARTICIPATION = [
    "AsDB",
    "BSEC",
    "CE",
    "CIS",
    "EAPC",
    "EBRD",
    "ECE",
    "ECO",
    "ESCAP",
    "FAO",
    "GUAM",
    "IAEA",
    "IBRD",
    "ICAO",
    "ICRM",
    "IDA",
    "IDB",
    "IFAD",
    "IFC",
    "IFRCS",
    "ILO",
    "IMF",
    "IMO",
    "Interpol",
    "IOC",
    "IOM",
    "ISO",
    "ITU",
    "ITUC",
    "OAS",
    "OIC",
    "OPCW",
    "OSCE",
    "PFP",
    "UN",
    "UNCTAD",
    "UNESCO",
    "UNIDO",
    "UPU",
    "WCO",
    "WFTU",
    "WHO",
    "WIPO",
    "WMO",
    "WToO",
    "WTrO",
]


def _subject_memberships(facts):
    return {(m["org_id"], m["status"]) for m in facts["memberships"] if m["member_iso3"] == "AZE"}


@pytest.mark.parametrize("org", PARTICIPATION)
def test_every_organization_of_the_participation_list(facts, org):
    statuses = {s for o, s in _subject_memberships(facts) if o == org}
    expected = {"ISO": "correspondent", "OAS": "observer", "WTrO": "observer"}.get(org, "member")
    assert expected in statuses


def test_prose_memberships_of_the_first_paragraph(facts):
    # Azerbaijan is a member of the United Nations, ..., the Council of Europe, CFE Treaty, the
    # Community of Democracies; the International Monetary Fund; and the World Bank.
    orgs = {m["org_id"] for m in facts["memberships"] if 1 in m["source_lines"]}
    assert {
        "UN",
        "NAM",
        "OSCE",
        "PFP",
        "EAPC",
        "WHO",
        "EBRD",
        "CE",
        "CFE",
        "CD",
        "IMF",
        "WB",
    } <= orgs


def test_both_countries_and_capacities(facts):
    got = {(m["member_iso3"], m["org_id"], m["status"]) for m in facts["memberships"]}
    # -   Both countries are full members of the Economic Cooperation Organization (ECO) and
    #     the Organisation of Islamic Cooperation (OIC).   (Iran row)
    assert {("IRN", "ECO", "member"), ("IRN", "OIC", "member")} <= got
    # -   Also Azerbaijan is a full member of the Council of Europe, Belarus is a candidate.
    # -   Belarus is a full member of the Non-Aligned Movement (NAM), Azerbaijan is an observer
    assert {("BLR", "CE", "candidate"), ("BLR", "NAM", "member"), ("AZE", "NAM", "observer")} <= got
    # ... Japan is an observer member of the CoE and a partner for co-operation of the OSCE
    assert {("JPN", "CE", "observer"), ("JPN", "OSCE", "partner")} <= got


def test_unknown_acronyms_are_kept_and_flagged(tmp_path):
    from tests.conftest import layout_of

    layout = layout_of(
        "\n\nInternational organization participation\n\n"
        "AsDB, BSEC, CE, CIS, XYZO (observer), UN, WHO\n",
        "Foreign_relations_of_Azerbaijan.md",
    )
    found = extract_layout(layout)["memberships"]
    unknown = [m for m in found if not m["org_known"]]
    assert [(m["org_name"], m["status"], m["org_id"]) for m in unknown] == [
        ("XYZO", "observer", None)
    ]


# -- relations: no relations, dates, status ----------------------------------------------------------

NO_RELATIONS = [
    "BRB",
    "BWA",
    "CAF",
    None,
    "KIR",
    "FSM",
    "NAM",
    "PLW",
    "PNG",
    "WSM",
    "STP",
    "TZA",
    "TON",
]


def test_each_no_relations_entry(facts):
    listed = [r for r in facts["relations"] if r["table_kind"] == "no-relations-list"]
    states = [r for r in listed if r["section"].endswith("States")]
    assert [r["counterpart_iso3"] for r in states] == NO_RELATIONS
    assert [reference_line(r["source_line"]) for r in states][:2] == [
        "-   Barbados",
        "-   Botswana",
    ]
    congo = states[3]
    assert congo["country_text"] == "Congo" and congo["counterpart_candidates"] == ["COD", "COG"]
    assert all(r["status"] == "none" for r in listed)
    others = [r for r in listed if r["section"].endswith("Other entities")]
    assert others[0]["counterpart_name"] == "Sovereign Military Order of Malta"


def test_armenia_has_no_relations_today_but_began_in_1918(facts):
    (armenia,) = [r for r in facts["relations"] if r["source_line"] == 217]
    assert armenia["counterpart_iso3"] == "ARM"
    assert armenia["status"] == "none"
    assert (armenia["began"], armenia["began_precision"], armenia["began_source"]) == (
        dt.date(1918, 1, 1),
        "year",
        "table-cell",
    )
    assert armenia["began_note"] == "range 1918–1921"


def test_began_from_the_cited_footnotes_publication_date(facts):
    # |  | [17] |  ; [17] Азербайджан установил дипотношения с Республикой Малави _Day.Az_ 27 Мая 2004
    (malawi,) = [r for r in facts["relations"] if r["source_line"] == 47]
    assert (malawi["began"], malawi["began_precision"], malawi["began_source"]) == (
        dt.date(2004, 5, 27),
        "day",
        "footnote-date",
    )
    # [49] ... _1NEWS.az_ 12.03.2010: numeric and Russian, so day first
    (lucia,) = [r for r in facts["relations"] if r["source_line"] == 113]
    assert lucia["began"] == dt.date(2010, 3, 12)


def test_began_from_a_sentence():
    from pipeline.extract.relations import relation_rows
    from pipeline.resolve.counterpart import resolve_counterparts
    from tests.conftest import layout_of, relations_doc

    layout = layout_of(
        relations_doc(
            [
                "-   Diplomatic relations between Armenia and Niger were established on "
                "26 November 2016.[79]"
            ],
            region="Africa",
        ),
        "Foreign_relations_of_Armenia.md",
    )
    rows = relation_rows(layout)
    resolve_counterparts(rows, layout)
    from pipeline.extract.began import began_of

    began = began_of(rows[0], layout, has_missions=False)
    assert (began.date.date, began.source, began.status) == (
        dt.date(2016, 11, 26),
        "sentence",
        "established",
    )


def test_cyprus_status_none(facts):
    (cyprus,) = [r for r in facts["relations"] if r["source_line"] == 257]
    assert (cyprus["counterpart_iso3"], cyprus["status"]) == ("CYP", "none")


# -- claims and references ---------------------------------------------------------------------------


def test_count_claims_are_checked_against_the_document(facts):
    by_line = {c["source_line"]: c for c in facts["claims"]}
    # Azerbaijan currently has diplomatic relations with 158 countries:[3][4] Afghanistan, ...
    c158 = by_line[13]
    assert (c158["value"], c158["listed_count"], c158["consistency"]) == (
        158,
        54,
        "document-lists-fewer",
    )
    # As of 2017, Azerbaijan maintains diplomatic relations with 178[122] states ...
    c178 = by_line[401]
    assert (c178["value"], c178["as_of"], c178["as_of_precision"]) == (
        178,
        dt.date(2017, 1, 1),
        "year",
    )
    assert c178["consistency"] == "document-lists-fewer"


def test_references_are_parsed(facts):
    refs = {r["ref_id"]: r for r in facts["references"]}
    # [8] Азербайджан установил ... '' "Рол"'' 31 мая 2004 г.
    assert (refs[8]["publisher"], refs[8]["date"], refs[8]["language"]) == (
        "Рол",
        dt.date(2004, 5, 31),
        "ru",
    )
    # [6]  JPost.com|access-date=2017-05-03}}  (leftover template markup)
    assert refs[6]["title"] == "JPost.com"
    assert refs[6]["access_date"] == dt.date(2017, 5, 3) and refs[6]["date"] is None
    assert "|" not in refs[6]["text"] and "}}" not in refs[6]["text"]
    # [23] Azərbaycan ilə Toqo arasında diplomatik əlaqələr qurulub. _Trend_. 29 December 2010.
    assert (refs[23]["publisher"], refs[23]["date"], refs[23]["language"]) == (
        "Trend",
        dt.date(2010, 12, 29),
        "az",
    )
    # [127] Aserbaidschan: Die Kaviar-Diplomatie (German). Der Tagesspiegel. Retrieved August 3, 2013
    assert refs[127]["date"] is None and refs[127]["access_date"] == dt.date(2013, 8, 3)


@pytest.mark.parametrize(
    ("sentence", "subject", "counterpart", "status"),
    [
        # Finland, Europe (corpus)
        ("Finland broke off diplomatic relations on September 20, 1944.", "FIN", "HUN", "severed"),
        # Indonesia, Europe: a restoration wins over the break it mentions
        (
            "In 1999, Indonesia and Portugal restored diplomatic relations, which were broken off "
            "following the Indonesian invasion of East Timor.",
            "IDN",
            "PRT",
            "established",
        ),
        # the Czech Republic, Asia
        (
            "Relations between Czechoslovakia and Japan were broken off in 1939, and not "
            "re-established until 1957.",
            "CZE",
            "JPN",
            "established",
        ),
        # Panama, Asia: the break is with a third state
        (
            "On June 12, 2017, President Juan Carlos Varela announced that Panama has established "
            "diplomatic relations with the People's Republic of China and severed ties with Taiwan.",
            "PAN",
            "CHN",
            "established",
        ),
        # Cuba, Asia: negated
        (
            "Cuba didn't succumb to Arab pressure to sever relations with Israel.",
            "CUB",
            "ISR",
            "unknown",
        ),
        # Germany, Asia
        (
            "There are no diplomatic relations between Bhutan and Germany, but consular relations "
            "have existed since 2000.",
            "DEU",
            "BTN",
            "none",
        ),
    ],
)
def test_relation_status(sentence, subject, counterpart, status):
    from pipeline.extract.began import _status
    from pipeline.extract.relations import RelationRow
    from pipeline.model import Row

    row = RelationRow(
        doc_id="d",
        subject_iso3=subject,
        region=None,
        section="",
        table_index=1,
        row_index=1,
        source_line=1,
        end_line=1,
        table_kind="bilateral",
        table_header="",
        cells=[],
        country_text=None,
        began_text=None,
        notes_text=None,
        ref_ids=[],
        row=Row((), 1, 1),
        counterpart_iso3=counterpart,
        sentences=sentences_of([Paragraph(sentence, 1, 1)]),
    )
    assert _status(row, dated=False)[0] == status


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Cyprus, Europe: a time phrase before the sender
        (
            "Since 1994, Cyprus has an embassy in Stockholm.",
            [("CYP", "SWE", "Stockholm", "embassy")],
        ),
        # Cyprus, Europe: two kinds of mission in one city
        (
            "Spain has an embassy and an honorary consulate in Nicosia.",
            [("ESP", "CYP", "Nicosia", "embassy"), ("ESP", "CYP", "Nicosia", "honorary-consulate")],
        ),
        # Turkey, Asia
        (
            "The Philippines established its resident embassy in Ankara in October 1991.",
            [("PHL", "TUR", "Ankara", "embassy")],
        ),
        # Romania (corpus): only the consulate exists
        (
            "Guinea has no embassy in Romania, only an honorary consulate in Bucharest.",
            [("GIN", "ROU", "Bucharest", "honorary-consulate")],
        ),
        # Denmark, Middle East: the covering mission's country named after "the"
        (
            "Denmark is represented in Qatar, through its embassy in the United Arab Emirates.",
            [("DNK", "QAT", None, "embassy")],
        ),
    ],
)
def test_more_mission_sentences_from_the_corpus(sentence, expected):
    got = [(c.sender, c.host or c.city_country, c.city, c.kind) for c in _claims(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Brazil, Asia: a list of cities, one of which is an ISO "country"
        (
            "Brazil has an embassy in Beijing and consulates-general in Guangzhou, Hong Kong and "
            "Shanghai.",
            [("Beijing", "CHN"), ("Guangzhou", "CHN"), (None, "HKG"), ("Shanghai", "CHN")],
        ),
        # Grenada (corpus): city, province, country
        ("Grenada has a consulate general in Toronto, Ontario, Canada.", [("Toronto", "CAN")]),
        # Libya under Gaddafi: the second clause has another subject
        (
            "Germany is represented in Libya with an embassy in Tripoli, while Libya has an embassy "
            "in Berlin.",
            [("Tripoli", "LBY")],
        ),
        # Chile, Americas: after the covering mission, the sender's own consulate
        (
            "Chile is accredited to Barbados from its embassy in Port of Spain, (Trinidad and "
            "Tobago) and maintains an honorary consulate in Bridgetown.",
            [("Port of Spain", "BRB"), ("Bridgetown", "BRB")],
        ),
    ],
)
def test_places_in_lists_and_clauses(sentence, expected):
    got = [(c.city, c.host or c.city_country) for c in _claims(sentence)]
    assert got == expected
