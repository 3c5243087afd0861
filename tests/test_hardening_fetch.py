"""`fetch` against a hostile or broken server (issue 21, cases 9 and 14).

A local HTTP server in a thread plays the API; each test says how it answers (JSON that is not
the API's shape, a body that never ends, one byte at a time, a gzip bomb, pages nobody asked
for, a continuation that never advances). Whatever it does, `fetch` ends, in one line per
problem, writes only what was asked for, and two fetches into one folder keep every entry.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import fetch as f
from pipeline.cli import main
from pipeline.lock import output_lock

NOW = datetime(2024, 12, 1, 3, 15, tzinfo=UTC)
KENYA = "Foreign relations of Kenya"
PERU = "Foreign relations of Peru"


@dataclass
class Reply:
    """How the server answers one request: status, headers, the body in pieces, a pause
    before each piece, and whether to send a Content-Length."""

    body: Iterable[bytes] = (b"{}",)
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    pause: float = 0.0
    length: bool = True
    raw_head: bytes | None = None  # sent byte by byte instead of a status line and headers


def reply(body: object, **options: Any) -> Reply:
    return Reply(body=(json.dumps(body).encode(),), **options)


@dataclass
class Server:
    url: str = ""
    queries: list[dict[str, str]] = field(default_factory=list)
    route: Callable[[dict[str, str]], Reply] = lambda q: reply({})
    sent: int = 0  # body bytes the server managed to send
    stop: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            query = dict(
                urllib.parse.parse_qsl(
                    urllib.parse.urlsplit(self.path).query, keep_blank_values=True
                )
            )
            state.queries.append(query)
            answer = state.route(query)
            try:
                if answer.raw_head is not None:
                    for byte in answer.raw_head:
                        if state.stop.is_set():
                            return
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(answer.pause)
                    return
                pieces = answer.body if not answer.length else [b"".join(answer.body)]
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if answer.length:
                    self.send_header("Content-Length", str(len(pieces[0])))  # type: ignore[index]
                else:
                    self.send_header("Connection", "close")
                self.end_headers()
                for piece in pieces:
                    if state.stop.is_set():
                        return
                    if answer.pause:
                        time.sleep(answer.pause)
                    self.wfile.write(piece)
                    state.sent += len(piece)
                if not answer.length:
                    self.close_connection = True
            except (BrokenPipeError, ConnectionResetError):
                return

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/w/api.php"
    yield state
    state.stop.set()
    httpd.shutdown()
    httpd.server_close()


def client(server: Server, **options: Any) -> f.Client:
    options.setdefault("retries", 0)
    return f.Client(api=server.url, contact="ops@example.org", sleep=lambda s: None, **options)


def page(title: str, content: str = "text", revid: int = 7, pageid: int = 3) -> dict[str, Any]:
    return {
        "pageid": pageid,
        "ns": 0,
        "title": title,
        "revisions": [
            {
                "revid": revid,
                "timestamp": "2024-09-27T12:05:44Z",
                "slots": {"main": {"content": content}},
            }
        ],
        "canonicalurl": "https://en.wikipedia.org/wiki/" + title.replace(" ", "_"),
    }


def answer_for(query: dict[str, str]) -> Reply:
    """A well-formed answer for every title asked for."""
    titles = query.get("titles", "").split("|")
    return reply({"query": {"pages": [page(t, f"text of {t}") for t in titles if t]}})


def one_line(report: f.Report) -> list[str]:
    details = [o.detail for o in report.outcomes]
    assert all("\n" not in d and "Traceback" not in d for d in details), details
    return details


# -- malformed answers --------------------------------------------------------------------------

MALFORMED = {
    "NUL in a title": {"query": {"pages": [page("Foreign relations of Ke\u0000nya")]}},
    "query is a number": {"query": 5},
    "pages are numbers": {"query": {"pages": [1, 2]}},
    "pages is an object": {"query": {"pages": {"1": page(KENYA)}}},
    "title is a number": {"query": {"pages": [{**page(KENYA), "title": 12}]}},
    "redirects are text": {"query": {"redirects": "yes", "pages": [page(KENYA)]}},
    "continue is a number": {"query": {"pages": [page(KENYA)]}, "continue": 5},
    "continue is nested": {"query": {"pages": [page(KENYA)]}, "continue": {"a": {"b": 1}}},
    "error is a number": {"error": 5},
    "a lone surrogate title": {"query": {"pages": [page("Foreign relations of \ud800")]}},
    "a title of 300 bytes": {"query": {"pages": [page("Foreign relations of " + "é" * 150)]}},
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_answer_fails_its_batch_in_one_line(
    server: Server, tmp_path: Path, case: str
) -> None:
    server.route = lambda q: reply(MALFORMED[case])
    report = f.fetch([KENYA], tmp_path, client(server), now=lambda: NOW)
    [outcome] = report.outcomes
    assert outcome.status == "failed"
    assert "malformed" in outcome.detail or "impossible title" in outcome.detail
    one_line(report)
    assert not list(tmp_path.glob("*.wiki"))


REVISION_FIELDS: dict[str, dict[str, Any]] = {
    "revisions is a number": {"revisions": 7},
    "revision is a list": {"revisions": [[1]]},
    "slots is a number": {
        "revisions": [{"revid": 1, "timestamp": "2024-01-01T00:00:00Z", "slots": 3}]
    },
    "content is a number": {
        "revisions": [
            {"revid": 1, "timestamp": "2024-01-01T00:00:00Z", "slots": {"main": {"content": 4}}}
        ]
    },
    "revid is text": {
        "revisions": [
            {"revid": "1", "timestamp": "2024-01-01T00:00:00Z", "slots": {"main": {"content": "x"}}}
        ]
    },
    "revid is true": {
        "revisions": [
            {
                "revid": True,
                "timestamp": "2024-01-01T00:00:00Z",
                "slots": {"main": {"content": "x"}},
            }
        ]
    },
    "revid is huge": {
        "revisions": [
            {
                "revid": 2**70,
                "timestamp": "2024-01-01T00:00:00Z",
                "slots": {"main": {"content": "x"}},
            }
        ]
    },
    "timestamp is not one": {
        "revisions": [{"revid": 1, "timestamp": "soon", "slots": {"main": {"content": "x"}}}]
    },
    "pageid is negative": {"pageid": -4},
    "content holds a lone surrogate": {
        "revisions": [
            {
                "revid": 1,
                "timestamp": "2024-01-01T00:00:00Z",
                "slots": {"main": {"content": "\ud800"}},
            }
        ]
    },
}


@pytest.mark.parametrize("case", sorted(REVISION_FIELDS))
def test_a_page_with_an_unreadable_revision_fails_alone(
    server: Server, tmp_path: Path, case: str
) -> None:
    bad = {**page(KENYA), **REVISION_FIELDS[case]}
    server.route = lambda q: reply({"query": {"pages": [bad, page(PERU)]}})
    report = f.fetch([KENYA, PERU], tmp_path, client(server), now=lambda: NOW)
    assert {o.title: o.status for o in report.outcomes} == {KENYA: "failed", PERU: "fetched"}
    one_line(report)
    assert [p.name for p in tmp_path.glob("*.wiki")] == ["Foreign_relations_of_Peru.wiki"]


def test_an_empty_query_list_is_an_empty_answer(server: Server, tmp_path: Path) -> None:
    """PHP writes an empty object as `[]`: nothing listed, and an asked title is reported."""
    server.route = lambda q: reply({"batchcomplete": True, "query": []})
    assert f.list_titles(client(server), "Foreign relations of *") == []
    report = f.fetch([KENYA], tmp_path, client(server), now=lambda: NOW)
    assert [(o.status, o.title) for o in report.outcomes] == [("failed", KENYA)]
    assert "does not mention it" in report.outcomes[0].detail


def test_an_api_error_is_one_line_whatever_it_holds(server: Server, tmp_path: Path) -> None:
    error = {"code": "bad\nline", "info": {"nested": ["x" * 10_000]}}
    server.route = lambda q: reply({"error": error})
    report = f.fetch([KENYA], tmp_path, client(server), now=lambda: NOW)
    [detail] = one_line(report)
    assert detail.startswith("API error bad\\nline: ") and len(detail) < 500


@pytest.mark.parametrize("case", ["NUL in a title", "query is a number", "continue is nested"])
def test_the_command_says_a_malformed_answer_in_one_line(
    server: Server, tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route = lambda q: reply(MALFORMED[case])
    code = main(
        ["fetch", "--api", server.url, "--contact", "x", "--into", str(tmp_path / "d"), KENYA]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    [line] = [x for x in err.splitlines() if x.startswith("failed:")]
    assert KENYA in line


# -- continuations ---------------------------------------------------------------------------


def test_a_continuation_that_never_changes_stops_at_once(server: Server, tmp_path: Path) -> None:
    server.route = lambda q: reply(
        {"query": {"allpages": [{"title": KENYA}]}, "continue": {"apcontinue": "K"}}
    )
    with pytest.raises(f.FetchError, match="does not advance"):
        f.list_titles(client(server), "Foreign relations of *")
    assert len(server.queries) == 2  # the first answer, then the same continuation again


def test_a_continuation_that_cycles_stops_too(server: Server) -> None:
    tokens = iter(["a", "b", "a", "b"] * 10)
    server.route = lambda q: reply(
        {"query": {"allpages": []}, "continue": {"apcontinue": next(tokens)}}
    )
    with pytest.raises(f.FetchError, match="does not advance"):
        f.list_titles(client(server), "Foreign relations of *")
    assert len(server.queries) == 3


def test_continuations_are_capped(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(f, "MAX_CONTINUATIONS", 5)
    counter = iter(range(10**6))
    server.route = lambda q: reply(
        {"query": {"allpages": []}, "continue": {"apcontinue": str(next(counter))}}
    )
    with pytest.raises(f.FetchError, match="more than 5 continuations"):
        f.list_titles(client(server), "Foreign relations of *")
    assert len(server.queries) == 6


def test_listed_titles_are_capped(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(f, "MAX_TITLES", 10)
    counter = iter(range(10**6))

    def route(q: dict[str, str]) -> Reply:
        n = next(counter)
        titles = [{"title": f"Foreign relations of L{n}-{i}"} for i in range(4)]
        return reply({"query": {"allpages": titles}, "continue": {"apcontinue": str(n)}})

    server.route = route
    with pytest.raises(f.FetchError, match="more than 10 titles"):
        f.list_titles(client(server), "Foreign relations of *")
    assert len(server.queries) == 3


# -- slow, huge and compressed bodies ------------------------------------------------------------


def test_a_body_sent_one_byte_at_a_time_meets_the_whole_request_deadline(
    server: Server, tmp_path: Path
) -> None:
    """Every read gets its byte well within the read time-out: only a deadline on the whole
    request ends it."""
    body = json.dumps({"query": {"pages": [page(KENYA)]}}).encode()
    server.route = lambda q: Reply(body=[bytes([b]) for b in body], pause=0.05, length=False)
    report = f.fetch([KENYA], tmp_path, client(server, deadline=1.0), now=lambda: NOW)
    [outcome] = report.outcomes
    assert outcome.status == "failed"
    assert "did not answer within 1 s" in outcome.detail
    # and the request's thread is not left reading: its socket was shut down
    for thread in threading.enumerate():
        if thread.name == "fetch-request":
            thread.join(10)
            assert not thread.is_alive()


def test_headers_sent_one_byte_at_a_time_meet_the_deadline_too(
    server: Server, tmp_path: Path
) -> None:
    head = b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 10_000 + b"\r\n\r\n"
    server.route = lambda q: Reply(raw_head=head, pause=0.05)
    report = f.fetch([KENYA], tmp_path, client(server, deadline=1.0), now=lambda: NOW)
    assert "did not answer within 1 s" in report.outcomes[0].detail


def test_a_body_over_the_cap_is_refused_while_streaming(server: Server, tmp_path: Path) -> None:
    """No Content-Length, 1 GB on offer: the client stops reading soon after the cap."""
    chunk = b" " * (1 << 16)
    server.route = lambda q: Reply(body=(chunk for _ in range(1 << 14)), length=False)
    report = f.fetch([KENYA], tmp_path, client(server, max_body=1 << 20), now=lambda: NOW)
    [outcome] = report.outcomes
    assert outcome.status == "failed" and "over 1,048,576 bytes" in outcome.detail
    time.sleep(0.2)  # the server notices the closed connection
    assert server.sent < 64 << 20  # far from the 1 GB offered


def test_a_content_length_over_the_cap_is_refused_unread(server: Server, tmp_path: Path) -> None:
    server.route = lambda q: Reply(body=(b" " * (2 << 20),))
    report = f.fetch([KENYA], tmp_path, client(server, max_body=1 << 20), now=lambda: NOW)
    assert "over 1,048,576 bytes (2097152)" in report.outcomes[0].detail


def test_a_gzip_bomb_is_refused_at_the_cap(server: Server, tmp_path: Path) -> None:
    bomb = gzip.compress(b" " * (64 << 20), 9)
    assert len(bomb) < 1 << 20
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    server.route = lambda q: Reply(body=(bomb,), headers=headers)
    report = f.fetch([KENYA], tmp_path, client(server, max_body=1 << 20), now=lambda: NOW)
    assert "over 1,048,576 bytes" in report.outcomes[0].detail


def test_a_gzip_answer_is_read(server: Server, tmp_path: Path) -> None:
    body = gzip.compress(json.dumps({"query": {"pages": [page(KENYA, "gzipped text")]}}).encode())
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    server.route = lambda q: Reply(body=(body,), headers=headers)
    report = f.fetch([KENYA], tmp_path, client(server), now=lambda: NOW)
    assert [o.status for o in report.outcomes] == ["fetched"]
    assert (tmp_path / "Foreign_relations_of_Kenya.wiki").read_text() == "gzipped text\n"


# -- only what was asked for is written ------------------------------------------------------------


def test_pages_not_asked_for_are_not_written(server: Server, tmp_path: Path) -> None:
    other = tmp_path / "Foreign_relations_of_Chile.wiki"
    other.write_text("the user's own file\n")
    extra = [page("Foreign relations of Chile", "overwritten!"), page("../../etc/passwd", "x")]
    server.route = lambda q: reply({"query": {"pages": [page(KENYA), *extra]}})
    report = f.fetch([KENYA], tmp_path, client(server), now=lambda: NOW)
    statuses = {o.title: o.status for o in report.outcomes}
    assert statuses[KENYA] == "fetched"
    assert statuses["Foreign relations of Chile"] == "failed"
    assert other.read_text() == "the user's own file\n"
    assert sorted(p.name for p in tmp_path.glob("*.wiki")) == [
        other.name,
        "Foreign_relations_of_Kenya.wiki",
    ]
    assert (
        "Foreign_relations_of_Chile.wiki"
        not in json.loads((tmp_path / "fetch.json").read_text())["files"]
    )


def test_a_normalized_and_redirected_title_is_written_under_its_target(
    server: Server, tmp_path: Path
) -> None:
    asked = "foreign relations of Kenia"
    hops = {
        "normalized": [{"from": asked, "to": "Foreign relations of Kenia"}],
        "redirects": [{"from": "Foreign relations of Kenia", "to": KENYA}],
    }
    server.route = lambda q: reply({"query": {**hops, "pages": [page(KENYA)]}})
    report = f.fetch([asked], tmp_path, client(server), now=lambda: NOW)
    [outcome] = report.outcomes
    assert (outcome.status, outcome.title) == ("fetched", KENYA)
    assert "redirected from Foreign relations of Kenia" in outcome.detail


# -- the folder's lock, and two fetches into one folder ---------------------------------------------


def test_a_fetch_into_a_locked_folder_says_so_in_one_line(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route = answer_for
    folder = tmp_path / "d"
    with output_lock(folder):
        code = main(["fetch", "--api", server.url, "--contact", "x", "--into", str(folder), KENYA])
    err = capsys.readouterr().err
    assert code == 3
    assert len(err.strip().splitlines()) == 1 and "another run is writing here" in err
    assert not list(folder.glob("*.wiki")) and server.queries == []


def test_two_fetches_into_one_folder_keep_every_entry(server: Server, tmp_path: Path) -> None:
    """Both run at once, each with its own titles, answers slowed so that they overlap: the
    second waits for the first, and fetch.json ends with every page of both."""

    def slow(query: dict[str, str]) -> Reply:
        time.sleep(0.2)
        return answer_for(query)

    server.route = slow
    ours = [f"Foreign relations of A{i}" for i in range(60)]  # two batches each
    theirs = [f"Foreign relations of B{i}" for i in range(60)]
    reports: dict[str, f.Report] = {}

    def one(name: str, titles: list[str]) -> None:
        reports[name] = f.fetch(titles, tmp_path, client(server), now=lambda: NOW, wait=60)

    threads = [threading.Thread(target=one, args=(n, t)) for n, t in (("a", ours), ("b", theirs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert all(r.count("fetched") == 60 for r in reports.values())
    files = json.loads((tmp_path / "fetch.json").read_text())["files"]
    assert sorted(files) == sorted(f.file_name(t) for t in ours + theirs)


def test_entries_written_meanwhile_by_another_writer_are_kept(
    server: Server, tmp_path: Path
) -> None:
    """An older fetch (without the lock) writes fetch.json between two batches: its entry
    stays, merged with ours."""
    server.route = answer_for
    titles = [f"Foreign relations of A{i}" for i in range(60)]

    def meanwhile(outcome: f.Outcome) -> None:
        if outcome.title == titles[0]:
            body = {"tool": "old", "files": {"Foreign_relations_of_Zed.wiki": {"revision_id": 1}}}
            (tmp_path / "fetch.json").write_text(json.dumps(body))

    f.fetch(titles, tmp_path, client(server), now=lambda: NOW, report=meanwhile)
    files = json.loads((tmp_path / "fetch.json").read_text())["files"]
    assert files["Foreign_relations_of_Zed.wiki"] == {"revision_id": 1}
    assert len(files) == 61


# -- generated hostile servers ---------------------------------------------------------------

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
TITLE = st.sampled_from(
    [KENYA, PERU, "Foreign relations of Chile", "", "../x", "a\u0000b", "\ud800", 5, None]
)


@st.composite
def api_pages(draw: st.DrawFn) -> object:
    """Something shaped like an answer's page, with any field damaged."""
    fields: dict[str, object] = {
        "title": draw(TITLE),
        "pageid": draw(st.sampled_from([1, -1, "1", True, 2**64, None])),
        "revisions": draw(
            st.sampled_from(
                [
                    [
                        {
                            "revid": 5,
                            "timestamp": "2024-01-01T00:00:00Z",
                            "slots": {"main": {"content": "c"}},
                        }
                    ],
                    [{"revid": "5", "timestamp": 7, "slots": {"main": {"content": None}}}],
                    [],
                    7,
                    None,
                ]
            )
        ),
        "missing": draw(st.sampled_from([None, True, 1, "x"])),
        "invalid": draw(st.sampled_from([None, True])),
        "invalidreason": draw(JSON),
        "canonicalurl": draw(st.sampled_from(["https://x/y", "javascript:x", 5, "http://a\nb"])),
    }
    keep = draw(st.sets(st.sampled_from(sorted(fields))))
    page_ = {k: v for k, v in fields.items() if k in keep}
    return draw(st.sampled_from([page_, 3, [page_]]))


@st.composite
def hostile_replies(draw: st.DrawFn) -> Reply:
    shape = draw(st.sampled_from(["api", "json", "bytes", "status", "gzip-garbage"]))
    if shape == "api":
        query: dict[str, object] = {
            "pages": draw(st.lists(api_pages(), max_size=4) | JSON),
            "redirects": draw(
                st.lists(st.fixed_dictionaries({"from": TITLE, "to": TITLE}), max_size=2) | JSON
            ),
            "normalized": draw(
                st.lists(st.fixed_dictionaries({"from": TITLE, "to": TITLE}), max_size=2)
            ),
        }
        body: dict[str, object] = {"query": draw(st.sampled_from([query, [], 3]))}
        if draw(st.booleans()):
            body["continue"] = draw(
                JSON | st.fixed_dictionaries({"rvcontinue": st.text(max_size=3)})
            )
        if draw(st.booleans()):
            body["error"] = draw(JSON | st.fixed_dictionaries({"code": JSON, "info": JSON}))
        return reply(body)
    if shape == "json":
        return reply(draw(JSON))
    if shape == "bytes":
        return Reply(body=(draw(st.binary(max_size=200)),))
    if shape == "status":
        headers = {
            "Retry-After": draw(st.sampled_from(["1", "-5", "nan", "1e308", "Wed, 21 Oct 2015"]))
        }
        return Reply(status=draw(st.sampled_from([301, 404, 429, 500, 503])), headers=headers)
    headers = {"Content-Encoding": draw(st.sampled_from(["gzip", "br", "deflate"]))}
    return Reply(body=(draw(st.binary(max_size=100)),), headers=headers)


@settings(
    max_examples=80,
    deadline=5000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(replies=st.lists(hostile_replies(), min_size=1, max_size=4))
def test_any_answer_ends_in_outcomes_of_one_line_and_writes_only_what_was_asked(
    server: Server, tmp_path_factory: pytest.TempPathFactory, replies: list[Reply]
) -> None:
    folder = tmp_path_factory.mktemp("fetched")
    mine = folder / "Foreign_relations_of_Mine.wiki"  # no title the server gives names it
    mine.write_text("mine\n")
    queue = list(replies)
    server.route = lambda q: queue.pop(0) if queue else answer_for(q)
    report = f.fetch(
        [KENYA, PERU], folder, client(server, retries=1, deadline=5.0), now=lambda: NOW
    )
    one_line(report)
    assert mine.read_text() == "mine\n"
    allowed = {f.file_name(KENYA), f.file_name(PERU), mine.name, "fetch.json", ".lock"}
    redirect_targets = {f.file_name(t) for t in (KENYA, PERU, "Foreign relations of Chile", "../x")}
    for path in folder.iterdir():
        assert path.name in allowed | redirect_targets, path.name
        assert not path.name.endswith(".partial")
    for outcome in report.outcomes:
        assert outcome.status in ("fetched", "unchanged", "missing", "failed")
