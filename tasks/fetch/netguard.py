"""Refuse fetch targets that would let a feed list (or a redirect) reach into our own network.

A feed URL is user input and a redirect is server input: either could point at a cloud metadata
service (169.254.169.254), a router admin page or a database on localhost. `tasks/fetch/http.py` asks
`check_url` before every hop, so a public feed cannot redirect us to a private address.

Design choices:
- A name that does not resolve is *not* blocked: `check_url` returns None and the fetch itself then
  fails with `dns_error`, so the outcome names the real trouble.
- Every address the name resolves to must be public; one private address blocks the URL, because
  the HTTP client may connect to any of them.
- The client resolves the name again when it connects, so a DNS server that answers differently
  the second time (DNS rebinding) is not caught here; tasks/fetch/backend.py checks the address the
  connection reached with `address_problem`.
- A host name no resolver accepts (an empty or 64-character label, a bad IDNA `xn--` label) is
  refused here with the reason, so it is an outcome, never a UnicodeError out of the client.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urlsplit

import idna

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


_ASCII_LABEL = re.compile(r"[A-Za-z0-9_-]{1,63}")


def host_problem(host: str) -> str | None:
    """Why `host` is not a host name a client can connect to, or None.

    Labels must be 1-63 characters; ASCII labels letters, digits, `-` or `_` (real sites use `_`);
    non-ASCII and `xn--` labels must be valid IDNA, as the client will encode them.
    """
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return None  # an IP literal
    except ValueError:
        pass
    labels = host.removesuffix(".").split(".")
    if len(host) > 253:
        return f"invalid host name {host[:60]!r}...: longer than 253 characters"
    for label in labels:
        if label.isascii() and not label.lower().startswith("xn--"):
            if not _ASCII_LABEL.fullmatch(label):
                return f"invalid host name {host!r}: label {label!r} is empty, too long or has a bad character"
            continue
        try:
            idna.encode(label, uts46=True) if not label.isascii() else idna.decode(label)
        except (idna.IDNAError, UnicodeError) as error:
            return f"invalid host name {host!r}: {error}"
    return None


def check_url(url: str, allow_private: bool) -> str | None:
    """The reason `url` must not be fetched, or None when it may be.

    Non-HTTP(S) schemes and URLs without a host are always refused. Unless `allow_private`, the host
    is resolved (all addresses) and loopback, private, link-local, multicast, reserved and unspecified
    addresses are refused. DNS failure returns None (see the module docstring).
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError as error:  # e.g. an unclosed IPv6 bracket
        return f"invalid URL: {error}"
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return f"scheme {scheme or '(none)'!r} is not http or https"
    if not host:
        return "URL has no host"
    problem = host_problem(host)
    if problem is not None:
        return problem
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
