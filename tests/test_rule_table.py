"""The precedence table (`schemas.rules`) is the one list of rules: every rule the code names is
in it, every rule in it has a test written for it, and the schemas' enums come from it."""

from __future__ import annotations

import ast
from pathlib import Path

from schemas import TABLES, rules

TESTS = Path(__file__).resolve().parent
CODE = TESTS.parent / "pipeline"
FAMILIES_WITH_TESTS = (
    "counterpart",
    "missions",
    "memberships",
    "recognitions",
    "relation-status",
    "relation-began",
    "claims",
    "began-kind",
    "relation-event",
)


def test_every_rule_has_a_test_naming_it():
    text = "\n".join(p.read_text(encoding="utf-8") for p in TESTS.glob("test_rules_*.py"))
    missing = [
        f"{r.family}/{r.name}"
        for r in rules.RULES
        if r.family in FAMILIES_WITH_TESTS and f'"{r.name}"' not in text
    ]
    assert missing == []


def rule_literals() -> set[str]:
    """Rule names the code passes to claims, evidence and decisions."""
    found: set[str] = set()
    for path in CODE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            args = list(node.args)
            if name.endswith("Claim") or name in ("Evidence", "_claim"):
                args = args[:1]
            elif name == "RelationState":
                args = args[1:2]
            else:
                args = []
            args += [k.value for k in node.keywords if k.arg == "rule"]
            found |= {
                a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)
            }
    return found


def test_every_rule_name_the_code_writes_is_in_the_table():
    literals = rule_literals()
    assert (
        len(literals) > 5
    )  # the walk found the rules (of the counterpart family, not on the engine)
    assert literals <= {r.name for r in rules.RULES}


def test_schema_enums_come_from_the_table():
    def allowed(table: str, column: str) -> set[str]:
        schema = TABLES[table].pandera()
        return set(schema.columns[column].checks[0].statistics["allowed_values"])

    assert allowed("missions", "rule") == set(rules.names("missions"))
    assert allowed("memberships", "rule") == set(rules.names("memberships"))
    assert allowed("recognitions", "rule") == set(rules.names("recognitions"))
    assert allowed("relations", "counterpart_method") == set(rules.names("counterpart"))
    assert allowed("relations", "status_rule") == set(rules.names("relation-status"))
    assert allowed("relations", "began_source") == set(rules.names("relation-began"))


def test_ranks_order_each_family():
    for family in {r.family for r in rules.RULES}:
        ranks = [r.rank for r in rules.family(family)]
        assert ranks == sorted(ranks) and ranks[0] == 1


def test_a_converted_rule_is_named_in_its_declaration_only():
    """The families the engine reads (`pipeline.rules`) name their rules once, in
    `schemas.rules`: no string in `pipeline/` spells one (a mission status that is spelt like a
    rule, "accredited-from", is a value of the status column, not a rule name)."""
    from pipeline.rules import RULES
    from schemas.tables import MISSION_STATUSES

    names = {r.name for r in RULES} - set(MISSION_STATUSES)
    spelt = {
        f"{path.relative_to(CODE)}: {node.value}"
        for path in CODE.rglob("*.py")
        if path.parent.name != "evaluation"  # the labels' own field names ("recognized")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value in names
    }
    assert spelt == set()


#: the rules of the engine's families that are no sentence rule: they decide for a whole row or
#: document after every sentence rule has read (`pipeline.resolve.relations`,
#: `pipeline.extract.status.row_readings`), or are a learned model's (`pipeline.learned`)
NOT_SENTENCE_RULES = {
    rules.PARTICIPATION_LIST,
    rules.MODEL_MEMBERSHIP_LR,
    rules.NO_RELATIONS_LIST,
    rules.RELATIONS_CHANGED,
    rules.RELATIONS_ESTABLISHED,
    rules.DATED_RELATIONS,
    rules.BREAK_THEN_LATER_EVENTS,
    rules.MISSIONS_IMPLY_RELATIONS,
    rules.TABLE_CELL,
    rules.FOOTNOTE_DATE,
}


def test_the_engine_has_one_rule_for_each_sentence_rule_of_its_families():
    """The registry: every declared Rule's spec is one of the table's, once; every rule of a
    family the engine reads is a declared Rule, unless it decides for a whole row."""
    from pipeline.rules import RULES

    specs = [r.spec for r in RULES]
    assert len(set(specs)) == len(specs)
    assert set(specs) <= set(rules.RULES)
    families = {r.family for r in RULES}
    assert {"relation-status", "relation-event", "relation-began", "claims", "began-kind"} <= (
        families
    )
    expected = {r for r in rules.RULES if r.family in families} - NOT_SENTENCE_RULES
    assert set(specs) == expected
    assert NOT_SENTENCE_RULES.isdisjoint(specs)
