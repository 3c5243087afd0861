"""`make bench`: speed and memory of a first run, an unchanged rerun and a one-document rerun.

Each measurement is a separate process (so start-up, gazetteers and spaCy count), on the
reference document and, when present, on all of ../shared/corpus. Results are printed and saved
to bench/results/latest.json.
"""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "fixtures" / "Foreign_relations_of_Azerbaijan.md"
CORPUS = REPO.parent / "shared" / "corpus"


def measure(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "measure.py"), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 and not done.stdout.strip():
        raise SystemExit(f"bench: {' '.join(args)} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def scenario(name: str, documents: list[Path]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "docs"
        work.mkdir()
        for doc in documents:
            shutil.copy(doc, work / doc.name)
        out = Path(tmp) / "out"
        run = ("run", "--quiet", "--output", str(out), str(work))
        first = measure(*run)
        unchanged = measure(*run)
        edited = work / documents[0].name
        edited.write_text(
            edited.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8"
        )
        one_changed = measure(*run)
    result = {
        "documents": len(documents),
        "first_run": first,
        "unchanged_rerun": unchanged,
        "one_document_changed": one_changed,
    }
    print(f"{name} ({len(documents)} document(s))")
    for label in ("first_run", "unchanged_rerun", "one_document_changed"):
        r = result[label]
        print(
            f"  {label:<22} {r['seconds']:>7.2f} s   peak {r['peak_mb']:>7.1f} MB"
            f"   exit {r['code']}"
        )
    return result


def main() -> None:
    results = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "reference": scenario("reference document", [REFERENCE]),
    }
    if CORPUS.is_dir():
        docs = sorted(CORPUS.glob("Foreign_relations_of_*.md"))
        results["corpus"] = scenario("../shared/corpus", docs)
    else:
        print("../shared/corpus not present: corpus scenario skipped")
    target = REPO / "bench" / "results" / "latest.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"saved {target.relative_to(REPO)}")


if __name__ == "__main__":
    main()
