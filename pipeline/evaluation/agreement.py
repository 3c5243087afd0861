"""How far two independent labellings of the same documents agree.

One document in ten of the corpus is labelled twice, by readers who did not see each other's
labels (`fixtures/gold/second/`). Their agreement bounds what any score against the labels can
mean. Two labels match as a run's facts match the labels (`pipeline.evaluation.gold`): missions
on document, sender and host (a territory counts as its state), memberships on document, member
and organization, recognitions on document and the two states, each with the lines within one.
Two names of one organization ("CAN" and "Andean Pact", "G77" and "G-77") are one organization
where the registry knows both (`registry_org_key`): the labellers agree on the fact, only the
scorer's name table does not join them. Agreement is the F1 of one labelling scored against the
other (2 x matched / (first + second)), which does not depend on which of the two is called
first. Lines either labeller skipped (a list of acronyms left unlabelled) are left out of both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluation.gold import Gold, Row, canon_org

AGREED_ON = ("missions", "memberships", "recognitions")


@dataclass(frozen=True)
class Agreement:
    what: str
    first: int
    second: int
    matched: int
    #: of the matched missions, those whose kind (city, recognition year) both give alike
    same_detail: int

    @property
    def f1(self) -> float:
        total = self.first + self.second
        return 1.0 if total == 0 else 2 * self.matched / total

    @property
    def detail(self) -> float | None:
        return self.same_detail / self.matched if self.matched else None


#: the key an organization's name is compared on
OrgKey = Callable[[object], str]


def _key(
    what: str, label: Row, sovereign: Mapping[str, str], org_key: OrgKey = canon_org
) -> tuple[object, ...]:
    doc = Path(str(label["doc"])).stem
    if what == "missions":
        sender, host = (str(label.get(k) or "") for k in ("sender", "host"))
        return (doc, sovereign.get(sender, sender), sovereign.get(host, host))
    if what == "memberships":
        return (doc, label.get("member"), org_key(label.get("org")))
    return (doc, label.get("recognizer"), label.get("recognized"))


def _detail(what: str, a: Row, b: Row) -> bool:
    if what == "missions":
        same_city = str(a.get("city") or "").casefold() == str(b.get("city") or "").casefold()
        return a.get("kind") == b.get("kind") and same_city
    if what == "recognitions":
        return _year(a.get("date")) == _year(b.get("date"))
    return True


def _year(text: object) -> str | None:
    digits = [w for w in str(text or "").replace(",", " ").split() if w.isdigit() and len(w) == 4]
    return digits[0] if digits else None


def _skipped(label: Row, skips: Mapping[str, tuple[tuple[int, int], ...]]) -> bool:
    doc = Path(str(label["doc"])).stem
    line = int(str(label["line"]))
    return any(first <= line <= last for first, last in skips.get(doc, ()))


def agreement(
    what: str,
    first: Gold,
    second: Gold,
    sovereign: Mapping[str, str] | None = None,
    org_key: OrgKey = canon_org,
) -> Agreement:
    """The agreement of two labellings of one kind, on the documents the second labels;
    organizations compared on `org_key` (by default the scorer's names)."""
    sovereign = sovereign or {}
    docs = second.docs
    skips = {d: first.skips.get(d, ()) + second.skips.get(d, ()) for d in docs}
    a = [g for g in first.items if Path(str(g["doc"])).stem in docs and not _skipped(g, skips)]
    b = [g for g in second.items if not _skipped(g, skips)]
    unmatched = list(range(len(b)))
    matched = same = 0
    for label in sorted(a, key=lambda g: (str(g["doc"]), int(str(g["line"])))):
        key = _key(what, label, sovereign, org_key)
        line = int(str(label["line"]))
        hit = next(
            (
                i
                for i in unmatched
                if _key(what, b[i], sovereign, org_key) == key
                and abs(int(str(b[i]["line"])) - line) <= 1
            ),
            None,
        )
        if hit is None:
            continue
        unmatched.remove(hit)
        matched += 1
        same += _detail(what, label, b[hit])
    return Agreement(what, len(a), len(b), matched, same)


def registry_org_key(lookup: Callable[[str], object]) -> OrgKey:
    """Organizations compared by the registry's id where it knows the name (`lookup` returns
    an object with `org_id`, or None), else by the scorer's name."""

    def key(name: object) -> str:
        org = lookup(str(name or ""))
        org_id = getattr(org, "org_id", None)
        return f"id:{org_id}" if org_id else canon_org(name)

    return key
