"""URL normalization and the content-derived ids built on it.

Two spellings of one address must give one id, or a re-run (or a second feed linking the same story)
inserts a duplicate. Normalization therefore removes what does not select a different document:
letter case of scheme and host, a default port, the fragment, tracking parameters, and the order of
the remaining query parameters. The path is left as written: servers may treat it case-sensitively.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: Query parameters that only say where a click came from. Any name starting with `utm_` is also
#: dropped. Compared case-insensitively. Deliberately short: a parameter that might select content
#: (`id`, `page`, `src`, `rss`) stays, because dropping it would merge distinct documents.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",  # Facebook
        "gclid",  # Google Ads
        "dclid",  # Google Display
        "gbraid",  # Google Ads (iOS)
        "wbraid",  # Google Ads (web to app)
        "msclkid",  # Microsoft Ads
        "yclid",  # Yandex
        "igshid",  # Instagram share
        "mc_cid",  # Mailchimp campaign
        "mc_eid",  # Mailchimp subscriber
        "_ga",  # Google Analytics cross-domain
        "_gl",  # Google Analytics cross-domain
        "ref",  # generic referrer tag
        "ref_src",  # Twitter/X
        "ref_url",  # Twitter/X
        "cmpid",  # campaign id (Washington Post, Telegraph, ...)
        "smid",  # New York Times share
        "smtyp",  # New York Times share
        "ocid",  # MSN
        "xtor",  # AT Internet (Le Monde, ...)
        "at_medium",  # AT Internet
        "at_campaign",  # AT Internet
    }
)

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith("utm_") or lowered in TRACKING_PARAMS


def normalize_url(url: str) -> str:
    """The canonical spelling of `url` used for ids and duplicate detection.

    Surrounding whitespace is stripped (feeds pretty-print their links); an empty path becomes `/`.
    A string that is not an absolute URL (or not parseable at all) is returned stripped but otherwise unchanged.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - raises for a broken IPv6 literal
    except ValueError:  # not a URL any client can fetch: http.py reports it as `blocked`
        return url
    if not parts.scheme or not parts.netloc:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal: keep the brackets
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: leave the authority as written
        port = None
        host = parts.netloc.rsplit("@", 1)[-1].lower()
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    query_pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    query = urlencode(sorted(query_pairs))
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def article_id(canonical_url: str) -> str:
    """Id of an article: 16 hex chars of sha256 over its normalized canonical URL."""
    return _short_hash(normalize_url(canonical_url))


def feed_id(url: str) -> str:
    """Id of a feed: 16 hex chars of sha256 over its normalized URL (stable across redirects)."""
    return _short_hash(normalize_url(url))
