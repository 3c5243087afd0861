"""Layers point one way: knowledge <- layout <- analysis <- extract <- resolve; no module imports
from a later stage, and the knowledge imports no stage at all."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"
#: each layer, and the pipeline packages it may import from
ALLOWED = {
    "knowledge": {"knowledge"},
    "layout": {"knowledge", "layout", "model", "errors", "limits"},
    "analysis": {"knowledge", "layout", "analysis", "model", "errors", "limits"},
    # the rule engine reads analysed sentences; it knows no family
    "engine": {"knowledge", "analysis", "engine", "dates"},
    # the rules of each family, declared for the engine
    "rules": {"knowledge", "analysis", "engine", "extract", "rules", "dates", "model"},
    "extract": {
        "engine",
        "knowledge",
        "layout",
        "analysis",
        "extract",
        "model",
        "dates",
        "records",
        "errors",
    },
    "resolve": {
        "engine",
        "rules",
        "knowledge",
        "layout",
        "analysis",
        "extract",
        "resolve",
        "model",
        "dates",
        "records",
    },
    # the fact families of a document: every family's readings first (extract), then each
    # family's step (resolve); they compose the stages and are imported by no stage
    "families": {
        "knowledge",
        "layout",
        "analysis",
        "engine",
        "rules",
        "extract",
        "resolve",
        "learned",
        "families",
        "family_run",
        "model",
        "dates",
        "records",
    },
    # tables derived from the whole run's fact rows: they read rows, not the stages
    "derive": {"derive"},
}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("pipeline."):
                    found.add(alias.name.split(".")[1])
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_no_module_imports_from_a_later_stage(layer):
    wrong = {
        str(path.relative_to(PIPELINE)): sorted(imports(path) - ALLOWED[layer])
        for path in (PIPELINE / layer).rglob("*.py")
        if imports(path) - ALLOWED[layer]
    }
    assert wrong == {}
