"""Fetch the current wikitext of "Foreign relations of ..." articles from the MediaWiki API.

Kept apart from the extraction stages (no spaCy, no pandas) so that `python -m pipeline fetch`
starts fast; its output is a folder of `.wiki` files that `python -m pipeline run` reads.

The client follows the Wikimedia API etiquette (mediawiki.org/wiki/API:Etiquette): a User-Agent
naming the tool, its version and a contact; `maxlag=5`; one request at a time; up to 50 titles a
request; retries with exponential backoff on connection errors, 429, 5xx and the `maxlag`
error, honouring `Retry-After`, a bounded number of times. Every file is written atomically
(temporary file, then rename) and described in the sidecar `fetch.json` (title, page and
revision ids, revision time, page URL, API, fetch time, licence, sha256), which is also what
tells an unchanged page: same revision id, file still as written, so it is not rewritten.

Nothing a server sends can hang it, exhaust its memory or write where it was not asked to:
each request has a deadline for the whole exchange (not per read), a body is read in chunks up
to a cap (decompressed by hand, so a gzip bomb stops at the cap too), a query follows at most
`MAX_CONTINUATIONS` continuations and stops when a continuation does not advance, every field
used is checked (type, range, a title fit for a file name) and a malformed answer is one line,
only the titles asked for (or what they normalize or redirect to) are written, and one fetch at
a time writes into a folder (its lock), merging its entries into `fetch.json` as it is then.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import email.utils
import fnmatch
import hashlib
import json
import socket
import sys
import threading
import time
import urllib.parse
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import requests
import urllib3
from requests.structures import CaseInsensitiveDict

from pipeline import __version__
from pipeline.dumps import normal_timestamp
from pipeline.errors import OutputLocked, PublishFailed, UsageError, shown
from pipeline.guarded_io import GuardedReadError, read_bytes_guarded, write_atomic
from pipeline.lock import output_lock
from pipeline.sidecar import SIDECAR, read_sidecar

DEFAULT_API = "https://en.wikipedia.org/w/api.php"
DEFAULT_PATTERN = "Foreign relations of *"
TOOL = "frpipeline-fetch"
#: the licence of Wikipedia's text (wikipedia.org/wiki/Wikipedia:Copyrights)
LICENCE = "CC BY-SA 4.0"
SUFFIX = ".wiki"
#: the API's limit of titles per query for clients without the apihighlimits right
BATCH = 50
#: replication lag in seconds above which the API asks us to wait (Manual:Maxlag_parameter)
MAXLAG = 5
RETRIES = 5
FIRST_BACKOFF = 2.0
#: the longest wait between two attempts, whatever Retry-After asks
MAX_WAIT = 300.0
TIMEOUT = (10.0, 120.0)  # connect, read (seconds)
#: the longest one request may take, from connecting to the body's last byte
REQUEST_SECONDS = 180.0
#: the largest answer read (the API's own limit is 8 MB of content per answer, $wgAPIMaxResultSize)
MAX_BODY_BYTES = 64 * 1024 * 1024
#: continuations one query may follow (500 titles each when listing: 500,000 titles)
MAX_CONTINUATIONS = 1000
#: titles a listing may give
MAX_TITLES = 100_000
#: a file name longer than this is refused by most file systems
MAX_NAME_BYTES = 255
#: ids are Parquet int64 downstream
MAX_ID = 2**63 - 1
#: bytes read from the socket at a time
READ_CHUNK = 64 * 1024
WILDCARDS = "*?["
#: failures of the connection itself, worth another attempt
RETRIED_ERRORS = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
)

Status = Literal["fetched", "unchanged", "missing", "failed"]


class FetchError(Exception):
    """A request that could not be answered, after its retries; the message is one line."""


class Malformed(FetchError):
    """An answer that does not have the shape of the API's: names the field at fault."""


class TooLarge(FetchError):
    """An answer over `MAX_BODY_BYTES`."""


class DeadlineExceeded(requests.Timeout):
    """A request still unfinished at its deadline (retried like any time-out)."""


def user_agent(contact: str | None) -> str:
    """The User-Agent Wikimedia asks for: tool/version (contact) library/version."""
    who = contact or "no contact given"
    return (
        f"{TOOL}/{__version__} (foreign-relations-pipeline; {who}) requests/{requests.__version__}"
    )


@dataclass
class Client:
    """One MediaWiki API endpoint, asked one request at a time with retries. `sleep` is
    injectable so that tests do not wait."""

    api: str = DEFAULT_API
    contact: str | None = None
    sleep: Callable[[float], None] = time.sleep
    retries: int = RETRIES
    first_backoff: float = FIRST_BACKOFF
    session: requests.Session = field(default_factory=requests.Session)
    deadline: float = REQUEST_SECONDS
    max_body: int = MAX_BODY_BYTES

    def __post_init__(self) -> None:
        self.session.headers["User-Agent"] = user_agent(self.contact)
        self.session.headers["Accept-Encoding"] = "gzip"  # decoded here, under the cap

    def get(self, params: Mapping[str, str]) -> dict[str, Any]:
        """The JSON answer to one query, or `FetchError` once the retries are spent."""
        query = {"format": "json", "formatversion": "2", "maxlag": str(MAXLAG), **params}
        reason, wait = "", 0.0
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(wait)
            wait = min(MAX_WAIT, self.first_backoff * 2**attempt)
            try:
                answer = self._exchange(query)
            except RETRIED_ERRORS as exc:
                reason = f"cannot reach {self.api} ({type(exc).__name__})"
                if isinstance(exc, DeadlineExceeded):
                    reason = f"{self.api} did not answer within {self.deadline:g} s"
                continue
            except requests.RequestException as exc:  # a malformed URL, too many redirects
                raise FetchError(f"{self.api}: {type(exc).__name__}: {_one_line(exc)}") from None
            retry_after = _retry_after(answer.headers.get("Retry-After"))
            if answer.status == 429 or answer.status >= 500:
                reason = f"HTTP {answer.status} {_said(answer.reason)}".strip()
                wait = retry_after if retry_after is not None else wait
                continue
            if answer.status != 200:
                raise FetchError(f"HTTP {answer.status} {_said(answer.reason)}".strip())
            try:
                body = json.loads(answer.body)
            except (ValueError, RecursionError):
                raise FetchError(f"the API's answer is not JSON ({answer.kind})") from None
            if not isinstance(body, dict):
                raise FetchError("the API's answer is not a JSON object")
            error = body.get("error")
            if error is not None:
                if not isinstance(error, dict):
                    raise Malformed("the API's answer is malformed ('error' is not an object)")
                code, info = _said(error.get("code", "")), _said(error.get("info", ""))
                if code == "maxlag":
                    reason = f"server lagged ({info or 'maxlag'})"
                    wait = retry_after if retry_after is not None else wait
                    continue
                raise FetchError(f"API error {code}: {info}")
            return body
        raise FetchError(f"{reason}; gave up after {self.retries + 1} attempts")

    def _exchange(self, query: Mapping[str, str]) -> Answer:
        """One request and its whole answer, within `deadline` seconds from the first byte
        sent to the last received. The exchange runs in a thread the caller stops waiting for
        at the deadline (a server sending one byte a minute never times a read out); its socket
        is then shut, which ends the thread's read."""
        box: dict[str, Any] = {}
        stop = threading.Event()

        def work() -> None:
            try:
                box["answer"] = self._download(query, box, stop)
            except BaseException as exc:  # handed to the caller's thread
                box["error"] = exc

        worker = threading.Thread(target=work, name="fetch-request", daemon=True)
        worker.start()
        worker.join(self.deadline)
        if worker.is_alive():
            stop.set()
            _shut(box.get("response"))
            raise DeadlineExceeded(f"no whole answer within {self.deadline:g} s")
        if "error" in box:
            raise box["error"]
        answer: Answer = box["answer"]
        return answer

    def _download(
        self, query: Mapping[str, str], box: dict[str, Any], stop: threading.Event
    ) -> Answer:
        response = self.session.get(self.api, params=query, timeout=TIMEOUT, stream=True)
        box["response"] = response
        with response:
            headers = CaseInsensitiveDict(response.headers)
            answer = Answer(response.status_code, str(response.reason or ""), headers, b"")
            if response.status_code != 200:
                return answer  # the body of an error is not read
            length = headers.get("Content-Length", "").strip()
            if length.isdigit() and int(length) > self.max_body:
                raise TooLarge(f"the API's answer is over {self.max_body:,} bytes ({length})")
            decoder = _decoder(headers.get("Content-Encoding", ""))
            parts: list[bytes] = []
            total = 0
            try:
                for chunk in response.raw.stream(READ_CHUNK, decode_content=False):
                    if stop.is_set():
                        break
                    if decoder is not None:
                        chunk = decoder.decompress(chunk, self.max_body + 1 - total)
                        if decoder.unconsumed_tail:  # more than the cap is left in it
                            total = self.max_body + 1
                    total += len(chunk)
                    if total > self.max_body:
                        raise TooLarge(f"the API's answer is over {self.max_body:,} bytes")
                    parts.append(chunk)
            except zlib.error:
                raise FetchError("the API's answer is not valid gzip") from None
            except urllib3.exceptions.ReadTimeoutError as exc:
                raise requests.Timeout(str(exc)) from None
            except urllib3.exceptions.HTTPError as exc:  # cut short, broken chunks
                raise requests.ConnectionError(str(exc)) from None
            return dataclasses.replace(answer, body=b"".join(parts))

    def queries(self, params: Mapping[str, str]) -> Iterator[dict[str, Any]]:
        """Every answer of a query, following `continue` until the API says it is complete:
        at most `MAX_CONTINUATIONS` times, and never to a continuation already followed."""
        carry: dict[str, str] = {}
        seen: set[tuple[tuple[str, str], ...]] = set()
        for _ in range(MAX_CONTINUATIONS + 1):
            body = self.get({**params, **carry})
            yield body
            more = body.get("continue")
            if more is None or more == {} or more == []:
                return
            if not isinstance(more, dict) or not all(
                isinstance(v, str | int) and not isinstance(v, bool) for v in more.values()
            ):
                raise Malformed("the API's answer is malformed ('continue' is not a flat object)")
            carry = {str(k): str(v) for k, v in more.items()}
            key = tuple(sorted(carry.items()))
            if key in seen:
                raise FetchError("the API's continuation does not advance (it repeats itself)")
            seen.add(key)
        raise FetchError(f"the query needs more than {MAX_CONTINUATIONS} continuations")


@dataclass(frozen=True)
class Answer:
    """An HTTP answer, read whole (under the cap)."""

    status: int
    reason: str
    headers: Mapping[str, str]
    body: bytes

    @property
    def kind(self) -> str:
        return self.headers.get("Content-Type", "no content type").split(";")[0]


def _decoder(encoding: str) -> Any:
    """A decompressor for a Content-Encoding, used with a cap on its output (None: identity)."""
    name = encoding.strip().lower()
    if name in ("", "identity"):
        return None
    if name in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(47)  # gzip or zlib header, found by zlib
    raise FetchError(f"the API's answer is in an encoding not asked for ({shown(name)[:40]})")


def _shut(response: requests.Response | None) -> None:
    """End the read a request's thread is blocked in: shut its socket down (closing the
    response here would wait for that read; the thread closes it once its read has ended)."""
    if response is None:
        return
    for sock in _sockets_of(response):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _sockets_of(response: requests.Response) -> list[socket.socket]:
    """The socket an answer is read from: its connection's, or (when the server said
    `Connection: close`, and http.client let go of it) the one under the body's reader."""
    found = []
    for path in (("raw", "connection", "sock"), ("raw", "_fp", "fp", "raw", "_sock")):
        value: Any = response
        for name in path:
            value = getattr(value, name, None)
        if isinstance(value, socket.socket):
            found.append(value)
    return found


def _said(value: object, limit: int = 200) -> str:
    """Something the server said, fit for one line of a message: control characters escaped,
    at most `limit` characters."""
    text = shown(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _one_line(exc: BaseException) -> str:
    text = str(exc).splitlines()
    return shown(text[0] if text else type(exc).__name__)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return min(MAX_WAIT, max(0.0, seconds))


def list_titles(client: Client, pattern: str) -> list[str]:
    """The titles of the article namespace's pages (no redirects) matching a glob pattern:
    listed by the prefix before the first wildcard, then matched in full."""
    pattern = pattern.replace("_", " ").strip()
    cut = min((i for i, ch in enumerate(pattern) if ch in WILDCARDS), default=len(pattern))
    prefix = pattern[:cut]
    if not prefix.strip():
        raise ValueError(f"pattern {pattern!r} must start with some text before its first wildcard")
    params = {
        "action": "query",
        "list": "allpages",
        "apnamespace": "0",
        "apprefix": prefix,
        "apfilterredir": "nonredirects",
        "aplimit": "max",
    }
    titles: set[str] = set()
    for body in client.queries(params):
        for page in _list(_query(body), "allpages"):
            title = _title(page.get("title"), "allpages[].title")
            if fnmatch.fnmatchcase(title, pattern):
                titles.add(title)
        if len(titles) > MAX_TITLES:
            raise FetchError(f"more than {MAX_TITLES:,} titles match; give a narrower pattern")
    return sorted(titles)


def _query(body: Mapping[str, Any]) -> dict[str, Any]:
    """The answer's `query` object (PHP writes an empty one as `[]`)."""
    query = body.get("query", {})
    if query == []:
        return {}
    if not isinstance(query, dict):
        raise Malformed(f"the API's answer is malformed ('query' is {_kind_of(query)})")
    return query


def _list(query: Mapping[str, Any], name: str) -> list[dict[str, Any]]:
    """`query[name]`, a list of objects (absent: empty)."""
    items = query.get(name, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise Malformed(f"the API's answer is malformed ('query.{name}' is not a list of objects)")
    return items


def _kind_of(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), "a number" if isinstance(value, int | float) else "null"
    )


def _title(value: object, where: str) -> str:
    """A page title as the API gives it, if it can name a file: text, no control character,
    encodable, at most `MAX_NAME_BYTES` bytes."""
    if not isinstance(value, str):
        raise Malformed(f"the API's answer is malformed ('{where}' is {_kind_of(value)})")
    if not _good_title(value):
        raise Malformed(f"the API's answer holds an impossible title ({_quoted(value)})")
    return value


def _good_title(value: str) -> bool:
    if not value.strip() or any(ch < " " or ch == "\x7f" for ch in value):
        return False
    try:
        return len(value.encode("utf-8")) <= MAX_NAME_BYTES
    except UnicodeEncodeError:  # a lone surrogate
        return False


def _quoted(text: str) -> str:
    short = text if len(text) <= 60 else text[:57] + "..."
    return repr(shown(short.encode("utf-8", "backslashreplace").decode("utf-8")))


@dataclass(frozen=True)
class Revision:
    """The current revision of one page, as the API gave it."""

    title: str
    page_id: int
    revision_id: int
    timestamp: str
    url: str
    content: str
    redirected_from: str = ""


@dataclass(frozen=True)
class Outcome:
    """What became of one title (or, for `failed`, of a batch of titles)."""

    status: Status
    title: str
    detail: str = ""
    titles: int = 1


@dataclass
class Report:
    """Every outcome of a fetch, in order."""

    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(o.titles for o in self.outcomes if o.status == status)

    @property
    def anything(self) -> bool:
        """At least one page is now in the folder, fetched or unchanged."""
        return bool(self.count("fetched") or self.count("unchanged"))


def file_name(title: str) -> str:
    """The file a page is written to: spaces as underscores (as in the page's URL), and no
    character that would leave the folder or hide the file ('/', a leading '.')."""
    name = title.replace(" ", "_").replace("%", "%25").replace("/", "%2F").replace("\\", "%5C")
    if name.startswith("."):
        name = "%2E" + name[1:]
    return name + SUFFIX


def fetch(
    titles: Sequence[str],
    into: Path,
    client: Client,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    report: Callable[[Outcome], None] | None = None,
    wait: float = 0.0,
) -> Report:
    """Fetch the current revision of each title into `into`, 50 titles a query; write the
    pages whose revision changed since the last fetch and merge their entries into the
    sidecar after each batch. `report` is called with each outcome as it happens. The folder's
    lock is held throughout (`OutputLocked` if another fetch or run holds it past `wait`)."""
    with output_lock(into, wait=wait):
        return _fetch(titles, into, client, now, report)


def _fetch(
    titles: Sequence[str],
    into: Path,
    client: Client,
    now: Callable[[], datetime],
    report: Callable[[Outcome], None] | None,
) -> Report:
    sidecar = read_sidecar(into)
    ours: dict[str, dict[str, Any]] = {}  # the entries this fetch wrote
    result = Report()

    def tell(outcome: Outcome) -> None:
        result.outcomes.append(outcome)
        if report is not None:
            report(outcome)

    wanted = list(dict.fromkeys(t.replace("_", " ").strip() for t in titles if t.strip()))
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start : start + BATCH]
        try:
            revisions, missing = current_revisions(client, batch)
        except FetchError as exc:
            span = batch[0] if len(batch) == 1 else f"{batch[0]} ... {batch[-1]}"
            tell(Outcome("failed", span, str(exc), titles=len(batch)))
            continue
        for title, why in missing:
            status: Status = "missing" if why == "missing" else "failed"
            tell(Outcome(status, title, "no such page" if why == "missing" else why))
        fetched_at = now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        for revision in revisions:
            outcome = _store(revision, into, sidecar, ours, client.api, fetched_at)
            if revision.redirected_from:
                detail = f"{outcome.detail} (redirected from {revision.redirected_from})"
                outcome = dataclasses.replace(outcome, detail=detail)
            tell(outcome)
        if not ours:
            continue
        try:  # merged into the sidecar as it is now: entries others wrote meanwhile are kept
            write_sidecar(into, {**read_sidecar(into), **ours})
        except OSError as exc:  # the pages stay; the next fetch writes them again
            why = f"cannot write {into / SIDECAR}: {exc.strerror or exc}"
            tell(Outcome("failed", SIDECAR, why, titles=0))
    return result


def current_revisions(
    client: Client, titles: Sequence[str]
) -> tuple[list[Revision], list[tuple[str, str]]]:
    """The current revisions of up to 50 titles, and the titles without one (with why).
    A redirect is followed: the page is the target, named under its own title."""
    params = {
        "action": "query",
        "prop": "revisions|info",
        "inprop": "url",
        "rvprop": "ids|timestamp|content",
        "rvslots": "main",
        "redirects": "1",
        "titles": "|".join(titles),
    }
    pages: dict[str, dict[str, Any]] = {}
    normalized: dict[str, str] = {}
    redirects: dict[str, str] = {}
    unasked: set[str] = set()
    for body in client.queries(params):
        query = _query(body)
        for hops, name in ((normalized, "normalized"), (redirects, "redirects")):
            for hop in _list(query, name):
                source = _title(hop.get("from"), f"{name}[].from")
                hops.setdefault(source, _title(hop.get("to"), f"{name}[].to"))
        for page in _list(query, "pages"):
            title = _title(page.get("title"), "pages[].title")
            known = pages.setdefault(title, {})
            known.update({k: v for k, v in page.items() if k != "revisions"})
            if page.get("revisions"):
                known["revisions"] = page["revisions"]
    # the pages the titles asked for are: normalized, then redirected (a bounded chain)
    asked: set[str] = set()
    came_from: dict[str, str] = {}
    for title in titles:
        current = normalized.get(title, title)
        for _ in range(10):
            if current not in redirects or redirects[current] == current:
                break
            came_from[redirects[current]] = current
            current = redirects[current]
        asked.add(current)
    revisions: list[Revision] = []
    missing: list[tuple[str, str]] = []
    for title, page in pages.items():
        if title not in asked:
            unasked.add(title)
            continue
        if page.get("missing"):
            missing.append((title, "missing"))
        elif page.get("invalid"):
            why = page.get("invalidreason")
            missing.append((title, f"invalid title: {why if isinstance(why, str) else ''}".strip()))
        else:
            try:
                revision = _revision(client.api, page)
            except (KeyError, IndexError, TypeError, ValueError):
                missing.append((title, "the API returned no readable current revision"))
                continue
            if title in came_from:
                revision = dataclasses.replace(revision, redirected_from=came_from[title])
            revisions.append(revision)
    for title in sorted(unasked):
        missing.append((title, "the API returned this page, not asked for; ignored"))
    for title in sorted(asked - set(pages)):
        missing.append((title, "the API's answer does not mention it"))
    return revisions, missing


def _revision(api: str, page: Mapping[str, Any]) -> Revision:
    """The page's current revision, every field checked (a `TypeError` or `ValueError`
    otherwise)."""
    revisions = page["revisions"]
    if not isinstance(revisions, list) or not isinstance(revisions[0], dict):
        raise TypeError("revisions")
    rev = revisions[0]
    content = rev["slots"]["main"]["content"]
    if not isinstance(content, str):
        raise TypeError("content")
    content.encode("utf-8")  # a lone surrogate: UnicodeEncodeError, a ValueError
    title = str(page["title"])
    timestamp = normal_timestamp(rev["timestamp"]) if isinstance(rev["timestamp"], str) else None
    if timestamp is None:
        raise ValueError("timestamp")
    url = page.get("canonicalurl") or page.get("fullurl")
    if not (isinstance(url, str) and url.startswith(("https://", "http://")) and url.isprintable()):
        url = page_url(api, title)
    return Revision(
        title=title,
        page_id=_id(page["pageid"]),
        revision_id=_id(rev["revid"]),
        timestamp=timestamp,
        url=url,
        content=content,
    )


def _id(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ID:
        raise ValueError("id")
    return value


def page_url(api: str, title: str) -> str:
    """The article's URL on the wiki an `.../w/api.php` URL belongs to."""
    base = api.rsplit("/w/api.php", 1)[0] if "/w/api.php" in api else api.rsplit("/", 1)[0]
    return f"{base}/wiki/{urllib.parse.quote(title.replace(' ', '_'), safe=':/()!,;@$*')}"


def _store(
    revision: Revision,
    into: Path,
    sidecar: Mapping[str, dict[str, Any]],
    ours: dict[str, dict[str, Any]],
    api: str,
    fetched_at: str,
) -> Outcome:
    name = file_name(revision.title)
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return Outcome(
            "failed", revision.title, f"its file name would be over {MAX_NAME_BYTES} bytes"
        )
    path = into / name
    data = revision.content.encode("utf-8")
    if not data.endswith(b"\n"):
        data += b"\n"
    known = ours.get(name) or sidecar.get(name) or {}
    if known.get("revision_id") == revision.revision_id and _sha256_of(path) == known.get("sha256"):
        return Outcome("unchanged", revision.title, f"revision {revision.revision_id}")
    try:
        write_atomic(path, data, mode=0o644, durable=True)
    except OSError as exc:
        return Outcome("failed", revision.title, f"cannot write {path}: {exc.strerror or exc}")
    ours[name] = {
        "title": revision.title,
        "page_id": revision.page_id,
        "revision_id": revision.revision_id,
        "revision_timestamp": revision.timestamp,
        "url": revision.url,
        "api": api,
        "fetched_at": fetched_at,
        "licence": LICENCE,
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    before = f", was {known['revision_id']}" if "revision_id" in known else ""
    return Outcome("fetched", revision.title, f"revision {revision.revision_id}{before} -> {name}")


def _sha256_of(path: Path) -> str | None:
    """The hash of the file at `path` as written (never through a link, never a FIFO)."""
    try:
        return hashlib.sha256(read_bytes_guarded(path, MAX_BODY_BYTES)).hexdigest()
    except GuardedReadError:
        return None


def write_sidecar(into: Path, files: Mapping[str, Mapping[str, Any]]) -> None:
    body = {"tool": f"{TOOL}/{__version__}", "files": dict(sorted(files.items()))}
    data = (json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()
    path = into / SIDECAR
    with contextlib.suppress(GuardedReadError):
        if read_bytes_guarded(path, len(data)) == data:
            return  # nothing changed: the file keeps its time
    write_atomic(path, data, mode=0o644, durable=True)


def command(args: argparse.Namespace, sleep: Callable[[float], None] | None = None) -> int:
    """`python -m pipeline fetch`: one line per page (`fetched`, `unchanged` on stdout;
    `missing`, `failed` on stderr), then a summary. Exit code 1 only when no page could be
    fetched at all (none fetched or unchanged), else 0."""
    if args.titles and args.title:
        raise UsageError("give either --title PATTERN or TITLEs, not both")
    api = args.api or DEFAULT_API
    if urllib.parse.urlsplit(api).scheme not in ("http", "https"):
        raise UsageError(f"--api {api!r}: give the API's http(s) URL, e.g. {DEFAULT_API}")
    client = Client(api=api, contact=args.contact, sleep=sleep or time.sleep)
    if not args.contact:
        print(
            "warning: no contact in the User-Agent; give --contact URL_OR_EMAIL or set "
            "FRPIPELINE_CONTACT (Wikimedia's User-Agent policy asks for one)",
            file=sys.stderr,
        )
    if args.titles:
        titles = list(args.titles)
    else:
        pattern = args.title or DEFAULT_PATTERN
        try:
            titles = list_titles(client, pattern)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        except FetchError as exc:
            print(f"error: nothing fetched: listing {pattern!r}: {exc}", file=sys.stderr)
            return 1
        if not titles:
            print(f"error: nothing fetched: no article matches {pattern!r}", file=sys.stderr)
            return 1
    try:
        result = fetch(titles, args.into, client, report=_print, wait=getattr(args, "wait", 0.0))
    except OutputLocked as exc:
        print(f"error: nothing fetched: {exc}", file=sys.stderr)
        return 3
    except PublishFailed as exc:  # the folder's lock is a link or not a file
        print(f"error: nothing fetched: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: the pages fetched so far are kept", file=sys.stderr)
        return 130
    except OSError as exc:
        where = exc.filename or args.into
        print(f"error: nothing fetched: {shown(where)}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    summary = ", ".join(
        f"{result.count(s)} {s}" for s in ("fetched", "unchanged", "missing", "failed")
    )
    print(f"fetch: {summary} -> {shown(args.into)}")
    if not result.anything:
        print("error: nothing fetched", file=sys.stderr)
        return 1
    return 0


def _print(outcome: Outcome) -> None:
    line = f"{outcome.status}: {shown(outcome.title)}"
    if outcome.titles > 1:
        line += f" ({outcome.titles} titles)"
    if outcome.detail:
        line += f": {shown(outcome.detail)}"
    problem = outcome.status in ("missing", "failed")
    print(line, file=sys.stderr if problem else sys.stdout, flush=True)
