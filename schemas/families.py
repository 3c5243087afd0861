"""The fact families, declared once: their tables, the columns that name their rules, what each
needs from the families before it and what it gives, and how `coverage`, `explain` and the
evaluation read them.

Everything that lists fact tables or families is made from `FAMILIES`: `schemas.names.
FACT_TABLES` (the order a version lists its tables in), `schemas.tables.COVERAGE_FAMILIES` and
the order of `schemas.tables.TABLES`, `pipeline.derive.coverage`'s measures and claimed counts,
`pipeline.explain`'s rule columns and `pipeline.evaluation`'s families. The table's columns
are declared once, in its spec (`schemas.tables`), and its record class is made from them
(`pipeline.records`).

`requires` and `assigns` say, as spaCy's components do, what a family reads that something
else made and what it makes: what the layers below every family give (`GIVEN`) or what another
family assigns. The families run in the order these give (`run_order`: each as soon as what it
requires is made, the declared order breaking ties); the declared order is the order tables are
listed in. `order_problems` names a requirement nobody assigns, a thing assigned twice and a
cycle; a test holds the declarations to it. Importable without pandas.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

#: how `coverage` measures a table (`pipeline.derive.coverage.MEASURES`): counterparts
#: (relations: rows whose counterpart is named, distinct states), missions and recognitions
#: (the other states of the subject's facts), organizations (known organizations, distinct
#: ones), facts (only the facts are counted)
Measure = Literal["counterparts", "missions", "recognitions", "organizations", "facts"]

#: what the layers below the families give every family: the document read (its id, subject
#: and format), its layout (sections, tables and rows, lists, prose, footnotes), its analysis
#: (sentences, mentions of states, places, organizations, dates), and the readings of its
#: sentences by every rule (`readings`: what each rule reads, before any family decides)
GIVEN = ("document", "layout", "analysis", "readings")


@dataclass(frozen=True, slots=True)
class RuleColumn:
    """A column whose values are rule names of `family` (schemas/rules.py); `gold`: the kind of
    labels (`pipeline.evaluation.gold.WHATS`) that score its rules, where there is one."""

    column: str
    family: str
    gold: str | None = None


@dataclass(frozen=True, slots=True)
class FactTable:
    """A published table of facts: the columns naming its rules, how `coverage` counts it
    (None: it does not), and the claim kind (a `claims` rule) stating its count."""

    name: str
    rules: tuple[RuleColumn, ...] = ()
    coverage: Measure | None = None
    claimed: str | None = None


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    tables: tuple[FactTable, ...]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str = ""


FAMILIES: tuple[Family, ...] = (
    Family(
        "documents",
        (FactTable("documents"),),
        requires=("document", "layout"),
        assigns=("documents",),
        doc="one row per input: its subject, format, hash and size",
    ),
    Family(
        "counterparts",
        (),
        # the rows' counterparts are the relations table's columns, but missions, recognitions
        # and memberships read them too, and the relations' status needs the missions
        requires=("document", "layout", "analysis", "readings"),
        assigns=("row.counterpart",),
        doc="the counterpart of each relations row, recovered from evidence in the row or left "
        "empty with the reason (the relations table's counterpart columns)",
    ),
    Family(
        "relations",
        (
            FactTable(
                "relations",
                rules=(
                    RuleColumn("counterpart_method", "counterpart", gold="rows"),
                    RuleColumn("status_rule", "relation-status"),
                    RuleColumn("began_source", "relation-began"),
                    RuleColumn("began_kind_rule", "began-kind"),
                ),
                coverage="counterparts",
                claimed="relations-count",
            ),
        ),
        # a row's open missions imply established relations ("missions-imply-relations");
        # `row.status`: what each row's sentences say of the relations, read once for the
        # relations' status and for the events
        requires=("document", "layout", "analysis", "readings", "row.counterpart", "missions"),
        assigns=("relations", "row.status"),
        doc="every row of a relations table and entry of a 'no relations' list: its "
        "counterpart, status and since when",
    ),
    Family(
        "relation_events",
        (FactTable("relation_events", rules=(RuleColumn("rule", "relation-event"),)),),
        requires=("row.counterpart", "row.status"),
        assigns=("relation_events",),
        doc="the changes in two states' relations a relations row states",
    ),
    Family(
        "missions",
        (
            FactTable(
                "missions",
                rules=(RuleColumn("rule", "missions", gold="missions"),),
                coverage="missions",
                claimed="embassies-count",
            ),
            FactTable(
                "prose_missions", rules=(RuleColumn("rule", "missions"),), coverage="missions"
            ),
        ),
        requires=("document", "readings", "row.counterpart"),
        assigns=("missions", "prose_missions"),
        doc="embassies, consulates and accreditations, in relations rows and in running text",
    ),
    Family(
        "recognitions",
        (
            FactTable(
                "recognitions",
                rules=(RuleColumn("rule", "recognitions", gold="recognitions"),),
                coverage="recognitions",
                claimed="recognitions-count",
            ),
        ),
        requires=("document", "analysis", "readings", "row.counterpart"),
        assigns=("recognitions",),
        doc="recognitions of one state by another",
    ),
    Family(
        "memberships",
        (
            FactTable(
                "memberships",
                rules=(RuleColumn("rule", "memberships", gold="memberships"),),
                coverage="organizations",
                claimed="memberships-count",
            ),
            FactTable(
                "organization_roles",
                rules=(RuleColumn("rule", "memberships"),),
                coverage="organizations",
            ),
        ),
        requires=("document", "layout", "analysis", "readings", "row.counterpart"),
        assigns=("memberships", "organization_roles"),
        doc="memberships of organizations, and other standings in them (observer, candidate)",
    ),
    Family(
        "claims",
        (FactTable("claims", rules=(RuleColumn("rule", "claims"),), coverage="facts"),),
        # a claimed count is checked against what the document lists of each family
        requires=("document", "readings", "relations", "missions", "recognitions", "memberships"),
        assigns=("claims",),
        doc="the counts the text states, against what the document lists",
    ),
    Family(
        "references",
        (FactTable("references", coverage="facts"),),
        requires=("document", "layout"),
        assigns=("references",),
        doc="the footnotes, parsed",
    ),
)


def fact_tables() -> Iterator[FactTable]:
    """Every family's tables, in the declared order."""
    for family in FAMILIES:
        yield from family.tables


def tables_of(family: str) -> tuple[str, ...]:
    """The names of a family's tables."""
    for declared in FAMILIES:
        if declared.name == family:
            return tuple(t.name for t in declared.tables)
    raise KeyError(f"no fact family {family!r} in schemas/families.py")


def rule_columns() -> Iterator[tuple[str, RuleColumn]]:
    """(table, rule column) for every column that names rules, in the declared order."""
    for table in fact_tables():
        for rule in table.rules:
            yield table.name, rule


def rule_family(table: str, column: str) -> str:
    """The rule family whose names `table.column` holds."""
    for name, rule in rule_columns():
        if (name, rule.column) == (table, column):
            return rule.family
    raise KeyError(f"{table}.{column} names no rules in schemas/families.py")


def rule_label(table: str, rule: RuleColumn) -> str:
    """How the evaluation names a rule column: its rule family, or its table when several
    tables hold rules of that family (missions and prose_missions)."""
    tables = {name for name, r in rule_columns() if r.family == rule.family}
    return rule.family if len(tables) == 1 else table


def run_order(families: tuple[Family, ...] = FAMILIES) -> tuple[Family, ...]:
    """The families in the order they run: each as soon as every thing it requires is made
    (by the layers below or by a family already run), the declared order breaking ties. A family
    that can never run (a requirement nobody assigns, a cycle) is left out: `order_problems`
    names it."""
    made = set(GIVEN)
    waiting = list(families)
    order: list[Family] = []
    while ready := next((f for f in waiting if set(f.requires) <= made), None):
        order.append(ready)
        waiting.remove(ready)
        made.update(ready.assigns)
    return tuple(order)


def order_problems(families: tuple[Family, ...] = FAMILIES) -> list[str]:
    """Where the declarations cannot run: what a family requires that neither the layers below
    nor any family assigns, what two families both assign, a table a family does not assign,
    and the families a cycle of requirements keeps from running."""
    problems = []
    made: dict[str, str] = {name: "the layers below" for name in GIVEN}
    for family in families:
        for given in family.assigns:
            if given in made:
                problems.append(f"{family.name} assigns {given!r}, already from {made[given]}")
            else:
                made[given] = family.name
        problems += [
            f"{family.name} does not assign its table {t.name!r}"
            for t in family.tables
            if t.name not in family.assigns
        ]
    for family in families:
        problems += [
            f"{family.name} requires {need!r}, which no family assigns"
            for need in family.requires
            if need not in made
        ]
    ran = {f.name for f in run_order(families)}
    stuck = [f.name for f in families if f.name not in ran]
    if stuck and not any("which no family assigns" in p for p in problems):
        problems.append(f"a cycle of requirements keeps {', '.join(stuck)} from running")
    return problems
