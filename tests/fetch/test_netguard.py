"""netguard: non-HTTP schemes always refused; non-public addresses refused after real DNS resolution."""

from __future__ import annotations

import pytest

from tasks.fetch.netguard import address_problem, check_url


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.com/feed",
        "gopher://example.com/",
        "javascript:alert(1)",
        "feed.xml",
    ],
)
@pytest.mark.parametrize("allow_private", [False, True])
def test_non_http_schemes_are_always_refused(url: str, allow_private: bool) -> None:
    assert "scheme" in (check_url(url, allow_private) or "")


def test_url_without_host_is_refused() -> None:
    assert check_url("http:///feed.xml", allow_private=True) == "URL has no host"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://127.0.0.1:8080/feed", "loopback"),
        ("http://localhost/feed", "loopback"),
        ("http://[::1]/feed", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1/admin", "private"),
        ("http://172.16.5.4/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://240.0.0.1/", "reserved"),
        ("http://100.64.0.1/", "non-global"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
    ],
)
def test_non_public_addresses_are_refused(url: str, problem: str) -> None:
    reason = check_url(url, allow_private=False)
    assert reason is not None and problem in reason
    assert check_url(url, allow_private=True) is None


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert address_problem(address) is None
    host = f"[{address}]" if ":" in address else address
    assert check_url(f"https://{host}/feed", allow_private=False) is None


def test_dns_failure_is_not_blocked() -> None:
    """The fetch reports dns_error itself; netguard must not hide it as 'blocked'."""
    assert check_url("http://no-such-host.invalid/feed", allow_private=False) is None
