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
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import email.utils
import fnmatch
import hashlib
import json
import os
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import requests

from pipeline import __version__
from pipeline.errors import UsageError, shown
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

    def __post_init__(self) -> None:
        self.session.headers["User-Agent"] = user_agent(self.contact)

    def get(self, params: Mapping[str, str]) -> dict[str, Any]:
        """The JSON answer to one query, or `FetchError` once the retries are spent."""
        query = {"format": "json", "formatversion": "2", "maxlag": str(MAXLAG), **params}
        reason, wait = "", 0.0
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(wait)
            wait = min(MAX_WAIT, self.first_backoff * 2**attempt)
            try:
                response = self.session.get(self.api, params=query, timeout=TIMEOUT)
            except RETRIED_ERRORS as exc:
                reason = f"cannot reach {self.api} ({type(exc).__name__})"
                continue
            except requests.RequestException as exc:  # a malformed URL, too many redirects
                raise FetchError(f"{self.api}: {type(exc).__name__}: {exc}") from None
            retry_after = _retry_after(response.headers.get("Retry-After"))
            if response.status_code == 429 or response.status_code >= 500:
                reason = f"HTTP {response.status_code} {response.reason}".strip()
                wait = retry_after if retry_after is not None else wait
                continue
            if response.status_code != 200:
                raise FetchError(f"HTTP {response.status_code} {response.reason}".strip())
            try:
                body = response.json()
            except ValueError:
                raise FetchError(f"the API's answer is not JSON ({_kind(response)})") from None
            if not isinstance(body, dict):
                raise FetchError("the API's answer is not a JSON object")
            error = body.get("error")
            if isinstance(error, dict):
                if error.get("code") == "maxlag":
                    reason = f"server lagged ({error.get('info', 'maxlag')})"
                    wait = retry_after if retry_after is not None else wait
                    continue
                raise FetchError(f"API error {error.get('code')}: {error.get('info', '')}")
            return body
        raise FetchError(f"{reason}; gave up after {self.retries + 1} attempts")

    def queries(self, params: Mapping[str, str]) -> Iterator[dict[str, Any]]:
        """Every answer of a query, following `continue` until the API says it is complete."""
        carry: dict[str, str] = {}
        while True:
            body = self.get({**params, **carry})
            yield body
            more = body.get("continue")
            if not isinstance(more, dict) or not more:
                return
            carry = {str(k): str(v) for k, v in more.items()}


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


def _kind(response: requests.Response) -> str:
    return response.headers.get("Content-Type", "no content type").split(";")[0]


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
    titles: list[str] = []
    for body in client.queries(params):
        for page in body.get("query", {}).get("allpages", []):
            title = page.get("title")
            if isinstance(title, str) and fnmatch.fnmatchcase(title, pattern):
                titles.append(title)
    return sorted(set(titles))


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
) -> Report:
    """Fetch the current revision of each title into `into`, 50 titles a query; write the
    pages whose revision changed since the last fetch and update the sidecar after each batch.
    `report` is called with each outcome as it happens."""
    into.mkdir(parents=True, exist_ok=True)
    sidecar = read_sidecar(into)
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
            outcome = _store(revision, into, sidecar, client.api, fetched_at)
            if revision.redirected_from:
                detail = f"{outcome.detail} (redirected from {revision.redirected_from})"
                outcome = dataclasses.replace(outcome, detail=detail)
            tell(outcome)
        try:
            write_sidecar(into, sidecar)
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
    came_from: dict[str, str] = {}
    for body in client.queries(params):
        for hop in body.get("query", {}).get("redirects", []):
            if isinstance(hop, dict) and "from" in hop and "to" in hop:
                came_from[str(hop["to"])] = str(hop["from"])
        for page in body.get("query", {}).get("pages", []):
            if not isinstance(page, dict) or not isinstance(page.get("title"), str):
                continue
            known = pages.setdefault(page["title"], {})
            known.update({k: v for k, v in page.items() if k != "revisions"})
            if page.get("revisions"):
                known["revisions"] = page["revisions"]
    revisions: list[Revision] = []
    missing: list[tuple[str, str]] = []
    for title, page in pages.items():
        if page.get("missing"):
            missing.append((title, "missing"))
        elif page.get("invalid"):
            missing.append((title, f"invalid title: {page.get('invalidreason', '')}".strip()))
        else:
            try:
                revision = _revision(client.api, page)
                if title in came_from:
                    revision = dataclasses.replace(revision, redirected_from=came_from[title])
                revisions.append(revision)
            except (KeyError, IndexError, TypeError, ValueError):
                missing.append((title, "the API returned no readable current revision"))
    return revisions, missing


def _revision(api: str, page: Mapping[str, Any]) -> Revision:
    rev = page["revisions"][0]
    content = rev["slots"]["main"]["content"]
    if not isinstance(content, str):
        raise TypeError("content")
    title = str(page["title"])
    return Revision(
        title=title,
        page_id=int(page["pageid"]),
        revision_id=int(rev["revid"]),
        timestamp=str(rev["timestamp"]),
        url=str(page.get("canonicalurl") or page.get("fullurl") or page_url(api, title)),
        content=content,
    )


def page_url(api: str, title: str) -> str:
    """The article's URL on the wiki an `.../w/api.php` URL belongs to."""
    base = api.rsplit("/w/api.php", 1)[0] if "/w/api.php" in api else api.rsplit("/", 1)[0]
    return f"{base}/wiki/{urllib.parse.quote(title.replace(' ', '_'), safe=':/()!,;@$*')}"


def _store(
    revision: Revision, into: Path, sidecar: dict[str, dict[str, Any]], api: str, fetched_at: str
) -> Outcome:
    name = file_name(revision.title)
    path = into / name
    data = revision.content.encode("utf-8")
    if not data.endswith(b"\n"):
        data += b"\n"
    known = sidecar.get(name) or {}
    if known.get("revision_id") == revision.revision_id and _sha256_of(path) == known.get("sha256"):
        return Outcome("unchanged", revision.title, f"revision {revision.revision_id}")
    try:
        write_atomic(path, data)
    except OSError as exc:
        return Outcome("failed", revision.title, f"cannot write {path}: {exc.strerror or exc}")
    sidecar[name] = {
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
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def write_sidecar(into: Path, files: Mapping[str, Mapping[str, Any]]) -> None:
    body = {"tool": f"{TOOL}/{__version__}", "files": dict(sorted(files.items()))}
    data = (json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()
    path = into / SIDECAR
    with contextlib.suppress(OSError):
        if path.read_bytes() == data:
            return  # nothing changed: the file keeps its time
    write_atomic(path, data)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it over
    `path`: a reader sees the old file or the new one, never half of one."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".fetch-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


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
        result = fetch(titles, args.into, client, report=_print)
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
