"""`python -m pipeline fetch` against a MediaWiki API played by a local HTTP server that answers
with the recorded responses of fixtures/api/; nothing here reaches the internet."""

from __future__ import annotations

import json
import os
import socket
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import fetch as f
from pipeline.cli import main
from tests.conftest import FIXTURES, REPO

API_FIXTURES = FIXTURES / "api"
Answer = tuple[int, dict[str, str], bytes]


def recorded(name: str, status: int = 200, **headers: str) -> Answer:
    """A recorded response of fixtures/api/, with its status and headers."""
    kind = "application/json; charset=utf-8" if name.endswith(".json") else "text/html"
    headers = {"Content-Type": kind, **{k.replace("_", "-"): v for k, v in headers.items()}}
    return status, headers, (API_FIXTURES / name).read_bytes()


def content_of(name: str, title: str) -> str:
    """The wikitext a recorded response holds for `title`."""
    body = json.loads((API_FIXTURES / name).read_text(encoding="utf-8"))
    (page,) = [p for p in body["query"]["pages"] if p["title"] == title]
    return page["revisions"][0]["slots"]["main"]["content"]


@dataclass
class Request:
    query: dict[str, str]
    headers: dict[str, str]


@dataclass
class FakeApi:
    """The local server's state: what it was asked, and how it answers (a list of answers
    given in turn, or a function of the query)."""

    url: str = ""
    requests: list[Request] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    route: Callable[[dict[str, str]], Answer] | None = None

    def answer(self, query: dict[str, str]) -> Answer:
        if self.route is not None:
            return self.route(query)
        return self.answers.pop(0)


@pytest.fixture
def api() -> Iterator[FakeApi]:
    state = FakeApi()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parsed = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(parsed.query, keep_blank_values=True))
            state.requests.append(Request(query, dict(self.headers.items())))
            status, headers, body = state.answer(query)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/w/api.php"
    yield state
    server.shutdown()
    server.server_close()


def client(api: FakeApi, sleeps: list[float] | None = None, retries: int = 5) -> f.Client:
    waits = sleeps if sleeps is not None else []
    return f.Client(api=api.url, contact="ops@example.org", sleep=waits.append, retries=retries)


FIXED_NOW = datetime(2024, 12, 1, 3, 15, tzinfo=UTC)
TITLES = [
    "Foreign relations of Azerbaijan",
    "Foreign relations of Latvia",
    "Foreign relations of Atlantis",
]


def statuses(report: f.Report) -> dict[str, str]:
    return {o.title: o.status for o in report.outcomes}


def test_pages_are_written_with_their_sidecar_and_a_missing_page_is_reported(api, tmp_path):
    api.answers = [recorded("revisions-azerbaijan-latvia-atlantis.json")]
    report = f.fetch(TITLES, tmp_path, client(api), now=lambda: FIXED_NOW)

    assert statuses(report) == {
        "Foreign relations of Azerbaijan": "fetched",
        "Foreign relations of Latvia": "fetched",
        "Foreign relations of Atlantis": "missing",
    }
    assert report.anything
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".lock",  # the folder's lock: one fetch at a time writes here
        "Foreign_relations_of_Azerbaijan.wiki",
        "Foreign_relations_of_Latvia.wiki",
        "fetch.json",
    ]
    written = (tmp_path / "Foreign_relations_of_Latvia.wiki").read_text(encoding="utf-8")
    expected = content_of("revisions-azerbaijan-latvia-atlantis.json", TITLES[1])
    assert written.rstrip("\n") == expected
    sidecar = json.loads((tmp_path / "fetch.json").read_text(encoding="utf-8"))["files"]
    latvia = sidecar["Foreign_relations_of_Latvia.wiki"]
    assert latvia["title"] == "Foreign relations of Latvia"
    assert latvia["page_id"] == 1108552
    assert latvia["revision_id"] == 1247350215
    assert latvia["revision_timestamp"] == "2024-09-27T12:05:44Z"
    assert latvia["url"] == "https://en.wikipedia.org/wiki/Foreign_relations_of_Latvia"
    assert latvia["api"] == api.url
    assert latvia["fetched_at"] == "2024-12-01T03:15:00Z"
    assert latvia["licence"] == "CC BY-SA 4.0"
    assert not any(p.name.endswith((".tmp", ".partial")) for p in tmp_path.iterdir())


def test_the_user_agent_and_the_etiquette_parameters_are_sent(api, tmp_path):
    api.answers = [recorded("revisions-azerbaijan-latvia-atlantis.json")]
    f.fetch(TITLES, tmp_path, client(api))

    (request,) = api.requests
    agent = request.headers["User-Agent"]
    assert agent.startswith(f"frpipeline-fetch/{f.__version__} (")
    assert "ops@example.org" in agent
    assert request.query["maxlag"] == "5"
    assert request.query["format"] == "json"
    assert request.query["formatversion"] == "2"
    assert request.query["rvslots"] == "main"
    assert set(request.query["rvprop"].split("|")) == {"ids", "timestamp", "content"}
    assert request.query["titles"].split("|") == TITLES


def test_a_changed_page_is_rewritten_and_an_unchanged_one_is_left_untouched(api, tmp_path):
    api.answers = [
        recorded("revisions-azerbaijan-latvia-atlantis.json"),
        recorded("revisions-azerbaijan-edited-latvia.json"),
    ]
    f.fetch(TITLES[:2], tmp_path, client(api))
    latvia = tmp_path / "Foreign_relations_of_Latvia.wiki"
    os.utime(latvia, (1_000_000_000, 1_000_000_000))
    inode = latvia.stat().st_ino

    report = f.fetch(TITLES[:2], tmp_path, client(api))

    assert statuses(report) == {TITLES[0]: "fetched", TITLES[1]: "unchanged"}
    assert latvia.stat().st_mtime == 1_000_000_000
    assert latvia.stat().st_ino == inode
    azerbaijan = (tmp_path / "Foreign_relations_of_Azerbaijan.wiki").read_text(encoding="utf-8")
    assert "consulate in [[Casablanca]]" in azerbaijan
    sidecar = json.loads((tmp_path / "fetch.json").read_text(encoding="utf-8"))["files"]
    assert sidecar["Foreign_relations_of_Azerbaijan.wiki"]["revision_id"] == 1260448811
    assert sidecar["Foreign_relations_of_Latvia.wiki"]["revision_id"] == 1247350215


def test_a_page_whose_file_was_changed_locally_is_written_again(api, tmp_path):
    api.answers = [recorded("revisions-azerbaijan-latvia-atlantis.json")] * 2
    f.fetch(TITLES, tmp_path, client(api))
    latvia = tmp_path / "Foreign_relations_of_Latvia.wiki"
    latvia.write_text("edited by hand\n", encoding="utf-8")

    report = f.fetch(TITLES, tmp_path, client(api))

    assert statuses(report)[TITLES[1]] == "fetched"
    assert statuses(report)[TITLES[0]] == "unchanged"
    assert "edited by hand" not in latvia.read_text(encoding="utf-8")


def test_an_unreadable_sidecar_means_fetching_every_page_again(api, tmp_path):
    api.answers = [recorded("revisions-azerbaijan-latvia-atlantis.json")] * 2
    f.fetch(TITLES, tmp_path, client(api))
    (tmp_path / "fetch.json").write_text("{not json", encoding="utf-8")

    report = f.fetch(TITLES, tmp_path, client(api))

    assert report.count("fetched") == 2
    assert json.loads((tmp_path / "fetch.json").read_text(encoding="utf-8"))["files"]


@pytest.mark.parametrize(
    ("status", "page"), [(429, "too-many-requests.html"), (503, "service-unavailable.html")]
)
def test_429_and_503_are_retried_after_the_time_retry_after_asks(api, tmp_path, status, page):
    api.answers = [
        recorded(page, status, Retry_After="7"),
        recorded(page, status, Retry_After="11"),
        recorded("revisions-azerbaijan-latvia-atlantis.json"),
    ]
    sleeps: list[float] = []
    report = f.fetch(TITLES, tmp_path, client(api, sleeps))

    assert sleeps == [7.0, 11.0]
    assert len(api.requests) == 3
    assert report.count("fetched") == 2


def test_the_maxlag_error_is_retried_after_retry_after(api, tmp_path):
    api.answers = [
        recorded("maxlag.json", 200, Retry_After="5", X_Database_Lag="6"),
        recorded("revisions-azerbaijan-latvia-atlantis.json"),
    ]
    sleeps: list[float] = []
    report = f.fetch(TITLES, tmp_path, client(api, sleeps))

    assert sleeps == [5.0]
    assert report.count("fetched") == 2


def test_retries_back_off_exponentially_and_end_in_one_failure_for_the_batch(api, tmp_path):
    api.route = lambda query: recorded("service-unavailable.html", 503)
    sleeps: list[float] = []
    report = f.fetch(TITLES, tmp_path, client(api, sleeps, retries=4))

    assert len(api.requests) == 5
    assert sleeps == [2.0, 4.0, 8.0, 16.0]
    (outcome,) = report.outcomes
    assert outcome.status == "failed"
    assert outcome.titles == 3
    assert "503" in outcome.detail
    assert "\n" not in outcome.detail
    assert not report.anything
    assert not (tmp_path / "Foreign_relations_of_Azerbaijan.wiki").exists()


def test_another_api_error_is_not_retried(api, tmp_path):
    body = {"error": {"code": "toomanyvalues", "info": "Too many values supplied."}}
    api.route = lambda query: (200, {"Content-Type": "application/json"}, json.dumps(body).encode())
    sleeps: list[float] = []
    report = f.fetch(TITLES, tmp_path, client(api, sleeps))

    assert sleeps == []
    assert report.outcomes[0].status == "failed"
    assert "toomanyvalues" in report.outcomes[0].detail


def test_a_refused_connection_is_retried_then_given_up(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps: list[float] = []
    unreachable = f.Client(api=f"http://127.0.0.1:{port}/w/api.php", sleep=sleeps.append, retries=2)
    report = f.fetch(TITLES[:1], tmp_path, unreachable)

    assert sleeps == [2.0, 4.0]
    assert report.outcomes[0].status == "failed"
    assert "cannot reach" in report.outcomes[0].detail


def _all_missing(query: dict[str, str]) -> Answer:
    pages = [{"ns": 0, "title": t, "missing": True} for t in query["titles"].split("|")]
    body = {"batchcomplete": True, "query": {"pages": pages}}
    return 200, {"Content-Type": "application/json"}, json.dumps(body).encode()


def test_more_than_50_titles_are_asked_in_batches_of_50(api, tmp_path):
    api.route = _all_missing
    titles = [f"Foreign relations of Country {i}" for i in range(120)]
    report = f.fetch(titles, tmp_path, client(api))

    asked = [r.query["titles"].split("|") for r in api.requests]
    assert [len(batch) for batch in asked] == [50, 50, 20]
    assert [t for batch in asked for t in batch] == titles
    assert report.count("missing") == 120


def _pattern_route(query: dict[str, str]) -> Answer:
    if query.get("list") == "allpages":
        assert query["apprefix"] == "Foreign relations of "
        assert query["apnamespace"] == "0"
        if "apcontinue" not in query:
            return recorded("allpages-1.json")
        assert query["apcontinue"] == "Foreign_relations_of_Liechtenstein"
        return recorded("allpages-2.json")
    assert query["titles"] == "Foreign relations of Latvia|Foreign relations of Namibia"
    if "rvcontinue" not in query:
        return recorded("revisions-latvia-namibia-1.json")
    assert query["rvcontinue"] == "21292|1250861490"
    return recorded("revisions-latvia-namibia-2.json")


def test_a_pattern_lists_the_matching_pages_following_continuation(api, tmp_path):
    api.route = _pattern_route
    titles = f.list_titles(client(api), "Foreign relations of *ia")

    assert titles == ["Foreign relations of Latvia", "Foreign relations of Namibia"]
    assert len(api.requests) == 2
    assert all(r.query["maxlag"] == "5" for r in api.requests)

    report = f.fetch(titles, tmp_path, client(api))
    assert statuses(report) == {t: "fetched" for t in titles}
    namibia = (tmp_path / "Foreign_relations_of_Namibia.wiki").read_text(encoding="utf-8")
    assert namibia.rstrip("\n") == content_of("revisions-latvia-namibia-2.json", titles[1])


def test_a_pattern_without_text_before_its_wildcard_is_refused(api):
    with pytest.raises(ValueError, match="before its first wildcard"):
        f.list_titles(client(api), "*")
    assert api.requests == []


@pytest.fixture
def waits(monkeypatch) -> list[float]:
    """The command's waits, recorded instead of slept."""
    slept: list[float] = []
    monkeypatch.setattr("time.sleep", slept.append)
    return slept


def test_the_command_fetches_by_pattern_and_prints_one_line_per_page(api, tmp_path, capsys, waits):
    api.route = _pattern_route
    into = tmp_path / "articles"
    code = main(
        ["fetch", "--title", "Foreign relations of *ia", "--into", str(into), "--api", api.url]
    )

    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0].startswith("fetched: Foreign relations of Latvia")
    assert out[1].startswith("fetched: Foreign relations of Namibia")
    assert out[-1] == f"fetch: 2 fetched, 0 unchanged, 0 missing, 0 failed -> {into}"
    assert {p.name for p in into.glob("*.wiki")} == {
        "Foreign_relations_of_Latvia.wiki",
        "Foreign_relations_of_Namibia.wiki",
    }


def test_the_command_fails_only_when_nothing_could_be_fetched(api, tmp_path, capsys, waits):
    api.route = _all_missing
    code = main(
        ["fetch", "--into", str(tmp_path), "--api", api.url, "Foreign relations of Atlantis"]
    )

    err = capsys.readouterr().err
    assert code == 1
    assert "missing: Foreign relations of Atlantis" in err
    assert "Traceback" not in err


def test_the_command_succeeds_when_some_pages_are_missing(api, tmp_path, capsys, waits):
    api.answers = [recorded("revisions-azerbaijan-latvia-atlantis.json")]
    code = main(["fetch", "--into", str(tmp_path), "--api", api.url, *TITLES])

    captured = capsys.readouterr()
    assert code == 0
    assert "missing: Foreign relations of Atlantis" in captured.err
    assert "2 fetched, 0 unchanged, 1 missing, 0 failed" in captured.out


def test_the_command_retries_and_says_why_a_batch_failed(api, tmp_path, capsys, waits):
    api.route = lambda query: recorded("too-many-requests.html", 429, Retry_After="3")
    code = main(["fetch", "--into", str(tmp_path), "--api", api.url, *TITLES])

    err = capsys.readouterr().err
    assert code == 1
    assert waits == [3.0] * f.RETRIES
    failed = [line for line in err.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1
    assert "(3 titles)" in failed[0]
    assert "HTTP 429" in failed[0]
    assert "Traceback" not in err


def test_an_api_url_without_its_scheme_is_a_usage_error(tmp_path, capsys):
    code = main(["fetch", "--into", str(tmp_path), "--api", "en.wikipedia.org/w/api.php", "X"])

    assert code == 2
    assert "http(s) URL" in capsys.readouterr().err


def test_titles_and_a_pattern_together_are_a_usage_error(tmp_path, capsys):
    code = main(["fetch", "--into", str(tmp_path), "--title", "Foreign relations of *", "X"])

    assert code == 2
    assert "either --title PATTERN or TITLEs" in capsys.readouterr().err


@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_file_names_stay_in_the_folder_and_never_collide(one, other):
    for title in (one, other):
        name = f.file_name(title)
        assert "/" not in name
        assert not name.startswith(".")
        assert name.endswith(".wiki")
    if one.replace(" ", "_") != other.replace(" ", "_"):
        assert f.file_name(one) != f.file_name(other)


@given(st.integers(min_value=0, max_value=10**9))
def test_retry_after_in_seconds_is_honoured_up_to_the_longest_wait(seconds):
    assert f._retry_after(f" {seconds} ") == min(float(seconds), f.MAX_WAIT)


@given(st.text(max_size=40))
def test_any_retry_after_header_gives_a_bounded_wait_or_none(text):
    wait = f._retry_after(text)
    assert wait is None or 0.0 <= wait <= f.MAX_WAIT


def test_retry_after_as_an_http_date_is_read_and_bounded():
    assert f._retry_after("12") == 12.0
    assert f._retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert f._retry_after("Fri, 31 Dec 9999 23:59:59 GMT") == f.MAX_WAIT
    assert f._retry_after("soon") is None


def test_the_fetch_module_imports_neither_spacy_nor_pandas():
    import subprocess
    import sys

    code = "import sys, pipeline.fetch; print(sorted({'spacy', 'pandas'} & set(sys.modules)))"
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert shown.stdout.strip() == "[]"


def test_a_redirect_is_followed_and_the_page_written_under_its_own_title(api, tmp_path):
    api.answers = [recorded("revisions-burma-redirect.json")]
    report = f.fetch(["Foreign_relations_of_Burma"], tmp_path, client(api))

    (outcome,) = report.outcomes
    assert outcome.status == "fetched"
    assert outcome.title == "Foreign relations of Myanmar"
    assert "redirected from Foreign relations of Burma" in outcome.detail
    assert api.requests[0].query["redirects"] == "1"
    assert api.requests[0].query["titles"] == "Foreign relations of Burma"
    assert (tmp_path / "Foreign_relations_of_Myanmar.wiki").is_file()
    assert not (tmp_path / "Foreign_relations_of_Burma.wiki").exists()
