"""Errors that are the user's to fix: reported as one line, never as a traceback."""

from __future__ import annotations


class InputError(Exception):
    """Bad input: names the file and, where it applies, the 1-based line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class ValidationFailed(Exception):
    """A table broke its schema; it names the table, the columns and the rows."""


class UsageError(Exception):
    """The command line itself is wrong (exit code 2)."""


class OutputLocked(Exception):
    """Another run holds the output directory."""


class PublishFailed(Exception):
    """The version could not be written (disk full, permissions); latest is unchanged."""
