"""The knowledge and rules built once per installation, not once per run.

Building them (folding GeoNames' cities, the spotter's 11,000 patterns, the vocabulary's
regular expressions, py3langid's model) takes seconds; loading the result takes a fraction of
that. The cache file is keyed by `code_fingerprint` (the pipeline's code and data files and the
versions of the packages that shape facts) and the Python version, so any change builds anew; a
cache that cannot be read or written is ignored.

Unpickling runs code, so the cache holds only what this user's pipeline wrote: the folder must be
this user's and writable by nobody else, the file a regular file nobody else can write, and its
HMAC-SHA256 tag (a key of this user's beside it, permissions 0600) must verify before a byte is
unpickled; anything else is built anew and replaced. `PIPELINE_CACHE=0` turns it off,
`PIPELINE_CACHE_DIR` moves it (default: `$XDG_CACHE_HOME/frpipeline` or `~/.cache/frpipeline`).
"""

from __future__ import annotations

import gc
import hashlib
import hmac
import os
import pickle
import secrets
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pipeline.errors import shown
from pipeline.guarded_io import GuardedReadError, read_bytes_guarded, write_atomic
from pipeline.pattern_pickle import dumps
from pipeline.versions import code_fingerprint

T = TypeVar("T")

#: what a cache file starts with; then the HMAC-SHA256 tag, then the pickle
MAGIC = b"frpipeline-cache-1\n"
TAG_BYTES = 32
KEY_BYTES = 32
KEY_FILE = "key"
#: far above the knowledge's pickle (some 80 MB): a bound on what is read into memory
CACHE_LIMIT = 2 * 1024 * 1024 * 1024


def cache_dir() -> Path:
    if os.environ.get("PIPELINE_CACHE_DIR"):
        return Path(os.environ["PIPELINE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "frpipeline"


def cached(name: str, build: Callable[[], T], kind: type[T]) -> T:
    """`build()`'s value, from the cache when it holds one for this code and these packages,
    written by this user's pipeline (its tag verifies) and of type `kind`; either way kept out
    of the garbage collector's sight (`_kept_for_good`)."""
    value = _cached(name, build, kind)
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
    file turns out damaged, foreign or unsafe)."""
    if os.environ.get("PIPELINE_CACHE") == "0":
        return False
    folder = _usable_folder(quiet=True)
    if folder is None:
        return False
    try:
        return stat.S_ISREG(os.lstat(_path(name, folder)).st_mode)
    except OSError:
        return False


def _path(name: str, folder: Path) -> Path:
    tag = f"py{sys.version_info.major}{sys.version_info.minor}"
    return folder / f"{name}-{tag}-{code_fingerprint()[:20]}.pickle"


def _cached(name: str, build: Callable[[], T], kind: type[T]) -> T:
    if os.environ.get("PIPELINE_CACHE") == "0":
        return build()
    folder = _usable_folder()
    key = _key(folder) if folder is not None else None
    if folder is None or key is None:
        return build()
    path = _path(name, folder)
    value = _load(path, name, key, kind)
    if value is not None:
        return value
    value = build()
    _store(path, name, key, value)
    return value


def _load(path: Path, name: str, key: bytes, kind: type[T]) -> T | None:
    """The value at `path` if its tag proves this user's pipeline wrote it and it is a `kind`;
    nothing is unpickled before the tag is verified."""
    try:
        raw = read_bytes_guarded(path, CACHE_LIMIT, private=0o022)
    except GuardedReadError as exc:
        if exc.reason != "no such file":
            _warn(f"{shown(path)}: {exc.reason}; not used, the knowledge is built anew")
        return None
    head = len(MAGIC) + TAG_BYTES
    if len(raw) < head or not raw.startswith(MAGIC):
        return None
    body = memoryview(raw)[head:]
    if not hmac.compare_digest(raw[len(MAGIC) : head], _tag(key, name, body)):
        return None  # damaged, stale or planted: built anew and replaced
    collecting = gc.isenabled()
    gc.disable()  # millions of objects unpickled: the collector would walk them again and again
    try:
        value = pickle.loads(body)
    except Exception:  # written by this pipeline, yet unreadable (a package changed): rebuild
        return None
    finally:
        if collecting:
            gc.enable()
    return value if isinstance(value, kind) else None


def _store(path: Path, name: str, key: bytes, value: object) -> None:
    try:
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        body = dumps(value)  # its regular expressions compiled: not compiled again at load
        write_atomic(path, MAGIC + _tag(key, name, body) + body, mode=0o600)
    except OSError:
        pass  # no cache where it cannot be written: the next run builds again


def _tag(key: bytes, name: str, body: bytes | memoryview) -> bytes:
    """HMAC-SHA256 of the value's name and pickle: a value stored under another name (of
    another type) does not verify either."""
    mac = hmac.new(key, name.encode("utf-8") + b"\0", hashlib.sha256)
    mac.update(body)
    return mac.digest()


def _usable_folder(quiet: bool = False) -> Path | None:
    """The cache folder, created private if absent; None (said in one line) if it is not a
    folder of this user's that only this user can write: anything another user could put
    there would run as this user when unpickled."""
    folder = cache_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError as exc:
        if not quiet:
            _warn(f"{shown(folder)}: cannot be used ({exc.strerror or exc}); no set-up cache")
        return None
    problem = None
    if not stat.S_ISDIR(info.st_mode):
        problem = "is not a folder"
    elif info.st_uid != os.geteuid():
        problem = "belongs to another user"
    elif info.st_mode & 0o022:
        problem = "can be written by other users"
    if problem is None:
        return folder
    if not quiet:
        fix = f"chmod go-w {shown(folder)}, or " if problem.startswith("can be written") else ""
        _warn(
            f"set-up cache folder {shown(folder)} {problem}; not used ({fix}set "
            "PIPELINE_CACHE_DIR to a folder of your own)"
        )
    return None


def _key(folder: Path) -> bytes | None:
    """This user's key for the cache's tags, kept beside it with permissions 0600; created
    whole, once, if absent (two runs creating it at once agree on one key). A key others could
    read (and so forge tags with) or that is no key is replaced, said in one line: every cache
    file tagged with it is then built anew."""
    path = folder / KEY_FILE
    for _ in range(2):
        try:
            key = read_bytes_guarded(path, KEY_BYTES + 1, private=0o077)
        except GuardedReadError as exc:
            problem = None if exc.reason == "no such file" else exc.reason
        else:
            if len(key) == KEY_BYTES:
                return key
            problem = f"is not a key of {KEY_BYTES} bytes"
        if problem is not None:
            _warn(f"{shown(path)}: {problem}; replaced by a new key")
            try:
                key = secrets.token_bytes(KEY_BYTES)
                write_atomic(path, key, mode=0o600)
            except OSError:
                return None
            return key
        try:
            write_atomic(path, secrets.token_bytes(KEY_BYTES), mode=0o600, replace=False)
        except FileExistsError:
            continue  # another run made it first: read theirs
        except OSError:
            return None
    return None


def _warn(line: str) -> None:
    """One line on standard error, once per process."""
    if line not in _warned:
        _warned.add(line)
        print(f"warning: {line}", file=sys.stderr)


_warned: set[str] = set()
