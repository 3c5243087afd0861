"""`claims`: counts the article states ("diplomatic relations with 158 countries", "As of 2017,
... with 178 states", "a member of 47 international organizations"), checked against what the
article itself lists.

`listed_count` is what the document lists for the same thing: the countries named after the
claim's colon when it introduces a list, else the distinct counterparts of the relations rows
with relations established (for relation counts) or the distinct organizations of the subject
(for membership counts). `consistency` says how the two compare.
"""

from __future__ import annotations

import re

from pipeline.dates import find_date
from pipeline.extract.relations import FOOTNOTE_MARK
from pipeline.extract.sentences import LocatedSentence
from pipeline.resolve.entities import spotter

NOUNS = {
    "relations": r"(?:countries|states|nations|UN member states|member states)",
    "memberships": r"(?:international\s+)?(?:organi[sz]ations|bodies|institutions)",
    "embassies": r"(?:embassies|diplomatic missions|missions)",
}
QUALIFIERS = (
    (r"more than|over|in excess of", "more-than"),
    (r"about|around|approximately|some|nearly|almost", "about"),
    (r"at least", "at-least"),
)
QUALIFIER = "(?P<qual>" + "|".join(q for q, _ in QUALIFIERS) + r")?\s*"
NOT_BEFORE = re.compile(r"\b(?:not|n't|no|never|without|nor)\b[^,.;]*$", re.I)
UNOFFICIAL = re.compile(
    r"\bunofficial\s+(?:diplomatic\s+)?(?:relations|ties)\s+(?:\[\d+\]\s*)?with\s+\S*$", re.I
)
PATTERNS = (
    (
        "relations-count",
        re.compile(
            rf"\b(?:diplomatic\s+)?(?:relations|ties)\s+with\s+{QUALIFIER}(?P<n>\d{{1,3}})\s+"
            rf"(?:other\s+)?{NOUNS['relations']}",
            re.I,
        ),
    ),
    (
        "recognitions-count",
        re.compile(
            rf"\brecogni[sz]ed\s+by\s+{QUALIFIER}(?P<n>\d{{1,3}})\s+(?:other\s+)?"
            rf"{NOUNS['relations']}",
            re.I,
        ),
    ),
    (
        "memberships-count",
        re.compile(
            rf"\bmember\s+of\s+{QUALIFIER}(?P<n>\d{{1,3}})\s+(?:different\s+)?"
            rf"{NOUNS['memberships']}",
            re.I,
        ),
    ),
    (
        "embassies-count",
        re.compile(
            rf"\b(?:has|have|maintains?|operates?)\s+{QUALIFIER}(?P<n>\d{{1,3}})\s+"
            rf"{NOUNS['embassies']}",
            re.I,
        ),
    ),
)
AS_OF = re.compile(r"\b(?:as of|by|in)\s+(?P<when>(?:\w+\s+)?\d{4})\b", re.I)


def claims_of(sentence: LocatedSentence) -> list[dict[str, object]]:
    out = []
    text = " ".join(FOOTNOTE_MARK.sub(" ", sentence.text).split())
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if UNOFFICIAL.search(text[: m.start("n")]):
                continue  # "unofficial relations with 57 states" are not diplomatic relations
            claim_kind = kind
            if kind == "relations-count" and NOT_BEFORE.search(text[: m.start()]):
                claim_kind = "no-relations-count"
            qualifier = "exact"
            if m.group("qual"):
                low = m.group("qual").lower()
                qualifier = next(q for p, q in QUALIFIERS if re.fullmatch(p, low))
            as_of = None
            if w := AS_OF.search(text):
                as_of = find_date(w.group("when"))
            out.append(
                {
                    "source_line": sentence.line,
                    "extractor": "claims.sentence",
                    "evidence": " ".join(sentence.text.split()),
                    "claim_kind": claim_kind,
                    "value": int(m.group("n")),
                    "qualifier": qualifier,
                    "as_of": as_of.date if as_of else None,
                    "as_of_precision": as_of.precision if as_of else None,
                    "listed_in_sentence": _listed_after_colon(text, m.end()),
                }
            )
    return out


def _listed_after_colon(text: str, end: int) -> int | None:
    """Countries named after the claim when it introduces a list ("158 countries: A, B, ...")."""
    rest = text[end:]
    colon = re.match(r"\s*(?:\[\d+\])*\s*:", rest)
    if not colon:
        return None
    codes = {
        m.code for m in spotter().mentions(rest[colon.end() :]) if m.label == "COUNTRY" and m.code
    }
    return len(codes) or None


def claim_records(
    doc_id: str,
    subject: str | None,
    sentences: list[LocatedSentence],
    listed: dict[str, tuple[int, str]],
) -> list[dict[str, object]]:
    """`listed`: for each claim kind, what the document lists of it and what that is."""
    out = []
    seen: set[tuple[object, ...]] = set()
    for sentence in sentences:
        for claim in claims_of(sentence):
            key = (claim["source_line"], claim["claim_kind"], claim["value"])
            if key in seen:
                continue
            seen.add(key)
            count = claim.pop("listed_in_sentence")
            basis: str | None = "list after the claim"
            if count is None:
                count, basis = listed.get(str(claim["claim_kind"]), (None, None))
            if not count:  # the document lists nothing of the kind: nothing to check against
                count, basis = None, None
            out.append(
                {
                    "doc_id": doc_id,
                    "subject_iso3": subject,
                    **claim,
                    "listed_count": count,
                    "listed_basis": basis,
                    "consistency": _consistency(claim["value"], claim["qualifier"], count),
                }
            )
    return out


def _consistency(value: object, qualifier: object, listed: int | None) -> str:
    if listed is None or not isinstance(value, int):
        return "not-checkable"
    if (
        listed == value
        or (qualifier == "more-than" and listed > value)
        or (qualifier == "about" and abs(listed - value) <= max(2, value // 10))
    ):
        return "consistent"
    return "document-lists-fewer" if listed < value else "document-lists-more"
