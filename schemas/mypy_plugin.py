"""A mypy plugin: a record class made at run time from its table's columns
(`class MissionRecord(Record, table="missions")`, `pipeline.records`) gets for mypy the fields
those columns give it, typed as at run time (a column's kind, `| None` where it is nullable), and
an `__init__` taking them by keyword (optional where the column has a default).

mypy cannot see a dataclass made by `make_dataclass`; this plugin reads the same declarations
(`schemas.tables`, importable without pandas) so that the columns stay declared once and are
still type-checked. Its configuration data is the hash of the declarations, so mypy's cache is
dropped when a column changes.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mypy.nodes import ARG_NAMED, ARG_NAMED_OPT, Argument, StrExpr, Var
from mypy.plugin import ClassDefContext, Plugin, ReportConfigContext
from mypy.plugins.common import add_attribute_to_class, add_method_to_class
from mypy.types import Instance, NoneType, Type, UnionType

ROOT = Path(__file__).resolve().parent.parent
RECORD = "pipeline.records.Record"
#: the files whose text decides the fields
DECLARATIONS = ("schemas/tables.py", "schemas/columns.py", "schemas/codes.py")
#: each kind of column as mypy names its type (a list: its items' type)
TYPES = {
    "str": ("builtins.str", None),
    "int": ("builtins.int", None),
    "float": ("builtins.float", None),
    "bool": ("builtins.bool", None),
    "date": ("datetime.date", None),
    "list_str": ("builtins.list", "builtins.str"),
    "list_int": ("builtins.list", "builtins.int"),
}


class RecordsPlugin(Plugin):
    def get_base_class_hook(self, fullname: str) -> Callable[[ClassDefContext], None] | None:
        return _add_columns if fullname == RECORD else None

    def report_config_data(self, ctx: ReportConfigContext) -> Any:
        digest = hashlib.sha256()
        for name in DECLARATIONS:
            digest.update((ROOT / name).read_bytes())
        return digest.hexdigest()


def _add_columns(ctx: ClassDefContext) -> None:
    table = ctx.cls.keywords.get("table")
    if not isinstance(table, StrExpr):
        return
    declared = _declared()
    if table.value not in declared:
        ctx.api.fail(f"no table {table.value!r} in schemas/tables.py", table)
        return
    arguments = []
    for col in declared[table.value].columns[1:]:  # fact_id is Record's
        typ = _type(ctx, col.kind, col.nullable)
        if typ is None:
            if not ctx.api.final_iteration:
                ctx.api.defer()
            return
        add_attribute_to_class(ctx.api, ctx.cls, col.name, typ, overwrite_existing=True)
        kind = ARG_NAMED if col.default is _required() else ARG_NAMED_OPT
        arguments.append(Argument(Var(col.name, typ), typ, None, kind))
    text = ctx.api.named_type("builtins.str")
    arguments.append(Argument(Var("fact_id", text), text, None, ARG_NAMED_OPT))
    add_method_to_class(ctx.api, ctx.cls, "__init__", arguments, NoneType())


def _type(ctx: ClassDefContext, kind: str, nullable: bool) -> Type | None:
    name, item = TYPES[kind]
    args: list[Type] = []
    if item is not None:
        inner = ctx.api.named_type_or_none(item)
        if inner is None:
            return None
        args = [inner]
    typ: Instance | None = ctx.api.named_type_or_none(name, args)
    if typ is None:
        return None
    return UnionType([typ, NoneType()]) if nullable else typ


def _declared() -> dict[str, Any]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from schemas.tables import DECLARED

    return DECLARED


def _required() -> object:
    from schemas.columns import REQUIRED

    return REQUIRED


def plugin(version: str) -> type[Plugin]:
    return RecordsPlugin
