"""Issue 21, what the pipeline reads and writes itself: the set-up cache, the sidecar, the report,
the output folder and the readers of published versions."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pandas as pd
import pytest

from pipeline import setup_cache
from pipeline.cli import main
from pipeline.sidecar import SIDECAR, SIDECAR_LIMIT, read_sidecar
from tests.documents import good_document


def _run(out: Path, *inputs: Path, extra: tuple[str, ...] = ()) -> int:
    return main(["run", "--output", str(out), "--quiet", *extra, *map(str, inputs)])


def _published_docs(out: Path) -> set[str]:
    return set(pd.read_parquet(out / "latest" / "documents.parquet")["doc_id"])


class _Plant:
    """A pickle whose loading creates a file: what another user would plant."""

    def __init__(self, witness: Path) -> None:
        self.witness = witness

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.touch, (self.witness,))


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(folder))
    monkeypatch.delenv("PIPELINE_CACHE", raising=False)
    monkeypatch.setattr(setup_cache, "_warned", set())
    return folder


def _cache_file(folder: Path) -> Path:
    (found,) = folder.glob("numbers-*.pickle")
    return found


def _builder(calls: list[int]):  # type: ignore[no-untyped-def]
    def build() -> dict:
        calls.append(1)
        return {"built": len(calls)}

    return build


def test_the_cache_loads_what_it_stored(cache_folder):
    calls: list[int] = []
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 1}
    assert setup_cache.is_cached("numbers")
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 1}
    assert calls == [1]
    key = cache_folder / setup_cache.KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(_cache_file(cache_folder).stat().st_mode) & 0o077 == 0


@pytest.mark.parametrize("framing", ["bare pickle", "forged tag"])
def test_a_planted_pickle_never_runs_and_the_cache_is_rebuilt(cache_folder, tmp_path, framing):
    calls: list[int] = []
    setup_cache.cached("numbers", _builder(calls), dict)
    path = _cache_file(cache_folder)
    witness = tmp_path / "pwned"
    planted = pickle.dumps(_Plant(witness))
    if framing == "forged tag":
        planted = setup_cache.MAGIC + b"\0" * setup_cache.TAG_BYTES + planted
    path.write_bytes(planted)
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}
    assert not witness.exists()
    assert path.read_bytes().startswith(setup_cache.MAGIC)
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}
    assert not witness.exists()


def test_a_value_of_the_wrong_type_is_rebuilt(cache_folder):
    setup_cache.cached("numbers", lambda: ["a list"], list)
    calls: list[int] = []
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 1}
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 1}


def test_a_fifo_at_the_cache_path_does_not_hang(cache_folder, capsys):
    calls: list[int] = []
    setup_cache.cached("numbers", _builder(calls), dict)
    path = _cache_file(cache_folder)
    path.unlink()
    os.mkfifo(path)
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "named pipe" in err[0]


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_cache_others_can_write_is_refused_in_one_line(cache_folder, tmp_path, capsys, what):
    calls: list[int] = []
    setup_cache.cached("numbers", _builder(calls), dict)
    path = _cache_file(cache_folder)
    witness = tmp_path / "pwned"
    path.write_bytes(pickle.dumps(_Plant(witness)))
    if what == "folder":
        cache_folder.chmod(0o777)
    else:
        path.chmod(0o666)
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}
    assert not witness.exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "written by other users" in err[0]
    if what == "folder":
        assert not setup_cache.is_cached("numbers")


def test_a_key_others_can_read_is_refused(cache_folder, capsys):
    calls: list[int] = []
    setup_cache.cached("numbers", _builder(calls), dict)
    (cache_folder / setup_cache.KEY_FILE).chmod(0o644)
    assert setup_cache.cached("numbers", _builder(calls), dict) == {"built": 2}
    assert "permissions 644" in capsys.readouterr().err


# case 3: the sidecar fetch.json beside the inputs goes through the guarded opener


@pytest.mark.parametrize("kind", ["fifo", "device", "huge", "deep"])
def test_a_hostile_sidecar_neither_hangs_nor_sinks_the_run(tmp_path, kind):
    folder = tmp_path / "in"
    good = good_document(folder)
    sidecar = folder / SIDECAR
    if kind == "fifo":
        os.mkfifo(sidecar)  # reading it would block for ever
    elif kind == "device":
        sidecar.symlink_to("/dev/zero")  # reading it would never end
    elif kind == "huge":
        with sidecar.open("wb") as handle:
            handle.truncate(SIDECAR_LIMIT + 1)  # sparse: over the limit, nothing read
    else:
        sidecar.write_text("[" * 100_000)
    assert read_sidecar(folder) == {}
    assert _run(tmp_path / "out", good) == 0
    assert _published_docs(tmp_path / "out") == {good.stem}
