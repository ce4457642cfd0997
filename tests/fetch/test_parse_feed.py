"""parse_feed over every file listed in ../shared/corpus/feeds-*/manifest.csv, plus identity rules.

The manifest records what feedparser reported for each file; those figures are the expectation.
Where parse_feed deliberately differs (JSON Feed, skipped entries), the reason is recorded below.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import SHARED_DIR, require_shared
from loopback import LoopbackSite

from tasks.config import load_settings
from tasks.fetch.http import FetchRequest, fetch_all
from tasks.fetch.parse_feed import parse_feed
from tasks.fetch.urls import normalize_url

BASE = "https://feeds.example.org/section/feed.xml"


@dataclass(frozen=True)
class CorpusFeed:
    path: Path
    row: dict[str, str]

    @property
    def name(self) -> str:
        return self.path.name


def _corpus_rows() -> list[pytest.ParameterSet]:
    """One case per manifest row; collected even when ../shared is absent (the test then skips)."""
    cases = []
    for manifest in sorted((SHARED_DIR / "corpus").glob("feeds-*/manifest.csv")):
        with manifest.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                cases.append(pytest.param((manifest.parent.name, row), id=f"{manifest.parent.name}/{row['file']}"))
    return cases or [pytest.param(("", {}), id="corpus-absent")]


#: Entries parse_feed drops on purpose (ParsedFeed.skipped), per file: why, and how many.
KNOWN_SKIPS = {
    "rss_0.91_missing_id.xml": 1,  # an item with neither <link> nor <guid>
    "xml_iso8859.xml": 1,  # ditto
    "incomplete-fields.atom": 1,  # an entry with neither link nor id
    "no_encoding_ISO-8859-1.xml": 1,  # ditto
    "libertaddigital.xml": 3,  # three items repeated verbatim (same guid, same link)
    "scriptingNews.rss": 2,  # two guids repeated
    "itunes-missing-image.rss": 1,  # one guid repeated
}

#: JSON files that are not a parseable JSON Feed, with the outcome that says so.
JSON_NOT_OK = {
    "ScriptingNews.json": "not_a_feed",  # Scripting News' own JSON format, no jsonfeed.org version
    "allthis-partial.json": "parse_error",  # truncated mid-string
}

#: Feeds where guids are reused for different links, so entries are keyed by link (antenna aggregator).
GUID_REUSE = {"journalism.xml", "north_america.xml", "socal_north.xml"}


@pytest.fixture(params=_corpus_rows())
def corpus_feed(request: pytest.FixtureRequest) -> CorpusFeed:
    folder, row = request.param
    require_shared("corpus")
    return CorpusFeed(SHARED_DIR / "corpus" / folder / row["file"], row)


def test_every_manifest_file_is_classified(corpus_feed: CorpusFeed) -> None:
    row = corpus_feed.row
    parsed = parse_feed(corpus_feed.path.read_bytes(), "feed-under-test", BASE, None)
    keys = [e.entry_key for e in parsed.entries]
    assert len(keys) == len(set(keys)), "entry keys must be unique within one body"
    assert all(e.feed_id == "feed-under-test" and (e.url or e.guid) for e in parsed.entries)
    assert all(e.published_at is None or e.published_at.tzinfo is UTC for e in parsed.entries)
    assert parsed.skipped == KNOWN_SKIPS.get(corpus_feed.name, 0)
    if corpus_feed.name in GUID_REUSE:  # one guid on several links: guids ignored, links are the keys
        assert parsed.entries and all(e.entry_key == e.normalized_url for e in parsed.entries)

    if corpus_feed.path.suffix == ".json":
        expected = JSON_NOT_OK.get(corpus_feed.name, "ok")
        assert parsed.outcome == expected, parsed.error
        if expected == "ok":
            items = json.loads(corpus_feed.path.read_bytes())["items"]
            assert len(parsed.entries) + parsed.skipped == len(items)
        return

    manifest_entries = int(row["entries"])
    if manifest_entries:
        assert parsed.outcome == "ok"
        assert len(parsed.entries) + parsed.skipped == manifest_entries
        assert (parsed.error is not None) == (row["feedparser_bozo"] == "1")  # survivable warning kept
        undated = sum(e.published_at is None for e in parsed.entries)
        assert undated <= int(row["entries_missing_date"])
        if row["feed_title"]:
            assert (parsed.title or "").startswith(row["feed_title"].strip())  # the manifest truncates
    elif not row["feedparser_version"]:
        assert parsed.outcome == "not_a_feed" and parsed.error
    elif row["feedparser_bozo"] == "1":
        assert parsed.outcome == "parse_error" and parsed.error
    else:
        assert parsed.outcome == "ok" and not parsed.entries


def _corpus(*parts: str) -> bytes:
    return require_shared("corpus", *parts).read_bytes()


def test_trusted_guids_are_the_key() -> None:
    parsed = parse_feed(_corpus("feeds-rss-parser-fixtures", "files", "guardian.rss"), "f", BASE, None)
    assert all(e.entry_key == e.guid for e in parsed.entries)


def test_dates_are_aware_utc() -> None:
    parsed = parse_feed(_corpus("feeds-terrasea-rss-reader", "files", "bbc_world_2017.xml"), "f", BASE, None)
    assert parsed.entries[0].published_at is not None
    assert parsed.entries[0].published_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert parsed.entries[0].published_at.year == 2017  # type: ignore[union-attr]


def test_pretty_printed_values_are_stripped() -> None:
    body = _corpus("feeds-whitehouse-briefings-scraper", "files", "whitehouse_briefing_room_rss.xml")
    parsed = parse_feed(body, "f", BASE, None)
    assert len(parsed.entries) == 30
    assert all(e.url == e.url.strip() and e.url.startswith("https://") for e in parsed.entries)
    assert all(e.title and e.title == e.title.strip() for e in parsed.entries)


def test_localized_rfc822_dates_are_parsed() -> None:
    """feedparser leaves "Seg, 24 Set 2018 19:42:40 -0300" (Portuguese) unparsed; we do not."""
    parsed = parse_feed(_corpus("feeds-rss-parser-fixtures", "files", "uolNoticias.rss"), "f", BASE, None)
    assert parsed.entries[0].published_at == datetime(2018, 9, 24, 22, 42, 40, tzinfo=UTC)
    assert all(e.published_at is not None for e in parsed.entries)


def test_encoding_override_is_ok_with_the_warning_kept() -> None:
    parsed = parse_feed(_corpus("feeds-rss-parser-fixtures", "files", "uolNoticias.rss"), "f", BASE, None)
    assert parsed.outcome == "ok" and "CharacterEncodingOverride" in (parsed.error or "")


def test_undefined_entity_with_entries_is_ok() -> None:
    parsed = parse_feed(_corpus("feeds-chrome-extension-mocks", "files", "europapress.xml"), "f", BASE, None)
    assert parsed.outcome == "ok" and len(parsed.entries) == 10 and "undefined entity" in (parsed.error or "")


def test_html_page_is_not_a_feed_and_truncated_xml_is_parse_error() -> None:
    html = parse_feed(_corpus("feeds-rss-parser-fixtures", "files", "unrecognized.rss"), "f", BASE, None)
    broken = parse_feed(_corpus("feeds-feed-rs-fixtures", "files", "rss_2.0_invalid_1.xml"), "f", BASE, None)
    assert html.outcome == "not_a_feed" and broken.outcome == "parse_error"


def test_relative_links_resolve_against_the_base_url() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>/</link>
      <item><title>a</title><link>/articles/a.html</link></item>
      <item><title>b</title><link>b.html?utm_source=rss</link></item></channel></rss>"""
    parsed = parse_feed(body, "f", "https://news.example.org/feeds/main.xml", "application/rss+xml")
    assert [e.url for e in parsed.entries] == [
        "https://news.example.org/articles/a.html",
        "https://news.example.org/feeds/b.html?utm_source=rss",
    ]
    assert parsed.entries[1].entry_key == "https://news.example.org/feeds/b.html"  # no guid: normalized link
    assert parsed.site_url == "https://news.example.org/"


def test_entry_with_guid_but_no_link_is_kept_without_url() -> None:
    body = b"""<rss version="2.0"><channel><title>t</title>
      <item><title>a</title><guid isPermaLink="false">tag:a</guid></item></channel></rss>"""
    (entry,) = parse_feed(body, "f", BASE, None).entries
    assert (entry.entry_key, entry.url, entry.guid) == ("tag:a", "", "tag:a")


def test_json_feed_fields() -> None:
    parsed = parse_feed(_corpus("feeds-netnewswire-fixtures", "files", "DaringFireball.json"), "f", BASE, None)
    first = parsed.entries[0]
    assert parsed.outcome == "ok" and parsed.title and parsed.site_url
    assert first.url.startswith("http") and first.title and first.published_at is not None
    assert first.published_at.tzinfo is UTC


# -- one file through every transport (reader's make_url idea) ----------------------------------


TRANSPORT_FILES = [
    ("feeds-rss-parser-fixtures", "guardian.rss", "application/rss+xml"),
    ("feeds-rss-parser-fixtures", "encoding.rss", "application/rss+xml"),  # ISO-8859-1
    ("feeds-rss-parser-fixtures", "uolNoticias.rss", "application/rss+xml"),  # wrong declared encoding
    ("feeds-miniflux-testdata", "encoding_WINDOWS-1251.xml", "text/xml"),
    ("feeds-netnewswire-fixtures", "inessential.json", "application/feed+json"),
]


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    with LoopbackSite() as running:
        yield running


@pytest.mark.parametrize(("folder", "name", "content_type"), TRANSPORT_FILES)
def test_same_entries_through_every_transport(site: LoopbackSite, folder: str, name: str, content_type: str) -> None:
    body = _corpus(folder, "files", name)
    site.add_status("/plain", 200, body, {"Content-Type": content_type})  # never compressed
    site.add_file("/gzip", body, content_type)  # gzip, since the client asks for it
    site.add_file("/untyped", body, content_type=None)
    site.add_status("/pregzipped", 200, gzip.compress(body), {"Content-Encoding": "gzip"})
    paths = ["/plain", "/gzip", "/untyped", "/pregzipped"]
    results = fetch_all(
        [FetchRequest(site.url(p), "feed") for p in paths],
        load_settings(allow_private_networks=True, per_host_gap_s=0.0, read_timeout_s=1.0),
    )
    direct = parse_feed(body, "f", BASE, None)
    assert direct.outcome == "ok" and direct.entries
    for path, result in zip(paths, results, strict=True):
        assert result.outcome == "ok" and result.body == body, path
        parsed = parse_feed(result.body, "f", result.final_url or "", result.content_type)
        assert parsed.outcome == "ok", (path, parsed.error)
        assert [e.entry_key for e in parsed.entries] == [e.entry_key for e in direct.entries], path
        assert [e.title for e in parsed.entries] == [e.title for e in direct.entries], path
        assert all(e.normalized_url == normalize_url(e.url) for e in parsed.entries)


def test_html_served_as_a_feed_over_http(site: LoopbackSite) -> None:
    site.add_file("/feed", _corpus("feeds-netnewswire-fixtures", "files", "coco.html"), "application/rss+xml")
    (result,) = fetch_all([FetchRequest(site.url("/feed"), "feed")], load_settings(allow_private_networks=True))
    assert result.outcome == "ok"
    parsed = parse_feed(result.body or b"", "f", site.url("/feed"), result.content_type)
    assert parsed.outcome == "not_a_feed"


def test_entries_without_dates_are_allowed() -> None:
    parsed = parse_feed(_corpus("feeds-antenna-aggregator", "files", "small_papers.xml"), "f", BASE, None)
    assert len(parsed.entries) == 82 and all(e.published_at is None for e in parsed.entries)
