"""What the report shows, computed from one published version's Parquet files (and nothing
else): counts, the timeline, the embassy network, rows without a counterpart, dyad conflicts,
changes and coverage. Tables other helpers add (`dyads`, `coverage`, a `resident` column) are
used when present and said to be absent otherwise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from pipeline.diff import compute_changes, describe, read_tables, summary_counts
from pipeline.errors import DamagedVersion
from pipeline.published import parquet_files
from pipeline.versions import list_versions, read_manifest, verify_version

#: rows of a long table shown on the page; the rest are counted and named in the Parquet file
MAX_ROWS = 200
#: mission statuses of a mission located in its host (the others cover it from elsewhere or
#: are not there yet or any more), and the kind that says it is not resident
RESIDENT_STATUSES = ("open", "opened")
NON_RESIDENT_KINDS = ("non-resident-embassy",)
#: statuses of a resident mission that is not there today
NOT_YET_OR_GONE = ("planned", "closed")
#: relations.began_source whose date is an upper bound (relations began by then), not the start
UPPER_BOUND_SOURCES = ("footnote-date",)


#: the tables the report reads rows of (the others are only counted)
READ = frozenset(
    {"relations", "recognitions", "missions", "prose_missions", "dyads", "changes", "coverage"}
)


@dataclass(frozen=True)
class Section:
    """A table for the page: column names and rows of text, and how many rows were left out."""

    columns: list[str]
    rows: list[list[str]]
    omitted: int = 0


@dataclass
class ReportData:
    version: str
    manifest: dict[str, Any]
    counts: Section
    timeline: pd.DataFrame  # year, series, count
    timeline_note: str
    timeline_start: int | None
    edges: pd.DataFrame  # sender_iso3, host_iso3 (distinct resident missions)
    network_note: str
    top_hosts: Section
    top_senders: Section
    unresolved_reasons: pd.DataFrame  # reason, rows
    unresolved: Section
    unresolved_documents: Section
    unresolved_note: str
    dyads: Section | None
    dyads_note: str
    changes: pd.DataFrame  # table, change, count
    changes_note: str
    changes_text: list[str]
    coverage: Section | None
    coverage_note: str
    tables: dict[str, Path] = field(default_factory=dict)


def load(output: Path, version: str) -> ReportData:
    files = parquet_files(output, version)
    manifest = read_manifest(output, version)
    frames = {name: pd.read_parquet(path) for name, path in files.items() if name in READ}
    empty = pd.DataFrame()
    timeline, timeline_note = timeline_of(
        frames.get("relations", empty), frames.get("recognitions", empty)
    )
    start, hidden = timeline_start(timeline)
    if start is not None:
        timeline_note += f"; {hidden} from before {start} are left off the chart"
    missions = [frames[n] for n in ("missions", "prose_missions") if n in frames]
    edges, network_note = resident_edges(missions)
    reasons, unresolved = without_counterpart(frames.get("relations", empty))
    dyads, dyads_note = dyad_conflicts(frames.get("dyads"))
    changes, changes_note, changes_text = changes_of(output, version, manifest, frames)
    coverage, coverage_note = coverage_of(frames.get("coverage"))
    return ReportData(
        version=version,
        manifest=manifest,
        counts=counts_of(files),
        timeline=timeline,
        timeline_note=timeline_note,
        timeline_start=start,
        edges=edges,
        network_note=network_note,
        top_hosts=top(edges, "host_iso3", "sender_iso3", "hosts missions of"),
        top_senders=top(edges, "sender_iso3", "host_iso3", "has missions in"),
        unresolved_reasons=reasons,
        unresolved=unresolved,
        unresolved_documents=unresolved_by_document(frames.get("relations", empty)),
        unresolved_note=(
            "no relations rows in this version"
            if frames.get("relations", empty).empty
            else "every relations row has a counterpart"
        ),
        dyads=dyads,
        dyads_note=dyads_note,
        changes=changes,
        changes_note=changes_note,
        changes_text=changes_text,
        coverage=coverage,
        coverage_note=coverage_note,
        tables=files,
    )


def counts_of(files: dict[str, Path]) -> Section:
    from schemas import TABLES

    rows = []
    for name, path in files.items():
        spec = TABLES.get(name)
        rows.append([name, str(pq.read_metadata(path).num_rows), spec.doc if spec else ""])
    return Section(["table", "rows", "one row per / holds"], rows)


def text(value: object, limit: int = 160) -> str:
    """A cell as short readable text."""
    if value is None or (not isinstance(value, list | tuple) and _missing(value)):
        return ""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, list | tuple):
        shown = " | ".join(text(v, limit) for v in value)
    else:
        shown = str(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def section(
    frame: pd.DataFrame, columns: list[str] | None = None, limit: int = MAX_ROWS
) -> Section:
    columns = columns or list(frame.columns)
    shown = frame.head(limit)
    rows = [[text(v) for v in record] for record in shown[columns].itertuples(index=False)]
    return Section(columns, rows, max(0, len(frame) - limit))


def timeline_of(relations: pd.DataFrame, recognitions: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Per year: relations that began (each pair once per year, whichever article says it),
    relations dated only by a footnote's publication (began by then), and recognitions (each
    recognizer and recognized once per year)."""
    parts = []
    if not relations.empty and "began" in relations.columns:
        dated = relations[relations["began"].notna()].copy()
        dated["year"] = [d.year for d in dated["began"]]
        other = dated["counterpart_iso3"].fillna(dated["counterpart_name"]).fillna("?")
        dated["pair"] = [
            "-".join(sorted((str(a), str(b))))
            for a, b in zip(dated["subject_iso3"].fillna(dated["doc_id"]), other, strict=True)
        ]
        source = dated.get("began_source", pd.Series(index=dated.index, dtype="string"))
        bound = source.isin(UPPER_BOUND_SOURCES)
        started = dated[~bound]
        groups = [("relations began", started)]
        if "began_kind" in dated.columns:  # what the date marks: established, re-established ...
            kinds = started["began_kind"].astype("string").fillna("unknown")
            groups = [(f"relations began: {k}", started[kinds == k]) for k in sorted(set(kinds))]
        for label, rows in [*groups, ("relations began by (footnote date)", dated[bound])]:
            per_year = rows.drop_duplicates(["pair", "year"]).groupby("year").size()
            parts.append(pd.DataFrame({"year": per_year.index, "series": label, "count": per_year}))
    if not recognitions.empty:
        dated = recognitions[recognitions["date"].notna()].copy()
        dated["year"] = [d.year for d in dated["date"]]
        who = dated["recognized_iso3"].fillna(dated["recognized_name"])
        dated["pair"] = dated["recognizer_iso3"].astype(str) + ">" + who.astype(str)
        per_year = dated.drop_duplicates(["pair", "year"]).groupby("year").size()
        parts.append(
            pd.DataFrame({"year": per_year.index, "series": "recognitions", "count": per_year})
        )
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    if frame.empty:
        nothing = "no dated relations or recognitions"
        return pd.DataFrame(columns=["year", "series", "count"]), nothing
    totals = frame.groupby("series")["count"].sum()
    note = "; ".join(f"{series}: {n}" for series, n in totals.items())
    return frame.sort_values(["series", "year"]).reset_index(drop=True), note


def timeline_start(timeline: pd.DataFrame, share: float = 0.01) -> tuple[int | None, int]:
    """Where the timeline's axis starts: a few very early years (a treaty of 1386) would
    squeeze a century of relations into a sliver, so the earliest `share` of the counts is left
    off when it lies far (over 30 years) before the rest. The first year shown and how many
    counts are left off (None, 0: everything shown)."""
    if timeline.empty:
        return None, 0
    per_year = timeline.groupby("year")["count"].sum().sort_index()
    cumulative = per_year.cumsum()
    start = int(per_year.index[(cumulative > share * cumulative.iloc[-1]).argmax()])
    if start - int(per_year.index[0]) <= 30:
        return None, 0
    return start, int(per_year[per_year.index < start].sum())


def resident_edges(missions: list[pd.DataFrame]) -> tuple[pd.DataFrame, str]:
    """Distinct (sender, host) pairs where the sender has a mission located in the host today:
    the `resident` column where the version has one (less planned and closed missions), else
    the status and kind."""
    frames = [m for m in missions if not m.empty]
    if not frames:
        return pd.DataFrame(columns=["sender_iso3", "host_iso3"]), "no missions in this version"
    allm = pd.concat(frames, ignore_index=True)
    if "resident" in allm.columns:
        keep = allm["resident"].fillna(False).astype(bool) & ~allm["status"].isin(NOT_YET_OR_GONE)
        how = "the missions' resident flag, less those planned or closed"
    else:
        keep = allm["status"].isin(RESIDENT_STATUSES) & ~allm["kind"].isin(NON_RESIDENT_KINDS)
        statuses = " or ".join(RESIDENT_STATUSES)
        how = f"missions with status {statuses}, not non-resident embassies"
    edges = (
        allm.loc[keep & allm["sender_iso3"].notna() & allm["host_iso3"].notna()]
        .loc[:, ["sender_iso3", "host_iso3"]]
        .astype(str)
        .drop_duplicates()
        .sort_values(["host_iso3", "sender_iso3"])
        .reset_index(drop=True)
    )
    note = (
        f"{len(edges)} sender-host pairs from {int(keep.sum())} of {len(allm)} missions "
        f"(resident: {how}; table and prose missions)"
    )
    return edges, note


def top(edges: pd.DataFrame, by: str, other: str, verb: str, limit: int = 15) -> Section:
    if edges.empty:
        return Section([by, "states", verb], [])
    groups = edges.groupby(by)[other].apply(lambda s: sorted(s))
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    rows = [[str(k), str(len(v)), text(", ".join(v), 240)] for k, v in ranked[:limit]]
    return Section([by, "states", verb], rows, max(0, len(ranked) - limit))


def unresolved_by_document(relations: pd.DataFrame, limit: int = 20) -> Section:
    """The documents with the most relations rows without a counterpart."""
    columns = ["doc_id", "rows without counterpart", "relations rows", "share"]
    if relations.empty or "counterpart_kind" not in relations.columns:
        return Section(columns, [])
    per_doc = relations.groupby("doc_id").agg(
        missing=("counterpart_kind", lambda s: int(s.isna().sum())), total=("fact_id", "size")
    )
    per_doc = per_doc[per_doc["missing"] > 0].reset_index()
    per_doc = per_doc.sort_values(["missing", "doc_id"], ascending=[False, True])
    shown = per_doc.head(limit)
    rows = [
        [str(doc), str(missing), str(total), f"{int(missing) / int(total):.0%}"]
        for doc, missing, total in zip(
            shown["doc_id"], shown["missing"], shown["total"], strict=True
        )
    ]
    return Section(columns, rows, max(0, len(per_doc) - limit))


def without_counterpart(relations: pd.DataFrame) -> tuple[pd.DataFrame, Section]:
    """Relations rows whose counterpart is unknown, and why (`counterpart_evidence`)."""
    columns = ["doc_id", "source_line", "region", "cells", "counterpart_evidence", "fact_id"]
    if relations.empty or "counterpart_kind" not in relations.columns:
        return pd.DataFrame(columns=["reason", "rows"]), Section(columns, [])
    rows = relations[relations["counterpart_kind"].isna()].copy()
    evidence = rows["counterpart_evidence"].fillna("(no reason recorded)").astype(str)
    rows["reason"] = [e.split(": ", 1)[0][:80] for e in evidence]
    reasons = (
        rows.groupby("reason").size().rename("rows").reset_index().sort_values(["rows", "reason"])
    )
    rows = rows.sort_values(["doc_id", "source_line"])
    if "counterpart_candidates" in rows.columns:
        columns.insert(5, "counterpart_candidates")
    return reasons.reset_index(drop=True), section(rows, columns)


#: what a conflicting dyad is shown with: each a pair of columns, state 1's article then
#: state 2's, set side by side as "a / b" (the rest is in the file)
DYAD_SIDES = (
    ("status", "status_a", "status_b"),
    ("began", "began_a", "began_b"),
    ("1's mission in 2", "mission_at_2_a", "mission_at_2_b"),
    ("2's mission in 1", "mission_at_1_a", "mission_at_1_b"),
)
#: the agreement columns whose conflict a row is listed for
DYAD_AGREEMENTS = (
    ("status", "status_agreement"),
    ("began", "began_agreement"),
    ("1's mission in 2", "mission_at_2_agreement"),
    ("2's mission in 1", "mission_at_1_agreement"),
)


def dyad_conflicts(dyads: pd.DataFrame | None) -> tuple[Section | None, str]:
    """The dyads whose two articles conflict (`agreement == 'conflict'`), each unordered pair
    once when the table is directed (iso3_1, iso3_2): what each article says, side by side
    ("state 1's article / state 2's"), and on what they disagree."""
    if dyads is None:
        return None, "no dyads table in this version"
    if "agreement" not in dyads.columns:
        return None, f"the dyads table ({len(dyads)} rows) has no agreement column"
    counts = dyads["agreement"].astype("string").fillna("(null)").value_counts().sort_index()
    note = f"{len(dyads)} dyads: " + ", ".join(f"{k} {v}" for k, v in counts.items())
    conflicts = dyads[dyads["agreement"] == "conflict"]
    if {"iso3_1", "iso3_2"} <= set(dyads.columns):
        conflicts = conflicts[conflicts["iso3_1"].astype(str) < conflicts["iso3_2"].astype(str)]
        note += (
            f"; the {len(conflicts)} conflicting pairs, each once (state 1 first in "
            "alphabetical order), each cell as state 1's article / state 2's"
        )
    else:
        return section(conflicts), note
    sides = [(label, a, b) for label, a, b in DYAD_SIDES if {a, b} <= set(dyads.columns)]
    agreements = [(label, c) for label, c in DYAD_AGREEMENTS if c in dyads.columns]
    rows = []
    for record in conflicts.head(MAX_ROWS).to_dict("records"):
        row = [f"{record['iso3_1']}–{record['iso3_2']}"]
        row += [f"{_side(record[a])} / {_side(record[b])}" for _, a, b in sides]
        row.append(", ".join(label for label, c in agreements if record.get(c) == "conflict"))
        rows.append(row)
    columns = ["pair", *(label for label, _, _ in sides), "they disagree on"]
    return Section(columns, rows, max(0, len(conflicts) - MAX_ROWS)), note


def _side(value: object) -> str:
    """One article's value in a dyad cell: a date as its year, nothing stated as a dash."""
    if value is None or _missing(value):
        return "–"
    year = getattr(value, "year", None)
    return str(year) if year is not None else text(value, 40)


def changes_of(
    output: Path, version: str, manifest: dict[str, Any], frames: dict[str, pd.DataFrame]
) -> tuple[pd.DataFrame, str, list[str]]:
    """What changed since the previous version: the version's own `changes` table (what the run
    computed when it published), or, without it, computed again from the previous version."""
    previous = manifest.get("previous")
    if "changes" in frames:
        records = json.loads(frames["changes"].to_json(orient="records"))
        source = "the version's changes table"
    elif previous in list_versions(output) and _intact(output, str(previous)):
        records = compute_changes(read_tables(output, previous), read_tables(output, version))
        source = f"computed against {previous}"
    else:
        return pd.DataFrame(columns=["table", "change", "count"]), "no changes recorded", []
    counts = summary_counts(records)
    frame = pd.DataFrame(
        [(t, k, n) for t, kinds in counts.items() for k, n in kinds.items()],
        columns=["table", "change", "count"],
    )
    since = f"since version {previous}" if previous else "(first version: every fact is new)"
    unknown = manifest.get("changes_unknown") or []
    extra = f"; not compared (damaged before): {', '.join(unknown)}" if unknown else ""
    note = f"{len(records)} fact changes {since}, from {source}{extra}"
    return frame, note, describe(records, 10)


def _intact(output: Path, version: str) -> bool:
    """Whether a version still matches its manifest (changes are computed only against one
    that does)."""
    try:
        return not verify_version(output, version)[1]
    except DamagedVersion:
        return False


def coverage_of(coverage: pd.DataFrame | None) -> tuple[Section | None, str]:
    """Per fact family, totals of the facts only (facts, resolved, and the articles that state
    any): never of code columns or of claimed counts, which do not add up."""
    if coverage is None:
        return None, "no coverage table in this version"
    family = next((c for c in ("family", "fact_family", "table") if c in coverage.columns), None)
    summed = [c for c in COVERAGE_TOTALS if c in coverage.columns]
    if family and "facts" in summed:
        grouped = coverage.groupby(family, sort=True)
        totals = grouped[summed].sum()
        totals.insert(
            0, "articles stating any", grouped["facts"].apply(lambda s: int((s > 0).sum()))
        )
        totals = totals.reset_index()
        note = (
            f"{len(coverage)} rows; per {family}, the articles that state any and the totals "
            f"of {' and '.join(summed)} (what each article states reflects which articles are "
            "in the corpus: a fact no article of it states is absent, not false)"
        )
        return section(totals), note
    return section(coverage), f"{len(coverage)} rows"


#: the coverage columns that count facts, so add up over articles
COVERAGE_TOTALS = ("facts", "resolved")
