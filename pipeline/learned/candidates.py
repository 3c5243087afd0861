"""Candidate membership pairs: a state and an organization read in one sentence.

Every sentence the analysis made (table rows and running text) that names an organization the
registry knows gives one candidate per state it could be about: each state the sentence names,
the document's subject and, in a table row, the row's counterpart (the two the rules resolve
"It", "both countries" and "both are members" to). The model then decides which candidates
state a membership. Nothing here reads English: that is the features' and the model's work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from pipeline.analysis.text import Sentence

#: an organization placed within the one before it ("the Group of 77 in the United Nations")
WITHIN = re.compile(r"⟪(\d+)⟫\s*(?:\([^)]*\)\s*)?(?:in|within|at)\s+(?:the\s+)?$", re.I)
#: an organization followed by its successor ("the EEC (now the European Union)"): the
#: successor is the candidate
SUCCEEDED = re.compile(
    r"^\s*\(\s*(?:now|today|later|since renamed|renamed|succeeded by)\s+(?:the\s+)?⟪", re.I
)

#: how the candidate's state is referred to in its sentence
Reference = Literal["named", "subject", "counterpart"]


@dataclass(frozen=True, slots=True)
class SentenceSource:
    """A sentence with where it was read: a table row (with its counterpart) or prose."""

    sentence: Sentence
    section: str
    in_row: bool
    counterpart: str | None = None


@dataclass(frozen=True, slots=True)
class MembershipCandidate:
    """A (state, organization) pair of one sentence; `state_at` and `org_at` are indexes
    into the sentence's mentions (`state_at` is None for a state it does not name)."""

    source: SentenceSource
    member: str
    org_id: str
    org_name: str
    org_kind: str
    org_at: int
    state_at: int | None
    reference: Reference

    @property
    def line(self) -> int:
        return self.source.sentence.line

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.member, self.org_id, self.line)


def membership_candidates(
    sources: Iterable[SentenceSource],
    subject: str | None,
    orgs: Mapping[str, tuple[str, str]],
    states: frozenset[str],
) -> list[MembershipCandidate]:
    """The candidates of `sources`, in order, each (member, org, line) once: the first
    organization mention and the most direct reference win. `orgs` maps the registry's
    org_ids to their (name, kind) (only those organizations are candidates); `states` are the
    codes a member may have."""
    out: list[MembershipCandidate] = []
    seen: set[tuple[str, str, int]] = set()
    for source in sources:
        for candidate in _of_sentence(source, subject, orgs, states):
            if candidate.key not in seen:
                seen.add(candidate.key)
                out.append(candidate)
    return out


def _of_sentence(
    source: SentenceSource,
    subject: str | None,
    orgs: Mapping[str, tuple[str, str]],
    states: frozenset[str],
) -> Iterator[MembershipCandidate]:
    mentions = source.sentence.mentions
    named_orgs = [
        (i, m.code)
        for i, m in enumerate(mentions)
        if m.label == "ORG"
        and m.code is not None
        and m.code in orgs
        and not _placed_or_renamed(source.sentence, i)
    ]
    if not named_orgs:
        return
    named = [
        (i, m.code)
        for i, m in enumerate(mentions)
        if m.label == "COUNTRY" and m.code is not None and m.code in states
    ]
    named_codes = {code for _, code in named}
    implicit: list[tuple[str, Reference]] = []
    if subject is not None and subject in states and subject not in named_codes:
        implicit.append((subject, "subject"))
    counterpart = source.counterpart
    if (
        counterpart is not None
        and counterpart in states
        and counterpart not in named_codes
        and counterpart != subject
    ):
        implicit.append((counterpart, "counterpart"))
    for org_at, org_id in named_orgs:
        name, kind = orgs[org_id]
        for state_at, code in named:
            yield MembershipCandidate(source, code, org_id, name, kind, org_at, state_at, "named")
        for code, reference in implicit:
            yield MembershipCandidate(source, code, org_id, name, kind, org_at, None, reference)


def _placed_or_renamed(sentence: Sentence, index: int) -> bool:
    """Mention `index` is an organization within the one before it, or one followed by its
    successor's name: no state is said to be a member of it."""
    at = sentence.masked.find(f"⟪{index}⟫")
    if at < 0:
        return False
    before = sentence.masked[max(0, at - 80) : at]
    after = sentence.masked[at + len(f"⟪{index}⟫") :]
    within = WITHIN.search(before)
    if within is not None and sentence.mention(within.group(1)).label == "ORG":
        return True
    return bool(SUCCEEDED.match(after))
