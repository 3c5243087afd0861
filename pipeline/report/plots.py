"""The report's pictures, drawn with matplotlib and inlined as SVG: no script and no file to
fetch when the page is opened, text kept as text, and the same data draws the same bytes (a
fixed hash salt, no date in the metadata)."""

from __future__ import annotations

import io
import re

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import Bbox

from pipeline.report.coast import land_polygons
from pipeline.report.geo import state_points

WIDTH = 9.0  # inches; the page scales the SVG to its column
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")
#: the relations series (by what their date marks, and footnote dates), apart from recognitions
RELATION_COLOURS = ("#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#17becf", "#bcbd22", "#7f7f7f")
SEA, LAND, COAST = "#f3f7fb", "#e6e4dc", "#a9a59a"
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


def network_map(edges: pd.DataFrame, labelled: int = 30) -> tuple[str, list[str]]:
    """Who hosts whom on a world map (land and coastlines from GSHHS, `coast.land_polygons`):
    a line from each sender's capital to its host's, hosts sized by the number of states with
    a mission there and labelled, the largest first, where a label overlaps no other. Also
    the states not drawn (no place known)."""
    points = state_points()
    figure = Figure(figsize=(WIDTH, WIDTH / 2))
    ax = figure.add_subplot()
    ax.set_facecolor(SEA)
    land = [np.asarray(p, dtype=float) for p in land_polygons()]
    ax.add_collection(
        PolyCollection(land, facecolors=LAND, edgecolors=COAST, linewidths=0.4, zorder=0)
    )
    every = pd.DataFrame(sorted(points.values()), columns=["lon", "lat"])
    ax.scatter(every["lon"], every["lat"], s=4, color="#9a9a9a", linewidths=0, zorder=1)
    drawn = edges[edges["sender_iso3"].isin(points) & edges["host_iso3"].isin(points)]
    missing = sorted((set(edges["sender_iso3"]) | set(edges["host_iso3"])) - set(points), key=str)
    segments = [[points[s], points[h]] for s, h in drawn.itertuples(index=False)]
    alpha = max(0.03, min(0.5, 20 / max(1, len(segments))))
    ax.add_collection(
        LineCollection(segments, colors=COLOURS[0], linewidths=0.5, alpha=alpha, zorder=2)
    )
    hosted = drawn.groupby("host_iso3").size().sort_values(ascending=False, kind="stable")
    xs = [points[h][0] for h in hosted.index]
    ys = [points[h][1] for h in hosted.index]
    sizes = [8 + 120 * n / max(1, hosted.max()) for n in hosted.values]
    ax.scatter(xs, ys, s=sizes, color=COLOURS[1], alpha=0.85, linewidths=0, zorder=3)
    senders = sorted(set(drawn["sender_iso3"]) - set(hosted.index))
    ax.scatter(
        [points[s][0] for s in senders],
        [points[s][1] for s in senders],
        s=6,
        color=COLOURS[0],
        zorder=3,
    )
    ax.set_xlim(-180, 180)
    ax.set_ylim(-60, 85)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    wanted = [(str(h), int(n), points[str(h)]) for h, n in hosted.items() if n > 1][:labelled]
    place_labels(ax, wanted)
    return svg(figure, "network"), missing


#: where a label may go around its point, in points: right, left, above, below, diagonals
LABEL_OFFSETS = (
    ((4, 2), "left", "bottom"),
    ((-4, 2), "right", "bottom"),
    ((4, -2), "left", "top"),
    ((-4, -2), "right", "top"),
    ((0, 6), "center", "bottom"),
    ((0, -6), "center", "top"),
)
#: room kept around each label (a fraction of its size): a browser's font may set it wider
LABEL_MARGIN = 0.25


def place_labels(ax: Axes, labels: list[tuple[str, int, tuple[float, float]]]) -> int:
    """Label the points in the order given (the most important first), each at the first
    place around it where it overlaps no label already placed and stays inside the axes; a
    label that fits nowhere is left off. The number placed."""
    figure = ax.get_figure()
    assert isinstance(figure, Figure)
    canvas = FigureCanvasAgg(figure)
    renderer = canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    taken: list[Bbox] = []
    placed = 0
    for name, count, point in labels:
        for offset, ha, va in LABEL_OFFSETS:
            label = ax.annotate(
                f"{name} {count}",
                point,
                xytext=offset,
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=7,
                zorder=4,
                bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7},
            )
            box = label.get_window_extent(renderer)
            room = box.expanded(1 + LABEL_MARGIN, 1 + LABEL_MARGIN)
            inside = frame.contains(box.x0, box.y0) and frame.contains(box.x1, box.y1)
            if inside and not any(room.overlaps(other) for other in taken):
                taken.append(room)
                placed += 1
                break
            label.remove()
    return placed


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
