"""The only HTTP client in newsflow: every feed poll and page fetch goes through `fetch_all`.

Network trouble is a value, never an exception: each request comes back as a `FetchResult` whose
`outcome` is one word of `records.FETCH_OUTCOMES`, set by the pure `classify` below. An exception
out of this module means our own code is broken.

Rules (issue #2):
- Redirects are followed by hand so that `tasks/fetch/netguard.py` checks every hop. A URL seen twice in
  one chain is `redirect_loop`; so is a chain longer than `settings.max_redirects` (an endless chain of
  distinct URLs is a loop in effect; the error text says which). A 3xx without Location is `http_error`.
- `permanent_redirect` is the end of the leading run of 301/308 hops (A -301-> B -308-> C -302-> D gives
  C): the address the feed has *permanently* moved to. 302/303/307 never set it.
- The body is streamed and decoded (gzip/deflate) with a cap on the *decoded* size, so a small
  gzip bomb is `too_large` too. Each hop has one wall-clock deadline, connect+read timeout from its
  start, for connecting, headers and body alike (tasks/fetch/backend.py), so a server trickling one
  byte at a time, headers included, cannot hold a worker.
- A URL that cannot be fetched as written (a malformed host name, a bad IDNA label, a broken IPv6
  literal), from a feed list, an item link or a redirect, is `blocked` with the reason: never an exception.
- The address actually connected to is checked too (backend.py), so DNS rebinding cannot reach a
  private address the name check passed.
- Stored validators are sent as If-None-Match / If-Modified-Since; 304 is `not_modified`.
- Requests to one host are spaced by `settings.per_host_gap_s` across the whole batch (every hop counts).
- `Retry-After` (seconds or an HTTP date) becomes `retry_after_s`, whatever the status.
- For kind="article" a declared non-HTML content type is `not_html`; a missing one is let through.
- Environment proxies are ignored (`trust_env=False`): a proxy would make the netguard check moot.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from schemas.records import FetchResult
from tasks.config import Settings
from tasks.fetch.backend import BlockedPeer, GuardedBackend, deadline
from tasks.fetch.netguard import check_url
from tasks.fetch.urls import normalize_url

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECT_STATUSES = frozenset({301, 308})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    "article": "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
}

#: (url, allow_private) -> reason the URL is refused, or None; `netguard.check_url` unless a test swaps it
Guard = Callable[[str, bool], "str | None"]


@dataclass(frozen=True)
class FetchRequest:
    """One URL to fetch, with the validators stored from the last successful poll."""

    url: str
    kind: str  # feed | article
    etag: str | None = None
    last_modified: str | None = None


class FetchProblem(Exception):
    """A refusal decided here rather than by the network (blocked, too_large, redirect_loop)."""

    def __init__(self, outcome: str, message: str) -> None:
        super().__init__(message)
        self.outcome = outcome


def _is_dns_failure(error: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, socket.gaierror):
            return True
        current = current.__cause__ or current.__context__
    text = str(error).lower()
    return any(
        marker in text
        for marker in ("name or service not known", "nodename nor servname", "name resolution", "no address")
    )


def media_type(content_type: str | None) -> str | None:
    """`text/html; charset=utf-8` -> `text/html`; None stays None."""
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def classify(
    kind: str,
    *,
    error: BaseException | None = None,
    status: int | None = None,
    content_type: str | None = None,
) -> str:
    """Map an exception, or a final status and content type, to one word of FETCH_OUTCOMES."""
    if error is not None:
        if isinstance(error, FetchProblem):
            return error.outcome
        if isinstance(error, httpx.TimeoutException):
            return "timeout"
        if isinstance(error, httpx.InvalidURL):
            return "blocked"
        if isinstance(error, httpx.RemoteProtocolError) and "location header" in str(error).lower():
            return "blocked"  # httpx parses Location itself; a malformed target is refused like any bad URL
        if isinstance(error, httpx.ConnectError):
            return "dns_error" if _is_dns_failure(error) else "connection_error"
        if isinstance(error, httpx.TransportError | httpx.DecodingError):
            return "connection_error"
        return "http_error"
    if status == 304:
        return "not_modified"
    if status is None or not 200 <= status < 300:
        return "http_error"
    mtype = media_type(content_type)
    if kind == "article" and mtype is not None and mtype not in HTML_TYPES:
        return "not_html"
    return "ok"


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None if absent or garbled."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class HostGate:
    """Spaces requests to one host by `gap_s`, across threads: each caller reserves the next free slot.

    One gate per gap for the whole process (`host_gate`), so batches fetched at the same time (two page
    batches overlap) still keep the gap per host.
    """

    def __init__(self, gap_s: float) -> None:
        self._gap_s = gap_s
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self._gap_s
        if start > now:
            time.sleep(start - now)


_gates: dict[float, HostGate] = {}
_gates_lock = threading.Lock()


def host_gate(gap_s: float) -> HostGate:
    """The process's gate for `gap_s`."""
    with _gates_lock:
        return _gates.setdefault(gap_s, HostGate(gap_s))


def interleave_by_host(requests: Sequence[FetchRequest]) -> list[int]:
    """Request indexes in round-robin order of host, so a worker pool does not queue on one host's gap."""
    by_host: dict[str, list[int]] = {}
    for index, request in enumerate(requests):
        try:
            host = (urlsplit(request.url.strip()).hostname or "").lower()
        except ValueError:  # a malformed URL: fetch reports it as blocked
            host = ""
        by_host.setdefault(host, []).append(index)
    queues = list(by_host.values())
    order: list[int] = []
    for rank in range(max((len(q) for q in queues), default=0)):
        order.extend(q[rank] for q in queues if rank < len(q))
    return order


def _describe(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _guarded_transport(settings: Settings, guard: Guard, connections: int) -> httpx.HTTPTransport:
    """httpx's transport on GuardedBackend, whose connected addresses pass the same `guard` as URLs.

    httpx has no public hook for the network backend, so the pool's is swapped; tests/fetch/test_http.py
    proves the header deadline and the peer check hold.
    """

    def peer_problem(address: str) -> str | None:
        literal = f"[{address}]" if ":" in address else address
        return guard(f"http://{literal}/", settings.allow_private_networks)

    transport = httpx.HTTPTransport(limits=httpx.Limits(max_connections=max(1, connections)))
    transport._pool._network_backend = GuardedBackend(peer_problem)  # type: ignore[attr-defined]
    return transport


class Fetcher:
    """One shared httpx.Client plus the per-host gate; safe to call `fetch` from many threads."""

    def __init__(self, settings: Settings, guard: Guard = check_url, connections: int | None = None) -> None:
        self._settings = settings
        self._guard = guard
        self._gate = host_gate(settings.per_host_gap_s)
        self._client = httpx.Client(
            timeout=httpx.Timeout(
                connect=settings.connect_timeout_s,
                read=settings.read_timeout_s,
                write=settings.read_timeout_s,
                pool=settings.connect_timeout_s + settings.read_timeout_s,
            ),
            transport=_guarded_transport(settings, guard, connections or settings.fetch_concurrency),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, request: FetchRequest) -> FetchResult:
        """Fetch one URL, following redirects by hand; never raises for network trouble."""
        fetched_at = datetime.now(UTC)
        started = time.monotonic()
        url = request.url.strip()
        headers = {"Accept": _ACCEPT.get(request.kind, "*/*")}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        seen: set[str] = set()
        permanent: str | None = None
        leading_permanent = True
        status: int | None = None
        retry_after: float | None = None

        def result(outcome: str, response: httpx.Response | None = None, **fields: object) -> FetchResult:
            return FetchResult(
                url=request.url,
                kind=request.kind,
                outcome=outcome,
                fetched_at=fetched_at,
                final_url=url,
                status=status,
                content_type=response.headers.get("content-type") if response is not None else None,
                etag=response.headers.get("etag") if response is not None else None,
                last_modified=response.headers.get("last-modified") if response is not None else None,
                elapsed_ms=int((time.monotonic() - started) * 1000),
                retry_after_s=retry_after,
                permanent_redirect=permanent,
                **fields,  # type: ignore[arg-type]
            )

        budget_s = self._settings.connect_timeout_s + self._settings.read_timeout_s
        try:
            seen.add(normalize_url(url))
            for _hop in range(self._settings.max_redirects + 1):
                reason = self._guard(url, self._settings.allow_private_networks)
                if reason is not None:
                    raise FetchProblem("blocked", reason)
                self._gate.wait(urlsplit(url).hostname or "")
                hop_deadline = time.monotonic() + budget_s
                with deadline(budget_s), self._client.stream("GET", url, headers=headers) as response:
                    status = response.status_code
                    retry_after = parse_retry_after(response.headers.get("retry-after"), datetime.now(UTC))
                    location = response.headers.get("location")
                    if status in REDIRECT_STATUSES and location:
                        target = urljoin(url, location.strip())
                        if leading_permanent and status in PERMANENT_REDIRECT_STATUSES:
                            permanent = target
                        else:
                            leading_permanent = False
                        key = normalize_url(target)
                        if key in seen:
                            raise FetchProblem("redirect_loop", f"{status} to {target}, already visited")
                        seen.add(key)
                        url = target
                        continue
                    outcome = classify(request.kind, status=status, content_type=response.headers.get("content-type"))
                    if outcome != "ok":
                        error = None if outcome == "not_modified" else f"HTTP {status} {response.reason_phrase}"
                        if outcome == "not_html":
                            error = f"content type {response.headers.get('content-type')}"
                        return result(outcome, response, error=error)
                    body = self._read_capped(response, hop_deadline)
                    return result("ok", response, body=body, bytes=len(body))
            raise FetchProblem("redirect_loop", f"more than {self._settings.max_redirects} redirects")
        except (httpx.HTTPError, httpx.InvalidURL, FetchProblem) as error:
            return result(classify(request.kind, error=error), error=_describe(error))
        except BlockedPeer as error:
            return result("blocked", error=str(error))
        except (UnicodeError, ValueError) as error:  # a host name or URL no client can connect to
            return result("blocked", error=f"invalid URL: {_describe(error)}")

    def _read_capped(self, response: httpx.Response, deadline: float) -> bytes:
        cap = self._settings.max_body_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap and "content-encoding" not in response.headers:
            raise FetchProblem("too_large", f"Content-Length {declared} exceeds {cap} bytes")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchProblem("too_large", f"body exceeds {cap} bytes")
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("body not received within connect+read timeout")
            chunks.append(chunk)
        return b"".join(chunks)


def fetch_all(
    requests: Sequence[FetchRequest], settings: Settings, guard: Guard = check_url, concurrency: int | None = None
) -> list[FetchResult]:
    """Fetch every request, `concurrency` (default `settings.fetch_concurrency`) at a time, hosts taken
    in turn; results in request order."""
    if not requests:
        return []
    workers = max(1, min(concurrency or settings.fetch_concurrency, len(requests)))
    order = interleave_by_host(requests)
    results: list[FetchResult | None] = [None] * len(requests)
    with (
        Fetcher(settings, guard, workers) as fetcher,
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newsflow-fetch") as pool,
    ):
        for index, result in zip(order, pool.map(fetcher.fetch, [requests[i] for i in order]), strict=True):
            results[index] = result
    return [r for r in results if r is not None]


def post_json(url: str, payload: object, settings: Settings, guard: Guard = check_url) -> str | None:
    """POST `payload` as JSON to a URL the user configured (the alert webhook); None on a 2xx, else why.

    The same address rules as every fetch: netguard first, no proxies, no redirects followed.
    """
    reason = guard(url.strip(), settings.allow_private_networks)
    if reason is not None:
        return f"blocked: {reason}"
    timeout = httpx.Timeout(settings.read_timeout_s, connect=settings.connect_timeout_s)
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
            response = client.post(url.strip(), json=payload, headers={"User-Agent": settings.user_agent})
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        return _describe(error)
    return None if response.is_success else f"HTTP {response.status_code}"
