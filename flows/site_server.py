"""A static site on loopback, for `newsflow demo` and the tests: real HTTP without the internet.

It behaves like a well-run publisher's server so that the polite-polling code paths run for real:
a correct Content-Type, a strong ETag and a Last-Modified on every file, 304 for a matching
If-None-Match (or, without one, an If-Modified-Since not older than the file), and gzip when the
client asks. `tests/loopback.py` reuses `send_body` and `serve` to add fault routes.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

#: feed formats mimetypes does not know, or knows under a type feed readers do not expect
CONTENT_TYPES = {
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".rdf": "application/rdf+xml",
    ".xml": "application/xml",
    ".json": "application/json",
    ".opml": "text/x-opml",
    ".html": "text/html",
    ".htm": "text/html",
}


def guess_content_type(path: Path) -> str:
    """Content-Type for a file name: the feed table first, then mimetypes, then octet-stream."""
    return CONTENT_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def strong_etag(body: bytes) -> str:
    """A strong validator derived from the bytes, so it changes exactly when the file does."""
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


def _not_modified(handler: BaseHTTPRequestHandler, etags: set[str], last_modified: float) -> bool:
    if_none_match = handler.headers.get("If-None-Match")
    if if_none_match is not None:  # RFC 9110: If-Modified-Since is ignored when If-None-Match is present
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or bool(tags & etags)
    if_modified_since = handler.headers.get("If-Modified-Since")
    if if_modified_since is None:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since).timestamp()
    except (TypeError, ValueError, IndexError):
        return False
    return int(last_modified) <= since


#: gzip of recently served bodies by strong ETag: a static server compresses a file once, not on every
#: request (as nginx's gzip_static does), so on loopback the site does not spend the cores of the
#: pipeline it serves on compressing one page again and again; bounded (about 35 MB of news pages)
_GZIPPED: OrderedDict[str, bytes] = OrderedDict()
_GZIPPED_MAX = 1024
_gzipped_lock = threading.Lock()


def _gzipped(etag: str, body: bytes) -> bytes:
    with _gzipped_lock:
        if (packed := _GZIPPED.get(etag)) is not None:
            _GZIPPED.move_to_end(etag)
            return packed
    packed = gzip.compress(body, mtime=0)
    with _gzipped_lock:
        _GZIPPED[etag] = packed
        while len(_GZIPPED) > _GZIPPED_MAX:
            _GZIPPED.popitem(last=False)
    return packed


def _wants_gzip(handler: BaseHTTPRequestHandler) -> bool:
    for token in (handler.headers.get("Accept-Encoding") or "").split(","):
        name, _, params = token.strip().partition(";")
        if name.strip().lower() == "gzip":
            return params.replace(" ", "") not in {"q=0", "q=0.0"}
    return False


def send_body(
    handler: BaseHTTPRequestHandler,
    body: bytes,
    content_type: str | None,
    last_modified: float,
    *,
    head: bool = False,
) -> None:
    """Answer a GET (or HEAD) for `body` with validators, a 304 when they match, gzip when accepted."""
    etag = strong_etag(body)
    gzip_etag = etag[:-1] + '-gz"'  # a different representation needs a different strong ETag
    headers = {"Last-Modified": formatdate(last_modified, usegmt=True), "Vary": "Accept-Encoding"}
    if _not_modified(handler, {etag, gzip_etag}, last_modified):
        handler.send_response(304)
        handler.send_header("ETag", gzip_etag if _wants_gzip(handler) else etag)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        return
    if _wants_gzip(handler):
        body = _gzipped(etag, body)
        headers["Content-Encoding"] = "gzip"
        etag = gzip_etag
    handler.send_response(200)
    if content_type:
        handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("ETag", etag)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.end_headers()
    if not head:
        handler.wfile.write(body)


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that does not print a line per request to stderr."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        return


class _DirectoryHandler(QuietHandler):
    root: Path  # set on the subclass made by serve_directory

    def _serve(self, head: bool) -> None:
        relative = unquote(urlsplit(self.path).path).lstrip("/")
        target = (self.root / relative).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.is_relative_to(self.root) or not target.is_file():
            self.send_error(404)
            return
        send_body(self, target.read_bytes(), guess_content_type(target), target.stat().st_mtime, head=head)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._serve(head=False)

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._serve(head=True)


class _Server(ThreadingHTTPServer):
    daemon_threads = True


@contextmanager
def serve(handler_class: type[BaseHTTPRequestHandler], host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Run `handler_class` on a ThreadingHTTPServer in a daemon thread; yield its base URL (no trailing /)."""
    server = _Server((host, port), handler_class)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    bound_host, bound_port = server.server_address[:2]
    shown_host = f"[{bound_host}]" if ":" in str(bound_host) else str(bound_host)
    try:
        yield f"http://{shown_host}:{bound_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def serve_directory(root: Path, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve the files under `root` (index.html for a directory); yield the base URL."""
    handler = type("DirectoryHandler", (_DirectoryHandler,), {"root": Path(root).resolve()})
    with serve(handler, host, port) as base_url:
        yield base_url
