"""The options of a run (`RunConfig`, built once by the cli or `run`) and its report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.dumps import (
    DEFAULT_TITLES,
)
from pipeline.limits import Limits
from pipeline.versions import (
    Published,
)

if TYPE_CHECKING:
    from pipeline.document import Extractors
    from pipeline.workers import Executor


Records = dict[str, list[dict[str, object]]]


@dataclass
class RunReport:
    published: Published | None = None
    documents: int = 0
    reused: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    changes: dict[str, dict[str, int]] = field(default_factory=dict)
    pruned: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: edited documents not read this time whose previous facts were kept: doc_id -> reason
    carried_over: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RunConfig:
    """Every option of a run, built once (by `pipeline.cli` or `run`) and passed down."""

    inputs: tuple[Path, ...]
    output: Path
    keep: int | None = None
    wait: float = 0.0
    progress: Callable[[int, int, str], None] | None = None
    extractors: Extractors | None = None
    limits: Limits = field(default_factory=Limits)
    workers: int | None = None
    executor: Executor | None = None
    titles: str = DEFAULT_TITLES
    revisions: str = "latest"
