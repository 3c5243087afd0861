"""Hand labels and how a run is matched against them.

The matching is that of `../shared/eval/score.py`, so that the figures agree with it: missions
match on document, sender and host (a territory counts as its state) with the line within one
of the fact's first line; memberships and recognitions on document, the two parties and a line
within one of any of the fact's `source_lines`; rows on document and line. Each prediction
keeps the rule that made it, so that precision and recall can be told per rule.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

Row = dict[str, object]
WHATS = ("rows", "missions", "memberships", "recognitions")

#: organization names as the labels write them -> the keys they are compared on
ORG_ALIASES = {
    "c": "commonwealth",
    "commonwealth of nations": "commonwealth",
    "the commonwealth": "commonwealth",
    "ce": "coe",
    "council of europe": "coe",
    "wtro": "wto",
    "world trade organization": "wto",
    "united nations": "un",
    "european union": "eu",
    "icct": "icc",
    "international criminal court": "icc",
    "union for the mediterranean": "ufm",
    "organisation of african unity": "oau",
    "organization of african unity": "oau",
    "african union": "au",
    "non-aligned movement": "nam",
    "organization for security and co-operation in europe": "osce",
    "organisation for security and co-operation in europe": "osce",
    "organisation for economic co-operation and development": "oecd",
    "organization for economic co-operation and development": "oecd",
    "council of the baltic sea states": "cbss",
    "economic community of west african states": "ecowas",
    "north atlantic treaty organization": "nato",
}


def canon_org(name: object) -> str:
    key = str(name or "").strip().lower()
    return ORG_ALIASES.get(key, key)


@dataclass(frozen=True)
class Gold:
    """The labels of one kind, by document (file stem)."""

    what: str
    items: tuple[Row, ...]
    skips: Mapping[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    @property
    def docs(self) -> set[str]:
        return {Path(str(g["doc"])).stem for g in self.items} | set(self.skips)


def load_gold(what: str, paths: Iterable[Path]) -> Gold:
    items: list[Row] = []
    skips: dict[str, list[tuple[int, int]]] = {}
    for path in sorted(paths):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            if "skip" in g:
                first, last = g["skip"]
                skips.setdefault(Path(g["doc"]).stem, []).append((int(first), int(last)))
            else:
                items.append(g)
    return Gold(what, tuple(items), {k: tuple(v) for k, v in skips.items()})


@dataclass
class Score:
    """Matched predictions and labels of one kind, with the rule of each prediction."""

    what: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    by_rule: dict[str, list[int]] = field(default_factory=dict)  # rule -> [predicted, matched]
    extra: dict[str, float] = field(default_factory=dict)  # kind_acc, city_acc, date_year_acc
    missed: list[Row] = field(default_factory=list)
    wrong: list[Row] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    def count(self, rule: object, matched: bool) -> None:
        entry = self.by_rule.setdefault(str(rule or "-"), [0, 0])
        entry[0] += 1
        entry[1] += int(matched)


def score(
    what: str, gold: Gold, tables: Mapping[str, list[Row]], sovereign: Mapping[str, str]
) -> Score:
    scorer: Callable[[Gold, Mapping[str, list[Row]], Mapping[str, str]], Score] = {
        "rows": _rows,
        "missions": _missions,
        "memberships": _memberships,
        "recognitions": _recognitions,
    }[what]
    return scorer(gold, tables, sovereign)


def _rows(gold: Gold, tables: Mapping[str, list[Row]], sovereign: Mapping[str, str]) -> Score:
    predicted: dict[tuple[object, int], Row] = {}
    for r in tables["relations"]:
        predicted.setdefault((r["doc_id"], int(str(r["source_line"]))), r)
    s = Score("rows")
    for g in gold.items:
        key = (Path(str(g["doc"])).stem, int(str(g["line"])))
        if g["counterpart"]:
            s.gold += 1
        found = predicted.get(key)
        if found is None or not found["counterpart_iso3"]:
            continue
        r = found
        got = r["counterpart_iso3"]
        candidates: list[object] = list(g.get("candidates") or [])  # type: ignore[call-overload]
        if not g["counterpart"] and got in candidates:
            continue  # a candidate the label allows: neither right nor wrong
        s.predicted += 1
        ok = got == g["counterpart"]
        s.matched += ok
        s.count(r["counterpart_method"], ok)
        if not ok:
            s.wrong.append({**g, "got": got})
    return s


def _missions(gold: Gold, tables: Mapping[str, list[Row]], sovereign: Mapping[str, str]) -> Score:
    def same(a: object, b: object) -> bool:
        return a == b or (a is not None and sovereign.get(str(a), a) == sovereign.get(str(b), b))

    docs = gold.docs
    pool = [r for r in tables["missions"] if r["doc_id"] in docs]
    used: set[int] = set()
    s = Score("missions", gold=len(gold.items), predicted=len(pool))
    kind_ok = city_ok = 0
    for g in gold.items:
        doc = Path(str(g["doc"])).stem
        hit = next(
            (
                i
                for i, r in enumerate(pool)
                if i not in used
                and r["doc_id"] == doc
                and abs(int(str(r["source_line"])) - int(str(g["line"]))) <= 1
                and same(r["sender_iso3"], g["sender"])
                and same(r["host_iso3"], g["host"])
            ),
            None,
        )
        if hit is None:
            s.missed.append(g)
            continue
        used.add(hit)
        s.matched += 1
        kind_ok += pool[hit]["kind"] == g.get("kind")
        city_ok += (pool[hit]["city"] or None) == (g.get("city") or None)
    for i, r in enumerate(pool):
        s.count(r["rule"], i in used)
        if i not in used:
            s.wrong.append(r)
    matched = s.matched or 1
    s.extra = {"kind_acc": kind_ok / matched, "city_acc": city_ok / matched}
    return s


def _pairs(
    what: str,
    gold: Gold,
    rows: list[Row],
    gold_key: Callable[[Row], tuple[object, object]],
    keys: Callable[[Row], set[tuple[object, object]]],
    date_column: str | None = None,
) -> Score:
    docs = gold.docs
    pool: list[tuple[str, int, set[tuple[object, object]], Row]] = []
    for r in rows:
        if r["doc_id"] not in docs:
            continue
        lines = r.get("source_lines") or [r["source_line"]]
        for line in lines:  # type: ignore[attr-defined]
            if any(a <= int(line) <= b for a, b in gold.skips.get(str(r["doc_id"]), ())):
                continue
            pool.append((str(r["doc_id"]), int(line), keys(r), r))
    used: set[int] = set()
    s = Score(what, gold=len(gold.items), predicted=len(pool))
    dated = date_ok = 0
    for g in gold.items:
        doc, want = Path(str(g["doc"])).stem, gold_key(g)
        hit = next(
            (
                i
                for i, (d, line, k, _) in enumerate(pool)
                if i not in used and d == doc and abs(line - int(str(g["line"]))) <= 1 and want in k
            ),
            None,
        )
        if hit is None:
            s.missed.append(g)
            continue
        used.add(hit)
        s.matched += 1
        if date_column and g.get("date"):
            dated += 1
            got = pool[hit][3].get(date_column)
            date_ok += bool(got) and str(got)[:4] in str(g["date"])
    for i, (_, _, _, r) in enumerate(pool):
        s.count(r["rule"], i in used)
        if i not in used:
            s.wrong.append(r)
    if dated:
        s.extra = {"date_year_acc": date_ok / dated}
    if date_column and s.gold:
        # issue 19's "recall with the year right": a found label counts unless it writes a date
        # whose year the fact does not give (a label with no date has no year to get wrong)
        s.extra["recall_year_right"] = (s.matched - (dated - date_ok)) / s.gold
    return s


def _memberships(
    gold: Gold, tables: Mapping[str, list[Row]], sovereign: Mapping[str, str]
) -> Score:
    return _pairs(
        "memberships",
        gold,
        tables["memberships"],
        lambda g: (g["member"], canon_org(g["org"])),
        lambda r: {
            (r["member_iso3"], canon_org(r["org_id"])),
            (r["member_iso3"], canon_org(r["org_name"])),
        },
    )


def _recognitions(
    gold: Gold, tables: Mapping[str, list[Row]], sovereign: Mapping[str, str]
) -> Score:
    return _pairs(
        "recognitions",
        gold,
        tables["recognitions"],
        lambda g: (g["recognizer"], g["recognized"]),
        lambda r: {(r["recognizer_iso3"], r["recognized_iso3"])},
        date_column="date",
    )
