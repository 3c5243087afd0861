"""`memberships`: states' memberships and other roles in organizations, read from sentences.

The rules of the family, declared once: each reads with the membership constructions of
`pipeline.extract.memberships.MembershipReader` (a walk over the sentence's clauses and its
"both countries", "A, B and C", appositive, "common membership", "entry into", "comprises" and
"together with" phrases), run at most once per sentence and shared; a rule's readings are the
claims the walk labels with its name. A statement read twice (the same member, organization,
status and rule) is kept once, by the family's precedence, after every rule has read.

`participation-list` reads lists under a heading, not sentences: it stays a document-level
reader (`MembershipReader.participation_list`), declared in `schemas.rules` with the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.engine import Context, Needs, Reading, Rule
from pipeline.engine.engine import SentenceReadings
from pipeline.engine.rule import Found, Resources
from pipeline.extract.memberships import MembershipClaim, MembershipReader
from schemas import rules as R

FAMILY = R.MEMBER_OF.family
FILLS = ("member_iso3", "org_id", "org_name", "status", "date_text")
#: a word of membership, or an organization followed by its members in brackets: what every
#: membership sentence holds ("⟪NATO⟫ (⟪Estonia⟫, ...)")
WORDS = r"@{membership-gate}|⟫\s*\(\s*(?:the\s+)?⟪"
NEEDS = Needs(groups=("membership-gate",), words=("(",))


def reader(res: Resources) -> MembershipReader:
    """The process's membership constructions, compiled once."""
    return MembershipReader(res.grammar)


def _walk(ctx: Context) -> list[MembershipClaim]:
    found: list[MembershipClaim] = ctx.res.once(reader).read_sentence(
        ctx.sentence, ctx.where.subject
    )
    return found


@dataclass(frozen=True, slots=True)
class _Labelled:
    """A rule's build: the claims the shared walk labels with its name, each placed on its
    organization's mention (the whole sentence when the organization is not a mention) and
    numbered in the order read."""

    spec: R.RuleSpec

    def __call__(self, ctx: Context, match: re.Match[str] | None) -> Iterable[Found]:
        for i, claim in enumerate(ctx.shared(_walk)):
            if claim.rule == self.spec.name:
                yield Found(_span(ctx, claim), claim, (i,))


def _span(ctx: Context, claim: MembershipClaim) -> tuple[int, int]:
    for i, mention in enumerate(ctx.sentence.mentions):
        if claim.org_id is not None and mention.label == "ORG" and mention.code == claim.org_id:
            at = ctx.sentence.at(i)
            return at, at + len(f"⟪{i}⟫")
    return 0, len(ctx.masked)


def _rule(spec: R.RuleSpec, *asserts: tuple[str, str]) -> Rule:
    return Rule(spec, NEEDS, WORDS, _Labelled(spec), FILLS, tuple(asserts))


BOTH_MEMBERS_OF = _rule(R.BOTH_MEMBERS_OF, ("members", "subject-and-row"))
MEMBERS_LISTED = _rule(R.MEMBERS_LISTED, ("members", "listed"))
MEMBER_OF = _rule(R.MEMBER_OF, ("members", "one"))
JOINED = _rule(R.JOINED, ("event", "entry"))
WITHDREW_FROM = _rule(R.WITHDREW_FROM, ("event", "exit"))
COMMON_MEMBERSHIP = _rule(R.COMMON_MEMBERSHIP, ("members", "listed"))
RULES: tuple[Rule, ...] = (
    BOTH_MEMBERS_OF,
    MEMBERS_LISTED,
    MEMBER_OF,
    JOINED,
    WITHDREW_FROM,
    COMMON_MEMBERSHIP,
)


def decide(readings: Sequence[Reading]) -> list[Reading]:
    """In the order read, each statement once (member, organization, status and rule)."""
    seen: set[tuple[str, str | None, str, str]] = set()
    out = []
    for r in sorted(readings, key=lambda r: r.order):
        c: MembershipClaim = r.claim
        key = (c.member, c.org_id or c.org_name, c.status, c.rule)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def claims(readings: SentenceReadings) -> list[MembershipClaim]:
    """The decided memberships of a sentence."""
    return [r.claim for r in readings.decided.get(FAMILY, ())]
