"""The report's pictures, drawn with matplotlib and inlined as SVG: no script and no file to
fetch when the page is opened, text kept as text, and the same data draws the same bytes (a
fixed hash salt, no date in the metadata)."""

from __future__ import annotations

import io
import re

import matplotlib as mpl
import pandas as pd
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from pipeline.report.geo import state_points

WIDTH = 9.0  # inches; the page scales the SVG to its column
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")
#: the relations series (by what their date marks, and footnote dates), apart from recognitions
RELATION_COLOURS = ("#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#17becf", "#bcbd22", "#7f7f7f")
PROLOG = re.compile(r"^.*?(?=<svg)", re.DOTALL)


def svg(figure: Figure, name: str) -> str:
    """The figure as an inline `<svg>` element (no XML prolog or DOCTYPE)."""
    with mpl.rc_context({"svg.hashsalt": name, "svg.fonttype": "none"}):
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    body = PROLOG.sub("", buffer.getvalue(), count=1)
    return body.replace("<svg ", f'<svg id="svg-{name}" role="img" aria-label="{name}" ', 1)


def counts_plot(counts: list[tuple[str, int]]) -> str:
    figure = Figure(figsize=(WIDTH, 0.35 * len(counts) + 0.8))
    ax = figure.add_subplot()
    names = [n for n, _ in counts][::-1]
    values = [v for _, v in counts][::-1]
    ax.barh(names, values, color=COLOURS[0])
    for y, v in enumerate(values):
        ax.annotate(f"{v:,}", (v, y), xytext=(3, 0), textcoords="offset points", va="center")
    ax.set_xlabel("rows")
    ax.spines[["top", "right"]].set_visible(False)
    return svg(figure, "counts")


def timeline_plot(timeline: pd.DataFrame, start: int | None = None) -> str:
    """Relations (began, and began-by for footnote dates) and recognitions per year, from
    `start` on when given."""
    figure = Figure(figsize=(WIDTH, 4.8))
    top, bottom = figure.subplots(2, 1, sharex=True)
    relations = timeline[timeline["series"].str.startswith("relations")]
    base = None
    series = relations.groupby("series", sort=True)
    for colour, (label, rows) in zip(RELATION_COLOURS, series, strict=False):
        heights = rows.set_index("year")["count"]
        bottoms = None if base is None else base.reindex(heights.index, fill_value=0)
        top.bar(heights.index, heights.values, bottom=bottoms, label=label, color=colour, width=0.9)
        base = heights if base is None else base.add(heights, fill_value=0)
    top.set_ylabel("pairs")
    top.set_title("diplomatic relations by the year they began", loc="left", fontsize=10)
    if not relations.empty:
        top.legend(frameon=False, fontsize=8)
    recognitions = timeline[timeline["series"] == "recognitions"]
    bottom.bar(recognitions["year"], recognitions["count"], color=COLOURS[2], width=0.9)
    bottom.set_ylabel("recognitions")
    bottom.set_title("recognitions by year", loc="left", fontsize=10)
    bottom.set_xlabel("year")
    if start is not None:
        bottom.set_xlim(start - 1, int(timeline["year"].max()) + 1)
    for ax in (top, bottom):
        ax.spines[["top", "right"]].set_visible(False)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    return svg(figure, "timeline")


def network_map(edges: pd.DataFrame, labelled: int = 12) -> tuple[str, list[str]]:
    """Who hosts whom on a map of capitals: a line from each sender's capital to its host's,
    hosts sized by the number of states with a mission there. Also the states not drawn (no
    place known)."""
    points = state_points()
    figure = Figure(figsize=(WIDTH, WIDTH / 2))
    ax = figure.add_subplot()
    every = pd.DataFrame(sorted(points.values()), columns=["lon", "lat"])
    for lon in range(-150, 181, 30):
        ax.axvline(lon, color="#eeeeee", linewidth=0.5, zorder=0)
    for lat in range(-60, 81, 30):
        ax.axhline(lat, color="#eeeeee", linewidth=0.5, zorder=0)
    ax.scatter(every["lon"], every["lat"], s=5, color="#b5b5b5", linewidths=0, label="states")
    drawn = edges[edges["sender_iso3"].isin(points) & edges["host_iso3"].isin(points)]
    missing = sorted((set(edges["sender_iso3"]) | set(edges["host_iso3"])) - set(points), key=str)
    segments = [[points[s], points[h]] for s, h in drawn.itertuples(index=False)]
    alpha = max(0.04, min(0.6, 30 / max(1, len(segments))))
    ax.add_collection(LineCollection(segments, colors=COLOURS[0], linewidths=0.6, alpha=alpha))
    hosted = drawn.groupby("host_iso3").size().sort_values(ascending=False)
    xs = [points[h][0] for h in hosted.index]
    ys = [points[h][1] for h in hosted.index]
    sizes = [8 + 120 * n / max(1, hosted.max()) for n in hosted.values]
    ax.scatter(xs, ys, s=sizes, color=COLOURS[1], alpha=0.8, linewidths=0, label="hosts")
    senders = sorted(set(drawn["sender_iso3"]) - set(hosted.index))
    ax.scatter(
        [points[s][0] for s in senders], [points[s][1] for s in senders], s=6, color=COLOURS[0]
    )
    for host, n in [(str(h), n) for h, n in hosted.items() if n > 1][:labelled]:
        ax.annotate(
            f"{host} {n}", points[host], xytext=(4, 3), textcoords="offset points", fontsize=7
        )
    ax.set_xlim(-180, 180)
    ax.set_ylim(-60, 85)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    return svg(figure, "network"), missing


def reasons_plot(reasons: pd.DataFrame) -> str:
    figure = Figure(figsize=(WIDTH, 0.35 * len(reasons) + 0.8))
    ax = figure.add_subplot()
    ax.barh([str(r) for r in reasons["reason"]], reasons["rows"], color=COLOURS[3])
    for y, n in enumerate(reasons["rows"]):
        ax.annotate(f"{n:,}", (n, y), xytext=(3, 0), textcoords="offset points", va="center")
    ax.set_xlabel("relations rows")
    ax.spines[["top", "right"]].set_visible(False)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return svg(figure, "unresolved")


def changes_plot(changes: pd.DataFrame) -> str:
    wide = changes.pivot_table(
        index="table", columns="change", values="count", aggfunc="sum", fill_value=0
    )
    wide = wide.iloc[::-1]  # the first table on top
    kinds = [k for k in ("added", "changed", "removed") if k in wide.columns]
    figure = Figure(figsize=(WIDTH, 0.35 * len(wide) + 0.9))
    ax = figure.add_subplot()
    left = pd.Series(0, index=wide.index)
    colours = {"added": COLOURS[2], "changed": COLOURS[1], "removed": COLOURS[3]}
    for kind in kinds:
        ax.barh(wide.index, wide[kind], left=left, label=kind, color=colours[kind])
        left = left + wide[kind]
    ax.legend(frameon=False, fontsize=8, ncols=len(kinds))
    ax.set_xlabel("facts")
    ax.spines[["top", "right"]].set_visible(False)
    return svg(figure, "changes")
