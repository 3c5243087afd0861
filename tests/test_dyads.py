"""Dyads: each pair of states as both their articles state it, in both directions, with the
articles' agreement shown and never averaged, and the facts behind every value."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.derive import derived_tables
from pipeline.derive.dyads import representation_level
from pipeline.run import run
from schemas import TABLES
from tests.conftest import facts
from tests.documents import article

#: three short articles: Chile and Peru agree on 1990 (one gives the day), Chile and Bolivia
#: differ on the year, only Chile's article speaks of Argentina and of Bhutan
ARTICLES = {
    "Chile": [
        ("Peru", "1990", "Chile has an embassy in Lima. Peru has an embassy in Santiago."),
        ("Bolivia", "1 May 1992", "Chile has a consulate-general in La Paz."),
        ("Argentina", "1850", "Chile has an embassy in Buenos Aires."),
        ("Bhutan", "", "Chile and Bhutan do not have diplomatic relations."),
    ],
    "Peru": [("Chile", "3 March 1990", "Peru has an embassy in Santiago.")],
    "Bolivia": [
        ("Chile", "1993", "Chile is accredited to Bolivia from its embassy in Lima, Peru.")
    ],
}
Row = dict[str, object]


@cache
def fact_rows() -> dict[str, list[Row]]:
    rows: dict[str, list[Row]] = {}
    for country, table in ARTICLES.items():
        tables = facts(article(country, table), f"Foreign_relations_of_{country}.md")
        for name, records in tables.items():
            rows.setdefault(name, []).extend(r.as_row() for r in records)
    return rows


@cache
def dyads() -> dict[tuple[str, str], Row]:
    rows = derived_tables(fact_rows())["dyads"]
    return {(str(r["iso3_1"]), str(r["iso3_2"])): r for r in rows}


def test_every_pair_an_article_names_is_there_in_both_directions():
    assert set(dyads()) == {
        (a, b)
        for pair in (("CHL", "PER"), ("BOL", "CHL"), ("ARG", "CHL"), ("BTN", "CHL"))
        for a, b in (pair, pair[::-1])
    }


def test_the_two_directions_mirror_each_other():
    there, back = dyads()[("CHL", "PER")], dyads()[("PER", "CHL")]
    for column in ("docs", "status", "began", "relation_fact_ids", "mission_fact_ids"):
        assert there[f"{column}_a"] == back[f"{column}_b"]
        assert there[f"{column}_b"] == back[f"{column}_a"]
    assert (there["DR_at_1"], there["DR_at_2"]) == (back["DR_at_2"], back["DR_at_1"])
    assert there["agreement"] == back["agreement"]


def test_years_that_agree_at_different_precision_agree():
    row = dyads()[("CHL", "PER")]
    assert row["docs_a"] == ["Foreign_relations_of_Chile"]
    assert row["docs_b"] == ["Foreign_relations_of_Peru"]
    assert (row["began_precision_a"], row["began_precision_b"]) == ("year", "day")
    assert row["began_agreement"] == row["status_agreement"] == row["agreement"] == "agree"


def test_a_conflict_keeps_both_years():
    row = dyads()[("CHL", "BOL")]
    assert row["began_a"].year == 1992 and row["began_b"].year == 1993  # type: ignore[union-attr]
    assert row["began_agreement"] == row["agreement"] == "conflict"
    assert row["status_agreement"] == "agree"


def test_what_only_one_article_states_is_one_sided():
    row = dyads()[("CHL", "ARG")]
    assert row["docs_b"] == [] and row["relation_fact_ids_b"] == []
    assert row["status_b"] is None and row["began_b"] is None
    assert row["status_agreement"] == row["began_agreement"] == row["agreement"] == "one-sided"


def test_embassy_columns_say_what_each_article_says_and_nothing_more():
    chile_in_peru = dyads()[("CHL", "PER")]
    assert chile_in_peru["embassy_a"] is True
    assert chile_in_peru["mission_cities_a"] == ["Lima"]
    assert chile_in_peru["embassy_b"] is None  # Peru's article is silent: not stated, not false
    peru_in_chile = dyads()[("PER", "CHL")]
    assert peru_in_chile["embassy_a"] is peru_in_chile["embassy_b"] is True
    assert peru_in_chile["mission_cities_a"] == peru_in_chile["mission_cities_b"] == ["Santiago"]
    chile_in_bolivia = dyads()[("CHL", "BOL")]
    assert chile_in_bolivia["embassy_a"] is None  # a consulate says nothing of an embassy
    assert chile_in_bolivia["mission_kinds_a"] == ["consulate-general"]
    assert chile_in_bolivia["mission_cities_a"] == ["La Paz"]
    assert chile_in_bolivia["embassy_b"] is False  # accredited from Lima
    assert chile_in_bolivia["mission_kinds_b"] == []


def test_representation_levels_in_the_cow_codes():
    chile_in_bolivia = dyads()[("CHL", "BOL")]
    assert chile_in_bolivia["DR_at_2"] == 3  # an ambassador accredited from Lima
    assert chile_in_bolivia["DR_at_1"] is None  # Bolivia's representation in Chile: untold
    assert chile_in_bolivia["DE"] == 1
    bhutan = dyads()[("CHL", "BTN")]
    assert bhutan["status_a"] == "none"
    assert (bhutan["DR_at_1"], bhutan["DR_at_2"], bhutan["DE"]) == (0, 0, 0)


@pytest.mark.parametrize(
    ("kind", "status", "rule", "level"),
    [
        ("embassy", "open", "has-mission", 3),
        ("high-commission", "opened", "opened-mission", 3),
        ("embassy", "represented-via", "represented-via", 3),
        ("embassy", "represented-via", "interests-represented-by", 9),
        ("trade-office", "open", "has-mission", 9),
        ("consulate-general", "open", "has-mission", None),
        ("embassy", "planned", "planned-mission", None),
        ("embassy", "closed", "mission-closed", None),
    ],
)
def test_representation_level_of_a_mission(kind, status, rule, level):
    assert representation_level({"kind": kind, "status": status, "rule": rule}) == level


def test_every_fact_id_is_a_fact_of_the_side_it_is_given_for():
    rows = fact_rows()
    where = {
        str(r["fact_id"]): str(r["doc_id"])
        for name in ("relations", "missions", "prose_missions")
        for r in rows[name]
    }
    for row in dyads().values():
        for side in ("a", "b"):
            ids = [*row[f"relation_fact_ids_{side}"], *row[f"mission_fact_ids_{side}"]]  # type: ignore[misc]
            assert {where[i] for i in ids} <= set(row[f"docs_{side}"])  # type: ignore[call-overload]


def test_the_run_publishes_dyads_that_pass_their_schema(tmp_path: Path):
    for country, table in ARTICLES.items():
        (tmp_path / f"Foreign_relations_of_{country}.md").write_text(
            article(country, table), encoding="utf-8"
        )
    report = run([tmp_path], tmp_path / "out", workers=0)
    assert report.published is not None and not report.skipped
    table = pq.read_table(report.published.path / "dyads.parquet")
    assert table.schema.names == TABLES["dyads"].names
    keys = list(zip(table["iso3_1"].to_pylist(), table["iso3_2"].to_pylist(), strict=True))
    assert keys == sorted(dyads())
    # COW state codes (states2016): Chile 155, Peru 135, Bolivia 145, Argentina 160, Bhutan 760
    cow = {"CHL": 155, "PER": 135, "BOL": 145, "ARG": 160, "BTN": 760}
    for row in table.to_pylist():
        assert (row["ccode1"], row["ccode2"]) == (cow.get(row["iso3_1"]), cow.get(row["iso3_2"]))


def test_facts_read_back_from_a_version_give_the_same_derived_tables():
    """A rerun reuses unchanged documents' facts from the Parquet files, in the tables' order:
    the derived tables must not depend on it."""
    from pipeline.publish import frame_table

    rows = fact_rows()
    read_back = {
        name: list(reversed(frame_table(name, TABLES[name].frame(records)).to_pylist()))
        for name, records in rows.items()
    }
    assert derived_tables(read_back) == derived_tables(rows)


def test_an_article_of_a_past_period_speaks_for_no_side():
    rows = fact_rows()
    past = {
        **rows,
        "documents": [
            {**d, "past_period": d["doc_id"] == "Foreign_relations_of_Bolivia"}
            for d in rows["documents"]
        ],
    }
    keys = {(str(r["iso3_1"]), str(r["iso3_2"])): r for r in derived_tables(past)["dyads"]}
    assert keys[("CHL", "BOL")]["docs_b"] == []
    assert keys[("CHL", "BOL")]["began_agreement"] == "one-sided"


def test_a_first_establishment_and_a_re_establishment_are_not_a_conflict():
    """Estonia's article dates its relations with Lithuania 1919, Lithuania's 1991 restored."""
    from pipeline.derive.dyads import dyad_rows

    def relation(doc: str, subject: str, other: str, year: int, kind: str) -> dict:
        return {
            "fact_id": f"{doc}-{other}",
            "doc_id": doc,
            "source_line": 10,
            "subject_iso3": subject,
            "counterpart_iso3": other,
            "status": "established",
            "status_rule": None,
            "began": dt.date(year, 1, 1),
            "began_precision": "year",
            "began_source": "table-cell",
            "began_kind": kind,
        }

    documents = [
        {
            "doc_id": "Foreign_relations_of_Estonia",
            "subject_iso3": "EST",
            "subject_is_state": True,
            "past_period": False,
        },
        {
            "doc_id": "Foreign_relations_of_Lithuania",
            "subject_iso3": "LTU",
            "subject_is_state": True,
            "past_period": False,
        },
    ]
    facts = {
        "documents": documents,
        "relations": [
            relation("Foreign_relations_of_Estonia", "EST", "LTU", 1919, "established"),
            relation("Foreign_relations_of_Lithuania", "LTU", "EST", 1991, "re-established"),
        ],
        "missions": [],
    }
    (row, back) = dyad_rows(facts)
    assert (row["began_kind_a"], row["began_kind_b"]) == ("established", "re-established")
    assert row["began_agreement"] == back["began_agreement"] == "different-events"
    same_kind = [dict(r, began_kind="established") for r in facts["relations"]]
    (row, _) = dyad_rows({**facts, "relations": same_kind})
    assert row["began_agreement"] == "conflict"


def test_a_cow_style_extract_has_the_diplomatic_exchange_columns_by_name(tmp_path: Path):
    """ccode1, ccode2, DR_at_1, DR_at_2, DE: the names and integer codes of the COW Diplomatic
    Exchange data, so the two can be put side by side without renaming."""
    for country, table in ARTICLES.items():
        (tmp_path / f"Foreign_relations_of_{country}.md").write_text(
            article(country, table), encoding="utf-8"
        )
    report = run([tmp_path], tmp_path / "out", workers=0)
    assert report.published is not None
    dipex = pq.read_table(
        report.published.path / "dyads.parquet",
        columns=["ccode1", "ccode2", "DR_at_1", "DR_at_2", "DE"],
    )
    assert all(str(t) == "int64" for t in dipex.schema.types)
    rows = dipex.to_pylist()
    chile_peru = next(r for r in rows if (r["ccode1"], r["ccode2"]) == (155, 135))
    assert chile_peru["DE"] == 1 and chile_peru["DR_at_2"] == 3  # Chile's embassy in Lima


def test_each_direction_shows_what_each_article_says_of_the_mission():
    chile_in_bolivia = dyads()[("CHL", "BOL")]
    # Chile's article names only a consulate-general: no diplomatic mission stated
    assert chile_in_bolivia["mission_at_2_a"] == "unstated"
    assert chile_in_bolivia["mission_at_2_b"] == "non-resident"  # accredited from Lima
    assert chile_in_bolivia["mission_at_2_agreement"] == "one-sided"
    assert chile_in_bolivia["mission_at_1_a"] == chile_in_bolivia["mission_at_1_b"] == "unstated"
    assert chile_in_bolivia["mission_at_1_agreement"] is None
    peru_in_chile = dyads()[("PER", "CHL")]
    assert peru_in_chile["mission_at_2_a"] == peru_in_chile["mission_at_2_b"] == "resident"
    assert peru_in_chile["mission_at_2_agreement"] == "agree"
    bhutan = dyads()[("CHL", "BTN")]  # "do not have diplomatic relations"
    assert bhutan["mission_at_2_a"] == bhutan["mission_at_1_a"] == "none"


def test_a_non_resident_accreditation_never_counts_as_resident():
    chile_in_bolivia = dyads()[("CHL", "BOL")]
    assert chile_in_bolivia["DR_at_2"] == 3  # COW-style: an accredited ambassador
    assert chile_in_bolivia["DR_resident_at_2"] == 0  # but no mission located in Bolivia
    assert chile_in_bolivia["DR_resident_at_1"] is None  # nothing stated: not 0
    peru_in_chile = dyads()[("PER", "CHL")]
    assert peru_in_chile["DR_resident_at_2"] == peru_in_chile["DR_at_2"] == 3


#: Croatia's article places Armenia's embassy in Zagreb, Armenia's in Rome (non-resident)
DISAGREEING = {
    "Croatia": [("Armenia", "1992", "Armenia has an embassy in Zagreb.")],
    "Armenia": [
        ("Croatia", "1992", "Armenia is represented in Croatia through its embassy in Rome.")
    ],
}


def test_a_mission_disagreement_is_a_conflict_and_never_agree():
    rows: dict[str, list[Row]] = {}
    for country, table in DISAGREEING.items():
        tables = facts(article(country, table), f"Foreign_relations_of_{country}.md")
        for name, records in tables.items():
            rows.setdefault(name, []).extend(r.as_row() for r in records)
    got = {(str(r["iso3_1"]), str(r["iso3_2"])): r for r in derived_tables(rows)["dyads"]}
    armenia_in_croatia = got[("ARM", "HRV")]
    assert armenia_in_croatia["began_agreement"] == "agree"  # both say 1992
    assert (armenia_in_croatia["mission_at_2_a"], armenia_in_croatia["mission_at_2_b"]) == (
        "non-resident",
        "resident",
    )
    assert armenia_in_croatia["mission_at_2_agreement"] == "conflict"
    assert armenia_in_croatia["agreement"] == "conflict"
    assert got[("HRV", "ARM")]["mission_at_1_agreement"] == "conflict"
    assert got[("HRV", "ARM")]["agreement"] == "conflict"


def _relation(doc: str, subject: str, other: str, began: dt.date) -> Row:
    return {
        "fact_id": f"{doc}-{other}",
        "doc_id": doc,
        "source_line": 10,
        "subject_iso3": subject,
        "counterpart_iso3": other,
        "status": "established",
        "status_rule": None,
        "began": began,
        "began_precision": "day",
        "began_source": "table-cell",
        "began_kind": "established",
    }


def _pair(a: tuple[str, str, dt.date], b: tuple[str, str, dt.date]) -> tuple[Row, Row]:
    from pipeline.derive.dyads import dyad_rows
    from pipeline.knowledge.codes import CountryCodes

    docs = [
        {"doc_id": f"Foreign_relations_of_{s}", "subject_iso3": s, "subject_is_state": True}
        for s, _, _ in (a, b)
    ]
    relations = [_relation(f"Foreign_relations_of_{s}", s, o, d) for s, o, d in (a, b)]
    facts_ = {"documents": docs, "relations": relations, "missions": []}
    (row, back) = dyad_rows(facts_, CountryCodes.from_data())
    return row, back


def test_dates_in_different_spells_of_the_state_system_are_different_events():
    """Estonia's and Lithuania's first spells end in 1940; 1919 and 1991 (even before the
    second spell opens on 6 September) date different events, whatever words came with them."""
    row, back = _pair(("EST", "LTU", dt.date(1919, 1, 1)), ("LTU", "EST", dt.date(1991, 6, 16)))
    assert row["began_agreement"] == back["began_agreement"] == "different-events"
    row, _ = _pair(("EST", "LTU", dt.date(1993, 1, 1)), ("LTU", "EST", dt.date(1991, 9, 6)))
    assert row["began_agreement"] == "conflict"  # one spell, two years: a real disagreement


def test_a_date_before_a_state_entered_the_system_is_flagged():
    row, _ = _pair(("FRA", "ROU", dt.date(1396, 1, 1)), ("ROU", "FRA", dt.date(1880, 1, 1)))
    assert row["began_flag_a"] == "before-state-system"  # Romania entered in 1878
    assert row["began_flag_b"] is None
    row, _ = _pair(("DEU", "IND", dt.date(1951, 3, 7)), ("IND", "DEU", dt.date(1951, 3, 7)))
    # the Federal Republic existed but entered the system in 1955: outside it, not before
    assert row["began_flag_a"] == row["began_flag_b"] == "outside-state-system"
    assert (row["ccode1"], row["ccode2"]) == (255, 750)  # today's codes in the dyads


def test_a_date_before_the_state_system_against_one_after_is_not_a_conflict():
    row, _ = _pair(("FRA", "ROU", dt.date(1396, 1, 1)), ("ROU", "FRA", dt.date(1880, 1, 1)))
    assert row["began_agreement"] == "different-events"
    # both before Mexico entered the system (1831): a real disagreement on one event
    row, _ = _pair(("MEX", "USA", dt.date(1825, 1, 1)), ("USA", "MEX", dt.date(1822, 12, 12)))
    assert row["began_flag_a"] == row["began_flag_b"] == "before-state-system"
    assert row["began_agreement"] == "conflict"


def test_a_year_is_before_a_state_only_if_all_of_it_is():
    """Armenia entered the system on 26 December 1991: "1991" (a year) may be after it."""
    from pipeline.derive.dyads import dyad_rows
    from pipeline.knowledge.codes import CountryCodes

    docs = [
        {"doc_id": f"Foreign_relations_of_{s}", "subject_iso3": s, "subject_is_state": True}
        for s in ("ARM", "CYP")
    ]
    relations = [
        {**_relation("Foreign_relations_of_ARM", "ARM", "CYP", dt.date(1992, 3, 18))},
        {
            **_relation("Foreign_relations_of_CYP", "CYP", "ARM", dt.date(1991, 1, 1)),
            "began_precision": "year",
        },
    ]
    (row, _) = dyad_rows(
        {"documents": docs, "relations": relations, "missions": []}, CountryCodes.from_data()
    )
    assert row["began_flag_b"] is None
    assert row["began_agreement"] == "conflict"  # 1992 against 1991: one event, two years
