"""The knowledge and rules built once per installation, not once per run.

Building them (folding GeoNames' cities, the spotter's 11,000 patterns, the vocabulary's
regular expressions, py3langid's model) takes seconds; loading the result takes a fraction of
that. The cache file is keyed by `code_fingerprint` (the pipeline's code and data files and the
versions of the packages that shape facts) and the Python version, so any change builds anew; a
cache that cannot be read or written is ignored. `PIPELINE_CACHE=0` turns it off,
`PIPELINE_CACHE_DIR` moves it (default: `$XDG_CACHE_HOME/frpipeline` or `~/.cache/frpipeline`).
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pipeline.versions import code_fingerprint

T = TypeVar("T")


def cache_dir() -> Path:
    if os.environ.get("PIPELINE_CACHE_DIR"):
        return Path(os.environ["PIPELINE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "frpipeline"


def cached(name: str, build: Callable[[], T]) -> T:
    """`build()`'s value, from the cache when it holds one for this code and these packages;
    either way kept out of the garbage collector's sight (`_kept_for_good`)."""
    value = _cached(name, build)
    _kept_for_good()
    return value


def _kept_for_good() -> None:
    """Everything alive now (the modules imported, the knowledge and rules just loaded or
    built) lives as long as the process: `gc.freeze` moves it to the collector's permanent
    generation, so that no later collection walks its couple of hundred thousand objects
    again (0.13 s per full collection, of which a rerun makes five), and, in the workers
    forked from this process, no collection writes to (and so copies) the pages they share.
    No collection is made first: it would cost as much as the ones saved, for the little
    garbage in reference cycles that importing and unpickling leave."""
    gc.freeze()


def is_cached(name: str) -> bool:
    """Whether `cached(name, ...)` would load rather than build (it may still build, if the
    file turns out damaged)."""
    return os.environ.get("PIPELINE_CACHE") != "0" and _path(name).is_file()


def _path(name: str) -> Path:
    tag = f"py{sys.version_info.major}{sys.version_info.minor}"
    return cache_dir() / f"{name}-{tag}-{code_fingerprint()[:20]}.pickle"


def _cached(name: str, build: Callable[[], T]) -> T:
    if os.environ.get("PIPELINE_CACHE") == "0":
        return build()
    path = _path(name)
    collecting = gc.isenabled()
    gc.disable()  # millions of objects unpickled: the collector would walk them again and again
    try:
        with path.open("rb") as handle:
            value: T = pickle.load(handle)
        return value
    except FileNotFoundError:
        pass
    except Exception:  # a damaged or foreign cache file: build anew and replace it
        pass
    finally:
        if collecting:
            gc.enable()
    value = build()
    _store(path, name, value)
    return value


def _store(path: Path, name: str, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # no cache where it cannot be written: the next run builds again
