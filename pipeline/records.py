"""Typed fact records: one class per published table, its identity and its merge policy.

The fields of each class are the columns of its table in `schemas.tables` (a test checks that
they stay equal). `identity()` is what the fact is about, never where it was read, so a moved
row keeps its `fact_id`; `merge()` says what happens when the same fact is stated twice: the
statement of the better-ranked rule gives the values, empty values are filled from the other,
and every line that states it is kept in `source_lines`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from json.encoder import encode_basestring
from typing import Any, ClassVar, Self, TypeVar

from pipeline.layout.footnotes import MARKER as FOOTNOTE_MARK
from schemas.rules import rank

Row = dict[str, object]


@dataclass(slots=True)
class Record:
    """What every fact has: its identity and where it was read."""

    TABLE: ClassVar[str] = ""
    RULE_FAMILY: ClassVar[str | None] = None
    fact_id: str = field(default="", kw_only=True)

    def identity(self) -> tuple[object, ...]:
        raise NotImplementedError

    def as_row(self) -> Row:
        return {f.name: getattr(self, f.name) for f in fields(self)}

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


@dataclass(slots=True)
class DocumentRecord(Record):
    TABLE: ClassVar[str] = "documents"
    doc_id: str
    file_name: str
    format: str
    sha256: str
    line_count: int
    subject_name: str
    subject_iso3: str | None
    table_count: int
    relation_rows: int
    footnote_count: int
    title: str = ""
    subject_is_state: bool = False
    past_period: bool = False
    source: str = ""
    url: str | None = None
    page_id: int | None = None
    rev_id: int | None = None
    rev_timestamp: str | None = None
    snapshot: dt.date | None = None
    licence: str | None = None

    def identity(self) -> tuple[object, ...]:
        return (self.doc_id,)


@dataclass(slots=True)
class RelationRecord(Record):
    TABLE: ClassVar[str] = "relations"
    doc_id: str
    source_line: int
    extractor: str
    evidence: str
    end_line: int
    subject_iso3: str | None
    region: str | None
    section: str
    table_index: int | None
    row_index: int
    table_kind: str
    table_header: str
    cells: list[str]
    country_text: str | None
    began_text: str | None
    notes_text: str | None
    ref_ids: list[int]
    empty_row: bool
    counterpart_iso3: str | None = None
    counterpart_name: str | None = None
    counterpart_org_id: str | None = None
    counterpart_kind: str | None = None
    counterpart_method: str | None = None
    counterpart_evidence: str | None = None
    counterpart_candidates: list[str] = field(default_factory=list)
    began: dt.date | None = None
    began_precision: str | None = None
    began_source: str | None = None
    began_note: str | None = None
    began_kind: str | None = None
    began_kind_rule: str | None = None
    status: str = "unknown"
    status_rule: str | None = None
    status_evidence: str | None = None

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


@dataclass(slots=True)
class MissionRecord(Record):
    """A mission; the same class serves `missions` (table rows) and `prose_missions`."""

    TABLE: ClassVar[str] = "missions"
    RULE_FAMILY: ClassVar[str | None] = "missions"
    doc_id: str
    source_line: int
    extractor: str
    rule: str
    evidence: str
    sender_iso3: str
    host_iso3: str
    city: str | None
    kind: str
    kind_text: str
    status: str
    resident: bool
    via_iso3: str | None
    date: dt.date | None
    date_precision: str | None
    date_text: str | None
    date_note: str | None
    note: str | None
    section: str
    relation_line: int | None
    source_lines: list[int]

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


@dataclass(slots=True)
class RecognitionRecord(Record):
    TABLE: ClassVar[str] = "recognitions"
    RULE_FAMILY: ClassVar[str | None] = "recognitions"
    doc_id: str
    source_line: int
    extractor: str
    rule: str
    evidence: str
    recognizer_iso3: str
    recognized_iso3: str | None
    recognized_name: str
    date: dt.date | None
    date_precision: str | None
    date_text: str | None
    ordinal: int | None
    ordinal_text: str | None
    ordinal_is_approximate: bool
    after_iso3: str | None
    section: str
    source_lines: list[int]

    def identity(self) -> tuple[object, ...]:
        return (self.doc_id, self.recognizer_iso3, self.recognized_iso3, self.recognized_name)

    def same_occasion(self, other: RecognitionRecord) -> bool:
        """Two statements of one recognition: the same states, and dates that do not differ."""
        return self.identity() == other.identity() and (
            self.date is None or other.date is None or self.date == other.date
        )

    def merge(self, other: RecognitionRecord) -> RecognitionRecord:
        lines = _lines(self.source_lines, other.source_lines)
        names = ("date", "date_precision", "date_text", "ordinal", "ordinal_text", "after_iso3")
        if _better(self, other):
            kept = replace(other, source_line=self.source_line, evidence=self.evidence)
            return replace(kept, source_lines=lines, **_fill(kept, self, names))
        return replace(self, source_lines=lines, **_fill(self, other, names))


@dataclass(slots=True)
class MembershipRecord(Record):
    TABLE: ClassVar[str] = "memberships"
    RULE_FAMILY: ClassVar[str | None] = "memberships"
    doc_id: str
    source_line: int
    extractor: str
    rule: str
    evidence: str
    member_iso3: str
    org_id: str | None
    org_name: str
    org_known: bool
    date: dt.date | None
    date_precision: str | None
    date_text: str | None
    section: str
    source_lines: list[int]
    #: the learned reader's score for a fact it added (`pipeline.learned`); None for the rules'
    score: float | None = None

    def identity(self) -> tuple[object, ...]:
        return (self.doc_id, self.member_iso3, self.org_id or self.org_name)

    def merge(self, other: MembershipRecord) -> MembershipRecord:
        lines = _lines(self.source_lines, other.source_lines)
        names = ("date", "date_precision", "date_text")
        if _better(self, other):
            kept = replace(other, source_line=self.source_line, evidence=self.evidence)
            return replace(kept, source_lines=lines, **_fill(kept, self, names))
        return replace(self, source_lines=lines, **_fill(self, other, names))


@dataclass(slots=True)
class RoleRecord(Record):
    """A standing in an organization other than membership (observer, candidate, ...)."""

    TABLE: ClassVar[str] = "organization_roles"
    RULE_FAMILY: ClassVar[str | None] = "memberships"
    doc_id: str
    source_line: int
    extractor: str
    rule: str
    evidence: str
    member_iso3: str
    org_id: str | None
    org_name: str
    org_known: bool
    status: str
    date: dt.date | None
    date_precision: str | None
    date_text: str | None
    section: str
    source_lines: list[int]

    def identity(self) -> tuple[object, ...]:
        return (self.doc_id, self.member_iso3, self.org_id or self.org_name, self.status)

    def merge(self, other: RoleRecord) -> RoleRecord:
        lines = _lines(self.source_lines, other.source_lines)
        return replace(
            self, source_lines=lines, **_fill(self, other, ("date", "date_precision", "date_text"))
        )


@dataclass(slots=True)
class ClaimRecord(Record):
    TABLE: ClassVar[str] = "claims"
    doc_id: str
    source_line: int
    extractor: str
    rule: str
    evidence: str
    subject_iso3: str | None
    claim_kind: str
    value: int
    qualifier: str
    as_of: dt.date | None
    as_of_precision: str | None
    listed_count: int | None
    listed_basis: str | None
    consistency: str

    def identity(self) -> tuple[object, ...]:
        return (self.doc_id, self.claim_kind, str(self.as_of))


@dataclass(slots=True)
class ReferenceRecord(Record):
    TABLE: ClassVar[str] = "references"
    doc_id: str
    source_line: int
    extractor: str
    evidence: str
    ref_id: int
    text: str
    title: str | None
    publisher: str | None
    date: dt.date | None
    date_precision: str | None
    date_text: str | None
    access_date: dt.date | None
    language: str | None
    url: str | None

    def identity(self) -> tuple[object, ...]:
        return (self.doc_id, self.ref_id)


R = TypeVar("R", bound=Record)

RECORD_TYPES: tuple[type[Record], ...] = (
    DocumentRecord,
    RelationRecord,
    MissionRecord,
    RecognitionRecord,
    MembershipRecord,
    RoleRecord,
    ClaimRecord,
    ReferenceRecord,
)


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
