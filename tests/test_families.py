"""The fact families are declared once (`schemas.families`): they run in the order their
requires and assigns give, every column that names rules is registered with its rule family, and the
lists other modules keep are made from the registry."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.derive.coverage import CLAIMED, MEASURES
from pipeline.evaluation.gold import WHATS
from pipeline.records import RECORD_TYPES, record_fields
from schemas import TABLES, families, rules
from schemas.columns import Col
from schemas.families import FAMILIES, FactTable, Family, order_problems, run_order
from schemas.names import FACT_TABLES

REPO = Path(__file__).resolve().parent.parent


def test_the_declarations_give_every_family_what_it_requires():
    assert order_problems() == []
    assert len(run_order()) == len(FAMILIES)


def test_families_run_after_what_they_require_whatever_the_declared_order():
    """The rows' counterparts come before the missions, which the relations' status needs;
    declaring the families in another order does not change that."""
    names = [f.name for f in run_order()]
    assert names.index("counterparts") < names.index("missions") < names.index("relations")
    assert names.index("relations") < names.index("relation_events")
    assert names.index("claims") > max(
        names.index(n) for n in ("relations", "missions", "recognitions", "memberships")
    )
    backwards = tuple(reversed(FAMILIES))
    assert order_problems(backwards) == []
    ran = [f.name for f in run_order(backwards)]
    assert ran.index("counterparts") < ran.index("missions") < ran.index("relations")


def test_a_requirement_nobody_assigns_and_a_cycle_are_named():
    orphan = Family("orphan", (), requires=("nowhere",), assigns=("orphaned",))
    assert order_problems((*FAMILIES, orphan)) == [
        "orphan requires 'nowhere', which no family assigns"
    ]
    chicken = Family("chicken", (), requires=("egg",), assigns=("hen",))
    egg = Family("egg", (), requires=("hen",), assigns=("egg",))
    assert order_problems((*FAMILIES, chicken, egg)) == [
        "a cycle of requirements keeps chicken, egg from running"
    ]


def test_two_families_assigning_one_thing_and_an_unassigned_table_are_named():
    twice = Family("twice", (FactTable("other"),), requires=(), assigns=("missions",))
    problems = order_problems((*FAMILIES, twice))
    assert problems == [
        "twice assigns 'missions', already from missions",
        "twice does not assign its table 'other'",
    ]


def test_every_fact_table_belongs_to_one_family():
    tables = [t.name for f in FAMILIES for t in f.tables]
    assert len(tables) == len(set(tables))
    assert tuple(tables) == FACT_TABLES
    assert list(TABLES)[: len(FACT_TABLES)] == list(FACT_TABLES)


def test_every_column_naming_rules_is_registered_with_its_family():
    registered = {(table, r.column) for table, r in families.rule_columns()}
    named = {
        (table, c.name)
        for table in FACT_TABLES
        for c in TABLES[table].columns
        if c.name == "rule" or c.name.endswith(("_rule", "_method"))
    }
    assert named <= registered
    for table, r in families.rule_columns():
        checks = TABLES[table].pandera().columns[r.column].checks
        allowed = [c.statistics["allowed_values"] for c in checks if c.name == "isin"]
        assert allowed == [list(rules.names(r.family))], (table, r.column)


def test_every_rule_family_is_published_in_some_column():
    assert {r.family for r in rules.RULES} == {r.family for _, r in families.rule_columns()}


def test_claimed_counts_and_gold_labels_name_what_exists():
    assert set(CLAIMED.values()) <= set(rules.names("claims"))
    assert {r.gold for _, r in families.rule_columns() if r.gold} <= set(WHATS)
    assert {t.coverage for t in families.fact_tables() if t.coverage} <= set(MEASURES)


def test_each_record_class_is_its_tables_record():
    assert {r.TABLE for r in RECORD_TYPES} == set(FACT_TABLES) - {"prose_missions"}
    for record in RECORD_TYPES:
        assert (
            dict((r.column, r.family) for t, r in families.rule_columns() if t == record.TABLE).get(
                "rule"
            )
            == record.RULE_FAMILY
        )


def test_record_fields_follow_the_columns():
    fields = record_fields(
        (
            Col("kept", "str"),
            Col("maybe", "int", nullable=True, default=None),
            Col("listed", "list_str", default=("a",)),
        )
    )
    made = dataclasses.make_dataclass("Made", fields, slots=True)
    first, second = made(kept="x"), made(kept="y")
    first.listed.append("b")
    assert (first.maybe, first.listed, second.listed) == (None, ["a", "b"], ["a"])
    assert [f.type for f in dataclasses.fields(made)] == [str, int | None, list[str]]
    with pytest.raises(TypeError):
        made()  # a column without a default must be given


def test_the_declarations_import_without_pandas():
    code = (
        "import sys, schemas.families, schemas.names, schemas.tables, pipeline.records; "
        "print(sorted({'pandas', 'pandera', 'pyarrow'} & set(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
