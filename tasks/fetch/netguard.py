"""Refuse fetch targets that would let a feed list (or a redirect) reach into our own network.

A feed URL is user input and a redirect is server input: either could point at a cloud metadata
service (169.254.169.254), a router admin page or a database on localhost. `tasks/fetch/http.py` asks
`check_url` before every hop, so a public feed cannot redirect us to a private address.

Design choices:
- A name that does not resolve is *not* blocked: `check_url` returns None and the fetch itself then
  fails with `dns_error`, so the outcome names the real trouble.
- Every address the name resolves to must be public; one private address blocks the URL, because
  the HTTP client may connect to any of them.
- Known limit: the client resolves the name again when it connects, so a DNS server that answers
  differently the second time (DNS rebinding) is not caught here.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https"})


def address_problem(address: str) -> str | None:
    """Why an IP address is not a public unicast address, or None if it is."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for flag in ("loopback", "unspecified", "link_local", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{flag}"):
            return flag.replace("_", "-")
    if not ip.is_global:  # e.g. 100.64.0.0/10, carrier-grade NAT
        return "non-global"
    return None


def check_url(url: str, allow_private: bool) -> str | None:
    """The reason `url` must not be fetched, or None when it may be.

    Non-HTTP(S) schemes and URLs without a host are always refused. Unless `allow_private`, the host
    is resolved (all addresses) and loopback, private, link-local, multicast, reserved and unspecified
    addresses are refused. DNS failure returns None (see the module docstring).
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return f"scheme {scheme or '(none)'!r} is not http or https"
    host = parts.hostname
    if not host:
        return "URL has no host"
    if allow_private:
        return None
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        return "URL has an invalid port"
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return None
    for info in infos:
        address = str(info[4][0])
        problem = address_problem(address)
        if problem is not None:
            return f"{host} resolves to {problem} address {address}"
    return None
