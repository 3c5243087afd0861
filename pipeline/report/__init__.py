"""`python -m pipeline report`: one self-contained HTML page per published version, written
beside its tables as `versions/<version>/report.html`.

The page is made from the version's Parquet files only. Its pictures are matplotlib SVG
inlined in the page (no script, no stylesheet or font to fetch), so it opens offline and prints
as it shows.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from pipeline.guarded_io import write_atomic
from pipeline.lock import output_lock
from pipeline.published import pick_version
from pipeline.report import plots
from pipeline.report.data import ReportData, load
from pipeline.versions import version_dir

REPORT_NAME = "report.html"


def breakable(value: str) -> Markup:
    """A document id that may wrap after its underscores."""
    return Markup("_<wbr>").join(escape(value).split("_"))


def render(data: ReportData) -> str:
    """The page's HTML."""
    pictures: dict[str, Markup | None] = dict.fromkeys(
        ("counts", "timeline", "network", "unresolved", "changes")
    )
    counts = [(row[0], int(row[1])) for row in data.counts.rows if row[0] != "changes"]
    pictures["counts"] = Markup(plots.counts_plot(counts))
    if not data.timeline.empty:
        pictures["timeline"] = Markup(plots.timeline_plot(data.timeline, data.timeline_start))
    missing: list[str] = []
    if not data.edges.empty:
        network, missing = plots.network_map(data.edges)
        pictures["network"] = Markup(network)
    if not data.unresolved_reasons.empty:
        pictures["unresolved"] = Markup(plots.reasons_plot(data.unresolved_reasons))
    if not data.changes.empty:
        pictures["changes"] = Markup(plots.changes_plot(data.changes))
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["breakable"] = breakable
    page = environment.get_template("page.html.j2")
    return page.render(d=data, plots=pictures, missing=missing)


def write_report(output: Path, version: str | None = None, *, wait: float = 0.0) -> Path:
    """Write the report of `version` (default: latest) and return its path. The output lock is
    held while writing, so that a run cannot prune the version meanwhile."""
    with output_lock(output, wait=wait):
        version = pick_version(output, version)
        html = render(load(output, version))
        target = version_dir(output, version) / REPORT_NAME
        write_atomic(target, html)  # never through a link planted at the target or beside it
    return target
