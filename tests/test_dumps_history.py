"""MediaWiki exports as input, and facts through a page's revisions (`--revisions all`, asof).

The revision histories are written here from a schedule (which revision says what), and every
expectation is computed from that schedule, never read off the output.
"""

from __future__ import annotations

import bz2
import gzip
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.dumps import iter_revisions
from pipeline.run import run
from pipeline.workers import InProcess, Outcome, extract_outcome
from tests.dumps import Page, export_xml

KENYA = "Foreign relations of Kenya"
PERU = "Foreign relations of Peru"


@dataclass(frozen=True)
class State:
    """What one revision of a page says."""

    embassy: bool = False  # "Kenya has an embassy in Accra." in Ghana's row
    fiji_day: int = 19  # day of Fiji's {{dts}}
    member: bool = True  # "Kenya is a member of the United Nations."
    blank: bool = False  # vandalism: the page emptied


def kenya(state: State) -> str:
    if state.blank:
        return ""
    embassy = "\n* Kenya has an embassy in [[Accra]]." if state.embassy else ""
    member = "'''Kenya''' is a member of the [[United Nations]].\n" if state.member else ""
    return (
        f"{member}\n==Bilateral relations==\n"
        '{| class="wikitable sortable"\n'
        '!width="15%"| Country !!width="12%"| Formal Relations Began !! Notes\n'
        '|-valign="top"\n'
        f"|{{{{flag|Fiji}}}}||{{{{dts|{state.fiji_day} March 2010}}}}||\n"
        "* Fiji has an embassy in [[Nairobi]].\n"
        '|-valign="top"\n'
        f"|{{{{flag|Ghana}}}}||{{{{dts|1960|05|03}}}}||{embassy}\n"
        "|}\n\n==References==\n{{Reflist}}\n"
    )


def peru(n: int) -> str:
    chile = "\n* Chile has an embassy in [[Lima]]." if n >= 4 else ""
    return (
        f"'''Peru''' is a member of the [[Andean Community]].{' ' * n}\n\n"
        "==Bilateral relations==\n"
        '{| class="wikitable"\n! Country !! Formal Relations Began !! Notes\n|-\n'
        f"| {{{{flagu|Chile}}}} || {{{{dts|1822}}}} ||{chile}\n|}}\n"
    )


#: Kenya's history: 12 revisions. The embassy appears at 5, is removed at 9, the page is
#: blanked at 10 and restored at 11 (the text of 8 again: a revert), and the embassy comes back
#: at 12; Fiji's date changes at 7; the membership is dropped at 3 and restored at 4.
KENYA_STATES = [
    State(),
    State(),
    State(member=False),
    State(),
    State(embassy=True),
    State(embassy=True),
    State(embassy=True, fiji_day=20),
    State(fiji_day=20),
    State(fiji_day=20),
    State(blank=True),
    State(fiji_day=20),
    State(embassy=True, fiji_day=20),
]


def stamp(i: int, day: int) -> str:
    return f"2021-{i + 1:02d}-{day:02d}T12:00:00Z"


def kenya_page(upto: int | None = None) -> Page:
    states = KENYA_STATES[:upto]
    revisions = [(1000 + i, stamp(i, 1), kenya(s)) for i, s in enumerate(states)]
    return Page(KENYA, 11, revisions)


def peru_page(upto: int | None = None) -> Page:
    revisions = [(2000 + n, stamp(n, 15), peru(n)) for n in range(10)][:upto]
    return Page(PERU, 22, revisions)


def others() -> list[Page]:
    """Pages a dump holds that are not read: another title, a talk page, a redirect."""
    return [
        Page("Kenya", 33, [(3000, stamp(0, 2), "'''Kenya''' is a country.")]),
        Page("Talk:Foreign relations of Kenya", 44, [(4000, stamp(0, 2), "talk")], ns=1),
        Page(
            "Foreign relations of Kenia",
            55,
            [(5000, stamp(0, 2), "#REDIRECT [[Foreign relations of Kenya]]")],
            redirect=KENYA,
        ),
    ]


def write_dump(path: Path, pages: list[Page]) -> Path:
    data = export_xml(pages).encode()
    if path.name.endswith(".bz2"):
        data = bz2.compress(data)
    elif path.name.endswith(".gz"):
        data = gzip.compress(data)
    path.write_bytes(data)
    return path


def table(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(folder / f"{name}.parquet")


def test_only_articles_of_the_family_are_read_each_at_its_latest_revision(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "pages.xml.gz", [kenya_page(), *others(), peru_page()])
    seen = list(iter_revisions(dump))
    assert [(r.title, r.rev_id) for r in seen] == [(KENYA, 1011), (PERU, 2009)]
    every = list(iter_revisions(dump, every=True))
    assert len(every) == len(KENYA_STATES) + 10
    assert [r.title for r in iter_revisions(dump, "foreign relations of p*")] == [PERU]


def test_a_dump_gives_the_facts_of_its_pages_given_as_files(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "pages.xml.bz2", [kenya_page(), *others(), peru_page()])
    files = tmp_path / "files"
    files.mkdir()
    (files / "Foreign_relations_of_Kenya.wiki").write_text(kenya(KENYA_STATES[-1]))
    (files / "Foreign_relations_of_Peru.wiki").write_text(peru(9))
    a = run([dump], tmp_path / "a", workers=0).published
    b = run([files], tmp_path / "b", workers=0).published
    assert a and b
    for name in ("relations", "missions", "memberships", "recognitions", "references"):
        assert table(a.path, name).equals(table(b.path, name)), name
    docs = table(a.path, "documents").set_index("doc_id")
    assert docs.loc["Foreign_relations_of_Kenya", "rev_id"] == 1011
    assert docs.loc["Foreign_relations_of_Kenya", "page_id"] == 11
    assert docs.loc["Foreign_relations_of_Kenya", "rev_timestamp"] == stamp(11, 1)
    assert docs.loc["Foreign_relations_of_Kenya", "source"] == "pages.xml.bz2"
    assert docs.loc["Foreign_relations_of_Kenya", "licence"] == "CC BY-SA 4.0"
    assert docs.loc["Foreign_relations_of_Kenya", "url"].endswith("?oldid=1011")
    manifest = json.loads((a.path / "manifest.json").read_text())
    entry = next(i for i in manifest["inputs"] if i["doc_id"] == "Foreign_relations_of_Peru")
    assert entry["format"] == "wikitext"
    assert entry["source"]["rev_id"] == 2009 and entry["source"]["page_id"] == 22
    assert entry["source"]["title"] == PERU and entry["source"]["rev_timestamp"] == stamp(9, 15)


def _history(tmp_path: Path) -> tuple[Path, list[str]]:
    dump = write_dump(tmp_path / "history.xml", [kenya_page(), peru_page()])
    extracted: list[str] = []

    def counting(index: int, path: Path) -> Outcome:
        extracted.append(path.read_text())
        return extract_outcome(index, path, extractors, limits)

    from pipeline.limits import Limits
    from pipeline.run import process_extractors

    extractors, limits = process_extractors(), Limits()
    report = run([dump], tmp_path / "out", revisions="all", executor=InProcess(counting), workers=0)
    assert report.published
    return report.published.path, extracted


def _facts(folder: Path, doc: str, table_name: str, evidence: str) -> list[str]:
    frame = table(folder, table_name)
    rows = frame[(frame.doc_id == doc) & frame.evidence.str.contains(evidence, regex=False)]
    return sorted(set(rows.fact_id))


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    return _history(tmp_path_factory.mktemp("history"))


def test_each_fact_knows_the_revisions_that_first_and_last_stated_it(
    history: tuple[Path, list[str]],
) -> None:
    folder, _ = history
    facts = table(folder, "fact_history").set_index("fact_id")
    kenya_doc = "Foreign_relations_of_Kenya"
    revs = [1000 + i for i in range(len(KENYA_STATES))]
    read = [r for r, s in zip(revs, KENYA_STATES, strict=True) if not s.blank]

    def expected(says: list[bool]) -> tuple[int, int, int | None, list[int]]:
        stated = [r for r, s in zip(read, says, strict=True) if s]
        first, last = stated[0], stated[-1]
        after = [r for r in read if r > last]
        absent = [r for r in read if first < r < last and r not in stated]
        return first, last, (after[0] if after else None), absent

    readable = [s for s in KENYA_STATES if not s.blank]
    # the embassy in Accra: added, removed, added again (the latest states it)
    (embassy,) = _facts(folder, kenya_doc, "missions", "Accra")
    first, last, removed, absent = expected([s.embassy for s in readable])
    row = facts.loc[embassy]
    assert (row.first_rev_id, row.last_rev_id) == (first, last)
    assert removed is None and pd.isna(row.removed_rev_id) and row.in_latest
    assert list(row.absent_rev_ids) == absent
    assert row.first_timestamp == stamp(first - 1000, 1)
    # the membership: dropped for one revision
    (member,) = _facts(folder, kenya_doc, "memberships", "United Nations")
    first, last, _, absent = expected([s.member for s in readable])
    row = facts.loc[member]
    assert (row.first_rev_id, row.last_rev_id, list(row.absent_rev_ids)) == (first, last, absent)
    # Fiji's relation changed its date but is one fact all along
    relations = table(folder, "relations")
    fiji = relations[(relations.doc_id == kenya_doc) & (relations.counterpart_iso3 == "FJI")]
    (fiji_id,) = set(fiji.fact_id)
    row = facts.loc[fiji_id]
    assert (row.first_rev_id, row.last_rev_id) == (read[0], read[-1])
    assert row.revisions_stated == len(read)
    statements = table(folder, "fact_revisions")
    dates = {json.loads(s)["began"] for s in statements[statements.fact_id == fiji_id]["row"]}
    assert dates == {"2010-03-19", "2010-03-20"}
    # Peru's embassy appears at revision 4 and stays
    (chile,) = _facts(folder, "Foreign_relations_of_Peru", "missions", "Lima")
    row = facts.loc[chile]
    assert (row.first_rev_id, row.last_rev_id, row.in_latest) == (2004, 2009, True)


def test_a_fact_removed_in_the_end_has_its_removing_revision(tmp_path: Path) -> None:
    page = Page(
        KENYA, 11, [(1000 + i, stamp(i, 1), kenya(s)) for i, s in enumerate(KENYA_STATES[:9])]
    )
    report = run(
        [write_dump(tmp_path / "h.xml", [page])], tmp_path / "o", revisions="all", workers=0
    )
    assert report.published
    (embassy,) = set(
        table(report.published.path, "fact_history").query("table_name == 'missions'").fact_id
    ) - set(_facts(report.published.path, "Foreign_relations_of_Kenya", "missions", "Nairobi"))
    row = table(report.published.path, "fact_history").set_index("fact_id").loc[embassy]
    assert (row.first_rev_id, row.last_rev_id, row.removed_rev_id) == (1004, 1006, 1007)
    assert not row.in_latest
    # the latest tables state only what the latest revision says
    assert "Accra" not in " ".join(table(report.published.path, "missions").evidence)


def test_revisions_with_the_same_text_are_read_once_and_a_blanked_one_is_reported(
    history: tuple[Path, list[str]],
) -> None:
    folder, extracted = history
    texts = [kenya(s) for s in KENYA_STATES] + [peru(n) for n in range(10)]
    assert len(set(texts)) < len(texts)  # reverts and repeats: the case this is about
    assert sorted(extracted) == sorted(set(texts))
    revisions = table(folder, "revisions")
    blanked = revisions[revisions.rev_id == 1009].iloc[0]
    assert not blanked.read and "empty" in blanked.skip_reason


@pytest.mark.parametrize("revision", [3, 7, 10])
def test_asof_gives_exactly_the_tables_of_the_revision_in_force(
    history: tuple[Path, list[str]], tmp_path: Path, revision: int
) -> None:
    """The tables `asof` writes for a moment between two revisions are those a run on the
    history up to that moment publishes."""
    folder, _ = history
    output = folder.parent.parent
    when = f"2021-{revision + 1:02d}-10T00:00:00Z"  # after Kenya's revision, before Peru's
    into = tmp_path / "asof"
    assert main(["asof", when, "--output", str(output), "--into", str(into)]) == 0
    (tmp_path / "d").mkdir()
    upto = write_dump(
        tmp_path / "d" / "history.xml", [kenya_page(revision + 1), peru_page(revision)]
    )
    report = run([upto], tmp_path / "direct", workers=0)
    assert report.published
    for name in ("documents", "relations", "missions", "memberships", "references", "claims"):
        direct = pq.read_table(report.published.path / f"{name}.parquet")
        rebuilt = pq.read_table(into / f"{name}.parquet")
        assert rebuilt.equals(direct), name


def test_asof_without_history_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = tmp_path / "f"
    files.mkdir()
    (files / "Foreign_relations_of_Peru.wiki").write_text(peru(5))
    run([files], tmp_path / "out", workers=0)
    code = main(
        ["asof", "2021-01-01", "--output", str(tmp_path / "out"), "--into", str(tmp_path / "x")]
    )
    assert code == 2
    assert "--revisions all" in capsys.readouterr().err


def test_a_dump_cut_short_publishes_the_pages_before_the_cut(tmp_path: Path) -> None:
    whole = export_xml([peru_page(), kenya_page()])
    cut = whole[: whole.index("<title>" + KENYA) + 40]
    dump = tmp_path / "cut.xml"
    dump.write_text(cut)
    report = run([dump], tmp_path / "out", workers=0)
    assert report.published
    assert list(table(report.published.path, "documents").doc_id) == ["Foreign_relations_of_Peru"]
    (line,) = [s for s in report.skipped if "cut.xml" in s]
    assert "malformed" in line or "breaks off" in line
    assert "\n" not in line


def test_a_file_that_is_not_a_mediawiki_export_is_named(tmp_path: Path) -> None:
    dump = tmp_path / "other.xml"
    dump.write_text("<html><body>hello</body></html>")
    report = run([dump], tmp_path / "out", workers=0)
    assert report.published is None
    assert any("not a MediaWiki export" in s for s in report.skipped)


def test_the_command_line_reads_a_dump_with_a_title_pattern_and_its_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = write_dump(tmp_path / "pages.xml", [kenya_page(), peru_page()])
    out = tmp_path / "out"
    args = ["run", "--workers", "0", "--output", str(out), "--revisions", "all"]
    assert main([*args, "--title", "Foreign relations of P*", str(dump)]) == 0
    assert set(table(out / "latest", "revisions").doc_id) == {"Foreign_relations_of_Peru"}
    assert "1 document" in capsys.readouterr().out
