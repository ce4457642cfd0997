"""The user's feed list: the project's YAML (`feeds: [{url, title}]`) or OPML, read and written.

The format is detected from the content, not the file name: OPML starts with `<`, anything else is
read as YAML. Every entry must be an absolute http(s) URL; duplicates (same normalized URL) keep the
first spelling. An unreadable or malformed list is a `FeedListError` with a one-line message, since
it stops the run (STYLE.md: expected feed trouble is data, a broken list is the user's to fix).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import yaml

from schemas.records import FeedSource
from tasks.errors import NewsflowError
from tasks.fetch.netguard import host_problem
from tasks.fetch.urls import normalize_url


class FeedListError(NewsflowError):
    """The feed list cannot be read or is not a list of feeds."""

    def __init__(self, source: object, problem: str) -> None:
        super().__init__(f"feed list {source}: {problem}")


def _read_bytes(path_or_stream: Path | str | IO[bytes]) -> tuple[bytes, str]:
    if isinstance(path_or_stream, Path | str):
        try:
            return Path(path_or_stream).read_bytes(), str(path_or_stream)
        except OSError as error:
            raise FeedListError(path_or_stream, error.strerror or str(error)) from error
    return path_or_stream.read(), getattr(path_or_stream, "name", "<stream>")


def checked_sources(sources: Iterable[FeedSource], name: object) -> list[FeedSource]:
    """The sources with duplicates dropped; FeedListError naming the first URL that cannot be polled."""
    kept: dict[str, FeedSource] = {}
    for source in sources:
        try:
            parts = urlsplit(source.url)
            host = parts.hostname
        except ValueError as error:  # e.g. an unclosed IPv6 bracket
            raise FeedListError(name, f"{source.url!r} is not a valid URL ({error})") from error
        if parts.scheme not in ("http", "https") or not host:
            raise FeedListError(name, f"{source.url!r} is not an http(s) URL")
        problem = host_problem(host)
        if problem is not None:
            raise FeedListError(name, f"{source.url!r}: {problem}")
        kept.setdefault(normalize_url(source.url), source)
    return list(kept.values())


def _from_yaml(data: bytes, name: str) -> list[FeedSource]:
    try:
        document = yaml.safe_load(data.decode("utf-8-sig"))
    except RecursionError as error:
        raise FeedListError(name, "not valid YAML (nested too deeply)") from error
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise FeedListError(name, f"not valid YAML ({first_line})") from error
    feeds = document.get("feeds") if isinstance(document, dict) else None
    if not isinstance(feeds, list):
        raise FeedListError(name, "expected a top-level 'feeds:' list (or an OPML file)")
    sources = []
    for number, item in enumerate(feeds, start=1):
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            raise FeedListError(name, f"feed #{number} has no 'url'")
        title = item.get("title")
        sources.append(FeedSource(url=item["url"].strip(), title=str(title).strip() if title else None))
    return sources


def read_opml(path_or_stream: Path | str | IO[bytes]) -> list[FeedSource]:
    """Every outline with an xmlUrl, at any depth (folders are flattened); title from title or text."""
    data, name = _read_bytes(path_or_stream)
    return checked_sources(_from_opml(data, name), name)


def _from_opml(data: bytes, name: str) -> list[FeedSource]:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise FeedListError(name, f"not well-formed OPML ({error})") from error
    if root.tag.lower() != "opml":
        raise FeedListError(name, f"root element is <{root.tag}>, not <opml>")
    sources = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if url:
            title = (outline.get("title") or outline.get("text") or "").strip()
            sources.append(FeedSource(url=url.strip(), title=title if title and title != url else None))
    return sources


def read_feed_list(path: Path | str) -> list[FeedSource]:
    """The feeds in a YAML or OPML list (detected by content), validated and de-duplicated."""
    data, name = _read_bytes(path)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return checked_sources(_from_opml(data, name), name)
    return checked_sources(_from_yaml(data, name), name)


def write_opml(sources: Iterable[FeedSource], path_or_stream: Path | str | IO[bytes]) -> None:
    """An OPML 2.0 subscription list that feed readers import (`text` is required: the URL if untitled)."""
    root = ET.Element("opml", version="2.0")
    ET.SubElement(ET.SubElement(root, "head"), "title").text = "newsflow feeds"
    body = ET.SubElement(root, "body")
    for source in sources:
        titles = {"text": source.title, "title": source.title} if source.title else {"text": source.url}
        ET.SubElement(body, "outline", type="rss", xmlUrl=source.url, **titles)
    ET.indent(root)
    ET.ElementTree(root).write(path_or_stream, encoding="utf-8", xml_declaration=True)


def is_opml(path: Path | str) -> bool:
    """True when the list at `path` is OPML (edited by a feed reader, not by `newsflow feeds add`)."""
    data, _ = _read_bytes(path)
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def write_feed_list(sources: Iterable[FeedSource], path: Path | str) -> None:
    """Write the project's YAML list, replacing the file atomically (write then rename).

    Comments in the old file are not kept: yaml has no round-trip mode without another dependency,
    and the list is data, so the header says where the feeds came from instead.
    """
    path = Path(path)
    feeds = [{"url": s.url, **({"title": s.title} if s.title else {})} for s in sources]
    header = "# newsflow feed list, written by `newsflow feeds`. Format: feeds: [{url, title}].\n"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(header + yaml.safe_dump({"feeds": feeds}, sort_keys=False, allow_unicode=True), encoding="utf-8")
    tmp.replace(path)
