"""Typed fact records: one class per table whose fields are the table's columns, one identity and
one merge policy each."""

from __future__ import annotations

import datetime as dt

from pipeline.records import (
    MissionRecord,
    RecognitionRecord,
    merged,
    with_fact_ids,
)
from schemas import TABLES


def test_missions_and_prose_missions_share_their_columns():
    assert TABLES["missions"].names == TABLES["prose_missions"].names


def mission(line: int, rule: str, date: dt.date | None = None, **kw) -> MissionRecord:
    values = dict(
        doc_id="d",
        source_line=line,
        extractor="missions.table-row",
        rule=rule,
        evidence=f"line {line}",
        sender_iso3="AZE",
        host_iso3="JPN",
        city="Tokyo",
        kind="embassy",
        kind_text="embassy",
        status="open",
        resident=True,
        via_iso3=None,
        date=date,
        date_precision="year" if date else None,
        date_text=str(date.year) if date else None,
        date_note=None,
        note=None,
        section="Asia",
        relation_line=line,
        source_lines=[line],
    )
    values.update(kw)
    return MissionRecord(**values)


def test_the_same_mission_stated_twice_is_one_fact_with_both_lines():
    (m,) = merged([mission(10, "has-mission"), mission(20, "opened-mission", dt.date(2005, 1, 1))])
    assert (m.source_line, m.source_lines, m.date) == (10, [10, 20], dt.date(2005, 1, 1))


def test_the_better_ranked_statement_gives_the_values():
    (m,) = merged(
        [
            mission(10, "has-mission"),
            mission(20, "accredited-from", status="accredited-from", via_iso3="CHN"),
        ]
    )
    assert (m.rule, m.status, m.via_iso3, m.source_line) == (
        "accredited-from",
        "accredited-from",
        "CHN",
        10,
    )


def test_a_moved_fact_keeps_its_id_and_different_facts_differ():
    (a,) = with_fact_ids("missions", [mission(10, "has-mission")])
    (b,) = with_fact_ids("missions", [mission(99, "has-mission")])
    (c,) = with_fact_ids("missions", [mission(10, "has-mission", city="Osaka")])
    assert a.fact_id == b.fact_id != c.fact_id


def recognition(date: dt.date | None, line: int = 1) -> RecognitionRecord:
    return RecognitionRecord(
        doc_id="d",
        source_line=line,
        extractor="recognitions.sentence",
        rule="recognized",
        evidence="",
        recognizer_iso3="BGR",
        recognized_iso3="EST",
        recognized_name="Estonia",
        date=date,
        date_precision="day" if date else None,
        date_text=None,
        ordinal=None,
        ordinal_text=None,
        ordinal_is_approximate=False,
        after_iso3=None,
        section="",
        source_lines=[line],
    )


def test_recognitions_with_different_dates_are_different_occasions():
    a, b, undated = (
        recognition(dt.date(1921, 5, 20)),
        recognition(dt.date(1991, 8, 26)),
        recognition(None, 5),
    )
    assert a.same_occasion(undated) and not a.same_occasion(b)
