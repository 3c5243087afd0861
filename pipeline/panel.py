"""`panel`: a dyad-year table in the columns of the Correlates of War Diplomatic Exchange data
(ccode1, ccode2, year, DR_at_1, DR_at_2, DE), from a published version's `dyads` and the
missions behind them.

The articles describe the relations at their snapshot; only some facts are dated. So each
value says where it comes from (`*_basis`): `dated` when a fact dated by then gives it (an
embassy opened in 2005 stands from 2005 on), `snapshot` when it holds only from the snapshot
on (an undated "X has an embassy in Y", "no diplomatic relations"); before that year an
undated fact says nothing, and the value is null, never 0. Each year's row carries the codes
of that year (Germany is the Federal Republic, 260, before 3 October 1990) and is written only
when both states were members of the state system at the year's end (COW's dyad-years).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.derive.dyads import EXISTING, LEVEL_ORDER, NON_RESIDENT, NONE, representation_level
from pipeline.knowledge.codes import CountryCodes

Row = dict[str, object]

#: the COW Diplomatic Exchange columns, in their order, then where each value comes from
COW_COLUMNS = ("ccode1", "ccode2", "year", "DR_at_1", "DR_at_2", "DE")
COLUMNS = (
    *COW_COLUMNS,
    "iso3_1",
    "iso3_2",
    "DR_at_1_basis",
    "DR_at_2_basis",
    "DE_basis",
    "DR_at_1_fact_ids",
    "DR_at_2_fact_ids",
    "snapshot_year",
)
SCHEMA = pa.schema(
    [
        ("ccode1", pa.int64()),
        ("ccode2", pa.int64()),
        ("year", pa.int64()),
        ("DR_at_1", pa.int64()),
        ("DR_at_2", pa.int64()),
        ("DE", pa.int64()),
        ("iso3_1", pa.string()),
        ("iso3_2", pa.string()),
        ("DR_at_1_basis", pa.string()),
        ("DR_at_2_basis", pa.string()),
        ("DE_basis", pa.string()),
        ("DR_at_1_fact_ids", pa.list_(pa.string())),
        ("DR_at_2_fact_ids", pa.list_(pa.string())),
        ("snapshot_year", pa.int64()),
    ]
)
DATED, SNAPSHOT = "dated", "snapshot"
MISSION_TABLES = ("missions", "prose_missions")


@dataclass(frozen=True)
class Holding:
    """A level a fact gives from a year on: the fact, its level, and whether it is dated."""

    since: int
    level: int
    basis: str
    fact_id: str


def panel_rows(
    dyads: Sequence[Row],
    missions: Mapping[str, Row],
    snapshot_of: Mapping[str, int],
    default_snapshot: int,
    first: int,
    last: int,
    codes: CountryCodes,
) -> list[Row]:
    """One row per unordered pair and year from `first` to `last` (both included), for the
    years both states were members of the state system, ordered by (year, ccode1, ccode2).
    `missions` holds the mission rows by fact_id, `snapshot_of` the snapshot year of each
    document (`documents.snapshot` or its revision's time); a pair whose articles' snapshot is
    unknown takes `default_snapshot` (the year the version was made)."""
    rows = []
    for dyad in dyads:
        one, two = str(dyad["iso3_1"]), str(dyad["iso3_2"])
        if one > two:
            continue  # each unordered pair once; its other direction mirrors it
        docs = [*_strings(dyad.get("docs_a")), *_strings(dyad.get("docs_b"))]
        snapshot = max((snapshot_of[d] for d in docs if d in snapshot_of), default=None)
        snapshot = snapshot or default_snapshot
        ids = [*_strings(dyad.get("mission_fact_ids_a")), *_strings(dyad.get("mission_fact_ids_b"))]
        facts = [missions[i] for i in dict.fromkeys(ids) if i in missions]
        at_1 = _holdings((m for m in facts if m["sender_iso3"] == two), snapshot)
        at_2 = _holdings((m for m in facts if m["sender_iso3"] == one), snapshot)
        none_1 = dyad.get("DR_at_1") == NONE
        none_2 = dyad.get("DR_at_2") == NONE
        for year in range(first, last + 1):
            end = dt.date(year, 12, 31)
            if codes.spell_on(one, end) is None or codes.spell_on(two, end) is None:
                continue
            c1, c2 = codes.cow_on(one, end), codes.cow_on(two, end)
            level_1 = _at(at_1, year, none_1 and year >= snapshot)
            level_2 = _at(at_2, year, none_2 and year >= snapshot)
            if c1 is not None and c2 is not None and c2 < c1:
                c1, c2, level_1, level_2 = c2, c1, level_2, level_1
                iso_1, iso_2 = two, one
            else:
                iso_1, iso_2 = one, two
            rows.append(_row(c1, c2, year, iso_1, iso_2, level_1, level_2, snapshot))
    return sorted(rows, key=lambda r: (r["year"], r["ccode1"], r["ccode2"]))


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def _holdings(missions: Iterable[Row], snapshot: int) -> list[Holding]:
    """The levels the missions give and from which year: a dated mission from its date's
    year, an undated one from the snapshot. Planned and closed missions give none."""
    out = []
    for m in missions:
        level = representation_level(m)
        if level is None or not (m["status"] in EXISTING or m["status"] in NON_RESIDENT):
            continue
        when = m.get("date")
        if isinstance(when, dt.date):
            out.append(Holding(when.year, level, DATED, str(m["fact_id"])))
        else:
            out.append(Holding(snapshot, level, SNAPSHOT, str(m["fact_id"])))
    return out


Level = tuple[int | None, str | None, list[str]]


def _at(holdings: list[Holding], year: int, no_relations: bool) -> Level:
    """The level in `year`: the highest that a fact holding by then gives (dated before
    snapshot when both give it), with the facts that give it; 0 from the snapshot when the
    articles say there are no relations and no mission is stated; else null."""
    held = [h for h in holdings if h.since <= year]
    if not held:
        return (NONE, SNAPSHOT, []) if no_relations else (None, None, [])
    top = max(LEVEL_ORDER[h.level] for h in held)
    best = [h for h in held if LEVEL_ORDER[h.level] == top]
    basis = DATED if any(h.basis == DATED for h in best) else SNAPSHOT
    return best[0].level, basis, sorted({h.fact_id for h in best})


def _row(
    c1: int | None,
    c2: int | None,
    year: int,
    iso_1: str,
    iso_2: str,
    level_1: Level,
    level_2: Level,
    snapshot: int,
) -> Row:
    (dr_1, basis_1, ids_1), (dr_2, basis_2, ids_2) = level_1, level_2
    de, de_basis = _exchange(level_1, level_2)
    return {
        "ccode1": c1,
        "ccode2": c2,
        "year": year,
        "DR_at_1": dr_1,
        "DR_at_2": dr_2,
        "DE": de,
        "iso3_1": iso_1,
        "iso3_2": iso_2,
        "DR_at_1_basis": basis_1,
        "DR_at_2_basis": basis_2,
        "DE_basis": de_basis,
        "DR_at_1_fact_ids": ids_1,
        "DR_at_2_fact_ids": ids_2,
        "snapshot_year": snapshot,
    }


def _exchange(a: Level, b: Level) -> tuple[int | None, str | None]:
    """COW's DE: 1 when either state is represented in the other, 0 when neither is; dated
    when a dated value alone gives it."""
    above = [basis for level, basis, _ in (a, b) if (level or 0) > 0]
    if above:
        return 1, DATED if DATED in above else SNAPSHOT
    if a[0] == NONE and b[0] == NONE:
        return 0, DATED if DATED in (a[1], b[1]) else SNAPSHOT
    return None, None


def read_panel(version: Path, first: int, last: int, codes: CountryCodes | None = None) -> pa.Table:
    """The panel of a published version's folder, as an Arrow table in `COLUMNS` order."""
    import json

    codes = codes or CountryCodes.from_data()
    dyads = pq.read_table(
        version / "dyads.parquet",
        columns=[
            "iso3_1",
            "iso3_2",
            "docs_a",
            "docs_b",
            "mission_fact_ids_a",
            "mission_fact_ids_b",
            "DR_at_1",
            "DR_at_2",
        ],
    ).to_pylist()
    missions: dict[str, Row] = {}
    for name in MISSION_TABLES:
        path = version / f"{name}.parquet"
        if path.exists():
            wanted = ["fact_id", "sender_iso3", "host_iso3", "kind", "status", "rule", "date"]
            for m in pq.read_table(path, columns=wanted).to_pylist():
                missions[str(m["fact_id"])] = m
    documents = pq.read_table(version / "documents.parquet").to_pylist()
    snapshot_of = {
        str(d["doc_id"]): year for d in documents if (year := _snapshot_year(d)) is not None
    }
    manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    made = int(str(manifest.get("created", ""))[:4] or dt.date.today().year)
    rows = panel_rows(dyads, missions, snapshot_of, made, first, last, codes)
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def _snapshot_year(document: Row) -> int | None:
    """The year of the text a document holds: its snapshot date or its revision's time."""
    snapshot = document.get("snapshot")
    if isinstance(snapshot, dt.date):
        return snapshot.year
    stamp = document.get("rev_timestamp")
    if isinstance(stamp, str) and stamp[:4].isdigit():
        return int(stamp[:4])
    return None


def write_panel(table: pa.Table, target: Path | None) -> str:
    """Writes the panel to `target` (Parquet, or CSV for a `.csv` name; lists of fact ids
    joined by spaces there), or CSV to stdout without one; says what it wrote."""
    import sys

    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    if target is not None and target.suffix.lower() != ".csv":
        pq.write_table(table, target)
        return f"wrote {table.num_rows} dyad-years to {target}"
    flat = table
    for name in ("DR_at_1_fact_ids", "DR_at_2_fact_ids"):
        joined = pc.binary_join(table[name], " ")
        flat = flat.set_column(flat.schema.get_field_index(name), name, joined)
    if target is None:
        sink = pa.BufferOutputStream()
        pacsv.write_csv(flat, sink)
        sys.stdout.write(sink.getvalue().to_pybytes().decode("utf-8"))
        return ""
    pacsv.write_csv(flat, target)
    return f"wrote {table.num_rows} dyad-years to {target}"
