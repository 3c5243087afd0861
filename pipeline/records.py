"""Typed fact records: one class per published table, its identity and its merge policy.

A record class is made from its table's columns (`schemas.tables`, where each column is
declared once): `class MissionRecord(Record, table="missions")` is a slotted dataclass whose
fields are the table's columns in order (all but the state codes beside each country column,
filled once the records become rows), typed from each column's kind and nullability, with the
column's default where it has one; its `RULE_FAMILY` is the one schemas/families.py gives the
table's `rule` column. The class body holds only the family's policy. `identity()` is what the
fact is about, never where it was read, so a moved row keeps its `fact_id`; `merge()` says what
happens when the same fact is stated twice: the statement of the better-ranked rule gives the
values, empty values are filled from the other, and every line that states it is kept in
`source_lines`.

mypy cannot see fields made at run time: `schemas/mypy_plugin.py` gives it the same fields,
from the same columns, typed as they are here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import field, replace
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from schemas import families
from schemas.columns import REQUIRED, Col
from schemas.rules import RE_RECOGNIZED, rank
from schemas.tables import DECLARED

Row = dict[str, object]

#: the Python type of each kind of column
PYTHON_TYPES: dict[str, Any] = {
    "str": str,
    "int": int,
    "float": float,
    "date": dt.date,
    "bool": bool,
    "list_str": list[str],
    "list_int": list[int],
}


def record_fields(columns: Sequence[Col]) -> list[tuple[str, Any, Any]]:
    """A table's columns as dataclass fields (all keyword-only, so that a column with a default
    may come before one without)."""
    out = []
    for col in columns:
        kind = PYTHON_TYPES[col.kind]
        declared = kind | None if col.nullable else kind
        if col.default is REQUIRED:
            spec = field(kw_only=True)
        elif isinstance(col.default, tuple):  # a list column's default: a fresh list each time
            spec = field(kw_only=True, default_factory=list(col.default).copy)
        else:
            spec = field(kw_only=True, default=col.default)
        out.append((col.name, declared, spec))
    return out


class _FromTable(type):
    """Makes `class X(Record, table=T)` a subclass of a slotted dataclass of T's columns, and
    keeps it in `made`, by table."""

    made: ClassVar[dict[str, type]] = {}

    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], table: str = ""
    ) -> _FromTable:
        if table:
            spec = DECLARED[table]
            if spec.names[:1] != ["fact_id"]:
                raise TypeError(f"table {table!r} does not start with fact_id")
            base = dataclasses.make_dataclass(
                f"{name}Columns", record_fields(spec.columns[1:]), bases=bases, slots=True
            )
            base.__module__ = namespace["__module__"]
            rules = {r.column: r.family for t, r in families.rule_columns() if t == table}
            namespace = {
                "__slots__": (),
                "TABLE": table,
                "RULE_FAMILY": rules.get("rule"),
                **namespace,
            }
            bases = (base,)
        made = super().__new__(mcls, name, bases, namespace)
        if table:
            if table in mcls.made:
                raise TypeError(f"two record classes for table {table!r}")
            mcls.made[table] = made
        return made

    def __init__(
        cls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], table: str = ""
    ) -> None:
        super().__init__(name, bases, namespace)


if TYPE_CHECKING:
    _T = TypeVar("_T")

    def _slotted(cls: _T) -> _T:
        return cls

else:
    _slotted = dataclasses.dataclass(slots=True)


@_slotted
class Record(metaclass=_FromTable):
    """What every fact has: its identity and where it was read."""

    TABLE: ClassVar[str] = ""
    RULE_FAMILY: ClassVar[str | None] = None
    fact_id: str = field(default="", kw_only=True)

    if TYPE_CHECKING:  # the fields and __init__ of each subclass: schemas/mypy_plugin.py
        __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

        def __init_subclass__(cls, *, table: str = "", **kwargs: Any) -> None: ...

    def identity(self) -> tuple[object, ...]:
        raise NotImplementedError

    def as_row(self) -> Row:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    def merge(self, other: Self) -> Self:
        """The same fact stated again: `self` was stated first."""
        return self


def _fill(kept: Any, other: Any, names: Sequence[str]) -> dict[str, Any]:
    """Values of `other` for the fields `kept` leaves empty."""
    return {n: getattr(other, n) for n in names if getattr(kept, n) is None}


def _lines(a: list[int], b: list[int]) -> list[int]:
    return sorted(set(a) | set(b))


def _better(a: Record, b: Record) -> bool:
    """Is `b` stated by a better-ranked rule than `a`?"""
    family = a.RULE_FAMILY
    if family is None:
        return False
    return rank(family, str(b.rule)) < rank(family, str(a.rule))  # type: ignore[attr-defined]


class DocumentRecord(Record, table="documents"):
    def identity(self) -> tuple[object, ...]:
        return (self.doc_id,)


class RelationRecord(Record, table="relations"):
    def identity(self) -> tuple[object, ...]:
        family = "list" if self.table_kind == "no-relations-list" else "table"
        party = (
            self.counterpart_iso3
            or (f"org:{self.counterpart_org_id}" if self.counterpart_org_id else None)
            or (f"entity:{self.counterpart_name}" if self.counterpart_name else None)
        )
        if party is None:
            cells = " ".join(FOOTNOTE_MARK.sub(" ", c) for c in self.cells)
            party = "row:" + " ".join(cells.split())
        return (self.doc_id, family, party)


class RelationEventRecord(Record, table="relation_events"):
    """A change in the relations of two states, with its date where the text gives one."""

    def identity(self) -> tuple[object, ...]:
        when = self.date.isoformat() if self.date is not None else None
        return (self.doc_id, self.subject_iso3, self.counterpart_iso3, self.event, when)


class MissionRecord(Record, table="missions"):
    """A mission; the same class serves `missions` (table rows) and `prose_missions`."""

    def identity(self) -> tuple[object, ...]:
        return (self.doc_id, self.sender_iso3, self.host_iso3, self.city, self.kind)

    def merge(self, other: MissionRecord) -> MissionRecord:
        lines = _lines(self.source_lines, other.source_lines)
        if _better(self, other):
            kept = replace(other, source_line=self.source_line, evidence=self.evidence)
            return replace(kept, source_lines=lines, **_fill(kept, self, _MISSION_DATE))
        return replace(self, source_lines=lines, **_fill(self, other, _MISSION_DATE))


_MISSION_DATE = ("date", "date_precision", "date_text", "date_note", "via_iso3", "note")


def cities_kept(records: Iterable[MissionRecord]) -> list[MissionRecord]:
    """Missions without a city folded into the one mission that says the same with its city:
    "accredited from its embassy in Washington, D.C.; United States" names one embassy, not an
    embassy in Washington and another somewhere. With two candidates nothing is folded."""
    kept = list(records)

    def key(m: MissionRecord) -> tuple[object, ...]:
        return (m.doc_id, m.sender_iso3, m.host_iso3, m.kind, m.status)

    with_city: dict[tuple[object, ...], list[int]] = {}
    for i, m in enumerate(kept):
        if m.city is not None:
            with_city.setdefault(key(m), []).append(i)
    folded: dict[int, MissionRecord] = {}
    dropped: set[int] = set()
    for i, m in enumerate(kept):
        places = with_city.get(key(m), [])
        if m.city is None and len(places) == 1:
            base = folded.get(places[0], kept[places[0]])
            folded[places[0]] = replace(
                base,
                source_lines=_lines(base.source_lines, m.source_lines),
                **_fill(base, m, _MISSION_DATE),
            )
            dropped.add(i)
    return [folded.get(i, m) for i, m in enumerate(kept) if i not in dropped]


class RecognitionRecord(Record, table="recognitions"):
    def identity(self) -> tuple[object, ...]:
        return (self.doc_id, self.recognizer_iso3, self.recognized_iso3, self.recognized_name)

    def same_occasion(self, other: RecognitionRecord) -> bool:
        """Two statements of one recognition: the same states, and dates that do not differ. A
        recognition stated again ("recognized again", "re-recognised") is another occasion
        than an undated plain one: "again" says there was an earlier one."""
        if self.identity() != other.identity():
            return False
        if self.date is not None and other.date is not None:
            return self.date == other.date
        again = {r.rule == RE_RECOGNIZED.name for r in (self, other)}
        return len(again) == 1

    def merge(self, other: RecognitionRecord) -> RecognitionRecord:
        lines = _lines(self.source_lines, other.source_lines)
        names = ("date", "date_precision", "date_text", "ordinal", "ordinal_text", "after_iso3")
        if _better(self, other):
            kept = replace(other, source_line=self.source_line, evidence=self.evidence)
            return replace(kept, source_lines=lines, **_fill(kept, self, names))
        return replace(self, source_lines=lines, **_fill(self, other, names))


class MembershipRecord(Record, table="memberships"):
    def identity(self) -> tuple[object, ...]:
        """One fact per standing: "joined in 1955" and "withdrew in 1991" are two facts. A
        member's identity is the one it had before standings were told apart, so its
        `fact_id` did not change with them."""
        base = (self.doc_id, self.member_iso3, self.org_id or self.org_name)
        return base if self.standing == "member" else (*base, self.standing)

    def merge(self, other: MembershipRecord) -> MembershipRecord:
        lines = _lines(self.source_lines, other.source_lines)
        names = ("date", "date_precision", "date_text")
        if _better(self, other):
            kept = replace(other, source_line=self.source_line, evidence=self.evidence)
            return replace(kept, source_lines=lines, **_fill(kept, self, names))
        return replace(self, source_lines=lines, **_fill(self, other, names))


class RoleRecord(Record, table="organization_roles"):
    """A standing in an organization other than membership (observer, candidate, ...)."""

    def identity(self) -> tuple[object, ...]:
        return (self.doc_id, self.member_iso3, self.org_id or self.org_name, self.status)

    def merge(self, other: RoleRecord) -> RoleRecord:
        lines = _lines(self.source_lines, other.source_lines)
        return replace(
            self, source_lines=lines, **_fill(self, other, ("date", "date_precision", "date_text"))
        )


class ClaimRecord(Record, table="claims"):
    def identity(self) -> tuple[object, ...]:
        return (self.doc_id, self.claim_kind, str(self.as_of))


class ReferenceRecord(Record, table="references"):
    def identity(self) -> tuple[object, ...]:
        return (self.doc_id, self.ref_id)


R = TypeVar("R", bound=Record)

#: every record class, in the order they are made above
RECORD_TYPES: tuple[type[Record], ...] = tuple(_FromTable.made.values())


def merged(records: Iterable[R]) -> list[R]:
    """Records with the same identity merged into the first, in order of first statement."""
    out: dict[tuple[object, ...], R] = {}
    for record in records:
        key = record.identity()
        out[key] = out[key].merge(record) if key in out else record
    return list(out.values())


def with_fact_ids(table: str, records: Iterable[R]) -> list[R]:
    """Each record with its `fact_id`: a hash of its table and identity; facts with the same
    identity in one document are told apart by their order. The records are fresh from their
    document's extraction, so each is given its id in place (a record listed twice is copied
    for its second id) rather than copied whole."""
    seen: Counter[str] = Counter()
    given: set[int] = set()
    out = []
    for record in records:
        base = identity_text(table, record.identity())
        seen[base] += 1
        if seen[base] > 1:
            base = f"{base}#{seen[base]}"
        fact_id = hashlib.sha256(base.encode()).hexdigest()[:16]
        if id(record) in given:
            record = replace(record, fact_id=fact_id)
        else:
            record.fact_id = fact_id
        given.add(id(record))
        out.append(record)
    return out


def identity_text(table: str, identity: tuple[object, ...]) -> str:
    """`json.dumps([table, *identity], default=str, ensure_ascii=False)`, the text a fact id
    hashes, written directly for the strings, integers and nulls identities are made of (the
    encoder's set-up costs more than the encoding); anything else goes through `json.dumps`."""
    parts = [encode_basestring(table)]
    for value in identity:
        if type(value) is str:
            parts.append(encode_basestring(value))
        elif value is None:
            parts.append("null")
        elif type(value) is int:  # not a bool, which json writes as "true"
            parts.append(int.__repr__(value))
        else:
            return json.dumps([table, *identity], default=str, ensure_ascii=False)
    return "[" + ", ".join(parts) + "]"
