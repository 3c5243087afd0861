"""The README's analyst snippets run as written against a published output of the reference
document. A snippet that reads a table the run did not publish (`dyads`, while it is being
built) is skipped, never passed."""

from __future__ import annotations

import contextlib
import io
import os
import re

import pytest

from tests.conftest import REPO
from tests.reference_run import reference_root

TABLE_FILE = re.compile(r"output/latest/(\w+)\.parquet")


def _python_blocks() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_readme_has_snippets():
    blocks = _python_blocks()
    assert len(blocks) >= 6
    assert any("import pandas" in b for b in blocks)
    assert any("import duckdb" in b for b in blocks)
    assert any("import polars" in b for b in blocks)
    assert any("dyads.parquet" in b for b in blocks)


@pytest.mark.parametrize("index", range(len(_python_blocks())))
def test_readme_snippet_runs(index):
    block = _python_blocks()[index]
    root = reference_root()
    missing = sorted(
        {
            name
            for name in TABLE_FILE.findall(block)
            if not (root / "output" / "latest" / f"{name}.parquet").is_file()
        }
    )
    if missing:
        pytest.skip(f"output/latest has no {', '.join(missing)}.parquet")
    here = os.getcwd()
    os.chdir(root)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(block, f"README snippet {index}", "exec"), {})
    finally:
        os.chdir(here)
