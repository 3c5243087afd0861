"""One run of the reference document, published into a temporary folder and shared by the
tests that only read what a version holds (tests that change files work on a copy)."""

from __future__ import annotations

import atexit
import contextlib
import io
import shutil
import tempfile
from functools import cache
from pathlib import Path

from pipeline.cli import main


@cache
def reference_root() -> Path:
    """A folder whose `output/` holds one published version of the reference document."""
    root = Path(tempfile.mkdtemp(prefix="reference-run-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["run", "--output", str(root / "output"), "--quiet", "--workers", "0"])
    assert code == 0, "the reference document could not be published"
    return root


def reference_latest() -> Path:
    """The published version's folder (`output/latest`, resolved)."""
    return (reference_root() / "output" / "latest").resolve()
