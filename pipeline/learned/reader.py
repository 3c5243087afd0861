"""The learned membership reader: the hook `pipeline.document` calls after the rules.

It adds, with rule `model:<name>` and the model's score, the memberships the rules did not
find: a candidate is scored only when no rule made its (member, organization) fact in the
document (of any standing: a former member too) and no rule read another standing for that pair
on that line (an observer, a candidate, a negation: `organization_roles`); it is used only at or
above the threshold the
cross-validation chose. Each (member, organization) gives one fact, first stated on its first
line, with every line that states it and the best score among them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.analysis.document import DocumentAnalysis
from pipeline.extract.relations import RelationRow
from pipeline.knowledge import Knowledge
from pipeline.learned.candidates import (
    MembershipCandidate,
    SentenceSource,
    membership_candidates,
)
from pipeline.learned.features import features
from pipeline.learned.model import LinearModel, load_model
from pipeline.records import MembershipRecord, RoleRecord
from pipeline.resolve.counterpart import Counterpart
from pipeline.resolve.memberships import STANDING_BY_KIND
from schemas.iso3 import iso3_codes

#: the shipped membership model's name (`pipeline/learned/data/<name>.json`)
MEMBERSHIP_MODEL = "membership-lr"
RULE_PREFIX = "model:"
#: words of a membership still in prospect (a bid, an application, an accession sought) and
#: "non-member": where they are, the rules decide alone (the membership rules read the same
#: words as a prospect, `pipeline.extract.memberships`)
PROSPECT = r"non-?members?|bids?|accession|applications?|aspir\w*|seek\w*|sought"


def sentence_sources(
    analysis: DocumentAnalysis, rows: Sequence[RelationRow], counterparts: Sequence[Counterpart]
) -> list[SentenceSource]:
    """Every sentence the membership rules read, in their order: table rows, then prose."""
    out = [
        SentenceSource(sentence, row.section, True, cp.iso3)
        for row, cp in zip(rows, counterparts, strict=True)
        for sentence in row.sentences
    ]
    out.extend(
        SentenceSource(p.sentence, " > ".join(p.section), False, None) for p in analysis.prose
    )
    return out


@dataclass(frozen=True)
class MembershipModelReader:
    """Candidates, the rules' facts that block them, and (with a model) the facts it adds."""

    #: org_id -> (name, kind) of the organizations a state may be a member of
    orgs: dict[str, tuple[str, str]]
    states: frozenset[str]
    #: a sentence these words are in gives no fact (`guard`)
    guard: re.Pattern[str] | None = None
    model: LinearModel | None = None

    @classmethod
    def build(cls, knowledge: Knowledge, model: LinearModel | None = None) -> MembershipModelReader:
        orgs = knowledge.organizations.orgs
        return cls(
            orgs={k: (o.name, o.kind) for k, o in orgs.items() if o.kind not in STANDING_BY_KIND},
            states=iso3_codes(),
            guard=guard(knowledge),
            model=model,
        )

    @property
    def rule(self) -> str:
        return RULE_PREFIX + (self.model.name if self.model else MEMBERSHIP_MODEL)

    def candidates(
        self,
        analysis: DocumentAnalysis,
        rows: Sequence[RelationRow],
        counterparts: Sequence[Counterpart],
    ) -> list[MembershipCandidate]:
        return membership_candidates(
            sentence_sources(analysis, rows, counterparts),
            analysis.layout.document.subject_iso3,
            self.orgs,
            self.states,
        )

    def blocked(
        self,
        candidate: MembershipCandidate,
        memberships: Sequence[MembershipRecord],
        roles: Sequence[RoleRecord],
    ) -> bool:
        """A rule made the fact, or read another standing for the pair on that line, or the
        sentence holds a word of negation or of another standing (`guard`)."""
        if self.guard is not None and self.guard.search(candidate.source.sentence.masked):
            return True
        return any(
            r.member_iso3 == candidate.member and r.org_id == candidate.org_id for r in memberships
        ) or any(
            r.member_iso3 == candidate.member
            and r.org_id == candidate.org_id
            and candidate.line in r.source_lines
            for r in roles
        )

    def memberships(
        self,
        analysis: DocumentAnalysis,
        rows: Sequence[RelationRow],
        counterparts: Sequence[Counterpart],
        memberships: list[MembershipRecord],
        roles: list[RoleRecord],
    ) -> list[MembershipRecord]:
        """The rules' memberships followed by the model's."""
        model = self.model
        if model is None:
            return memberships
        found: dict[tuple[str, str], list[tuple[MembershipCandidate, float]]] = {}
        for candidate in self.candidates(analysis, rows, counterparts):
            if self.blocked(candidate, memberships, roles):
                continue
            score = model.score(features(candidate))
            if score >= model.threshold:
                found.setdefault((candidate.member, candidate.org_id), []).append(
                    (candidate, score)
                )
        doc_id = analysis.layout.document.doc_id
        return memberships + [self._record(doc_id, lines) for lines in found.values()]

    def _record(
        self, doc_id: str, lines: list[tuple[MembershipCandidate, float]]
    ) -> MembershipRecord:
        first = min(lines, key=lambda cs: cs[0].line)[0]
        source = first.source
        return MembershipRecord(
            doc_id=doc_id,
            source_line=first.line,
            extractor="memberships.table-row" if source.in_row else "memberships.prose",
            rule=self.rule,
            evidence=source.sentence.evidence,
            member_iso3=first.member,
            org_id=first.org_id,
            org_name=first.org_name,
            org_known=True,
            standing="member",
            date=None,
            date_precision=None,
            date_text=None,
            section=source.section,
            source_lines=sorted({c.line for c, _ in lines}),
            score=max(s for _, s in lines),
        )


def guard(knowledge: Knowledge) -> re.Pattern[str]:
    """Words after which a sentence is left to the rules: a negation ("not", "no longer",
    "never") and every standing other than membership the rules' vocabulary knows ("observer",
    "candidate", "applied to join", "withdrew from", "suspended", ...), and a prospect
    (`PROSPECT`). The rules read these;
    where they read nothing, the model is not asked to guess."""
    v = knowledge.vocabulary
    terms = [
        *v.terms("negation"),
        *(t for t, value in v.values("membership-noun").items() if value != "member"),
        *(t for t, value in v.values("membership-verb").items() if value != "member"),
        *v.terms("membership-ending"),
    ]
    words = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(set(terms)))
    return re.compile(rf"(?<![\w'’])(?:{words}|{PROSPECT})(?!\w)|n't\b", re.I)


def load_reader(knowledge: Knowledge) -> MembershipModelReader | None:
    """The reader of the shipped model when it is switched on, else None."""
    model = load_model(MEMBERSHIP_MODEL)
    if model is None or not model.enabled:
        return None
    return MembershipModelReader.build(knowledge, model)
