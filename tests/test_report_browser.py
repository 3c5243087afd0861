"""The report opened in headless Chromium (Debian package `chromium`; skipped without it): it
renders without console errors, loads nothing but itself, and its plots are drawn. The
screenshot is saved in the test's temporary directory and its path printed."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from tests.browser import Browser, chromium

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
