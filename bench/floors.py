"""The floors `make bench` compares the pipeline with, each measured here, in the same run.

`python bench/floors.py COMMAND ...` prints one line of JSON:

- `modules OUT ARGS...`: run `python -m pipeline ARGS...` in this process and write the modules
  it imported, in import order, to OUT (untimed: what `imports` will import).
- `imports FILE`: import every module FILE lists (timed from outside as a whole process: the
  interpreter plus the imports of a run, the floor of a run on one document).
- `hash DIR`: read and hash every document of DIR (the floor of an unchanged rerun; timed
  from outside as a whole process too).
- `corpus DIR PUBLISHED RUNS`: the pieces of a first run that no pipeline can skip, each timed here
  (seconds, in this process): reading and decoding the documents; splitting their grid tables
  into cells on the borders (a regex split on the frame's corners); spaCy's tokenizer (a fresh
  one, with the pipeline's settings) on exactly the texts the pipeline feeds it, recorded by an
  untimed extraction of every document first; writing the tables of the version at PUBLISHED
  (an output directory) as Parquet, as the pipeline writes them. Medians of RUNS.
- `extract FILE RUNS`: the extraction of one document, its knowledge already built; the median
  of RUNS.
- `knowledge FILE`: loading the knowledge and rules from the set-up cache (`PIPELINE_CACHE_DIR`),
  as a worker does, timed here once, in a fresh process, after importing (untimed) every module
  FILE lists; with the imports floor, the floor of a rerun with one document changed.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DOCUMENTS = ("*.md", "*.wiki", "*.wikitext", "*.mediawiki")


def documents(folder: Path) -> list[Path]:
    return sorted(
        p for pattern in DOCUMENTS for p in folder.glob(pattern) if p.name.lower() != "readme.md"
    )


def modules(out: Path, args: list[str]) -> dict:
    from pipeline.cli import main

    code = main(args)
    names = [n for n in sys.modules if n != "__main__" and not n.startswith("bench")]
    out.write_text("\n".join(names) + "\n", encoding="utf-8")
    return {"code": code, "modules": len(names)}


def imports(listing: Path) -> dict:
    failed = 0
    for name in listing.read_text(encoding="utf-8").split():
        try:
            importlib.import_module(name)
        except Exception:  # an alias module (six.moves...) that cannot be imported by name
            failed += 1
    return {"failed": failed}


def hash_inputs(folder: Path) -> dict:
    digests = [hashlib.sha256(p.read_bytes()).hexdigest() for p in documents(folder)]
    return {"documents": len(digests)}


CORNERS = re.compile(r"\+")


def split_grids(texts: list[str]) -> int:
    """Every grid table's cells, cut on the column positions of its top border: the least any
    reader of these tables does. Returns the number of cell pieces (so nothing is optimised
    away)."""
    pieces = 0
    for text in texts:
        bounds: list[int] | None = None
        for line in text.split("\n"):
            if line.startswith("+"):
                bounds = [m.start() for m in CORNERS.finditer(line)]
            elif bounds and line.startswith("|"):
                pieces += len([line[a + 1 : b] for a, b in pairwise(bounds)])
            else:
                bounds = None
    return pieces


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def corpus(folder: Path, published: Path, runs: int) -> dict:
    import pyarrow.parquet as pq

    from pipeline.analysis.entities import Spotter, _blank
    from pipeline.document import extract_document
    from pipeline.run import process_extractors

    paths = documents(folder)
    fed: list[str] = []
    ex = process_extractors()
    spotter: Spotter = ex.analyzer.spotter
    tokenizer = spotter.nlp.tokenizer

    def recording(text: str) -> object:
        fed.append(text)
        return tokenizer(text)

    spotter.nlp.tokenizer = recording  # the texts spaCy is fed, sentences and mentions alike
    for path in paths:
        extract_document(path, ex)
    spotter.nlp.tokenizer = tokenizer
    unique = list(dict.fromkeys(fed))
    tables = {p.stem: pq.read_table(p) for p in sorted((published / "latest").glob("*.parquet"))}

    def read() -> list[str]:
        return [p.read_bytes().decode("utf-8") for p in paths]

    texts = read()
    fresh, other = _blank(), _blank()

    def write() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            for name, table in tables.items():
                pq.write_table(table, Path(tmp) / f"{name}.parquet", compression="zstd")

    pieces: dict[str, list[float]] = {
        "read": [],
        "grid_split": [],
        "spacy_tokenize": [],
        "parquet_write": [],
    }
    unique_seconds = []
    for _ in range(runs):
        pieces["read"].append(timed(read))
        pieces["grid_split"].append(timed(lambda: split_grids(texts)))
        pieces["spacy_tokenize"].append(timed(lambda: [fresh.make_doc(t) for t in fed]))
        pieces["parquet_write"].append(timed(write))
        unique_seconds.append(timed(lambda: [other.make_doc(t) for t in unique]))
    medians = {k: statistics.median(v) for k, v in pieces.items()}
    return {
        "documents": len(paths),
        "megabytes": round(sum(len(t.encode()) for t in texts) / 1024 / 1024, 2),
        "pieces": {k: round(v, 4) for k, v in medians.items()},
        "total": round(sum(medians.values()), 4),
        "spacy_texts": len(fed),
        "spacy_unique_texts": len(unique),
        "spacy_tokenize_unique": round(statistics.median(unique_seconds), 4),
        "table_rows": sum(t.num_rows for t in tables.values()),
    }


def extract(path: Path, runs: int) -> dict:
    from pipeline.document import extract_document
    from pipeline.run import process_extractors

    ex = process_extractors()
    extract_document(path, ex)  # warm: first-use caches are not the document's cost
    seconds = [timed(lambda: extract_document(path, ex)) for _ in range(runs)]
    return {"seconds": round(statistics.median(seconds), 4), "runs": [round(s, 4) for s in seconds]}


def knowledge(listing: Path) -> dict:
    imports(listing)
    from pipeline.own_knowledge import process_extractors
    from pipeline.setup_cache import is_cached

    if not is_cached("extractors"):
        raise SystemExit("floors.py knowledge: the set-up cache is empty (run the pipeline once)")
    return {"seconds": round(timed(process_extractors), 4)}


def main(argv: list[str]) -> dict:
    command, *args = argv
    if command == "modules":
        return modules(Path(args[0]), args[1:])
    if command == "imports":
        return imports(Path(args[0]))
    if command == "hash":
        return hash_inputs(Path(args[0]))
    if command == "corpus":
        return corpus(Path(args[0]), Path(args[1]), int(args[2]))
    if command == "extract":
        return extract(Path(args[0]), int(args[1]))
    if command == "knowledge":
        return knowledge(Path(args[0]))
    raise SystemExit(f"floors.py: unknown command {command!r}")


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
