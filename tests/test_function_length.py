"""The run and the engine stay readable: no function in them over 60 lines (issue 18).

The run's steps (`pipeline/run/`, `pipeline/stream.py`, `pipeline/workers.py`) and the rule
engine (`pipeline/engine/`) were once a 138-line `_run` with 13 parameters and reader classes
of 800 lines; this keeps them from growing back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
#: where the limit holds (folders or modules)
CHECKED = ("pipeline/run", "pipeline/engine", "pipeline/stream.py", "pipeline/workers.py")
MAX_LINES = 60


def long_functions(source: str, limit: int = MAX_LINES) -> list[tuple[str, int]]:
    """The functions (methods and nested ones included) of `source` longer than `limit`
    lines, decorators not counted, with their lengths."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > limit:
                found.append((node.name, length))
    return found


def modules() -> list[Path]:
    out: list[Path] = []
    for name in CHECKED:
        path = REPO / name
        out += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return out


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(REPO)))
def test_no_function_over_sixty_lines(path: Path) -> None:
    assert long_functions(path.read_text(encoding="utf-8")) == []


def test_the_counter_finds_a_long_function_and_spares_a_short_one() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_LINES))
    source = f"def long():\n{body}\n\ndef short():\n    return 1\n"
    assert long_functions(source) == [("long", MAX_LINES + 1)]
    assert long_functions(source, limit=MAX_LINES + 1) == []


def test_every_checked_place_exists() -> None:
    assert all((REPO / name).exists() for name in CHECKED)
