"""One guarded opener and one writer for every file the pipeline reads or writes.

Reading: only a regular file is read, and never more than a limit. The file is opened with
`O_NONBLOCK` (a named pipe cannot block the open) and checked with `fstat` on the open
descriptor, so what is checked is what is read (no window between a `stat` and an `open` for a
file to be swapped). Files the pipeline keeps for itself (the set-up cache, a version's
manifest) are opened without following a link; inputs the user names may be links.

Writing: a temporary file created beside the target with `O_EXCL | O_NOFOLLOW` (a link planted at
the temporary name is never written through) and renamed over the target (a rename replaces a
link at the target's name, never writes where it points).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

_CHUNK = 1 << 20


class GuardedReadError(Exception):
    """A file that cannot be read safely; `reason` says why in words fit to follow its name
    ("is a named pipe, not a regular file")."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a file"


def size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def open_regular(
    path: str | os.PathLike[str], follow_links: bool = False, private: int = 0
) -> tuple[int, int]:
    """A read-only descriptor of a regular file and its size; `GuardedReadError` otherwise.
    `private`: permission bits that must be clear (0o022: nobody else can write it), and the
    file must then belong to this user. The caller closes the descriptor."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= os.O_NOFOLLOW
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise GuardedReadError(path, "no such file") from None
    except PermissionError:
        raise GuardedReadError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_links:
            raise GuardedReadError(path, "is a symbolic link, not a regular file") from None
        if exc.errno == errno.ENXIO:  # a socket, or a FIFO opened for writing with no reader
            raise GuardedReadError(path, "is not a regular file (a socket)") from None
        raise GuardedReadError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise GuardedReadError(path, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise GuardedReadError(path, f"is not a regular file ({kind_of(info.st_mode)})")
        if private and info.st_uid != os.geteuid():
            raise GuardedReadError(path, "belongs to another user")
        if info.st_mode & private & 0o022:
            raise GuardedReadError(path, "can be written by other users")
        if info.st_mode & private:
            raise GuardedReadError(
                path, f"has permissions {stat.S_IMODE(info.st_mode):o}, more open than it may"
            )
        return fd, info.st_size
    except BaseException:
        os.close(fd)
        raise


def read_bytes_guarded(
    path: str | os.PathLike[str],
    limit: int | None,
    follow_links: bool = False,
    limit_hint: str = "",
    private: int = 0,
) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (None: no limit), read in bounded
    chunks; `GuardedReadError` for anything else. `limit_hint` is added to the message of a file
    over the limit (how to raise it); `private` as for `open_regular`."""
    fd, size = open_regular(path, follow_links, private)
    try:
        if limit is not None and size > limit:
            raise GuardedReadError(
                path, f"is {size_text(size)}, over the {size_text(limit)} limit{limit_hint}"
            )
        chunks: list[bytes] = []
        total = 0
        while True:
            want = _CHUNK if limit is None else min(_CHUNK, limit + 1 - total)
            try:
                chunk = os.read(fd, want)
            except OSError as exc:
                raise GuardedReadError(path, f"cannot be read ({exc.strerror or exc})") from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if limit is not None and total > limit:  # it grew while being read
                raise GuardedReadError(path, f"is over the {size_text(limit)} limit{limit_hint}")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text_guarded(
    path: str | os.PathLike[str], limit: int | None, follow_links: bool = False
) -> str:
    """`read_bytes_guarded` decoded as UTF-8; bytes that are not UTF-8 are a `GuardedReadError`."""
    raw = read_bytes_guarded(path, limit, follow_links)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GuardedReadError(
            path, f"is not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None


def temporary_name(path: Path) -> Path:
    """A fresh, hidden name beside `path` for a file being written."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes | str,
    mode: int = 0o666,
    replace: bool = True,
    durable: bool = False,
) -> None:
    """Write `data` (str as UTF-8) to `path` all at once: readers see the old file or the new
    one, never a part, and no link is followed (neither at the temporary name nor at `path`).
    `mode` is masked by the umask, as `open` does. `replace=False`: create `path` only if it
    does not exist yet (`FileExistsError` otherwise), still whole. `durable`: fsync the file
    before it takes the name."""
    target = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = temporary_name(target)
        try:
            fd = os.open(tmp, flags, mode)
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - 100 collisions of 48 random bits
        raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))
    try:
        try:
            view = memoryview(raw)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        if replace:
            os.replace(tmp, target)
        else:
            os.link(tmp, target, follow_symlinks=False)  # FileExistsError if it is there
            os.unlink(tmp)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
