"""The codes other datasets join on: beside every country column of every table, its
Correlates of War (`*_cow`) and Gleditsch-Ward (`*_gw`) state codes."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.knowledge.codes import CountryCodes
from pipeline.knowledge.files import read_data
from pipeline.records import MembershipRecord, RecognitionRecord, RelationRecord
from pipeline.resolve.codes import coded_row, with_country_codes
from schemas import TABLES
from schemas.codes import companions
from schemas.iso3 import historic_iso3_codes, iso3_codes
from tests.documents import article


@pytest.fixture(scope="module")
def codes() -> CountryCodes:
    return CountryCodes.from_data()


@pytest.mark.parametrize(
    ("iso3", "cow", "gw"),
    [
        ("USA", 2, 2),
        ("RUS", 365, 365),
        ("DEU", 255, 260),  # COW: Germany; GW: continues the German Federal Republic
        ("SRB", 345, 340),  # COW: continues Yugoslavia; GW: Serbia
        ("CZE", 316, 316),  # the Czech Republic, not Czechoslovakia (315)
        ("YEM", 679, 678),  # GW continues the Yemen Arab Republic
        ("VNM", 816, 816),  # the Democratic Republic of Vietnam, not the Republic (817)
        ("XKX", 347, 347),
        ("TWN", 713, 713),
        ("SUN", 365, 365),  # former states by their ISO 3166-3 codes
        ("CSK", 315, 315),
        ("DDR", 265, 265),
        ("PSE", None, None),  # no state code in either list
        ("ESH", None, None),
        ("GUM", None, None),  # a territory
    ],
)
def test_known_codes(codes, iso3, cow, gw):
    assert (codes.cow_of(iso3), codes.gw_of(iso3)) == (cow, gw)


def test_no_code_for_a_missing_country(codes):
    assert codes.cow_of(None) is None
    assert codes.gw_of(pd.NA) is None


def test_cow_file_codes_are_iso_codes_and_each_names_one_state():
    rows = read_data("cow_codes.csv")
    known = iso3_codes() | historic_iso3_codes()
    coded = [r["iso3"] for r in rows if r["iso3"]]
    assert set(coded) <= known
    assert len(coded) == len(set(coded))
    by_code: dict[str, set[str]] = {}
    for r in rows:
        by_code.setdefault(r["cow_code"], set()).add(r["cow_abb"])
    assert all(len(abbs) == 1 for abbs in by_code.values())  # one COW state per code


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_country_column_has_both_companions(table):
    spec = TABLES[table]
    columns = {c.name: c for c in spec.columns}
    for col in spec.columns:
        if col.name.endswith("_iso3"):
            cow, gw = companions(col.name)
            position = spec.names.index(col.name)
            assert spec.names[position + 1 : position + 3] == [cow, gw]
            for name in (cow, gw):
                assert columns[name].kind == "int"
                assert columns[name].nullable
                assert columns[name].doc


def test_a_row_gets_codes_beside_each_country_column():
    codes = CountryCodes(cow={"AZE": 373}, gw={"AZE": 373})
    row = {"sender_iso3": "AZE", "host_iso3": "PSE", "counterpart_candidates": ["AZE"]}
    assert with_country_codes(row, codes) == {
        "sender_iso3": "AZE",
        "sender_cow": 373,
        "sender_gw": 373,
        "host_iso3": "PSE",
        "host_cow": None,
        "host_gw": None,
        "counterpart_candidates": ["AZE"],
    }


def test_a_record_gets_the_same_row_in_one_pass(codes):
    """`coded_row` is `with_country_codes` of `as_row`, key order included."""
    member = MembershipRecord(
        doc_id="d", source_line=3, extractor="x", rule="r", evidence="e", member_iso3="AZE",
        org_id=None, org_name="GUAM", org_known=False, standing="member", date=None,
        date_precision=None,
        date_text=None, section="", source_lines=[3], fact_id="f",
    )  # fmt: skip
    relation = RelationRecord(
        doc_id="d", source_line=1, extractor="x", evidence="e", end_line=1, subject_iso3="AZE",
        region=None, section="", table_index=0, row_index=0, table_kind="relations",
        table_header="", cells=["Iran"], country_text="Iran", began_text=None, notes_text=None,
        ref_ids=[], empty_row=False, counterpart_iso3="XKX",
        counterpart_candidates=["IRN"],
    )  # fmt: skip
    for record in (member, relation):
        expected = with_country_codes(record.as_row(), codes)
        got = coded_row(record, codes)
        assert got == expected
        assert list(got) == list(expected)


def test_published_tables_carry_the_codes(tmp_path: Path, codes):
    folder = tmp_path / "in"
    folder.mkdir()
    doc = folder / "Foreign_relations_of_Serbia.md"
    rows = [("Germany", "1951", "Germany has an embassy in Belgrade.")]
    doc.write_text(article("Serbia", rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", "--output", str(out), "--quiet", "--workers", "0", str(doc)]) == 0
    missions = pd.read_parquet(out / "latest" / "missions.parquet")
    germany = missions[missions.sender_iso3 == "DEU"].iloc[0]
    assert (germany.sender_cow, germany.sender_gw) == (255, 260)
    assert (germany.host_cow, germany.host_gw) == (345, 340)
    documents = pd.read_parquet(out / "latest" / "documents.parquet")
    assert (documents.subject_cow[0], documents.subject_gw[0]) == (345, 340)


def test_a_dated_relation_carries_the_codes_of_its_date(codes):
    """Germany's relations begun before 3 October 1990 are the Federal Republic's (260), those
    before 1945 the Reich's (255); undated ones and footnote dates get today's code."""

    def coded(began: dt.date | None, source: str | None = "table-cell") -> dict:
        record = RelationRecord(
            doc_id="d", source_line=1, extractor="x", evidence="e", end_line=1,
            subject_iso3="DEU", region=None, section="", table_index=0, row_index=0,
            table_kind="relations", table_header="", cells=["Yemen"], country_text="Yemen",
            began_text=None, notes_text=None, ref_ids=[], empty_row=False,
            counterpart_iso3="YEM", began=began, began_source=source,
        )  # fmt: skip
        row = coded_row(record, codes)
        assert row == with_country_codes(record.as_row(), codes)
        return row

    row = coded(dt.date(1972, 5, 1))
    assert (row["subject_cow"], row["counterpart_cow"]) == (260, 678)
    assert row["subject_gw"] == 260  # GW codes are today's
    row = coded(dt.date(1930, 1, 1))
    assert row["subject_cow"] == 255
    row = coded(dt.date(1991, 1, 1))
    assert (row["subject_cow"], row["counterpart_cow"]) == (255, 679)
    for undated in (coded(None), coded(dt.date(1972, 5, 1), "footnote-date")):
        assert (undated["subject_cow"], undated["counterpart_cow"]) == (255, 679)


def test_a_dated_membership_or_recognition_carries_the_codes_of_its_date(codes):
    """Not only relations: a fact with a `date` is about the state of that date. Germany
    joining in 1955 is the Federal Republic (260); Yemen recognised in 1962 is the Yemen Arab
    Republic (678); the same facts undated carry today's codes (255, 679)."""

    def member(when: dt.date | None) -> dict:
        record = MembershipRecord(
            doc_id="d", source_line=3, extractor="x", rule="r", evidence="e",
            member_iso3="DEU", org_id="NATO", org_name="NATO", org_known=True,
            standing="member", date=when,
            date_precision="year" if when else None, date_text=None, section="",
            source_lines=[3], fact_id="f",
        )  # fmt: skip
        row = coded_row(record, codes)
        assert row == with_country_codes(record.as_row(), codes)
        return row

    def recognition(when: dt.date | None) -> dict:
        record = RecognitionRecord(
            fact_id="f", doc_id="d", source_line=1, extractor="x", evidence="e", rule="r",
            recognizer_iso3="DEU", recognized_iso3="YEM", recognized_name="Yemen", date=when,
            date_precision="year" if when else None, date_text=None, ordinal=None,
            ordinal_text=None, ordinal_is_approximate=None, after_iso3=None, section="",
            source_lines=[1],
        )  # fmt: skip
        row = coded_row(record, codes)
        assert row == with_country_codes(record.as_row(), codes)
        return row

    assert member(dt.date(1955, 5, 9))["member_cow"] == 260
    assert member(None)["member_cow"] == 255
    dated = recognition(dt.date(1962, 1, 1))
    assert (dated["recognizer_cow"], dated["recognized_cow"]) == (260, 678)
    undated = recognition(None)
    assert (undated["recognizer_cow"], undated["recognized_cow"]) == (255, 679)
    assert dated["recognized_gw"] == undated["recognized_gw"]  # GW codes are today's


def test_a_recognized_successor_of_a_dissolved_state_keeps_its_own_code(codes):
    """Slovakia recognised in December 1992 is Slovakia (317), not Czechoslovakia (315), though
    a Czech or Slovak relation dated then is Czechoslovakia's."""
    row = {"recognizer_iso3": "BGR", "recognized_iso3": "SVK", "date": dt.date(1992, 12, 23)}
    coded = with_country_codes(row, codes)
    assert coded["recognized_cow"] == 317
    event = {"subject_iso3": "SVK", "counterpart_iso3": "MEX", "date": dt.date(1922, 1, 1)}
    assert with_country_codes(event, codes)["subject_cow"] == 315


def test_the_spells_place_dates_in_the_state_system(codes):
    assert codes.spell_on("EST", dt.date(1919, 1, 1)) == (366, 0)
    assert codes.spell_on("EST", dt.date(1992, 1, 1)) == (366, 1)
    assert codes.spell_on("EST", dt.date(1960, 1, 1)) is None
    assert codes.date_flag("EST", dt.date(1960, 1, 1)) == "outside-state-system"
    assert codes.date_flag("ROU", dt.date(1396, 1, 1)) == "before-state-system"
    # Czechoslovakia (1918) is the Czech Republic's predecessor: 1920 is no "before"
    assert codes.cow_on("CZE", dt.date(1920, 1, 1)) == 315
    assert codes.date_flag("CZE", dt.date(1920, 1, 1)) is None
    assert codes.date_flag("PSE", dt.date(1920, 1, 1)) is None  # no COW code: no flag
    assert codes.date_flag("FRA", None) is None


def test_every_listed_state_has_its_spells_and_they_do_not_overlap(codes):
    """The 217 states of cow_codes.csv, and no other, have spells (states2016: 243)."""
    listed = {int(r["cow_code"]) for r in read_data("cow_codes.csv")}
    assert set(codes.spells) == listed
    assert sum(len(s) for s in codes.spells.values()) == 243
    for spells in codes.spells.values():
        for (_, end), (start, _) in itertools.pairwise(spells):
            assert end is not None and end < start
