"""A page opened in headless Chromium, seen through the DevTools protocol over a pipe
(`--remote-debugging-pipe`: JSON messages ended by NUL on file descriptors 3 and 4), so no
websocket client and no port are needed. What the page printed to its console, threw, logged
and requested is recorded; its DOM can be queried and its whole length photographed."""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BINARIES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT = 60.0


def chromium() -> str | None:
    """The browser on this machine, if any."""
    return next((path for name in BINARIES if (path := shutil.which(name))), None)


@dataclass
class PageVisit:
    console: list[tuple[str, str]] = field(default_factory=list)  # (type, text)
    exceptions: list[str] = field(default_factory=list)
    log: list[tuple[str, str]] = field(default_factory=list)  # (level, text)
    requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, error log entries (a resource that
        failed to load): what a page that renders cleanly never has."""
        found = [f"console.{t}: {text}" for t, text in self.console if t in BAD_CONSOLE]
        found += [f"exception: {text}" for text in self.exceptions]
        found += [f"log {level}: {text}" for level, text in self.log if level == "error"]
        return found


BAD_CONSOLE = ("error", "warning", "assert")


class Browser:
    """One headless Chromium for the life of a `with` block."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_browser, self._write = os.pipe()
        self._read, from_browser = os.pipe()
        # keep our ends clear of 3 and 4, which the child's ends are moved to
        to_browser, from_browser = _high(to_browser), _high(from_browser)
        self._read, self._write = _high(self._read), _high(self._write)

        def child_fds() -> None:
            os.dup2(to_browser, 3)
            os.dup2(from_browser, 4)

        args = [
            binary,
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--disable-dev-shm-usage",  # containers often have a small /dev/shm
            f"--user-data-dir={profile}",
            "--remote-debugging-pipe",
        ]
        if os.geteuid() == 0:
            args.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
        self._process = subprocess.Popen(
            args,
            preexec_fn=child_fds,  # moves the pipe ends to 3 and 4 in the child
            close_fds=False,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError):
            self._send("Browser.close", {})
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._read)
        os.close(self._write)

    def _send(self, method: str, params: dict[str, Any], session: str | None = None) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        return self._next_id

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self._read], [], [], left)
            if ready:
                chunk = os.read(self._read, 1 << 16)
                if not chunk:
                    raise ConnectionError("Chromium closed the pipe")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, params: dict[str, Any], session: str | None = None) -> Any:
        """Send a command and wait for its answer; events met meanwhile are kept."""
        wanted = self._send(method, params, session)
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self._receive(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._events.append(message)

    def wait_event(self, method: str, session: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while not any(
            e.get("method") == method and e.get("sessionId") == session for e in self._events
        ):
            self._events.append(self._receive(deadline))

    def visit(
        self,
        url: str,
        screenshot: Path | None = None,
        width: int = 1280,
        query: str | None = None,
    ) -> tuple[PageVisit, Any]:
        """Open `url`, wait for it to load, query its plots (or evaluate `query`), photograph
        it whole; the visit's record and the query's answer."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Runtime", "Log", "Network", "Page"):
            self.call(f"{domain}.enable", {}, session)
        metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}
        self.call("Emulation.setDeviceMetricsOverride", metrics, session)
        self.call("Page.navigate", {"url": url}, session)
        self.wait_event("Page.loadEventFired", session)
        answer = self.call(
            "Runtime.evaluate",
            {"expression": query or PLOTS_QUERY, "returnByValue": True},
            session,
        )["result"].get("value")
        if screenshot is not None:
            size = self.call("Page.getLayoutMetrics", {}, session)["cssContentSize"]
            clip = {"x": 0, "y": 0, "width": width, "height": size["height"], "scale": 1}
            shot = self.call(
                "Page.captureScreenshot",
                {"format": "png", "clip": clip, "captureBeyondViewport": True},
                session,
            )
            screenshot.write_bytes(base64.b64decode(shot["data"]))
        return _record([e for e in self._events if e.get("sessionId") == session]), answer


#: what the page's plots are, once laid out: each figure's id, its SVG's rendered size, and
#: how many drawn marks it holds
PLOTS_QUERY = """JSON.stringify([...document.querySelectorAll('figure.plot')].map(f => {
  const s = f.querySelector('svg');
  const r = s ? s.getBoundingClientRect() : {width: 0, height: 0};
  return {id: f.id, width: r.width, height: r.height,
          marks: s ? s.querySelectorAll('path, rect, line, use, text').length : 0};
}))"""


#: how the page is laid out: its width and the elements that reach past it, the land shapes of
#: the network map, and the boxes of the map's labels
LAYOUT_QUERY = """JSON.stringify({
  page: document.documentElement.clientWidth,
  scroll: document.documentElement.scrollWidth,
  wider: [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
    .map(e => e.tagName + (e.id ? '#' + e.id : '')).slice(0, 10),
  land: [...document.querySelectorAll('#svg-network path')]
    .filter(p => (p.getAttribute('style') || '').includes('fill: #e6e4dc')).length,
  labels: [...document.querySelectorAll('#svg-network text')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
  }),
})"""


def _record(events: list[dict[str, Any]]) -> PageVisit:
    visit = PageVisit()
    for event in events:
        params = event.get("params", {})
        method = event.get("method")
        if method == "Runtime.consoleAPICalled":
            text = " ".join(
                str(a.get("value", a.get("description", ""))) for a in params.get("args", [])
            )
            visit.console.append((params.get("type", ""), text))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            described = details.get("exception", {}).get("description")
            visit.exceptions.append(described or details.get("text", ""))
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            visit.log.append(
                (entry.get("level", ""), f"{entry.get('text')} {entry.get('url', '')}")
            )
        elif method == "Network.requestWillBeSent":
            visit.requests.append(params.get("request", {}).get("url", ""))
    return visit


def _high(fd: int) -> int:
    """`fd` moved to a number above 10 (closed-on-exec)."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved
