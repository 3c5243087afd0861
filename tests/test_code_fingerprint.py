"""The code fingerprint follows the files it is made of, however often a process asks for it."""

from __future__ import annotations

import os

from pipeline import versions
from pipeline.versions import code_fingerprint


def test_a_rewritten_added_or_removed_file_changes_the_fingerprint(tmp_path, monkeypatch):
    monkeypatch.setattr(versions, "_schemas_dir", lambda: tmp_path)
    data = tmp_path / "data.csv"
    data.write_text("a,b\n1,2\n")
    first = code_fingerprint()
    assert code_fingerprint() == first
    data.write_text("a,b\n1,3\n")  # same size: told apart by its modification time
    os.utime(data, ns=(data.stat().st_atime_ns, data.stat().st_mtime_ns + 1_000_000))
    rewritten = code_fingerprint()
    assert rewritten != first
    (tmp_path / "more.py").write_text("x = 1\n")
    added = code_fingerprint()
    assert added not in (first, rewritten)
    (tmp_path / "more.py").unlink()
    assert code_fingerprint() == rewritten
    data.write_text("a,b\n1,2\n")
    assert code_fingerprint() == first
    (tmp_path / "notes.md").write_text("not part of the code")
    assert code_fingerprint() == first
