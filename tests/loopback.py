"""A loopback web site with fault routes, shared by every test that needs real HTTP.

Usage::

    with LoopbackSite() as site:
        site.add_file("/feed.xml", corpus_bytes, "application/rss+xml")
        site.add_status("/gone", 410)
        site.add_redirect("/old", "/feed.xml", status=301)
        fetch_all([FetchRequest(site.url("/old"), "feed")], load_settings(allow_private_networks=True))
        assert site.count("/feed.xml") == 1

Files are answered by `flows.site_server.send_body`, so ETag/Last-Modified/304/gzip behave exactly as
in `newsflow demo`. Every request is logged (method, path, headers) for assertions about 304s,
counts and the headers the client sent. Routes match the path without the query string.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

from flows.site_server import QuietHandler, guess_content_type, send_body, serve

#: A route: gets the live request handler and must write a complete response.
Route = Callable[[BaseHTTPRequestHandler], None]

#: Last-Modified of added files unless told otherwise: fixed, so tests do not depend on the clock.
DEFAULT_MTIME = 1_700_000_000.0


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    at: float  # time.monotonic() when the request line arrived


class LoopbackSite:
    """A ThreadingHTTPServer on 127.0.0.1 (random port) whose paths are set up by the test."""

    def __init__(self) -> None:
        self._routes: dict[str, Route] = {}
        self._requests: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._stack = ExitStack()
        self.base_url = ""

    # -- lifecycle -------------------------------------------------------------------------------

    def __enter__(self) -> LoopbackSite:
        site = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = urlsplit(self.path).path
                headers = {k.lower(): v for k, v in self.headers.items()}
                site._log(LoggedRequest("GET", path, headers, time.monotonic()))
                route = site._routes.get(path)
                if route is None:
                    self.send_error(404)
                else:
                    route(self)

        self.base_url = self._stack.enter_context(serve(Handler))
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()

    def url(self, path: str) -> str:
        """Absolute URL of `path` on this site."""
        return self.base_url + path

    # -- the request log -------------------------------------------------------------------------

    def _log(self, request: LoggedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_for(self, path: str) -> list[LoggedRequest]:
        return [r for r in self.requests if r.path == path]

    def count(self, path: str) -> int:
        return len(self.requests_for(path))

    # -- routes ----------------------------------------------------------------------------------

    def add_route(self, path: str, route: Route) -> None:
        self._routes[path] = route

    def add_file(
        self,
        path: str,
        body: bytes,
        content_type: str | None = "application/xml",
        mtime: float = DEFAULT_MTIME,
    ) -> None:
        """A static file with strong ETag, Last-Modified, 304 and gzip; `content_type=None` sends none."""
        self.add_route(path, lambda handler: send_body(handler, body, content_type, mtime))

    def add_directory(self, root: Path) -> None:
        """Every file under `root` at its relative path, e.g. newsflow's demo site."""
        for path in sorted(root.rglob("*")):
            if path.is_file():
                self.add_file("/" + path.relative_to(root).as_posix(), path.read_bytes(), guess_content_type(path))

    def add_status(self, path: str, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        """A fixed status with optional headers (e.g. 500 with Retry-After, 410 Gone, 404)."""

        def route(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(status)
            for name, value in (headers or {}).items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        self.add_route(path, route)

    def add_redirect(self, path: str, location: str, status: int = 302) -> None:
        """A redirect to `location` (relative or absolute, any scheme or host)."""
        self.add_status(path, status, headers={"Location": location})

    def add_slow(self, path: str, delay_s: float, body: bytes = b"<rss/>") -> None:
        """Waits `delay_s` before answering at all: a read timeout on the client side."""

        def route(handler: BaseHTTPRequestHandler) -> None:
            time.sleep(delay_s)
            with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up, as intended
                send_body(handler, body, "application/xml", DEFAULT_MTIME)

        self.add_route(path, route)

    def add_trickle(self, path: str, chunks: int, pause_s: float, chunk: bytes = b" ") -> None:
        """Headers at once, then `chunks` pieces `pause_s` apart: each read is quick, the whole slow."""

        def route(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", "application/xml")
            handler.send_header("Content-Length", str(chunks * len(chunk)))
            handler.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(chunks):
                    handler.wfile.write(chunk)
                    handler.wfile.flush()
                    time.sleep(pause_s)

        self.add_route(path, route)

    def add_gate(
        self, path: str, body: bytes, content_type: str = "text/html"
    ) -> tuple[threading.Event, threading.Event]:
        """A file whose answer waits at a gate: returns (arrived, release). The test learns the client
        reached this request (`arrived.wait()`), acts (e.g. kills the run), then `release.set()`s."""
        arrived, release = threading.Event(), threading.Event()

        def route(handler: BaseHTTPRequestHandler) -> None:
            arrived.set()
            release.wait()
            with suppress(BrokenPipeError, ConnectionResetError):  # the killed client is gone
                send_body(handler, body, content_type, DEFAULT_MTIME)

        self.add_route(path, route)
        return arrived, release
