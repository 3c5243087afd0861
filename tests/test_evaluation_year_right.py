"""Recognitions "recall with the year right" (issue 19): a found label counts unless it writes a
date whose year the fact does not give; a label that writes no date has no year to get wrong."""

from __future__ import annotations

from pipeline.evaluation.__main__ import _sum
from pipeline.evaluation.gold import Gold, Row, score

DOC = "Foreign_relations_of_Ruritania"


def label(line: int, recognizer: str, date: str | None = None) -> Row:
    g: Row = {"doc": f"{DOC}.md", "line": line, "recognizer": recognizer, "recognized": "RUR"}
    if date is not None:
        g["date"] = date
    return g


def fact(line: int, recognizer: str, date: str | None) -> Row:
    return {
        "doc_id": DOC,
        "source_line": line,
        "source_lines": [line],
        "recognizer_iso3": recognizer,
        "recognized_iso3": "RUR",
        "date": date,
        "rule": "recognized",
    }


def test_wrong_years_and_misses_count_against_it_undated_labels_do_not():
    gold = Gold(
        "recognitions",
        (
            label(3, "FRA", "5 May 1991"),  # found, right year
            label(5, "DEU", "1992"),  # found, wrong year
            label(7, "ITA"),  # found, the label writes no date
            label(9, "ESP", "1993"),  # missed
        ),
    )
    facts = [fact(3, "FRA", "1991-05-05"), fact(5, "DEU", "1990"), fact(7, "ITA", "1995")]
    s = score("recognitions", gold, {"recognitions": facts}, {})
    assert s.recall == 3 / 4
    assert s.extra["recall_year_right"] == 2 / 4
    assert s.extra["date_year_acc"] == 1 / 2


def test_pooled_it_is_a_share_of_all_labels_not_of_the_matched_ones():
    one = score(
        "recognitions",
        Gold("recognitions", (label(3, "FRA", "1991"),)),
        {"recognitions": [fact(3, "FRA", "1991-01-01")]},
        {},
    )
    three_missed = score(
        "recognitions",
        Gold("recognitions", tuple(label(n, "FRA", "1991") for n in (3, 6, 9))),
        {"recognitions": []},
        {},
    )
    assert _sum("recognitions", [one, three_missed]).extra["recall_year_right"] == 1 / 4
