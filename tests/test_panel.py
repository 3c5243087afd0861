"""`panel`: one row per pair of states and year, in the columns of the COW Diplomatic Exchange
data, each value saying whether a dated fact gives it or it holds only from the snapshot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.knowledge.codes import CountryCodes
from pipeline.panel import COW_COLUMNS, panel_rows
from tests.documents import article

#: the columns of the COW Diplomatic Exchange data set, v2006.1 (Diplomatic_Exchange_2006v1.csv)
DIPEX = ["ccode1", "ccode2", "year", "DR_at_1", "DR_at_2", "DE"]


@pytest.fixture(scope="module")
def codes() -> CountryCodes:
    return CountryCodes.from_data()


def _mission(fact_id: str, sender: str, host: str, status: str, when: dt.date | None) -> dict:
    return {
        "fact_id": fact_id, "sender_iso3": sender, "host_iso3": host, "kind": "embassy",
        "status": status, "rule": "has-mission", "date": when,
    }  # fmt: skip


def _dyad(one: str, two: str, ids: list[str], dr: tuple[int | None, int | None] = (None, None)):
    return {
        "iso3_1": one, "iso3_2": two, "docs_a": [f"Foreign_relations_of_{one}"], "docs_b": [],
        "mission_fact_ids_a": ids, "mission_fact_ids_b": [], "DR_at_1": dr[0], "DR_at_2": dr[1],
    }  # fmt: skip


def test_dated_facts_hold_from_their_year_undated_ones_from_the_snapshot(codes):
    missions = {
        "m1": _mission("m1", "DEU", "IND", "opened", dt.date(1980, 5, 1)),  # dated
        "m2": _mission("m2", "IND", "DEU", "open", None),  # undated: from the snapshot only
    }
    rows = panel_rows(
        [_dyad("DEU", "IND", ["m1", "m2"]), _dyad("IND", "DEU", [])],
        missions,
        {"Foreign_relations_of_DEU": 2024},
        2030,
        1979,
        2025,
        codes,
    )
    by_year = {r["year"]: r for r in rows}
    assert sorted(by_year) == list(range(1979, 2026))  # one row per unordered pair and year
    # Germany before 1990 is the Federal Republic (260), and 255 after; India is 750
    assert (by_year[1980]["ccode1"], by_year[1980]["ccode2"]) == (260, 750)
    assert (by_year[1991]["ccode1"], by_year[1991]["ccode2"]) == (255, 750)
    assert by_year[1979]["DR_at_2"] is None and by_year[1979]["DE"] is None  # nothing yet
    row = by_year[1980]  # state 1 (Germany) is represented in India from 1980: DR_at_2
    assert (row["DR_at_2"], row["DR_at_2_basis"], row["DR_at_2_fact_ids"]) == (3, "dated", ["m1"])
    assert (row["DR_at_1"], row["DE"], row["DE_basis"]) == (None, 1, "dated")
    assert by_year[2023]["DR_at_1"] is None  # India's undated embassy: not before the snapshot
    row = by_year[2024]
    assert (row["DR_at_1"], row["DR_at_1_basis"], row["DR_at_1_fact_ids"]) == (
        3,
        "snapshot",
        ["m2"],
    )
    assert row["snapshot_year"] == 2024


def test_a_year_outside_the_state_system_has_no_row_and_codes_are_ordered(codes):
    rows = panel_rows([_dyad("EST", "LTU", [], dr=(0, 0))], {}, {}, 2020, 1939, 1992, codes)
    years = [r["year"] for r in rows]
    assert years == [1939, 1991, 1992]  # out of the system from June 1940 to September 1991
    assert all((r["ccode1"], r["ccode2"]) == (366, 368) for r in rows)  # ccode1 < ccode2
    assert all(r["DR_at_1"] is None for r in rows)  # "no relations" holds from 2020 only


def test_the_panel_command_writes_the_cow_columns(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for country, rows in {
        "Chile": [("Peru", "1990", "Chile has an embassy in Lima.")],
        "Peru": [("Chile", "1990", "Peru has an embassy in Santiago.")],
    }.items():
        (folder / f"Foreign_relations_of_{country}.md").write_text(
            article(country, rows), encoding="utf-8"
        )
    out = tmp_path / "out"
    assert main(["run", "--quiet", "--workers", "0", "--output", str(out), str(folder)]) == 0
    target = tmp_path / "panel.parquet"
    assert main(["panel", "--output", str(out), "--from", "2000", "--to", "2001",
                 "--write", str(target)]) == 0  # fmt: skip
    panel = pd.read_parquet(target)
    assert list(panel.columns[: len(DIPEX)]) == DIPEX == list(COW_COLUMNS)
    assert panel[["ccode1", "ccode2", "year"]].values.tolist() == [
        [135, 155, 2000],
        [135, 155, 2001],
    ]
    assert panel["DR_at_1"].isna().all()  # undated embassies: nothing before the snapshot
    csv = tmp_path / "panel.csv"
    assert main(["panel", "--output", str(out), "--from", "2000", "--to", "2001",
                 "--write", str(csv)]) == 0  # fmt: skip
    assert list(pd.read_csv(csv).columns[:6]) == DIPEX


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2001", "--to", "2000"],
        ["--from", "nineteen", "--to", "2000"],
        ["--to", "2000"],
    ],
)
def test_a_wrong_range_is_a_usage_error(tmp_path: Path, args, capsys):
    assert main(["panel", "--output", str(tmp_path), *args]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_state_1_is_the_lower_code_as_in_cow(codes):
    missions = {"m": _mission("m", "CAN", "USA", "opened", dt.date(1927, 1, 1))}
    (row,) = panel_rows([_dyad("CAN", "USA", ["m"])], missions, {}, 2020, 1930, 1930, codes)
    assert (row["ccode1"], row["ccode2"], row["iso3_1"], row["iso3_2"]) == (2, 20, "USA", "CAN")
    # Canada's embassy in Washington: Canada (state 2) represented at state 1
    assert (row["DR_at_1"], row["DR_at_2"]) == (3, None)
