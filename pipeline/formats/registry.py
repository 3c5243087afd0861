"""Input formats, each declared once: the names that announce it, how its content is told, how
its bytes become text, which layout cuts that text into blocks, or, for a source such as a
dump, how it expands into documents.

A file's format is decided here and nowhere else. Its name decides when exactly one format
claims its suffix; when several claim it (`.txt`, plain or wikitext) or none does, the formats
in question sniff its first bytes, in the order declared, and the registry's default takes
what none claims. A source (a dump, a page's revision history) is told by its name alone: it
may be compressed, and it is streamed rather than read whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.read import decode

if TYPE_CHECKING:
    from pipeline.dumps import Spool
    from pipeline.knowledge.vocabulary import Vocabulary
    from pipeline.model import Document, Layout


@dataclass(frozen=True, slots=True)
class Expansion:
    """What a source expands into: the pages whose title matches `titles`, each page's newest
    revision or, with `every`, all of them; no text over `max_text_bytes`."""

    titles: str
    every: bool
    max_text_bytes: int


#: claims a file from its first bytes (all of a document's: the input limit bounds them)
Sniff = Callable[[bytes], bool]
#: a document's bytes as text, or an `InputError` naming the file (second argument) and line
ReadText = Callable[[bytes, str], str]
#: a document's blocks, sections, tables and footnotes
BuildLayout = Callable[["Document", "Vocabulary"], "Layout"]
#: a source's documents written into the spool; one error line per part that could not be read
Expand = Callable[[Path, "Spool", Expansion], list[str]]


@dataclass(frozen=True, slots=True)
class InputFormat:
    """One input format. A document format has a `layout`; a source has `expand` instead.
    `in_folders`: the suffixes a folder named as input is searched for (None: all of
    `suffixes`); a source is read only where it is named."""

    name: str
    suffixes: tuple[str, ...]
    sniff: Sniff | None = None
    read_text: ReadText = decode
    layout: BuildLayout | None = None
    expand: Expand | None = None
    in_folders: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if (self.layout is None) == (self.expand is None):
            raise ValueError(
                f"format {self.name!r}: give a layout (a document) or expand (a source)"
            )
        for suffix in (*self.suffixes, *(self.in_folders or ())):
            if not suffix.startswith(".") or suffix != suffix.lower():
                raise ValueError(f"format {self.name!r}: suffix {suffix!r} is not '.lowercase'")

    @property
    def is_source(self) -> bool:
        return self.expand is not None

    def claims(self, name: str) -> bool:
        """Whether a file name (lowercased) is one of this format's."""
        return ends_with(name, self.suffixes)

    def listed(self) -> tuple[str, ...]:
        return self.suffixes if self.in_folders is None else self.in_folders


class Registry:
    """The formats the pipeline reads, in the order declared; `default` takes a document that
    no format claims."""

    def __init__(self, formats: Iterable[InputFormat], default: str) -> None:
        self._formats: dict[str, InputFormat] = {}
        for fmt in formats:
            self.register(fmt)
        self.default = self[default]

    def register(self, fmt: InputFormat) -> InputFormat:
        """Add a format (after those declared); its name must be new."""
        if fmt.name in self._formats:
            raise ValueError(f"format {fmt.name!r} is declared already")
        self._formats[fmt.name] = fmt
        return fmt

    def unregister(self, name: str) -> None:
        if name == self.default.name:
            raise ValueError(f"format {name!r} is the default")
        del self._formats[name]

    def __getitem__(self, name: str) -> InputFormat:
        return self._formats[name]

    def __iter__(self) -> Iterator[InputFormat]:
        return iter(list(self._formats.values()))

    def source_of(self, path: Path) -> InputFormat | None:
        """The source format that the file's name declares, if any."""
        name = path.name.lower()
        return next((f for f in self if f.is_source and f.claims(name)), None)

    def document_format(self, path: Path, head: bytes) -> InputFormat:
        """The document format of the file at `path` whose first bytes are `head`."""
        name = path.name.lower()
        named = [f for f in self if not f.is_source and f.claims(name)]
        if len(named) == 1:
            return named[0]
        asked = named or [f for f in self if not f.is_source and f.sniff is not None]
        for fmt in asked:
            if fmt.sniff is not None and fmt.sniff(head):
                return fmt
        return self.default if not named or self.default in named else named[0]

    def folder_suffixes(self) -> tuple[str, ...]:
        """The suffixes of the files a folder is searched for, each once, in declared order."""
        return tuple(dict.fromkeys(s for f in self for s in f.listed()))

    def in_folder(self, path: Path) -> bool:
        """Whether a file found in a folder named as input is read."""
        return ends_with(path.name.lower(), self.folder_suffixes())


def ends_with(name: str, suffixes: Iterable[str]) -> bool:
    """Whether `name` is a stem followed by one of `suffixes` (`.md` alone is no Markdown file)."""
    return any(name.endswith(s) and len(name) > len(s) for s in suffixes)
