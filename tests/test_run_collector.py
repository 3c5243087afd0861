"""A run makes the garbage collector collect less often while it runs (its objects are many
and long-lived, its cycles few), and leaves the collector's thresholds as it found them, on
success and on failure alike."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import pipeline.run as run_module
from pipeline.run import run
from tests.conftest import extractors
from tests.documents import good_document


@pytest.fixture()
def thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_a_run_collects_rarely_and_restores_the_thresholds(tmp_path: Path, thresholds, monkeypatch):
    seen: list[tuple[int, int, int]] = []
    write = run_module.write_version

    def spying(*args, **kwargs):
        seen.append(gc.get_threshold())
        return write(*args, **kwargs)

    monkeypatch.setattr(run_module, "write_version", spying)
    doc = good_document(tmp_path / "in")
    report = run([doc], tmp_path / "out", extractors=extractors(), workers=0)
    assert report.published is not None
    assert seen and seen[0][0] > 700
    assert gc.get_threshold() == (700, 10, 10)


def test_a_failing_run_restores_them_too(tmp_path: Path, thresholds, monkeypatch):
    def failing(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(run_module, "write_version", failing)
    with pytest.raises(OSError):
        run([good_document(tmp_path / "in")], tmp_path / "out", extractors=extractors(), workers=0)
    assert gc.get_threshold() == (700, 10, 10)
