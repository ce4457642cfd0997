"""A fetched feed body (bytes) to a `ParsedFeed`: feedparser for RSS/Atom/RDF, a small branch for JSON Feed.

feedparser gets bytes and the response's Content-Type, never a URL, so it cannot fetch anything.
Its untyped dicts stop here. Outcome rules (issue #2):

- Entries parsed -> `ok`, even when feedparser raised its bozo flag (encoding override, undefined
  entity, junk after the last item): the warning is kept in `error`, as reader does, because a feed
  that yields entries is useful and publishers rarely fix such warnings.
- No entries and no recognisable feed root (an HTML page, NewsML, OPML, Slashdot's backslash XML)
  -> `not_a_feed`. No entries from a recognised feed that is broken -> `parse_error`. A well-formed
  feed with no items is `ok` with no entries.
- JSON Feed (jsonfeed.org 1 and 1.1) is parsed here; JSON that is not a JSON Feed is `not_a_feed`,
  JSON that does not decode is `parse_error`. Control characters inside strings are tolerated.

Entry identity: the guid, unless the feed reuses one guid for entries with different links (seen in
real aggregator feeds), in which case guids are ignored for the whole feed and the normalized link is
the key. An entry with neither link nor guid is skipped; so is a repeat of a key already seen in the
same body (the warehouse could not store both). `ParsedFeed.skipped` counts both. An entry with a guid
but no link keeps `url == ""`: it is recorded, but there is no page to fetch.
"""

from __future__ import annotations

import calendar
import json
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from schemas.records import FeedEntry, ParsedFeed
from tasks.fetch.urls import normalize_url

JSON_FEED_VERSION_PREFIXES = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")
_JSON_TYPES = ("application/json", "application/feed+json")


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _struct_to_datetime(value: time.struct_time | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


#: Month abbreviations feedparser does not know, seen in real RSS pubDates ("Seg, 24 Set 2018",
#: "mer, 16 nov 2022"): Portuguese, Spanish, Italian, French, German. Checked: no clashes across them.
_LOCAL_MONTHS = {
    **dict.fromkeys(["jan", "ene", "gen", "janv"], "Jan"),
    **dict.fromkeys(["fev", "feb", "févr", "fevr"], "Feb"),
    **dict.fromkeys(["mar", "mars", "mär", "mrz"], "Mar"),
    **dict.fromkeys(["abr", "apr", "avr"], "Apr"),
    **dict.fromkeys(["mai", "may", "mag"], "May"),
    **dict.fromkeys(["jun", "giu", "juin"], "Jun"),
    **dict.fromkeys(["jul", "lug", "juil"], "Jul"),
    **dict.fromkeys(["ago", "aug", "août", "aout"], "Aug"),
    **dict.fromkeys(["set", "sep", "sept"], "Sep"),
    **dict.fromkeys(["out", "oct", "ott", "okt"], "Oct"),
    **dict.fromkeys(["nov"], "Nov"),
    **dict.fromkeys(["dez", "dic", "déc", "dec"], "Dec"),
}
_LOCAL_RFC822 = re.compile(r"^\s*(?:[^\W\d]+\.?,\s*)?(\d{1,2})\s+([^\W\d]+)\.?\s+(\d{4}\s+.*)$")


def _local_rfc822_to_datetime(value: object) -> datetime | None:
    """An RFC 822 date with a localized weekday and month name, which feedparser leaves unparsed."""
    match = _LOCAL_RFC822.match(value) if isinstance(value, str) else None
    month = _LOCAL_MONTHS.get(match.group(2).lower()) if match else None
    if match is None or month is None:
        return None
    try:
        parsed = parsedate_to_datetime(f"{match.group(1)} {month} {match.group(3)}")
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _iso_to_datetime(value: object) -> datetime | None:
    text = _text(value)
    if text is None:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _absolute(link: str | None, base_url: str) -> str | None:
    return urljoin(base_url, link) if link else None


class _RawEntry:
    """The fields of one entry before identity is decided (same shape for feedparser and JSON Feed)."""

    __slots__ = ("guid", "link", "title", "published_at", "summary")

    def __init__(
        self,
        guid: str | None,
        link: str | None,
        title: str | None,
        published_at: datetime | None,
        summary: str | None,
    ) -> None:
        self.guid = guid
        self.link = link
        self.title = title
        self.published_at = published_at
        self.summary = summary


def _entries(raw: Iterable[_RawEntry], feed_id: str) -> tuple[tuple[FeedEntry, ...], int]:
    """Decide each entry's key; return the entries kept and how many were skipped."""
    raw = list(raw)
    links_by_guid: dict[str, set[str]] = defaultdict(set)
    for item in raw:
        if item.guid and item.link:
            links_by_guid[item.guid].add(normalize_url(item.link))
    trust_guids = all(len(links) < 2 for links in links_by_guid.values())
    kept: list[FeedEntry] = []
    seen: set[str] = set()
    for item in raw:
        normalized = normalize_url(item.link) if item.link else ""
        key = item.guid if (item.guid and (trust_guids or not normalized)) else normalized
        if not key or key in seen:
            continue
        seen.add(key)
        kept.append(
            FeedEntry(
                feed_id=feed_id,
                entry_key=key,
                url=item.link or "",
                normalized_url=normalized,
                title=item.title,
                published_at=item.published_at,
                summary=item.summary,
                guid=item.guid,
            )
        )
    return tuple(kept), len(raw) - len(kept)


def _looks_like_json(body: bytes, content_type: str | None) -> bool:
    if content_type and content_type.split(";", 1)[0].strip().lower() in _JSON_TYPES:
        return True
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def _parse_json_feed(body: bytes, feed_id: str, base_url: str) -> ParsedFeed:
    try:
        document = json.loads(body.decode("utf-8-sig", errors="replace"), strict=False)
    except json.JSONDecodeError as error:
        return ParsedFeed(outcome="parse_error", error=f"invalid JSON: {error}")
    version = document.get("version") if isinstance(document, Mapping) else None
    if not (isinstance(version, str) and version.startswith(JSON_FEED_VERSION_PREFIXES)):
        return ParsedFeed(outcome="not_a_feed", error="JSON without a jsonfeed.org version")
    items = document.get("items")
    if not isinstance(items, list):
        return ParsedFeed(outcome="parse_error", error="JSON Feed without an items list")
    site_url = _absolute(_text(document.get("home_page_url")), base_url)
    raw = []
    for item in items:
        if not isinstance(item, Mapping):
            continue
        link = _text(item.get("url")) or _text(item.get("external_url"))
        guid = item.get("id")
        raw.append(
            _RawEntry(
                guid=_text(str(guid)) if guid is not None else None,  # 1.0 allowed numbers
                link=_absolute(link, site_url or base_url),
                title=_text(item.get("title")),
                published_at=_iso_to_datetime(item.get("date_published") or item.get("date_modified")),
                summary=_text(item.get("summary")) or _text(item.get("content_text")),
            )
        )
    entries, skipped = _entries(raw, feed_id)
    skipped += len(items) - len(raw)
    return ParsedFeed(
        outcome="ok",
        entries=entries,
        title=_text(document.get("title")),
        site_url=site_url,
        skipped=skipped,
    )


def _feedparser_entry(entry: Mapping[str, Any], base_url: str) -> _RawEntry:
    return _RawEntry(
        guid=_text(entry.get("id")),
        link=_absolute(_text(entry.get("link")), base_url),
        title=_text(entry.get("title")),
        # dict.get: FeedParserDict's own lookup maps updated->published with a DeprecationWarning
        published_at=_struct_to_datetime(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"))
        or _local_rfc822_to_datetime(dict.get(entry, "published") or dict.get(entry, "updated")),
        summary=_text(entry.get("summary")),
    )


def parse_feed(body: bytes, feed_id: str, base_url: str, content_type: str | None) -> ParsedFeed:
    """Parse a feed body fetched from `base_url` (the final URL, used for relative links)."""
    if _looks_like_json(body, content_type):
        return _parse_json_feed(body, feed_id, base_url)
    # Without a Content-Type, no headers at all: any header makes feedparser flag the missing type.
    headers = {"content-type": content_type, "content-location": base_url} if content_type else None
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    warning = None
    if parsed.get("bozo"):
        problem = parsed.get("bozo_exception")
        warning = f"{type(problem).__name__}: {problem}".strip()
    if not parsed.entries:
        if not parsed.get("version"):
            reason = "no RSS, Atom or RDF root element"
            return ParsedFeed(outcome="not_a_feed", error=f"{reason} ({warning})" if warning else reason)
        if warning is not None:
            return ParsedFeed(outcome="parse_error", error=warning)
    feed = parsed.get("feed", {})
    entries, skipped = _entries((_feedparser_entry(e, base_url) for e in parsed.entries), feed_id)
    return ParsedFeed(
        outcome="ok",
        entries=entries,
        title=_text(feed.get("title")),
        site_url=_absolute(_text(feed.get("link")), base_url),
        error=warning,
        skipped=skipped,
    )
