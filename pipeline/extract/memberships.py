"""`memberships`: which organizations a state belongs to, and in what capacity.

Three sources:
- the "International organization participation" list of acronyms, with qualifiers:
  `AsDB, BSEC, CE, ..., ISO (correspondent), ..., OAS (observer), ...`
- prose: "Azerbaijan is a member of the United Nations, the Non-Aligned Movement, ..."
- table rows: "Both countries are full members of the Council of Europe and the OSCE",
  "Also Azerbaijan is a full member of the Council of Europe, Belarus is a candidate."
Every organization goes through the registry (`data/organizations.csv`); an acronym of the
participation list that the registry does not know is kept, with `org_known` false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.missions import ENT, NEGATION, mask
from pipeline.extract.relations import FOOTNOTE_MARK
from pipeline.extract.sentences import LocatedSentence
from pipeline.model import Block, BulletList, GridTable, Layout, Paragraph
from pipeline.resolve.organizations import registry

PARTICIPATION = re.compile(
    r"organi[sz]ations?\s+(?:participation|membership)|\bmemberships?\b|"
    r"international\s+organi[sz]ations?$",
    re.I,
)
LIST_LEAD_IN = re.compile(
    r"\b(?:member|members|participates?|participant)\b.*\b(?:following|these|organi[sz]ations)"
    r"\b[^.]*[:.]\s*(?:\[\d+\])*\s*$",
    re.I,
)
LEAD_IN = re.compile(
    r"^.*?\b(?:(?:is|are)\s+(?:also\s+)?(?:a\s+)?members?\s+of\s+(?:the\s+)?|"
    r"participates?\s+in\s+the\s+following[^:]*:\s*)",
    re.I,
)
QUALIFIER = re.compile(r"^(?P<name>.+?)\s*\((?P<qual>[^)]*)\)\s*$")
STATUS_WORDS = (
    ("observer", "observer"),
    ("candidate", "candidate"),
    ("partner", "partner"),
    ("associate", "associate"),
    ("correspondent", "correspondent"),
    ("subscriber", "subscriber"),
    ("dialogue partner", "partner"),
    ("non-regional", "member"),
    ("regional", "member"),
    ("full member", "member"),
    ("member", "member"),
)
MEMBER_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|became|become|has been|have been|remains?)\b[^⟪]*?\b"
    r"(?:members?|observers?|candidates?|partners?|associates?|participants?|part)\b"
    r"|\bjoined\b|\bmembership\b",
    re.I,
)
CAPACITY = re.compile(
    r"\b(?:observers?|candidates?|associates?|partners?|correspondents?)(?:\s+(?:member|state|"
    r"status|country|for\s+co-?operation))?\s+(?:of|in|to|at|with)\s+(?:the\s+)?$",
    re.I,
)
LIST_GLUE = re.compile(r"\s*(?:,|;|and|,\s*and|the|\s)*\s*", re.I)
QUALIFIER_AFTER = re.compile(
    r"\s*\(([^)]*(?:observer|candidate|associate|partner|"
    r"correspondent)[^)]*)\)",
    re.I,
)
BOTH = re.compile(r"^\s*(?:also,?\s+)?(?:both|the two)\s+(?:countries|states|nations)\b", re.I)
CLAUSE_START = re.compile(
    rf"(?:^|[,;]\s*(?:and\s+|while\s+|whereas\s+)?)(?:also,?\s+)?(?:the\s+)?{ENT}"
    r"\s+(?:is|are|was|became|has|remains)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Membership:
    member: str
    org_id: str | None
    org_name: str
    status: str
    line: int
    text: str
    source: str


def participation_list(layout: Layout) -> list[Membership]:
    """The list of organizations under an "International organization participation" heading
    or after a lead-in such as "Ireland is a member of ... the following:", whether written as
    a comma-separated paragraph, as bullets, or as a table of bullets."""
    subject = layout.document.subject_iso3
    if subject is None:
        return []
    out: list[Membership] = []
    lead_in = False
    for placed in layout.blocks:
        block = placed.block
        in_section = bool(placed.section) and bool(PARTICIPATION.search(placed.section[-1]))
        if isinstance(block, Paragraph):
            if (in_section or lead_in) and _looks_like_a_list(block.text):
                text = LEAD_IN.sub("", FOOTNOTE_MARK.sub(" ", block.text)).strip().rstrip(".")
                for item in re.split(r"\s*[,;]\s*", text):
                    out.extend(_item(item, subject, block.line, block.text))
            lead_in = bool(LIST_LEAD_IN.search(block.text))
            continue
        if in_section or lead_in:
            for text, line in _list_items(block):
                out.extend(_item(FOOTNOTE_MARK.sub(" ", text), subject, line, text))
        lead_in = False
    return out


def _list_items(block: Block) -> list[tuple[str, int]]:
    """Bullet items of a list, or of the cells of a table of lists."""
    if isinstance(block, BulletList):
        return [(item.text, item.line) for item in block.walk()]
    if isinstance(block, GridTable):
        return [
            (item.text, item.line)
            for row in block.rows
            for cell in row.cells
            for inner in cell.blocks
            if isinstance(inner, BulletList)
            for item in inner.walk()
        ]
    return []


def _looks_like_a_list(text: str) -> bool:
    items = [i for i in re.split(r"\s*[,;]\s*", text.strip()) if i]
    short = [i for i in items if len(i.split()) <= 5]
    return len(items) >= 5 and len(short) >= 0.8 * len(items)


def _item(item: str, subject: str, line: int, text: str) -> list[Membership]:
    item = " ".join(LEAD_IN.sub("", item).split()).strip(" .,;:-")
    if not item or len(item.split()) > 12:
        return []
    if registry().lookup(QUALIFIER.sub(r"\g<name>", item)) is None:
        parts = re.split(r"\s*;\s*|\s+and\s+(?:the\s+)?|,\s*(?:and\s+)?(?:the\s+)?", item)
        if len(parts) > 1 and all(registry().lookup(p) for p in parts):
            return [m for p in parts for m in _item(p, subject, line, text)]
    status = "member"
    org = None
    m = QUALIFIER.match(item)
    if m:
        item, qualifier = m.group("name").strip(), m.group("qual").strip()
        org = registry().lookup(qualifier)  # "Lomé Convention (ACP)": the acronym names it
        if org is None:
            status = _status(qualifier)
    org = org or registry().lookup(item)
    return [
        Membership(
            subject,
            org.org_id if org else None,
            org.name if org else item,
            status,
            line,
            text,
            "participation-list",
        )
    ]


def _status(text: str) -> str:
    low = text.lower()
    for word, status in STATUS_WORDS:
        if word in low:
            return status
    return "member"


def memberships_of(
    sentence: LocatedSentence, subject: str | None, counterpart: str | None
) -> list[Membership]:
    """Memberships a sentence states, clause by clause."""
    masked = mask(sentence)
    if not MEMBER_CLAUSE.search(masked):
        return []
    out: list[Membership] = []
    previous_orgs: list[int] = []
    for members, clause in _clauses(masked, sentence, subject, counterpart):
        if NEGATION.search(clause.split("⟪")[0] if "⟪" in clause else clause):
            continue
        orgs = _orgs_with_status(clause, sentence)
        if not orgs and previous_orgs and MEMBER_CLAUSE.search(clause):
            status = _status(clause)
            orgs = [(i, status) for i in previous_orgs]
        if not orgs:
            continue
        previous_orgs = [i for i, _ in orgs]
        for member in members:
            for i, status in orgs:
                mention = sentence.mentions[i]
                org = registry().orgs[mention.code] if mention.code else None
                out.append(
                    Membership(
                        member,
                        org.org_id if org else None,
                        org.name if org else mention.text,
                        status,
                        sentence.line,
                        sentence.text,
                        "sentence",
                    )
                )
    return out


def _clauses(
    masked: str, sentence: LocatedSentence, subject: str | None, counterpart: str | None
) -> list[tuple[list[str], str]]:
    """(members, clause text): a new clause starts where a state becomes the subject."""
    starts: list[tuple[int, list[str]]] = []
    if BOTH.match(masked):  # with the counterpart unknown, the subject's membership still holds
        pair = [c for c in (subject, counterpart) if c]
        if pair:
            starts.append((0, pair))
    for m in CLAUSE_START.finditer(masked):
        mention = sentence.mentions[int(m.group(1))]
        if mention.label == "COUNTRY" and mention.code:
            starts.append((m.start(), [mention.code]))
    starts.sort(key=lambda s: s[0])
    out = []
    for k, (start, members) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(masked)
        out.append((members, masked[start:end]))
    return out


def _orgs_with_status(clause: str, sentence: LocatedSentence) -> list[tuple[int, str]]:
    """Organizations of a clause, each with its capacity: "an observer member of the CoE and
    a partner for co-operation of the OSCE"; a capacity carries over a plain list ("an
    observer of A, B and C"); a parenthesis ("BSEC (observer)") qualifies its item only."""
    out: list[tuple[int, str]] = []
    carried = "member"
    last = 0
    for m in re.finditer(ENT, clause):
        before = re.sub(r"\([^)]*\)", " ", clause[last : m.start()])
        if capacity := CAPACITY.search(before):
            carried = _status(capacity.group())
        elif not LIST_GLUE.fullmatch(before):
            carried = "member"
        last = m.end()
        status = carried
        if paren := QUALIFIER_AFTER.match(clause[m.end() :]):
            status = _status(paren.group(1))
        mention = sentence.mentions[int(m.group(1))]
        if mention.label == "ORG" and not any(
            sentence.mentions[i].code == mention.code for i, _ in out
        ):
            out.append((int(m.group(1)), status))
    return out


def membership_records(doc_id: str, found: list[Membership]) -> list[dict[str, object]]:
    records: dict[tuple[object, ...], dict[str, object]] = {}
    for ms in sorted(found, key=lambda m: m.line):  # the first statement is the provenance
        key = (ms.member, ms.org_id or ms.org_name, ms.status)
        if key in records:
            records[key]["source_lines"].append(ms.line)  # type: ignore[union-attr]
            continue
        records[key] = {
            "doc_id": doc_id,
            "source_line": ms.line,
            "extractor": f"memberships.{ms.source}",
            "evidence": " ".join(ms.text.split())[:2000],
            "member_iso3": ms.member,
            "org_id": ms.org_id,
            "org_name": ms.org_name,
            "org_known": ms.org_id is not None,
            "status": ms.status,
            "source_lines": [ms.line],
        }
    return list(records.values())
