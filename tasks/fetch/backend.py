"""The sockets under httpx: one wall-clock deadline per request, and the connected address checked.

Two holes the HTTP client leaves open, closed where the bytes move (an httpcore network backend):

- httpx's read timeout restarts on every received chunk, so a server that trickles its *headers* a
  byte a second holds a fetch for ever (the body is checked in http.py, the headers are not). Here
  every connect, read and write gets at most the time left until the request's deadline, set per
  thread by `deadline()` around each fetch; past it, a read fails with `httpcore.ReadTimeout`.
- netguard resolves a name to check it, and the client resolves it again to connect: a DNS server
  that answers a public address first and 127.0.0.1 second (DNS rebinding) slips through. Here the
  address actually connected to is checked, so the check and the connection see the same IP.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore

_local = threading.local()


class BlockedPeer(Exception):
    """The connection reached an address netguard refuses (e.g. after DNS rebinding)."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every socket operation of this thread within the block must finish `seconds` from now."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = time.monotonic() + seconds
    try:
        yield
    finally:
        _local.deadline = previous


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout` cut to the time left before this thread's deadline; raises `error` once it passed."""
    end = getattr(_local, "deadline", None)
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise error("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, with the deadline on every operation and the peer address checked."""

    def __init__(self, peer_problem: Callable[[str], str | None]) -> None:
        """`peer_problem(address)`: why the connected IP address must not be used, or None."""
        self._backend = httpcore.SyncBackend()
        self._peer_problem = peer_problem

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        peer = str(stream.get_extra_info("server_addr")[0])
        problem = self._peer_problem(peer)
        if problem is not None:
            stream.close()
            raise BlockedPeer(f"{host} connected to {peer}: {problem}")
        return _DeadlineStream(stream)

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise BlockedPeer("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)
