"""How often the layout's trip from `extract_layout` goes back to an earlier stage (issue 18:
"following the layout from where it is made to where facts are extracted climbs back").

`python bench/layout_trip.py` prints the trip and the count, read from the code (nothing runs).

The trip: from `pipeline.document.extract_layout`, every call in the order it is evaluated,
following the helpers of `pipeline/document.py` (each where it is called) and its `Read`; each
call into a stage is recorded with its stage: analysis < extract (the engine, the rules and
`pipeline/extract/`) < resolve (`pipeline/resolve/`, and the learned reader, which imports the
resolvers). A call is resolved by the module's imports (`relation_rows`, `mission_rules.claims`),
by the class that a field of `Extractors` is annotated with (`ex.counterparts.resolve`), and by
the class of a local value (`read = Read(ex.engine, ...)`). Shared modules (model, records,
dates, knowledge, schemas) are no stage and are passed over.

A climb back is a call into an earlier stage than the call before it: the value went down the
pipeline to a later stage, came back to the hub, and is sent back to an earlier one.
"""

from __future__ import annotations

import ast
import itertools
import sys
from pathlib import Path

HUB = Path(__file__).resolve().parent.parent / "pipeline" / "document.py"
STAGES = {"analysis": 1, "engine": 2, "rules": 2, "extract": 2, "resolve": 3, "learned": 3}
NAMES = {1: "analysis", 2: "extract", 3: "resolve"}


class Hub:
    """The hub's functions and classes, its imports, and the stage each call goes to."""

    def __init__(self, tree: ast.Module) -> None:
        self.functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        self.classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
        self.imported: dict[str, str] = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    self.imported[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        self.fields = self._annotations(self.classes["Extractors"].body)
        self.trip: list[tuple[int, str, int]] = []  # (stage, callee, line)

    @staticmethod
    def _annotations(body: list[ast.stmt]) -> dict[str, str]:
        """Field or parameter name -> the first class name its annotation gives."""
        out = {}
        for node in body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                out[node.target.id] = _first_name(node.annotation)
        return out

    def stage_of(self, dotted: str) -> int | None:
        parts = dotted.split(".")
        return STAGES.get(parts[1]) if len(parts) > 1 and parts[0] == "pipeline" else None

    def follow(self, function: ast.FunctionDef, local: dict[str, str]) -> None:
        """Record the calls of `function` in evaluation order; `local`: name -> hub class."""
        local = dict(local)
        for arg in function.args.args:
            if arg.annotation is not None:
                local.setdefault(arg.arg, _first_name(arg.annotation))
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                name = _first_name(node.value.func)
                for target in node.targets:
                    if isinstance(target, ast.Name) and name in self.classes:
                        local[target.id] = name
        inner = {n.name: n for n in _own(function) if isinstance(n, ast.FunctionDef)}
        calls = [n for n in _own(function) if isinstance(n, ast.Call)]
        for call in sorted(calls, key=lambda c: (c.end_lineno or 0, c.end_col_offset or 0)):
            self.call(call, local, inner)

    def call(
        self, call: ast.Call, local: dict[str, str], inner: dict[str, ast.FunctionDef]
    ) -> None:
        chain = _chain(call.func)
        if not chain:
            return
        head = chain[0]
        if head in inner and len(chain) == 1:
            self.follow(inner[head], local)
        elif head in self.functions and len(chain) == 1:
            self.follow(self.functions[head], local)
        elif local.get(head) in self.classes and len(chain) == 1:
            self._into_class(local[head], "__call__")
        elif head in self.imported:
            self._record(self.imported[head], call)
        elif local.get(head) == "Extractors" and len(chain) > 2:
            cls = self.fields.get(chain[1], "")
            if cls in self.imported:
                self._record(self.imported[cls], call)

    def _into_class(self, name: str, method: str) -> None:
        """A hub class's method: its `self._x.m(...)` calls go where `__init__` took `x`."""
        body = {n.name: n for n in self.classes[name].body if isinstance(n, ast.FunctionDef)}
        init = body.get("__init__")
        params = (
            {a.arg: _first_name(a.annotation) for a in init.args.args if a.annotation}
            if init
            else {}
        )
        for call in (n for n in ast.walk(body[method]) if isinstance(n, ast.Call)):
            chain = _chain(call.func)
            if len(chain) > 2 and chain[0] == "self":
                cls = params.get(chain[1].lstrip("_"), "")
                if cls in self.imported:
                    self._record(self.imported[cls], call)

    def _record(self, dotted: str, call: ast.Call) -> None:
        stage = self.stage_of(dotted)
        if stage is not None:
            self.trip.append((stage, ".".join(_chain(call.func)), call.lineno))


def _own(function: ast.FunctionDef) -> list[ast.AST]:
    """The nodes of `function`'s body, without the bodies of functions defined in it (their
    calls are made where those functions are called)."""
    out: list[ast.AST] = []
    todo: list[ast.AST] = list(function.body)
    while todo:
        node = todo.pop()
        out.append(node)
        if not isinstance(node, ast.FunctionDef):
            todo.extend(ast.iter_child_nodes(node))
    return out


def _chain(node: ast.expr) -> list[str]:
    """`a.b.c` -> [a, b, c]; [] for a call on anything else."""
    names: list[str] = []
    while isinstance(node, ast.Attribute):
        names.insert(0, node.attr)
        node = node.value
    return [node.id, *names] if isinstance(node, ast.Name) else []


def _first_name(node: ast.expr | None) -> str:
    """The first name an annotation or callee gives (`X | None` -> X)."""
    if isinstance(node, ast.BinOp):
        return _first_name(node.left)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.split("|")[0].strip()
    chain = _chain(node) if node is not None else []
    return chain[-1] if chain else ""


def climbs(trip: list[tuple[int, str, int]]) -> int:
    return sum(1 for before, after in itertools.pairwise(trip) if after[0] < before[0])


def main() -> int:
    hub = Hub(ast.parse(HUB.read_text(encoding="utf-8")))
    hub.follow(hub.functions["extract_layout"], {})
    previous = None
    for stage, callee, line in hub.trip:
        mark = "  <- back" if previous is not None and stage < previous else ""
        print(f"{NAMES[stage]:9s} document.py:{line:<4d} {callee}{mark}")
        previous = stage
    print(f"{len(hub.trip)} calls into stages; {climbs(hub.trip)} climbs back")
    return 0


if __name__ == "__main__":
    sys.exit(main())
