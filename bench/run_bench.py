"""`make bench`: the pipeline's speed and memory beside the floors, measured in the same run.

Every figure of the pipeline is a whole process (`python -m pipeline run`, interpreter start
included), run several times (`--runs`, default 3), median reported; peak memory as
`bench/measure.py` explains. Each is compared, as a ratio, with a floor measured here too
(`bench/floors.py`):

- the reference document, end to end  vs  a process importing what such a run imports;
- the corpus (../shared/corpus, 123 documents), first run with 1 and 2 workers  vs  reading it,
  splitting its grid tables, spaCy's tokenizer on exactly the texts the pipeline feeds it, and
  writing its tables as Parquet;
- the corpus four times over (each document copied under three other names)  vs  the corpus
  once: time (linear when the ratio is 4) and peak memory;
- an unchanged rerun of the corpus  vs  a process hashing its documents;
- a rerun with one document changed (a line appended at its end)  vs  the imports floor above
  plus loading the knowledge and rules from the set-up cache (extracting that one document is
  shown beside it).

The set-up cache lives in a directory of the bench's own for the whole bench (so that other
runs on the machine cannot replace it); the first run builds it, and is reported as such.
`--quick` measures the reference document only. The target column gives issue 18's targets
(absolute, or a ratio to the floor beside it). Results are printed as a table and written as
JSON (bench/results/latest.json; with --quick, bench/results/quick.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import Sample, median_of, run_process

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "fixtures" / "Foreign_relations_of_Azerbaijan.md"
CORPUS = REPO.parent / "shared" / "corpus"
FLOORS = REPO / "bench" / "floors.py"
RESULTS = REPO / "bench" / "results"
#: the targets (issue 18): absolute, in seconds and megabytes, or ratios to a floor measured in
#: the same run (the machine's speed drifts between runs; a ratio does not)
TARGETS = {
    "reference_ratio": 1.25,  # x (interpreter + imports)
    "corpus_1_worker": 7.0,
    "corpus_2_workers": 4.5,
    "corpus_4x_peak_mb": 600.0,
    "corpus_4x_extra_mb": 100.0,  # memory flat: four times the documents, at most this much more
    "unchanged_rerun": 0.3,  # issue 10's (issue 18 sets none)
    "one_document_changed_ratio": 1.25,  # x (interpreter + imports + knowledge load)
}


class Bench:
    def __init__(self, tmp: Path, runs: int) -> None:
        self.tmp = tmp
        self.runs = runs
        self.env = {**os.environ, "PIPELINE_CACHE_DIR": str(tmp / "setup-cache")}
        self.env.pop("PIPELINE_CACHE", None)
        self._outputs = 0

    def output(self) -> Path:
        self._outputs += 1
        return self.tmp / f"out-{self._outputs}"

    def pipeline(self, *args: str | Path) -> Sample:
        command = [sys.executable, "-m", "pipeline", "run", "--quiet", *map(str, args)]
        return run_process(command, cwd=REPO, env=self.env)

    def floor_process(self, *args: str | Path) -> Sample:
        return run_process([sys.executable, str(FLOORS), *map(str, args)], cwd=REPO, env=self.env)

    def floor_json(self, *args: str | Path) -> dict:
        sample = self.floor_process(*args)
        if sample.code != 0:
            raise SystemExit(f"bench: floors.py {' '.join(map(str, args))} failed")
        return json.loads(sample.last)


def reference(bench: Bench) -> dict:
    cold = bench.pipeline("--output", bench.output(), REFERENCE)  # builds the set-up cache
    modules = bench.tmp / "modules.txt"
    # in this process alone (`--workers 0`): the modules of the run and of its worker both
    in_process = ("--quiet", "--workers", "0", "--output", str(bench.output()), REFERENCE)
    bench.floor_json("modules", modules, "run", *in_process)
    runs, floors, bare, knowledge = [], [], [], []
    for _ in range(bench.runs):  # interleaved, so that the machine's load weighs on all alike
        runs.append(bench.pipeline("--output", bench.output(), REFERENCE))
        floors.append(bench.floor_process("imports", modules))
        bare.append(run_process([sys.executable, "-c", "pass"], cwd=REPO, env=bench.env))
        knowledge.append(bench.floor_json("knowledge", modules)["seconds"])
    unchanged = [bench.pipeline("--output", bench.tmp / "out-1", REFERENCE)]
    return {
        "first_run": median_of(runs),
        "first_run_setup_not_cached": median_of([cold]),
        "floor_interpreter_and_imports": median_of(floors),
        "interpreter_alone": median_of(bare),
        "floor_knowledge_load": {"seconds": statistics.median(knowledge), "runs": knowledge},
        "unchanged_rerun": median_of(unchanged),
        "imported_modules": len(modules.read_text(encoding="utf-8").split()),
    }


def corpus(bench: Bench, source: Path) -> dict:
    docs = bench.tmp / "corpus"
    docs.mkdir()
    originals = sorted(p for p in source.glob("Foreign_relations_of_*.md"))
    for path in originals:
        shutil.copy(path, docs / path.name)
    four = bench.tmp / "corpus-4x"
    four.mkdir()
    for path in originals:
        for k in range(4):
            name = path.name if k == 0 else f"{path.stem}_copy_{k}{path.suffix}"
            shutil.copy(path, four / name)

    one, two, quad, outputs = [], [], [], []
    for _ in range(bench.runs):  # interleaved, so that the machine's load weighs on all alike
        one.append(bench.pipeline("--workers", "1", "--output", bench.output(), docs))
        outputs.append(bench.output())
        two.append(bench.pipeline("--workers", "2", "--output", outputs[-1], docs))
        quad.append(bench.pipeline("--workers", "2", "--output", bench.output(), four))
    floor = bench.floor_json("corpus", docs, outputs[0], bench.runs)

    published = outputs[-1]
    unchanged, hashing = [], []
    for _ in range(bench.runs):
        unchanged.append(bench.pipeline("--workers", "2", "--output", published, docs))
        hashing.append(bench.floor_process("hash", docs))

    target = docs / originals[0].name
    changed = []
    for i in range(bench.runs):  # each run finds this one document changed since the last
        with target.open("a", encoding="utf-8") as handle:
            handle.write(f"\nOne more line, number {i + 1}.\n")
        changed.append(bench.pipeline("--workers", "2", "--output", published, docs))
    extract = bench.floor_json("extract", target, bench.runs)
    return {
        "documents": len(originals),
        "first_run_1_worker": median_of(one),
        "first_run_2_workers": median_of(two),
        "floor": floor,
        "corpus_4x_2_workers": median_of(quad),
        "unchanged_rerun": median_of(unchanged),
        "floor_hash_inputs": median_of(hashing),
        "one_document_changed": median_of(changed),
        "changed_document": target.name,
        "floor_extract_changed_document": extract,
    }


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}x" if a and b else "-"


def verdict(value: float | None, limit: float) -> str:
    if value is None:
        return "-"
    return "met" if value <= limit else "NOT met"


def table(results: dict) -> list[str]:
    rows: list[tuple[str, ...]] = []
    ref = results["reference"]
    imports = ref["floor_interpreter_and_imports"]["seconds"]
    r = ref["first_run"]
    rows.append(
        (
            "reference document, end to end",
            f"{r['seconds']:.2f} s",
            f"{r['cpu_seconds']:.2f} s",
            f"{r['peak_rss_mb']:.0f} MB",
            f"interpreter + imports {imports:.2f} s",
            ratio(r["seconds"], imports),
            f"<= {TARGETS['reference_ratio']:g}x: "
            + verdict(r["seconds"] / imports, TARGETS["reference_ratio"]),
        )
    )
    c = ref["first_run_setup_not_cached"]
    rows.append(
        (
            "  same, set-up cache empty",
            f"{c['seconds']:.2f} s",
            f"{c['cpu_seconds']:.2f} s",
            f"{c['peak_rss_mb']:.0f} MB",
            f"interpreter alone {ref['interpreter_alone']['seconds']:.2f} s",
            "",
            "(once)",
        )
    )
    if "corpus" in results:
        rows += corpus_rows(results["corpus"], ref)
    header = ("work", "wall", "cpu", "peak RSS", "floor (same run)", "ratio", "target")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    return lines


def corpus_rows(c: dict, ref: dict) -> list[tuple[str, ...]]:
    floor = c["floor"]["total"]
    rows = []
    for key, label, target in (
        ("first_run_1_worker", "corpus, first run, 1 worker", "corpus_1_worker"),
        ("first_run_2_workers", "corpus, first run, 2 workers", "corpus_2_workers"),
    ):
        r = c[key]
        rows.append(
            (
                f"{label} ({c['documents']} docs)",
                f"{r['seconds']:.2f} s",
                f"{r['cpu_seconds']:.2f} s",
                f"{r['peak_rss_mb']:.0f} MB",
                f"read+split+spaCy+Parquet {floor:.2f} s",
                ratio(r["seconds"], floor),
                f"<= {TARGETS[target]:g} s: {verdict(r['seconds'], TARGETS[target])}",
            )
        )
    q, one = c["corpus_4x_2_workers"], c["first_run_2_workers"]
    extra = q["peak_rss_mb"] - one["peak_rss_mb"]
    memory_ok = (
        q["peak_rss_mb"] <= TARGETS["corpus_4x_peak_mb"] and extra <= TARGETS["corpus_4x_extra_mb"]
    )
    rows.append(
        (
            f"corpus x4 ({4 * c['documents']} docs), 2 workers",
            f"{q['seconds']:.2f} s",
            f"{q['cpu_seconds']:.2f} s",
            f"{q['peak_rss_mb']:.0f} MB",
            f"x1: {one['seconds']:.2f} s, {one['peak_rss_mb']:.0f} MB; "
            f"time x{q['seconds'] / one['seconds']:.2f}",
            f"lin {q['seconds'] / (4 * one['seconds']):.2f}",
            f"<= {TARGETS['corpus_4x_peak_mb']:g} MB, <= x1 + {TARGETS['corpus_4x_extra_mb']:g} MB"
            f" (+{extra:.0f}): {'met' if memory_ok else 'NOT met'}",
        )
    )
    u, h = c["unchanged_rerun"], c["floor_hash_inputs"]
    rows.append(
        (
            "corpus, unchanged rerun",
            f"{u['seconds']:.2f} s",
            f"{u['cpu_seconds']:.2f} s",
            f"{u['peak_rss_mb']:.0f} MB",
            f"hash the inputs {h['seconds']:.2f} s",
            ratio(u["seconds"], h["seconds"]),
            f"<= {TARGETS['unchanged_rerun']:g} s (issue 10): "
            + verdict(u["seconds"], TARGETS["unchanged_rerun"]),
        )
    )
    o, e = c["one_document_changed"], c["floor_extract_changed_document"]["seconds"]
    floor = ref["floor_interpreter_and_imports"]["seconds"] + ref["floor_knowledge_load"]["seconds"]
    name = c["changed_document"].removeprefix("Foreign_relations_of_")
    rows.append(
        (
            "corpus, one document changed",
            f"{o['seconds']:.2f} s",
            f"{o['cpu_seconds']:.2f} s",
            f"{o['peak_rss_mb']:.0f} MB",
            f"imports + knowledge load {floor:.2f} s (extract {name} {e:.2f} s)",
            ratio(o["seconds"], floor),
            f"<= {TARGETS['one_document_changed_ratio']:g}x: "
            + verdict(o["seconds"] / floor, TARGETS["one_document_changed_ratio"]),
        )
    )
    return rows


def notes(results: dict) -> list[str]:
    out = []
    if "corpus" in results:
        f = results["corpus"]["floor"]
        p = f["pieces"]
        out.append(
            f"corpus floor: read {p['read']:.2f} s, grid split {p['grid_split']:.2f} s, spaCy "
            f"tokenizer {p['spacy_tokenize']:.2f} s ({f['spacy_texts']} texts fed, "
            f"{f['spacy_unique_texts']} distinct: {f['spacy_tokenize_unique']:.2f} s), Parquet "
            f"write {p['parquet_write']:.2f} s ({f['table_rows']} rows); {f['megabytes']} MB"
        )
        q = results["corpus"]["corpus_4x_2_workers"]
        one = results["corpus"]["first_run_2_workers"]
        out.append(
            f"corpus x4 against x1 (2 workers): wall x{q['seconds'] / one['seconds']:.2f}, "
            f"CPU x{q['cpu_seconds'] / one['cpu_seconds']:.2f} (linear: x4)"
        )
        if q["peak_tree_pss_mb"] and one["peak_tree_pss_mb"]:
            out.append(
                f"whole process tree (PSS, sampled): x1 {one['peak_tree_pss_mb']:.0f} MB, "
                f"x4 {q['peak_tree_pss_mb']:.0f} MB"
            )
    load = results["load_average"]
    out.append(
        f"load average before {load['before'][0]:.2f}, after {load['after'][0]:.2f} "
        f"({results['cores']} cores); figures are medians of {results['runs']} runs"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the reference document only")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement (median)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="default: ../shared/corpus")
    parser.add_argument("--json", type=Path, default=None, help="where to write the results")
    args = parser.parse_args(argv)
    target = args.json or RESULTS / ("quick.json" if args.quick else "latest.json")
    results: dict = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cores": os.cpu_count(),
        "runs": args.runs,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "load_average": {"before": os.getloadavg()},
    }
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        bench = Bench(Path(tmp), args.runs)
        print("reference document ...", file=sys.stderr, flush=True)
        results["reference"] = reference(bench)
        if args.quick:
            pass
        elif args.corpus.is_dir() and any(args.corpus.glob("Foreign_relations_of_*.md")):
            print(f"corpus {args.corpus} (several minutes) ...", file=sys.stderr, flush=True)
            results["corpus"] = corpus(bench, args.corpus)
        else:
            print(f"{args.corpus}: not present; corpus measurements skipped", file=sys.stderr)
            results["corpus_skipped"] = f"{args.corpus} not present"
    results["load_average"]["after"] = os.getloadavg()
    for line in [*table(results), "", *notes(results)]:
        print(line)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"saved {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
