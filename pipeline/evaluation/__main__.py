"""`python -m pipeline.evaluation eval|rules-report`: the figures of the labelled documents.

    eval          every kind of label present (../shared/gold, fixtures/gold), scored on the
                  documents they label: one table, per set of labels and in all
    rules-report  per named rule: how many facts it makes over the corpus, and on the labelled
                  documents its precision and its share of the labels it finds; for the rules
                  the engine reads, also the sentences and readings over the corpus, the
                  readings lost to precedence, the facts no other rule reads, and the rules it
                  overlaps and conflicts with (in the spirit of Snorkel's LFAnalysis)
    agreement     how far the independent second labellings (fixtures/gold/second) agree with
                  the first ones: F1 of one against the other, per document and in all

Both extract the documents in this process (nothing is published); `--output DIR` scores a
published version instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from pipeline.evaluation.gold import WHATS, Gold, Row, Score, load_gold, score
from pipeline.evaluation.readings import RuleFigures
from schemas.families import rule_columns, rule_label

REPO = Path(__file__).resolve().parent.parent.parent
SHARED = REPO.parent / "shared"
GOLD_DIRS = (SHARED / "gold", REPO / "fixtures" / "gold")
CORPUS = SHARED / "corpus"
#: every column that names rules (schemas/families.py), by the name the report gives it: its
#: table, its column, its rule family, and the kind of labels that score it (if any)
FAMILIES = {
    rule_label(table, r): (table, r.column, r.family, r.gold) for table, r in rule_columns()
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.evaluation",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=("eval", "rules-report", "agreement"))
    parser.add_argument("--gold", type=Path, action="append", help="a folder of labels")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the labelled documents")
    parser.add_argument("--output", type=Path, help="score this published version instead")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if args.command == "agreement":
        return _agreement(REPO / "fixtures" / "gold" / "second", GOLD_DIRS, args.json)
    gold_dirs = [d for d in (args.gold or GOLD_DIRS) if d.is_dir()]
    if not gold_dirs:
        print("no labels found (../shared/gold, fixtures/gold)")
        return 0
    sets = {d.parent.name + "/" + d.name: _labels(d) for d in gold_dirs}
    needed = {doc for labels in sets.values() for g in labels.values() for doc in g.docs}
    docs = sorted(p for p in (args.corpus / f"{d}.md" for d in needed) if p.is_file())
    absent = sorted(needed - {p.stem for p in docs})
    if absent and args.output is None:
        print(f"labelled documents not found in {args.corpus}: {', '.join(absent)}")
    tables = _published(args.output) if args.output else _extracted(docs)
    sovereign = _sovereigns()
    if args.command == "eval":
        figures = _eval(sets, tables, sovereign)
    else:
        from pipeline.evaluation.readings import corpus_readings

        paths = sorted(args.corpus.glob("*.md")) if args.corpus.is_dir() else docs
        everything = _extracted(paths) if args.corpus.is_dir() else {}
        figures = _rules_report(sets, tables, everything or tables, sovereign)
        figures["readings"] = _readings_report(corpus_readings(paths))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", "utf-8")
    return 0


def _agreement(second_dir: Path, first_dirs: Iterable[Path], json_path: Path | None) -> int:
    """Print (and write) the agreement of every second labelling with its first."""
    from pipeline.evaluation.agreement import AGREED_ON, Agreement, agreement, registry_org_key
    from pipeline.knowledge.organizations import Registry

    if not second_dir.is_dir():
        print(f"no second labellings in {second_dir}")
        return 0
    sovereign = _sovereigns()
    org_key = registry_org_key(Registry.from_data().lookup)
    figures: dict[str, object] = {}
    print(f"{'document':<28} {'facts':<13} {'first':>6} {'second':>6} {'matched':>7} {'F1':>6}")
    for what in AGREED_ON:
        pooled: list[Agreement] = []
        for path in sorted(second_dir.glob(f"*.{what}.jsonl")):
            first = [d / path.name for d in first_dirs if (d / path.name).is_file()]
            if not first:
                continue
            a = agreement(what, load_gold(what, first), load_gold(what, [path]), sovereign, org_key)
            pooled.append(a)
            doc = path.name.split(".")[0]
            figures[f"{doc}/{what}"] = {"first": a.first, "second": a.second, "f1": a.f1}
            print(f"{doc:<28} {what:<13} {a.first:>6} {a.second:>6} {a.matched:>7} {a.f1:>6.3f}")
        if pooled:
            total = Agreement(
                what,
                sum(a.first for a in pooled),
                sum(a.second for a in pooled),
                sum(a.matched for a in pooled),
                sum(a.same_detail for a in pooled),
            )
            detail = "" if total.detail is None else f"  same detail {total.detail:.3f}"
            figures[f"all/{what}"] = {"f1": total.f1, "detail": total.detail}
            print(
                f"{'all (' + str(len(pooled)) + ' documents)':<28} {what:<13} {total.first:>6} "
                f"{total.second:>6} {total.matched:>7} {total.f1:>6.3f}{detail}"
            )
    if json_path:
        json_path.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", "utf-8")
    return 0


def _labels(folder: Path) -> dict[str, Gold]:
    out = {}
    for what in WHATS:
        files = sorted(folder.glob(f"*.{what}.jsonl"))
        if files:
            out[what] = load_gold(what, files)
    return out


def _extracted(paths: Iterable[Path]) -> dict[str, list[Row]]:
    from pipeline.document import Extractors, extract_document
    from pipeline.errors import InputError

    ex = Extractors.build()
    out: dict[str, list[Row]] = {}
    for path in paths:
        if path.name.lower() == "readme.md":
            continue
        try:
            tables, _ = extract_document(path, ex)
        except InputError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
            continue
        for name, records in tables.items():
            out.setdefault(name, []).extend(r.as_row() for r in records)
    return out


def _published(folder: Path) -> dict[str, list[Row]]:
    import pyarrow.parquet as pq

    from schemas.names import FACT_TABLES

    out: dict[str, list[Row]] = {}
    for name in FACT_TABLES:
        path = folder / f"{name}.parquet"
        out[name] = pq.read_table(path).to_pylist() if path.exists() else []
    return out


def _sovereigns() -> dict[str, str]:
    from pipeline.knowledge.files import read_data

    return {r["iso3"]: r["sovereign_iso3"] for r in read_data("territories.csv")}


def _eval(
    sets: Mapping[str, Mapping[str, Gold]],
    tables: Mapping[str, list[Row]],
    sovereign: Mapping[str, str],
) -> dict[str, object]:
    figures: dict[str, object] = {}
    print(
        f"{'labels':<16} {'facts':<13} {'precision':>9} {'recall':>7} {'matched':>8} "
        f"{'predicted':>9} {'gold':>5}  other"
    )
    for what in WHATS:
        scores = []
        for name, labels in sets.items():
            if what not in labels:
                continue
            s = score(what, labels[what], tables, sovereign)
            scores.append(s)
            figures[f"{name}/{what}"] = _figures(s)
            _print_row(name, s)
        if len(scores) > 1:
            total = _sum(what, scores)
            figures[f"all/{what}"] = _figures(total)
            _print_row("all", total)
    return figures


def _print_row(name: str, s: Score) -> None:
    other = " ".join(f"{k}={v:.3f}" for k, v in s.extra.items())
    print(
        f"{name:<16} {s.what:<13} {s.precision:>9.3f} {s.recall:>7.3f} {s.matched:>8} "
        f"{s.predicted:>9} {s.gold:>5}  {other}"
    )


def _sum(what: str, scores: list[Score]) -> Score:
    total = Score(what)
    weights: Counter[str] = Counter()
    for s in scores:
        total.gold += s.gold
        total.predicted += s.predicted
        total.matched += s.matched
        for rule, (p, m) in s.by_rule.items():
            entry = total.by_rule.setdefault(rule, [0, 0])
            entry[0] += p
            entry[1] += m
        for key, value in s.extra.items():
            # a recall is a share of the labels, an accuracy a share of the matched ones
            weight = s.gold if key.startswith("recall_") else s.matched
            weights[key] += weight
            total.extra[key] = total.extra.get(key, 0.0) + value * weight
    total.extra = {k: v / weights[k] for k, v in total.extra.items() if weights[k]}
    return total


def _figures(s: Score) -> dict[str, object]:
    return {
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "matched": s.matched,
        "predicted": s.predicted,
        "gold": s.gold,
        **{k: round(v, 4) for k, v in s.extra.items()},
        "by_rule": {r: {"predicted": p, "matched": m} for r, (p, m) in sorted(s.by_rule.items())},
    }


def _rules_report(
    sets: Mapping[str, Mapping[str, Gold]],
    labelled: Mapping[str, list[Row]],
    corpus: Mapping[str, list[Row]],
    sovereign: Mapping[str, str],
) -> dict[str, object]:
    from schemas import rules

    scores: dict[str, Score] = {}
    for what in WHATS:
        found = [
            score(what, labels[what], labelled, sovereign)
            for labels in sets.values()
            if what in labels
        ]
        if found:
            scores[what] = _sum(what, found)
    report: dict[str, object] = {}
    print(
        f"{'family':<18} {'rule':<28} {'corpus':>7} {'labelled':>9} {'correct':>8} "
        f"{'precision':>9} {'recall':>7}"
    )
    for family, (table, column, rule_family, gold) in FAMILIES.items():
        counts = Counter(str(r.get(column)) for r in corpus.get(table, []) if r.get(column))
        names = (
            list(rules.names(rule_family))
            if rule_family in {r.family for r in rules.RULES}
            else sorted(counts)
        )
        s = scores.get(gold) if gold else None
        for name in names:
            predicted, matched = s.by_rule.get(name, [0, 0]) if s else (0, 0)
            precision = f"{matched / predicted:.3f}" if predicted else "-"
            recall = f"{matched / s.gold:.3f}" if s and s.gold and predicted else "-"
            print(
                f"{family:<18} {name:<28} {counts.get(name, 0):>7} {predicted:>9} "
                f"{matched:>8} {precision:>9} {recall:>7}"
            )
            report[f"{family}/{name}"] = {
                "corpus_facts": counts.get(name, 0),
                "labelled_predicted": predicted,
                "labelled_correct": matched,
            }
        if s is not None:
            print(
                f"{family:<18} {'(all rules)':<28} {sum(counts.values()):>7} {s.predicted:>9} "
                f"{s.matched:>8} {s.precision:>9.3f} {s.recall:>7.3f}"
            )
    return report


def _readings_report(figures: Mapping[str, RuleFigures]) -> dict[str, object]:
    """The engine's readings per rule: coverage, losses, unique facts, overlaps, conflicts."""
    print()
    print(
        f"{'rule (engine readings)':<28} {'sentences':>9} {'readings':>8} {'lost':>6} "
        f"{'only':>6}  overlaps (conflicts) with"
    )
    out: dict[str, object] = {}
    for name, f in sorted(figures.items(), key=lambda kv: (kv[1].family, kv[0])):
        pairs = ", ".join(
            f"{other} {n} ({f.conflicts.get(other, 0)})" for other, n in f.overlaps.most_common()
        )
        print(
            f"{name:<28} {f.sentences:>9} {f.readings:>8} {f.lost:>6} {f.only:>6}  {pairs or '-'}"
        )
        out[f"{f.family}/{name}"] = {
            "sentences": f.sentences,
            "readings": f.readings,
            "lost": f.lost,
            "only": f.only,
            "overlaps": dict(f.overlaps),
            "conflicts": dict(f.conflicts),
        }
    return out


if __name__ == "__main__":
    sys.exit(main())
