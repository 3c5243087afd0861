"""The README's analyst snippets run as written against a published output."""

from __future__ import annotations

import contextlib
import io
import os
import re

import pytest

from pipeline.cli import main
from tests.conftest import REPO


def _python_blocks() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_readme_has_snippets():
    assert len(_python_blocks()) >= 2


@pytest.mark.parametrize("index", range(2))
def test_readme_snippet_runs(tmp_path, index):
    assert main(["run", "--output", str(tmp_path / "output"), "--quiet"]) == 0
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(_python_blocks()[index], f"README snippet {index}", "exec"), {})
    finally:
        os.chdir(here)
