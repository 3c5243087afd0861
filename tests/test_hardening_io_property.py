"""Property tests of issue 21's hostile input on the reading side: any `asof` date text, any
manifest, any cache file bytes give an answer or one line, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import setup_cache
from pipeline.asof import parse_when
from pipeline.cli import main
from pipeline.errors import UsageError
from tests.documents import good_document


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.datetimes().map(dt.datetime.isoformat)))
def test_any_asof_date_text_is_a_time_or_one_usage_error(text):
    try:
        when = parse_when(text)
    except UsageError as exc:
        assert "\n" not in str(exc)
        return
    assert when.tzinfo is None


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
    st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59),
)
def test_a_time_with_an_offset_is_that_moment_in_utc(when, minutes):
    zone = dt.timezone(dt.timedelta(minutes=minutes))
    text = when.replace(tzinfo=zone).isoformat()
    assert parse_when(text) == when - dt.timedelta(minutes=minutes)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
FIELDS = st.dictionaries(
    st.sampled_from(
        [
            "tables",
            "changes",
            "inputs",
            "created",
            "reused",
            "previous",
            "files",
            "changes_unknown",
            "carried_over",
            "version",
            "pipeline_version",
        ]
    ),
    JSON,
    max_size=4,
)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("published")
    docs = [good_document(root / "in", "Chile"), good_document(root / "in", "Peru")]
    out = root / "out"
    assert main(["run", "--output", str(out), "--quiet", *map(str, docs)]) == 0
    return out, (out / "latest" / "manifest.json").read_text()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(FIELDS)
def test_any_manifest_is_read_or_said_damaged_in_one_line(published, capsys, fields):
    out, original = published
    path = out / "latest" / "manifest.json"
    path.write_text(json.dumps({**json.loads(original), **fields}))
    try:
        capsys.readouterr()
        for argv in (
            ["versions"],
            ["diff"],
            ["explain", "--doc", "x", "--line", "1"],
            ["report"],
        ):
            code = main([argv[0], "--output", str(out), *argv[1:]])
            err = capsys.readouterr().err
            assert "Traceback" not in err
            assert code in (0, 1, 2), (argv, code, err)
            if code:
                assert len(err.strip().splitlines()) == 1, err
    finally:
        path.write_text(original)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=200), st.booleans())
def test_any_cache_file_bytes_are_built_anew_unless_this_user_wrote_them(
    tmp_path, monkeypatch, content, framed
):
    folder = tmp_path / "cache"
    shutil.rmtree(folder, ignore_errors=True)
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(folder))
    monkeypatch.delenv("PIPELINE_CACHE", raising=False)
    setup_cache.cached("fuzz", lambda: {"v": 1}, dict)
    (path,) = folder.glob("fuzz-*.pickle")
    if framed:
        content = setup_cache.MAGIC + content
    path.write_bytes(content)
    assert setup_cache.cached("fuzz", lambda: {"v": 2}, dict) == {"v": 2}
    assert setup_cache.cached("fuzz", lambda: {"v": 3}, dict) == {"v": 2}
