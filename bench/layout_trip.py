"""How often the layout's trip from `extract_layout` goes back to an earlier stage (issue 18:
"following the layout from where it is made to where facts are extracted climbs back").

`python bench/layout_trip.py` prints the trip and the count, read from the code (nothing runs).

The trip: from `pipeline.document.extract_layout`, every call in the order it is evaluated,
following the functions, methods and classes of the composing modules (`pipeline/document.py`,
`pipeline/families/`), each where it is called, and the fact families' steps of
`run_families(STEPS, ...)` in the order `schemas.families.run_order` runs them. Each call into a
stage is recorded with its stage: analysis < extract (the engine, the rules and
`pipeline/extract/`) < resolve (`pipeline/resolve/`, and the learned reader, which imports the
resolvers); a stage's own insides are not followed. A callee is found through the module's
imports (`relation_rows`, `mission_rules.claims`), through the annotations of parameters, of
dataclass fields, of properties and of what `__init__` keeps (`g.ex.counterparts.resolve`,
`self._engine.read`), and through the class of a local value (`read = Read(...)`). Shared
modules (model, records, dates, knowledge, schemas) are no stage and are passed over.

A climb back is a call into an earlier stage than the call before it: the value went down the
pipeline to a later stage, came back to the hub, and is sent back to an earlier one.
"""

from __future__ import annotations

import ast
import itertools
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from schemas.families import run_order  # noqa: E402

START = ("pipeline.document", "extract_layout")
#: the stage of each stage package of `pipeline`
STAGES = {"analysis": 1, "engine": 2, "rules": 2, "extract": 2, "resolve": 3, "learned": 3}
NAMES = {1: "analysis", 2: "extract", 3: "resolve"}
#: the composing modules, whose functions are followed where they are called
FOLLOWED = ("pipeline.document", "pipeline.families")


def stage_of(module: str) -> int | None:
    parts = module.split(".")
    return STAGES.get(parts[1]) if len(parts) > 1 and parts[0] == "pipeline" else None


def followed(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FOLLOWED)


@dataclass(frozen=True)
class Ref:
    """What a name or an attribute chain stands for: a module, a function or class defined in
    one (`name`), or an instance of a class (`instance`)."""

    module: str
    name: str | None = None
    instance: bool = False


class Module:
    """One module's top-level functions, classes and imports."""

    def __init__(self, name: str) -> None:
        self.name = name
        base = ROOT / Path(*name.split("."))
        path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
        self.path = path
        tree = ast.parse(path.read_text(encoding="utf-8"))
        self.defs: dict[str, ast.FunctionDef | ast.ClassDef] = {
            n.name: n for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)
        }
        self.values = {
            t.id: n.value
            for n in tree.body
            if isinstance(n, ast.Assign | ast.AnnAssign) and n.value is not None
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            if isinstance(t, ast.Name)
        }
        self.imported: dict[str, Ref] = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    ref = Ref(sub) if _is_module(sub) else Ref(node.module, alias.name)
                    self.imported[alias.asname or alias.name] = ref
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    self.imported[alias.asname or alias.name] = Ref(alias.name)


def _is_module(dotted: str) -> bool:
    base = ROOT / Path(*dotted.split("."))
    return base.is_dir() or base.with_suffix(".py").exists()


@dataclass
class Walker:
    modules: dict[str, Module] = field(default_factory=dict)
    #: (stage, callee, file:line) in the order the calls are evaluated
    trip: list[tuple[int, str, str]] = field(default_factory=list)
    _active: list[tuple[str, str]] = field(default_factory=list)

    def module(self, name: str) -> Module:
        if name not in self.modules:
            self.modules[name] = Module(name)
        return self.modules[name]

    def definition(self, ref: Ref) -> tuple[Module, ast.FunctionDef | ast.ClassDef] | None:
        """Where a followed module's name is defined, through its re-exports."""
        if ref.name is None or not followed(ref.module):
            return None
        module = self.module(ref.module)
        if ref.name in module.defs:
            return module, module.defs[ref.name]
        if ref.name in module.imported:
            return self.definition(module.imported[ref.name])
        return None

    # -- types -------------------------------------------------------------------------------

    def annotation(self, module: Module, node: ast.expr | None) -> Ref | None:
        """The instance an annotation gives (`X | None` -> X), where it names a class."""
        name = _first_name(node)
        ref = self.name_ref(module, name, {})
        return Ref(ref.module, ref.name, instance=True) if ref and ref.name else None

    def name_ref(self, module: Module, name: str, local: dict[str, Ref]) -> Ref | None:
        if name in local:
            return local[name]
        if name in module.defs or name in module.values:
            return Ref(module.name, name)
        if name in module.imported:
            return module.imported[name]
        return None

    def attribute(self, ref: Ref, attr: str) -> Ref | None:
        """`ref.attr`: a method or the annotated type of a field, property or kept value."""
        if ref.name is None:  # a module's attribute
            inner = f"{ref.module}.{attr}"
            return Ref(inner) if _is_module(inner) else Ref(ref.module, attr)
        if not followed(ref.module):  # inside a stage or a shared module: not followed
            return Ref(ref.module, f"{ref.name}.{attr}", instance=True)
        found = self.definition(ref)
        if found is None or not isinstance(found[1], ast.ClassDef):
            return None
        module, cls = found
        for node in cls.body:
            if isinstance(node, ast.AnnAssign) and _first_name(node.target) == attr:
                return self.annotation(module, node.annotation)
            if isinstance(node, ast.FunctionDef) and node.name == attr:
                if any(_first_name(d) == "property" for d in node.decorator_list):
                    return self.annotation(module, node.returns)
                return Ref(module.name, f"{cls.name}.{attr}", instance=ref.instance)
        init = next(
            (n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None
        )
        if init is not None:
            params = {a.arg: a.annotation for a in init.args.args}
            for kept in ast.walk(init):
                if (
                    isinstance(kept, ast.Assign)
                    and _chain(kept.targets[0]) == ["self", attr]
                    and isinstance(kept.value, ast.Name)
                ):
                    return self.annotation(module, params.get(kept.value.id))
        return None

    def chain_ref(self, module: Module, chain: list[str], local: dict[str, Ref]) -> Ref | None:
        if not chain:
            return None
        ref = self.name_ref(module, chain[0], local)
        for attr in chain[1:]:
            if ref is None:
                return None
            ref = self.attribute(ref, attr)
        return ref

    # -- the walk ----------------------------------------------------------------------------

    def follow(self, module: Module, function: ast.FunctionDef, local: dict[str, Ref]) -> None:
        """Record the calls of `function` in evaluation order."""
        key = (module.name, function.name)
        if key in self._active:  # recursion: followed once
            return
        self._active.append(key)
        local = dict(local)
        for arg in function.args.args:
            if arg.arg not in local and arg.annotation is not None:
                ref = self.annotation(module, arg.annotation)
                if ref is not None:
                    local[arg.arg] = ref
        for node in _own(function):
            if isinstance(node, ast.Assign):
                self.assigned(module, node, local)
        inner = {n.name: n for n in _own(function) if isinstance(n, ast.FunctionDef)}
        calls = [n for n in _own(function) if isinstance(n, ast.Call)]
        for call in sorted(calls, key=lambda c: (c.end_lineno or 0, c.end_col_offset or 0)):
            self.call(module, call, local, inner)
        self._active.pop()

    def assigned(self, module: Module, node: ast.Assign, local: dict[str, Ref]) -> None:
        """A local's class: `x = Class(...)`, `x = a.b`, `x, y = a.b, c.d`."""
        pairs: list[tuple[ast.expr, ast.expr]] = []
        for target in node.targets:
            if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                pairs += zip(target.elts, node.value.elts, strict=False)
            else:
                pairs.append((target, node.value))
        for target, value in pairs:
            if not isinstance(target, ast.Name):
                continue
            if isinstance(value, ast.Call):
                ref = self.chain_ref(module, _chain(value.func), local)
                if ref is not None and ref.name is not None and not ref.instance:
                    local[target.id] = Ref(ref.module, ref.name, instance=True)
            elif isinstance(value, ast.Attribute):
                ref = self.chain_ref(module, _chain(value), local)
                if ref is not None:
                    local[target.id] = ref

    def call(
        self,
        module: Module,
        call: ast.Call,
        local: dict[str, Ref],
        inner: dict[str, ast.FunctionDef],
    ) -> None:
        chain = _chain(call.func)
        if not chain:
            return
        if chain == ["run_families"]:
            self.families(module, call, local)
            return
        if len(chain) == 1 and chain[0] in inner:
            self.follow(module, inner[chain[0]], local)
            return
        ref = self.chain_ref(module, chain, local)
        if ref is None:
            return
        stage = stage_of(ref.module)
        if stage is not None:
            where = f"{module.path.relative_to(ROOT / 'pipeline')}:{call.lineno}"
            self.trip.append((stage, ".".join(chain), where))
            return
        self.into(ref)

    def into(self, ref: Ref) -> None:
        """Follow a callee of a composing module: a function, a class's `__init__`, an
        instance's `__call__`, a method."""
        if ref.name is None or not followed(ref.module):
            return
        cls_name, _, method = ref.name.partition(".")
        found = self.definition(Ref(ref.module, cls_name))
        if found is None:
            return
        module, node = found
        if isinstance(node, ast.FunctionDef):
            self.follow(module, node, {})
            return
        wanted = method or ("__call__" if ref.instance else "__init__")
        body = {n.name: n for n in node.body if isinstance(n, ast.FunctionDef)}
        if wanted in body:
            self.follow(module, body[wanted], {"self": Ref(module.name, node.name, True)})

    def families(self, module: Module, call: ast.Call, local: dict[str, Ref]) -> None:
        """`run_families(STEPS, given)`: each family's step, in the order the runner runs them."""
        table = call.args[0]
        if not isinstance(table, ast.Name):
            raise SystemExit(f"{module.name}: run_families is given no named step table")
        steps = self.step_table(module, table.id)
        for family in run_order():
            ref = steps[family.name]
            self.into(ref)

    def step_table(self, module: Module, name: str) -> dict[str, Ref]:
        ref = self.name_ref(module, name, {})
        if ref is None:
            raise SystemExit(f"{module.name}: no step table {name}")
        home = self.module(ref.module)
        value = home.values.get(ref.name or "")
        if not isinstance(value, ast.Dict):
            raise SystemExit(f"{home.name}: {name} is not a literal dict of steps")
        steps = {}
        for key, step in zip(value.keys, value.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                found = self.chain_ref(home, _chain(step), {})
                if found is None:
                    raise SystemExit(f"{home.name}: cannot find the step of {key.value}")
                steps[key.value] = found
        return steps


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


def climbs(trip: list[tuple[int, str, str]]) -> int:
    return sum(1 for before, after in itertools.pairwise(trip) if after[0] < before[0])


def walk() -> list[tuple[int, str, str]]:
    walker = Walker()
    module = walker.module(START[0])
    start = module.defs[START[1]]
    assert isinstance(start, ast.FunctionDef)
    walker.follow(module, start, {})
    return walker.trip


def main() -> int:
    trip = walk()
    previous = None
    for stage, callee, where in trip:
        mark = "  <- back" if previous is not None and stage < previous else ""
        print(f"{NAMES[stage]:9s} {where:28s} {callee}{mark}")
        previous = stage
    print(f"{len(trip)} calls into stages; {climbs(trip)} climbs back")
    return 0


if __name__ == "__main__":
    sys.exit(main())
