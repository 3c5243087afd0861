"""Why a fact is what it is: `python -m pipeline explain FACT_ID` (or `--doc DOC --line N`).

Reads a published version only: the fact with every column, the input lines it was read from
(the input file is found again by its name and checked against the sha256 the version
recorded), the named rules that decided it (their statement from `schemas/rules.py`) and the
text behind each of its values, footnotes included.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.errors import InputError, UsageError, shown
from pipeline.limits import DEFAULT_INPUT_BYTES
from pipeline.published import parquet_files, pick_version
from pipeline.read import decode, read_bytes
from pipeline.versions import read_manifest, version_dir
from schemas.families import rule_columns
from schemas.names import HISTORY_TABLES
from schemas.rules import RULES, RuleSpec

Record = dict[str, Any]

#: the rule families a table's `rule` column names (schemas/families.py)
RULE_FAMILY_OF_TABLE = {table: r.family for table, r in rule_columns() if r.column == "rule"}
#: columns other than `rule` that hold a rule's name, and the family it belongs to
RULE_COLUMNS = {r.column: r.family for _, r in rule_columns() if r.column != "rule"}
#: tables published beside the facts that are not facts themselves (a fact's history rows
#: carry its fact_id too)
NOT_FACTS = frozenset({"changes", *HISTORY_TABLES})
#: lines shown at most for one fact's span (a long table row), before and after context
MAX_SPAN_LINES = 40
#: where a file name is looked for when no --input is given: the working directory and the
#: checkout's fixtures/ (where the default input of `run` lives)
DEFAULT_SEARCH = (Path("."), Path(__file__).resolve().parent.parent / "fixtures")
#: documents columns that may record where the input was read from (tried first when present)
RECORDED_PATHS = ("source_path", "source_file", "path")


@dataclass(frozen=True, slots=True)
class Fact:
    table: str
    record: Record


@dataclass(frozen=True, slots=True)
class Source:
    """The input a document was read from, or why it cannot be shown."""

    path: Path | None
    lines: list[str]
    problem: str | None


def fact_tables(output: Path, version: str) -> list[tuple[str, Path]]:
    """Every Parquet file of the version whose rows are facts (they have a `fact_id`), by name.

    Tables other helpers add later (dyads, coverage) are found the same way."""
    return [
        (name, path)
        for name, path in parquet_files(output, version).items()
        if name not in NOT_FACTS and "fact_id" in pq.read_schema(path).names
    ]


def find_fact(output: Path, version: str, fact_id: str) -> Fact | None:
    for name, path in fact_tables(output, version):
        rows = pq.read_table(path, filters=[("fact_id", "=", fact_id)]).to_pylist()
        if rows:
            return Fact(name, rows[0])
    return None


def document_record(output: Path, version: str, doc_id: str) -> Record | None:
    path = version_dir(output, version) / "documents.parquet"
    if not path.is_file():
        return None
    rows = pq.read_table(path, filters=[("doc_id", "=", doc_id)]).to_pylist()
    return rows[0] if rows else None


def fact_lines(record: Record) -> tuple[int, int] | None:
    """The first and last input line of a fact (None for a fact without a line)."""
    start = record.get("source_line")
    if not isinstance(start, int):
        return None
    end = record.get("end_line")
    return start, end if isinstance(end, int) and end >= start else start


def facts_at_line(output: Path, version: str, doc_id: str, line: int) -> list[Fact]:
    """The facts read from `line` of a document: those whose span holds it, or that list it
    among the lines stating them (`source_lines`)."""
    found = []
    for name, path in fact_tables(output, version):
        if "source_line" not in pq.read_schema(path).names:
            continue
        for record in pq.read_table(path, filters=[("doc_id", "=", doc_id)]).to_pylist():
            span = fact_lines(record)
            also = record.get("source_lines") or []
            if (span and span[0] <= line <= span[1]) or line in also:
                found.append(Fact(name, record))
    return sorted(found, key=lambda f: (f.record["source_line"], f.table, f.record["fact_id"]))


def locate_source(doc: Record, search: Sequence[Path]) -> Source:
    """Find the document's input where the documents table says it was read from (`path`,
    relative to where the run started; when no --input is given) or by its file name under
    `search` (files or directories), and accept it only if its bytes are those the version
    read (same sha256)."""
    name = str(doc.get("file_name") or f"{doc.get('doc_id')}.md")
    # the path the run recorded (relative to where it started) unless --input says where
    recorded = tuple(search) == DEFAULT_SEARCH
    candidates: list[Path] = [
        Path(str(doc[column]))
        for column in RECORDED_PATHS
        if recorded and isinstance(doc.get(column), str) and Path(str(doc[column])).is_file()
    ]
    for place in search:
        if place.is_file():
            if place.name == name:
                candidates.append(place)
        elif (place / name).is_file():
            candidates.append(place / name)
    if not candidates:
        where = ", ".join(shown(p) for p in search)
        return Source(None, [], f"{shown(name)} is not found (looked in {where}; pass --input)")
    changed = None
    for path in candidates:
        try:
            raw = read_bytes(path, DEFAULT_INPUT_BYTES)
        except InputError as exc:
            changed = str(exc)
            continue
        if hashlib.sha256(raw).hexdigest() != doc.get("sha256"):
            changed = f"{shown(path)} has changed since this version read it (sha256 differs)"
            continue
        text = decode(raw, str(path)).removeprefix("\ufeff")
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return Source(path, lines, None)
    return Source(None, [], changed)


def rule_spec(table: str, column: str, value: object) -> RuleSpec | None:
    """The rule a column's value names, from the one table of rules."""
    if not isinstance(value, str):
        return None
    family = RULE_FAMILY_OF_TABLE.get(table) if column == "rule" else RULE_COLUMNS.get(column)
    matches = [r for r in RULES if r.name == value and (family is None or r.family == family)]
    return matches[0] if len(matches) == 1 else None


def show_value(value: object) -> str:
    if value is None:
        return "-"
    if value == "":
        return '""'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(show_value(v) for v in value) + "]" if value else "[]"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return shown(value) if isinstance(value, str) else str(value)


def columns_block(record: Record) -> list[str]:
    width = max(len(k) for k in record)
    return [f"  {k:<{width}}  {show_value(v)}" for k, v in record.items()]


def source_block(fact: Fact, source: Source, context: int) -> list[str]:
    span = fact_lines(fact.record)
    if span is None:
        return []
    if source.problem is not None:
        return [f"source: {source.problem}"]
    start, end = span
    first, last = max(1, start - context), min(len(source.lines), end + context)
    out = [f"source: {shown(source.path)}, line {start}" + (f"-{end}" if end > start else "")]
    for number in range(first, last + 1):
        inside = start <= number <= end
        if inside and start + MAX_SPAN_LINES <= number < end:  # a long row: its head and end
            if number == start + MAX_SPAN_LINES:
                out.append(f"   ... {end - number} more line(s) of the fact")
            continue
        mark = ">" if inside else " "
        out.append(f"{mark}{number:>6} | {shown(source.lines[number - 1])}")
    others = sorted(set(fact.record.get("source_lines") or []) - set(range(start, end + 1)))
    if others:
        out.append("also stated on line(s) " + ", ".join(str(n) for n in others))
    return out


def rules_block(fact: Fact) -> list[str]:
    out = []
    named = [c for c in fact.record if c == "rule" or c in RULE_COLUMNS or c.endswith("_rule")]
    for column in named:
        value = fact.record.get(column)
        if value is None:
            continue
        spec = rule_spec(fact.table, column, value)
        if spec is None:
            out.append(f"  {column} = {value}: not in schemas/rules.py")
            continue
        out.append(
            f"  {column} = {spec.name} ({spec.family}, rank {spec.rank}): {spec.reads}"
            f' - e.g. "{spec.example}"'
        )
    return ["rules:", *out] if out else []


def evidence_block(fact: Fact, footnotes: Iterable[Record]) -> list[str]:
    """The text behind each value: the evidence columns, each value as written (`x_text`
    beside `x`), notes, and the footnotes the fact cites."""
    record = fact.record
    out = []
    for column, value in record.items():
        if value in (None, "", []):
            continue
        if column == "evidence" or column.endswith("_evidence"):
            field = "the fact" if column == "evidence" else column.removesuffix("_evidence")
            out.append(f"  {field} <- {column}: {show_value(value)}")
        elif column.endswith("_text"):
            field = column.removesuffix("_text")
            if field == "country" and field not in record:
                field = "counterpart"
            out.append(f"  {field} <- {column} (as written): {show_value(value)}")
        elif column == "note" or column.endswith("_note"):
            out.append(f"  {column}: {show_value(value)}")
    cited = {int(r["ref_id"]): r for r in footnotes}
    for ref in record.get("ref_ids") or []:
        if int(ref) not in cited:
            text = "(not in the references table)"
        else:
            body = cited[int(ref)].get("text")
            text = show_value(body) if body else "(empty: the footnote has no text)"
        out.append(f"  footnote [{ref}]: {text}")
    return ["evidence:", *out] if out else []


def footnotes_of(output: Path, version: str, record: Record) -> list[Record]:
    refs = record.get("ref_ids") or []
    path = version_dir(output, version) / "references.parquet"
    if not refs or not path.is_file():
        return []
    table = pq.read_table(path, filters=[("doc_id", "=", record.get("doc_id"))])
    return [r for r in table.to_pylist() if r.get("ref_id") in set(refs)]


def explain(
    output: Path,
    fact_id: str,
    *,
    version: str | None = None,
    search: Sequence[Path] = DEFAULT_SEARCH,
    context: int = 3,
) -> list[str]:
    """The lines `explain FACT_ID` prints; a `UsageError` for an unknown fact."""
    version = pick_version(output, version)
    fact = find_fact(output, version, fact_id)
    if fact is None:
        raise UsageError(f"no fact {fact_id!r} in version {version} of {shown(output)}")
    doc = document_record(output, version, str(fact.record.get("doc_id")))
    out = [f"fact {fact_id}: {fact.table}, version {version}", *columns_block(fact.record)]
    if doc is not None and fact.table != "documents":
        source = locate_source(doc, search)
        out += source_block(fact, source, context)
    elif doc is None:
        out.append(f"source: document {fact.record.get('doc_id')!r} is not in this version")
    out += rules_block(fact)
    out += evidence_block(fact, footnotes_of(output, version, fact.record))
    out += history_block(output, version, fact_id)
    return out


def history_block(output: Path, version: str, fact_id: str) -> list[str]:
    """When the version was run over every revision (`--revisions all`): when the articles
    first and last stated the fact."""
    path = version_dir(output, version) / "fact_history.parquet"
    if not path.is_file():
        return []
    rows = pq.read_table(path, filters=[("fact_id", "=", fact_id)]).to_pylist()
    return ["history:", *(line for row in rows for line in columns_block(row))] if rows else []


def summary(fact: Fact) -> str:
    """One line naming what a fact is about."""
    keys = (
        "counterpart_iso3",
        "counterpart_name",
        "sender_iso3",
        "host_iso3",
        "city",
        "kind",
        "status",
        "recognizer_iso3",
        "recognized_iso3",
        "member_iso3",
        "org_id",
        "standing",
        "claim_kind",
        "value",
        "ref_id",
    )
    what = " ".join(
        f"{k}={show_value(fact.record[k])}" for k in keys if fact.record.get(k) not in (None, "")
    )
    rule = fact.record.get("rule") or fact.record.get("counterpart_method")
    return f"{fact.record['fact_id']}  {fact.table:<18} {what}" + (f"  ({rule})" if rule else "")


def explain_line(
    output: Path,
    doc_id: str,
    line: int,
    *,
    version: str | None = None,
    search: Sequence[Path] = DEFAULT_SEARCH,
) -> list[str]:
    """The lines `explain --doc DOC --line N` prints: that line and the facts read from it."""
    version = pick_version(output, version)
    doc = document_record(output, version, doc_id)
    if doc is None:
        inputs = read_manifest(output, version).get("inputs")
        docs = [i for i in inputs if isinstance(i, dict)] if isinstance(inputs, list) else []
        known = ", ".join(shown(i.get("doc_id")) for i in docs[:5]) + (
            ", ..." if len(docs) > 5 else ""
        )
        raise UsageError(f"no document {doc_id!r} in version {version} (documents: {known})")
    count = doc.get("line_count")
    if isinstance(count, int) and not 1 <= line <= count:
        raise UsageError(f"{shown(doc.get('file_name'))}: has lines 1 to {count}, not {line}")
    source = locate_source(doc, search)
    if source.problem is None and line <= len(source.lines):
        out = [f"{shown(source.path)}:{line} | {shown(source.lines[line - 1])}"]
    else:
        out = [f"{doc_id}:{line}; source: {source.problem}"]
    facts = facts_at_line(output, version, doc_id, line)
    if not facts:
        return [*out, f"no fact was read from line {line} (version {version})"]
    out.append(f"{len(facts)} fact(s) read from line {line} (version {version}):")
    out += [f"  {summary(f)}" for f in facts]
    out.append("explain one: python -m pipeline explain FACT_ID")
    return out
