"""A multi-GB MediaWiki dump streamed through the pipeline in constant memory.

Writes, in a temporary folder (never committed), a bz2 dump of `--gb` GB of XML: the wikitext
fixtures once each under their own titles, and copies of them under other titles (so the title
filter must read past them), then runs `python -m pipeline run` on it and on the same pages
given as files, reports the dump's sizes, the time and the peak RSS of each run, and checks that
both runs give the same facts.

    python bench/big_dump.py --gb 3
"""

from __future__ import annotations

import argparse
import bz2
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.dumps import Page, header, page_xml  # noqa: E402

FACTS = ("relations", "missions", "memberships", "recognitions", "references", "claims")


def sources() -> dict[str, str]:
    """Title -> wikitext of every wikitext fixture (and the shared reference when present)."""
    found = sorted(REPO.glob("fixtures/**/*.wiki"))
    shared = REPO.parent / "shared" / "wikitext" / "Foreign_relations_of_Azerbaijan.wiki"
    if shared.exists():
        found = [shared, *[f for f in found if f.name != shared.name]]
    out: dict[str, str] = {}
    for path in found:
        title = path.stem.replace("_", " ")
        if title.startswith("Foreign relations of ") and title not in out:
            out[title] = path.read_text(encoding="utf-8")
    return out


def write_dump(path: Path, pages: dict[str, str], gigabytes: float) -> int:
    """The kept pages first and last, filler copies between; returns the XML size in bytes."""
    target = int(gigabytes * 1024**3)
    compressor = bz2.BZ2Compressor(1)
    written = 0
    page_id = 0
    with path.open("wb") as out:

        def emit(text: str) -> None:
            nonlocal written
            data = text.encode("utf-8")
            written += len(data)
            out.write(compressor.compress(data))

        emit(header())
        titles = list(pages)
        half = len(titles) // 2
        for title in titles[:half]:
            page_id += 1
            emit(page_xml(Page(title, page_id, [(page_id, "2024-01-01T00:00:00Z", pages[title])])))
        texts = list(pages.values())
        # filler: one page's XML, escaped once, written again and again under other titles
        while written < target:
            for text in texts:
                page_id += 1
                body = escape(text)
                emit(
                    f"  <page>\n    <title>Sandbox copy {page_id}</title>\n    <ns>0</ns>\n"
                    f"    <id>{page_id}</id>\n    <revision>\n      <id>{page_id}</id>\n"
                    "      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
                    f'      <text xml:space="preserve">{body}</text>\n'
                    "    </revision>\n  </page>\n"
                )
        for title in titles[half:]:
            page_id += 1
            emit(page_xml(Page(title, page_id, [(page_id, "2024-01-01T00:00:00Z", pages[title])])))
        emit("</mediawiki>\n")
        out.write(compressor.flush())
    return written


def timed(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, the largest process of the run) of one whole command,
    measured by a fresh parent so that earlier runs do not count."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], cwd=REPO, check=True, capture_output=True, text=True
    )
    seconds, kilobytes = done.stdout.split()
    return float(seconds), int(kilobytes) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gb", type=float, default=3.0, help="XML size of the dump in GB")
    parser.add_argument("--keep", type=Path, help="keep the work folder here")
    args = parser.parse_args()
    pages = sources()
    work = Path(tempfile.mkdtemp(prefix="big-dump-"))
    try:
        dump = work / "pages-articles.xml.bz2"
        start = time.perf_counter()
        xml_bytes = write_dump(dump, pages, args.gb)
        made = time.perf_counter() - start
        files = work / "files"
        files.mkdir()
        for title, text in pages.items():
            (files / f"{title.replace(' ', '_')}.wiki").write_text(text, encoding="utf-8")
        py = sys.executable
        dump_s, dump_mb = timed(
            [py, "-m", "pipeline", "run", "--quiet", "--output", str(work / "a"), str(dump)]
        )
        files_s, files_mb = timed(
            [py, "-m", "pipeline", "run", "--quiet", "--output", str(work / "b"), str(files)]
        )
        import pandas as pd

        same = all(
            pd.read_parquet(work / "a" / "latest" / f"{t}.parquet").equals(
                pd.read_parquet(work / "b" / "latest" / f"{t}.parquet")
            )
            for t in FACTS
        )
        result = {
            "pages_kept": len(pages),
            "xml_gb": round(xml_bytes / 1024**3, 2),
            "bz2_mb": round(dump.stat().st_size / 1024**2, 1),
            "make_seconds": round(made, 1),
            "dump_run_seconds": round(dump_s, 1),
            "dump_run_peak_rss_mb": round(dump_mb, 1),
            "files_run_seconds": round(files_s, 1),
            "files_run_peak_rss_mb": round(files_mb, 1),
            "same_facts": same,
        }
        print(json.dumps(result, indent=2))
        if not same:
            raise SystemExit("the dump and the files gave different facts")
    finally:
        if args.keep:
            shutil.copytree(work, args.keep, dirs_exist_ok=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
