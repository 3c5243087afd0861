"""One truth from both formats: a wikitext document and its plain-text rendering by pandoc
(`pandoc -f mediawiki -t plain`, the form of ../shared/corpus) give the same facts wherever the
plain text still carries them, and the wikitext adds what only it has: the countries its flag
templates name and the dates in its `{{dts}}` templates, both of which pandoc drops.

Run over fixtures/wikitext/*.wiki and, when present, ../shared/wikitext/*.wiki; skipped when
`pandoc` is not on PATH (Debian: `apt-get install pandoc`; `.ci/run` installs it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from pipeline.run import run
from tests.conftest import REPO, extractors

PANDOC = shutil.which("pandoc")
pytestmark = pytest.mark.skipif(PANDOC is None, reason="pandoc is not on PATH")

SHARED = REPO.parent / "shared" / "wikitext"
SOURCES = sorted((REPO / "fixtures" / "wikitext").glob("*.wiki")) + (
    sorted(SHARED.glob("*.wiki")) if SHARED.is_dir() else []
)
#: wide enough that pandoc wraps no cell of the corpus's width (its widest lines are ~2,000)
COLUMNS = 5000
TABLES = ("relations", "missions", "memberships", "recognitions")
#: what a fact is about, without its line (the two forms number their lines differently)
KEYS = {
    "missions": ["doc_id", "sender_iso3", "host_iso3", "city", "kind", "status", "via_iso3"],
    "memberships": ["doc_id", "member_iso3", "org_id", "org_name"],
    "recognitions": ["doc_id", "recognizer_iso3", "recognized_iso3", "recognized_name"],
}
ROW = ["doc_id", "table_index", "row_index"]
FLAG = re.compile(r"\{\{\s*flag", re.I)

Facts = dict[str, pd.DataFrame]


def render(source: Path, target: Path) -> None:
    """The plain-text rendering of a wikitext file, in the form of ../shared/corpus."""
    assert PANDOC is not None
    command = [PANDOC, "-f", "mediawiki", "-t", "plain", f"--columns={COLUMNS}"]
    subprocess.run(
        [*command, str(source), "-o", str(target)],
        check=True,
        timeout=120,
    )


def extract(inputs: list[Path], output: Path) -> Facts:
    report = run(inputs, output, workers=0, extractors=extractors())
    assert not report.skipped, report.skipped
    return {t: pd.read_parquet(output / "latest" / f"{t}.parquet") for t in TABLES}


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Facts, Facts]:
    """(wikitext facts, plain facts) of every source, each run once."""
    tmp = tmp_path_factory.mktemp("pandoc")
    (tmp / "plain").mkdir()
    plain = [tmp / "plain" / f"{source.stem}.md" for source in SOURCES]
    for source, target in zip(SOURCES, plain, strict=True):
        render(source, target)
    return extract(SOURCES, tmp / "out-wiki"), extract(plain, tmp / "out-plain")


def keys(frame: pd.DataFrame, table: str, doc: str) -> set[tuple[object, ...]]:
    rows = frame[frame.doc_id == doc][KEYS[table]].astype(object)
    return {tuple(None if pd.isna(v) else v for v in r) for r in rows.itertuples(index=False)}


def rows(frame: pd.DataFrame, doc: str) -> pd.DataFrame:
    found = frame[(frame.doc_id == doc) & frame.table_index.notna()]
    return found.set_index(ROW[1:])


DOCS = [pytest.param(s.stem, id=s.stem.removeprefix("Foreign_relations_of_")) for s in SOURCES]


def test_sources_exist():
    assert len(SOURCES) >= 2


@pytest.mark.parametrize("doc", DOCS)
@pytest.mark.parametrize("table", ["missions", "memberships", "recognitions"])
def test_the_plain_rendering_finds_nothing_the_wikitext_does_not(
    both: tuple[Facts, Facts], table: str, doc: str
):
    wiki, plain = both
    missing = keys(plain[table], table, doc) - keys(wiki[table], table, doc)
    assert not missing, f"{table} read from the plain text only: {sorted(missing, key=str)}"


@pytest.mark.parametrize("doc", DOCS)
def test_both_forms_have_the_same_table_rows(both: tuple[Facts, Facts], doc: str):
    wiki, plain = (rows(f["relations"], doc) for f in both)
    assert list(wiki.index) == list(plain.index)
    # the region (the nearest heading) is the same; the section path is not: the plain text
    # no longer says a heading's level
    assert list(wiki.region) == list(plain.region)


@pytest.mark.parametrize("doc", DOCS)
def test_a_counterpart_the_plain_text_resolved_is_the_flag_s(both: tuple[Facts, Facts], doc: str):
    wiki, plain = (rows(f["relations"], doc) for f in both)
    resolved = plain[plain.counterpart_iso3.notna()]
    differ = [
        (index, found, wiki.at[index, "counterpart_iso3"])
        for index, found in resolved.counterpart_iso3.items()
        if index in wiki.index and wiki.at[index, "counterpart_iso3"] != found
    ]
    assert not differ, f"(table, row), plain, wikitext: {differ}"


@pytest.mark.parametrize("doc", DOCS)
def test_the_wikitext_keeps_what_the_plain_text_has_and_reads_its_flags(
    both: tuple[Facts, Facts], doc: str
):
    wiki, plain = (rows(f["relations"], doc) for f in both)
    shared = wiki.index.intersection(plain.index)
    wiki, plain = wiki.loc[shared], plain.loc[shared]
    assert (wiki.counterpart_name.notna() >= plain.counterpart_name.notna()).all()
    # a row whose first line holds a flag template is about the country the flag names
    source = next(s for s in SOURCES if s.stem == doc).read_text(encoding="utf-8").split("\n")
    flagged = wiki.source_line.map(lambda n: bool(FLAG.search(source[n - 1])))
    assert flagged.any()
    assert wiki.counterpart_name[flagged].notna().all()
    assert (wiki.counterpart_method[flagged] == "country-cell").all()
    dated = plain.began.notna()
    assert wiki.began[dated].notna().all()
    # a date both read from the same place is the same (the wikitext may read a table cell's
    # {{dts}} where the plain text fell back on a sentence of the notes)
    same = dated & (wiki.began_source == plain.began_source)
    assert list(wiki.began[same]) == list(plain.began[same])


def test_the_wikitext_adds_counterparts_and_dates_pandoc_drops(both: tuple[Facts, Facts]):
    wiki, plain = (f["relations"].set_index(ROW) for f in both)
    shared = wiki.index.intersection(plain.index)
    wiki, plain = wiki.loc[shared], plain.loc[shared]
    assert (wiki.counterpart_iso3.notna() & plain.counterpart_iso3.isna()).any()
    assert (wiki.began.notna() & plain.began.isna()).any()


@pytest.mark.parametrize("table", ["missions", "memberships", "recognitions"])
def test_the_comparison_has_facts_to_compare(both: tuple[Facts, Facts], table: str):
    assert len(both[1][table]) > 0
