"""Errors that are the user's to fix: reported as one line, never as a traceback."""

from __future__ import annotations


def shown(name: object) -> str:
    """A file name as it may be printed on one line: control characters (a newline in a file
    name would forge a line of output) written as escapes."""
    text = str(name)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    """A character as an escape; a byte of a file name that is not UTF-8 (which Python holds
    as a lone surrogate, `os.fsdecode`) as that byte, `\\xff`."""
    if "\udc80" <= ch <= "\udcff":
        return f"\\x{ord(ch) - 0xDC00:02x}"
    return repr(ch)[1:-1]


class InputError(Exception):
    """Bad input: names the file and, where it applies, the 1-based line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{shown(path)}:{line}" if line is not None else shown(path)
        super().__init__(f"{where}: {message}")


class DocumentTimeout(InputError):
    """One document took longer than the per-document time limit."""


class ValidationFailed(Exception):
    """A table broke its schema; it names the table, the columns and the rows."""


class UsageError(Exception):
    """The command line itself is wrong (exit code 2)."""


class OutputLocked(Exception):
    """Another run holds the output directory."""


class PublishFailed(Exception):
    """The version could not be written (disk full, permissions); latest is unchanged."""


class DamagedVersion(Exception):
    """A published version whose manifest cannot be read."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, met as an interrupt: what the run holds (the spool of article text, a version
    being written) is cleaned up on the way out, as for Ctrl-C."""


class WorkerSetupError(RuntimeError):
    """A worker could not get ready (its set-up raised, or it died doing it): a bug or a
    broken installation, not something a document did; nothing is published."""
