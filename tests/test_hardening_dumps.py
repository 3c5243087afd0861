"""Hostile and damaged dumps (issue 21): the newest revision whatever the file order, one bad
page skipped alone, compression bombs stopped while reading, a gzip with trailing garbage.

Expectations are computed from the pages the tests write, never read off the output.
"""

from __future__ import annotations

import bz2
import gzip
import itertools
import random
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import dumps
from pipeline.dumps import PageSkipped, Revision, iter_revisions, normal_timestamp
from pipeline.errors import InputError
from pipeline.limits import Limits
from pipeline.run import run
from tests.dumps import Page, export_xml, header, page_xml

KENYA = "Foreign relations of Kenya"
PERU = "Foreign relations of Peru"


def article(country: str, capital: str) -> str:
    return (
        f"'''{country}''' is a member of the [[United Nations]].\n\n==Bilateral relations==\n"
        '{| class="wikitable"\n! Country !! Formal Relations Began !! Notes\n|-\n'
        f"| {{{{flagu|Chile}}}} || {{{{dts|1822}}}} ||\n* Chile has an embassy in [[{capital}]].\n"
        "|}\n"
    )


def compress(path: Path, data: bytes) -> Path:
    if path.name.endswith(".bz2"):
        data = bz2.compress(data)
    elif path.name.endswith(".gz"):
        data = gzip.compress(data)
    path.write_bytes(data)
    return path


def revisions(path: Path, **options: object) -> list[Revision]:
    found = list(iter_revisions(path, **options))  # type: ignore[arg-type]
    assert all(isinstance(r, Revision) for r in found), found
    return found  # type: ignore[return-value]


# -- the newest revision, whatever the order ---------------------------------------------------


@pytest.mark.parametrize("suffix", [".xml", ".xml.gz"])
def test_an_export_listing_the_newest_first_gives_the_newest(tmp_path: Path, suffix: str) -> None:
    """`Special:Export` with `dir=desc`: the newest revision comes first in the page."""
    newest = (302, "2022-05-01T10:00:00Z", article("Kenya", "Lima"))
    older = [
        (301, "2021-05-01T10:00:00Z", article("Kenya", "Quito")),
        (300, "2020-01-01T00:00:00Z", "x"),
    ]
    dump = compress(
        tmp_path / f"desc{suffix}", export_xml([Page(KENYA, 7, [newest, *older])]).encode()
    )
    [rev] = revisions(dump)
    assert (rev.rev_id, rev.timestamp, rev.text) == newest


def test_a_run_on_a_descending_export_publishes_the_newest_revision(tmp_path: Path) -> None:
    newest = (302, "2022-05-01T10:00:00Z", article("Kenya", "Lima"))
    oldest = (301, "2021-05-01T10:00:00Z", article("Kenya", "Quito"))
    dump = compress(tmp_path / "desc.xml", export_xml([Page(KENYA, 7, [newest, oldest])]).encode())
    report = run([dump], tmp_path / "out", workers=0)
    assert not report.skipped, report.skipped
    latest = tmp_path / "out" / "latest"
    documents = pd.read_parquet(latest / "documents.parquet")
    assert documents["rev_id"].tolist() == [302]
    cities = pd.read_parquet(latest / "missions.parquet")["city"].tolist()
    assert "Lima" in cities and "Quito" not in cities


def test_every_revision_of_a_descending_export_is_read_in_time_order(tmp_path: Path) -> None:
    """`--revisions all`: the newest revision is the published one, and the history says the
    older revision's embassy was removed by the newer one, whatever the order in the file."""
    newest = (302, "2022-05-01T10:00:00Z", article("Kenya", "Lima"))
    oldest = (301, "2021-05-01T10:00:00Z", article("Kenya", "Quito"))
    dump = compress(tmp_path / "desc.xml", export_xml([Page(KENYA, 7, [newest, oldest])]).encode())
    report = run([dump], tmp_path / "out", workers=0, revisions="all")
    assert not report.skipped, report.skipped
    latest = tmp_path / "out" / "latest"
    assert pd.read_parquet(latest / "documents.parquet")["rev_id"].tolist() == [302]
    missions = pd.read_parquet(latest / "missions.parquet")
    history = pd.read_parquet(latest / "fact_history.parquet").set_index("fact_id")
    [lima] = missions.loc[missions["city"] == "Lima", "fact_id"]
    assert history.loc[lima, "first_rev_id"] == 302 and bool(history.loc[lima, "in_latest"])
    quito = history[(history["table_name"] == "missions") & ~history["in_latest"]]
    assert quito["first_rev_id"].tolist() == [301]
    assert quito["removed_rev_id"].tolist() == [302]


def test_ties_on_the_timestamp_go_to_the_higher_id_and_offsets_count_as_time(
    tmp_path: Path,
) -> None:
    # 12:30+02:00 is 10:30Z: later than 10:00Z, earlier than 11:00Z written without an offset
    revs = [
        (5, "2021-01-01T11:00:00Z", "eleven"),
        (9, "2021-01-01T12:30:00+02:00", "ten thirty"),
        (8, "2021-01-01T11:00:00Z", "eleven, higher id"),
        (7, "2021-01-01T10:00:00Z", "ten"),
    ]
    dump = compress(tmp_path / "ties.xml", export_xml([Page(KENYA, 7, revs)]).encode())
    [rev] = revisions(dump)
    assert (rev.rev_id, rev.text, rev.timestamp) == (8, "eleven, higher id", "2021-01-01T11:00:00Z")
    every = revisions(dump, every=True)
    assert {r.rev_id: r.timestamp for r in every}[9] == "2021-01-01T10:30:00Z"


@settings(
    max_examples=40, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.integers(1, 10**6), st.integers(0, 10**6)),
        min_size=1,
        max_size=8,
        unique_by=lambda t: t[0],
    ),
    st.randoms(use_true_random=False),
)
def test_the_newest_by_time_then_id_whatever_the_order(
    tmp_path: Path, revs: list[tuple[int, int]], rnd: random.Random
) -> None:
    """Any order of the same revisions gives the same one: the latest time, then the highest id."""
    import datetime as dt

    base = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    listed = [
        (rev_id, f"{base + dt.timedelta(minutes=m):%Y-%m-%dT%H:%M:%S}Z", f"text {rev_id}")
        for rev_id, m in revs
    ]
    rnd.shuffle(listed)
    expected = max(listed, key=lambda r: (r[1], r[0]))
    dump = compress(tmp_path / "shuffled.xml", export_xml([Page(KENYA, 7, listed)]).encode())
    [rev] = revisions(dump)
    assert (rev.rev_id, rev.timestamp, rev.text) == expected


def test_normal_timestamp() -> None:
    assert normal_timestamp("2021-03-01T14:00:00Z") == "2021-03-01T14:00:00Z"
    assert normal_timestamp("2021-03-01T14:00:00-05:00") == "2021-03-01T19:00:00Z"
    assert normal_timestamp("2021-03-01 14:00:00") == "2021-03-01T14:00:00Z"
    for bad in ("", "yesterday", "2021-13-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9" * 50):
        assert normal_timestamp(bad) is None, bad


# -- one bad page is skipped alone -------------------------------------------------------------


BAD_PAGES = {
    "long title": (
        "  <page>\n    <title>Foreign relations of " + "é" * 130 + "</title>\n    <ns>0</ns>\n"
        "    <id>5</id>\n    <revision><id>51</id><timestamp>2021-01-01T00:00:00Z</timestamp>"
        "<text>x</text></revision>\n  </page>\n",
        "its title makes a file name over 255 bytes",
    ),
    "page id": (
        f"  <page>\n    <title>{KENYA}</title>\n    <ns>0</ns>\n    <id>12a</id>\n"
        "    <revision><id>51</id><timestamp>2021-01-01T00:00:00Z</timestamp>"
        "<text>x</text></revision>\n  </page>\n",
        "its page id '12a' is not a number",
    ),
    "revision id": (
        f"  <page>\n    <title>{KENYA}</title>\n    <ns>0</ns>\n    <id>12</id>\n"
        "    <revision><id>51</id><timestamp>2021-01-01T00:00:00Z</timestamp>"
        "<text>x</text></revision>\n"
        "    <revision><id>fifty-two</id><timestamp>2021-01-02T00:00:00Z</timestamp>"
        "<text>y</text></revision>\n  </page>\n",
        "has the id 'fifty-two', not a number",
    ),
    "huge id": (
        f"  <page>\n    <title>{KENYA}</title>\n    <ns>0</ns>\n    <id>{'9' * 5000}</id>\n"
        "    <revision><id>51</id><timestamp>2021-01-01T00:00:00Z</timestamp>"
        "<text>x</text></revision>\n  </page>\n",
        "its <id> is over 4096 characters",
    ),
    "timestamp": (
        f"  <page>\n    <title>{KENYA}</title>\n    <ns>0</ns>\n    <id>12</id>\n"
        "    <revision><id>51</id><timestamp>last Tuesday</timestamp>"
        "<text>x</text></revision>\n  </page>\n",
        "has the timestamp 'last Tuesday', not a date and time",
    ),
}


@pytest.mark.parametrize("every", [False, True])
@pytest.mark.parametrize("case", sorted(BAD_PAGES))
def test_one_unreadable_page_is_skipped_and_the_others_are_read(
    tmp_path: Path, case: str, every: bool
) -> None:
    bad, reason = BAD_PAGES[case]
    before = Page(PERU, 22, [(2001, "2021-01-01T00:00:00Z", article("Peru", "Lima"))])
    after = Page("Foreign relations of Chile", 23, [(2002, "2021-01-01T00:00:00Z", "chile")])
    text = header() + page_xml(before) + bad + page_xml(after) + "</mediawiki>\n"
    dump = tmp_path / "pages.xml"
    dump.write_text(text, encoding="utf-8")
    found = list(iter_revisions(dump, every=every))
    kept = [r for r in found if isinstance(r, Revision)]
    skipped = [r for r in found if isinstance(r, PageSkipped)]
    assert [r.title for r in kept if r.rev_id not in range(50, 60)] == [PERU, after.title]
    assert len(skipped) == 1
    line = text[: text.index(bad)].count("\n") + 1
    assert skipped[0].message.startswith(f"{dump}:{line}: page ")
    assert reason in skipped[0].message
    assert "\n" not in skipped[0].message
    # what a skipped page yielded before its fault is to be dropped, and only that
    assert len([r for r in kept if r.rev_id in range(50, 60)]) == skipped[0].retract


@pytest.mark.parametrize("case", sorted(BAD_PAGES))
def test_a_run_skips_the_bad_page_and_publishes_the_others(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline.cli import main

    bad, reason = BAD_PAGES[case]
    good = Page(PERU, 22, [(2001, "2021-01-01T00:00:00Z", article("Peru", "Lima"))])
    dump = tmp_path / "pages.xml.bz2"
    compress(dump, (header() + bad + page_xml(good) + "</mediawiki>\n").encode())
    for mode in ("latest", "all"):
        out = tmp_path / f"out-{mode}"
        code = main(
            [
                "run",
                "--output",
                str(out),
                "--quiet",
                "--workers",
                "0",
                "--revisions",
                mode,
                str(dump),
            ]
        )
        err = capsys.readouterr().err
        assert code == 1, err
        assert "Traceback" not in err and "internal error" not in err
        [line] = [x for x in err.splitlines() if reason in x]
        assert line.startswith(f"skipped: {dump}:")
        documents = pd.read_parquet(out / "latest" / "documents.parquet")
        assert documents["doc_id"].tolist() == ["Foreign_relations_of_Peru"]


# -- compression bombs ---------------------------------------------------------------------


def bomb(path: Path, text_bytes: int, pages: int = 1, after: str = "") -> Path:
    """An export whose kept pages each hold `text_bytes` of 'a', as concatenated compressed
    streams (a repeated block costs a few bytes): written in well under a second."""
    kind = "bz2" if path.name.endswith(".bz2") else "gz"

    def pack(data: bytes) -> bytes:
        return bz2.compress(data, 9) if kind == "bz2" else gzip.compress(data, 9)

    block_size = 4 << 20
    block = pack(b"a" * block_size)
    parts = [pack(header().encode())]
    for n in range(pages):
        open_ = (
            f"  <page>\n    <title>Foreign relations of Bomb{n}</title>\n    <ns>0</ns>\n"
            f"    <id>{n + 1}</id>\n    <revision><id>{n + 100}</id>"
            "<timestamp>2021-01-01T00:00:00Z</timestamp><text>"
        )
        parts.append(pack(open_.encode()))
        parts += [block] * (text_bytes // block_size)
        parts.append(pack(b"</text></revision>\n  </page>\n"))
    parts.append(pack(after.encode() + b"</mediawiki>\n"))
    path.write_bytes(b"".join(parts))
    return path


class Counted:
    """Counts the decompressed bytes the dump reader takes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.total = 0
        real = dumps._Decompressed.read

        def read(stream: dumps._Decompressed) -> bytes:
            chunk = real(stream)
            self.total += len(chunk)
            return chunk

        monkeypatch.setattr(dumps._Decompressed, "read", read)


@pytest.mark.parametrize("suffix", [".xml.bz2", ".xml.gz"])
def test_a_bomb_is_stopped_once_the_whole_input_limit_is_reached(
    tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1 GB of text in a few kB: refused after the limit, not after decompressing it all."""
    path = bomb(tmp_path / f"bomb{suffix}", 64 << 20, pages=16)
    assert path.stat().st_size < 2 << 20
    counted = Counted(monkeypatch)
    limit = 24 << 20
    with pytest.raises(InputError, match="a compression bomb"):
        list(iter_revisions(path, titles="*", max_total_bytes=limit))
    assert limit < counted.total <= limit + dumps.CHUNK


def test_the_whole_input_limit_follows_the_file_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dumps, "DUMP_FLOOR_BYTES", 1 << 20)
    path = bomb(tmp_path / "bomb.xml.bz2", 64 << 20)
    counted = Counted(monkeypatch)
    with pytest.raises(InputError, match="decompresses to over") as caught:
        list(iter_revisions(path, titles="*"))
    limit = (1 << 20) + dumps.DUMP_RATIO * path.stat().st_size
    assert limit < counted.total <= limit + dumps.CHUNK
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("every", [False, True])
def test_a_page_over_the_text_limit_is_skipped_while_read_in_bounded_memory(
    tmp_path: Path, every: bool
) -> None:
    """A 48 MB text under a 1 MB limit: the page is skipped, and the reader never held it."""
    good = Page(PERU, 22, [(2001, "2021-01-01T00:00:00Z", "peru")])
    path = bomb(tmp_path / "bomb.xml.gz", 48 << 20, after=page_xml(good))
    tracemalloc.start()
    try:
        found = list(iter_revisions(path, titles="*", every=every, max_text_bytes=1 << 20))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.title for r in found if isinstance(r, Revision)] == [PERU]
    [skip] = [r for r in found if isinstance(r, PageSkipped)]
    assert "over 1.0 MB" in skip.message
    assert peak < 16 << 20  # the 48 MB text was never held


# -- damaged compressed streams --------------------------------------------------------------


def many_pages(n: int) -> list[Page]:
    rnd = random.Random(n)
    return [
        Page(
            f"Foreign relations of Land{i}",
            i + 1,
            [
                (
                    1000 + i,
                    "2021-01-01T00:00:00Z",
                    "".join(rnd.choice("abc \n") for _ in range(6000)),
                )
            ],
        )
        for i in range(n)
    ]


def test_a_gzip_with_trailing_garbage_keeps_its_last_complete_pages(tmp_path: Path) -> None:
    pages = many_pages(40)  # over 200 kB: several reads, the last page in the last one
    path = tmp_path / "pages.xml.gz"
    path.write_bytes(gzip.compress(export_xml(pages).encode()) + b"garbage after the end")
    assert [r.title for r in revisions(path, titles="*")] == [p.title for p in pages]


def test_a_gzip_cut_short_keeps_the_pages_before_the_cut(tmp_path: Path) -> None:
    pages = many_pages(40)
    data = gzip.compress(export_xml(pages).encode())
    path = tmp_path / "pages.xml.gz"
    path.write_bytes(data[: len(data) * 3 // 4])
    found: list[str] = []
    with pytest.raises(InputError, match="compressed stream is damaged"):
        for rev in iter_revisions(path, titles="*"):
            assert isinstance(rev, Revision)
            found.append(rev.title)
    assert 10 < len(found) < 40
    assert found == [p.title for p in pages[: len(found)]]


def test_multi_member_gzip_and_multi_stream_bz2_are_read_whole(tmp_path: Path) -> None:
    pages = many_pages(6)
    text = export_xml(pages).encode()
    cut = [0, len(text) // 3, len(text) // 2, len(text)]
    for name, pack in (("m.xml.gz", gzip.compress), ("m.xml.bz2", bz2.compress)):
        path = tmp_path / name
        path.write_bytes(b"".join(pack(text[a:b]) for a, b in itertools.pairwise(cut)))
        assert [r.title for r in revisions(path, titles="*")] == [p.title for p in pages]


def test_entity_declarations_are_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE mediawiki [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        f'<mediawiki xmlns="{dumps.__name__}"><page><title>{KENYA}</title><ns>0</ns><id>1</id>'
        "<revision><id>2</id><timestamp>2021-01-01T00:00:00Z</timestamp><text>&b;</text>"
        "</revision></page></mediawiki>\n"
    )
    path = tmp_path / "laughs.xml"
    path.write_text(laughs, encoding="utf-8")
    with pytest.raises(InputError, match="declares XML entities"):
        list(iter_revisions(path))


def test_elements_nested_without_end_are_refused_early(tmp_path: Path) -> None:
    page = Page(PERU, 22, [(2001, "2021-01-01T00:00:00Z", "peru")])
    deep = "<x>" * 1_000_000
    path = tmp_path / "deep.xml"
    path.write_text(header() + page_xml(page) + deep, encoding="utf-8")
    found: list[object] = []
    with pytest.raises(InputError, match="nest over 64 deep"):
        found.extend(iter_revisions(path))
    assert [r.title for r in found if isinstance(r, Revision)] == [PERU]


def test_a_dump_that_is_not_a_regular_file_is_one_line(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.xml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        list(iter_revisions(fifo))


# -- damaged exports, generated ---------------------------------------------------------------

TITLES = st.sampled_from(
    [
        "Foreign relations of Kenya",
        "Foreign relations of Peru",
        "Foreign relations of Côte d'Ivoire",
        "Foreign relations of A/B",
        "Kenya",
        "Foreign relations of " + "x" * 240,
    ]
)
DAMAGE = st.sampled_from(["none", "truncate", "flip", "insert", "garbage"])


@settings(
    max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pages=st.lists(
        st.tuples(
            TITLES,
            st.lists(
                st.tuples(
                    st.one_of(
                        st.integers(0, 10**9).map(str), st.sampled_from(["", "x1", "-3", " 7 "])
                    ),
                    st.one_of(
                        st.datetimes().map(lambda d: d.isoformat() + "Z"),
                        st.sampled_from(["", "never", "2021-02-30T00:00:00Z"]),
                    ),
                    st.text(max_size=200),
                ),
                min_size=1,
                max_size=4,
            ),
        ),
        max_size=6,
    ),
    suffix=st.sampled_from([".xml", ".xml.gz", ".xml.bz2"]),
    damage=DAMAGE,
    where=st.floats(0, 1),
    every=st.booleans(),
)
def test_damaged_exports_give_pages_or_one_line_never_anything_else(
    tmp_path: Path,
    pages: list[tuple[str, list[tuple[str, str, str]]]],
    suffix: str,
    damage: str,
    where: float,
    every: bool,
) -> None:
    """Whatever the damage: only `Revision`s whose text the export holds, `PageSkipped` lines,
    and at most one `InputError` at the end; never another exception."""
    from xml.sax.saxutils import escape

    body = [header()]
    texts = set()
    for n, (title, revs) in enumerate(pages):
        body.append(
            f"  <page>\n    <title>{escape(title)}</title>\n    <ns>0</ns>\n    <id>{n}</id>\n"
        )
        for rev_id, stamp, text in revs:
            clean = "".join(
                c for c in text if c in "\t\n" or (" " <= c < "\ud800") or "\ue000" <= c < "\ufffe"
            )
            clean = clean.replace("\r", "")
            texts.add(clean)
            body.append(
                f"    <revision><id>{escape(rev_id)}</id><timestamp>{escape(stamp)}</timestamp>"
                f'<text xml:space="preserve">{escape(clean)}</text></revision>\n'
            )
        body.append("  </page>\n")
    body.append("</mediawiki>\n")
    raw = "".join(body).encode("utf-8")
    packed = (
        gzip.compress(raw)
        if suffix.endswith(".gz")
        else bz2.compress(raw)
        if suffix.endswith(".bz2")
        else raw
    )
    at = int(where * len(packed))
    if damage == "truncate":
        packed = packed[:at]
    elif damage == "flip" and packed:
        at = min(at, len(packed) - 1)
        packed = packed[:at] + bytes([packed[at] ^ 0x5A]) + packed[at + 1 :]
    elif damage == "insert":
        packed = packed[:at] + b"<page><" + packed[at:]
    elif damage == "garbage":
        packed += b"\x00garbage"
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(packed)
    try:
        for item in iter_revisions(path, titles="*", every=every):
            if isinstance(item, Revision):
                assert damage in ("flip", "insert") or item.text in texts
                assert len((item.doc_id + ".wiki").encode()) <= 255
                assert item.timestamp.endswith("Z")
            else:
                assert isinstance(item, PageSkipped)
                assert "\n" not in item.message and item.message.startswith(str(path))
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(path))


def test_limits_reach_the_reader_from_a_run(tmp_path: Path) -> None:
    """--max-input-mb bounds a dump page's text too: the page is skipped, never spooled."""
    path = bomb(tmp_path / "bomb.xml.bz2", 8 << 20)
    report = run(
        [path], tmp_path / "out", workers=0, titles="*", limits=Limits(max_input_bytes=1 << 20)
    )
    assert any("over 1.0 MB" in line for line in report.skipped), report.skipped
    assert not (tmp_path / "out" / "latest").exists()
