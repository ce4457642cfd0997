"""Feed lists: the project's YAML, OPML from real feed readers, round trips, one-line errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import REPO_DIR, require_shared

from schemas.records import FeedSource
from tasks.errors import NewsflowError
from tasks.fetch.feedlist import FeedListError, read_feed_list, read_opml, write_opml
from tasks.fetch.netguard import check_url


def test_project_feeds_yaml_is_valid() -> None:
    sources = read_feed_list(REPO_DIR / "feeds.yaml")
    assert 12 <= len(sources) <= 20
    assert all(source.title for source in sources)
    assert all(check_url(source.url, allow_private=True) is None for source in sources)


def test_yaml_accepts_plain_strings_and_drops_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "feeds:\n"
        "  - url: https://example.org/feed.xml\n    title: Example\n"
        "  - https://other.example/rss\n"
        "  - url: HTTPS://EXAMPLE.ORG/feed.xml#again\n"
    )
    assert read_feed_list(path) == [
        FeedSource("https://example.org/feed.xml", "Example"),
        FeedSource("https://other.example/rss", None),
    ]


def test_opml_round_trip(tmp_path: Path) -> None:
    sources = [
        FeedSource("https://example.org/feed.xml", "Example & Co"),
        FeedSource("https://b.example/rss"),
    ]
    path = tmp_path / "subs.opml"
    write_opml(sources, path)
    assert read_feed_list(path) == sources  # detected as OPML by content
    stream = io.BytesIO()
    write_opml(sources, stream)
    assert read_opml(io.BytesIO(stream.getvalue())) == sources


@pytest.mark.parametrize("name", ["Subs.opml", "SubsNoTitleAttributes.opml"])
def test_real_reader_opml_exports(name: str) -> None:
    """NetNewsWire's exports: nested folders, with and without title attributes."""
    path = require_shared("corpus", "feeds-netnewswire-fixtures", "files", name)
    sources = read_feed_list(path)
    assert sources and all(source.url.startswith("http") for source in sources)
    assert sum(source.title is not None for source in sources) >= len(sources) // 2
    assert sources == read_opml(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("feeds: [unclosed\n", "not valid YAML"),
        ("- https://example.org/feed\n", "top-level 'feeds:' list"),
        ("feeds:\n  - title: no url\n", "feed #1 has no 'url'"),
        ("feeds:\n  - url: ftp://example.org/feed\n", r"is not an http\(s\) URL"),
        ("feeds:\n  - url: /relative/feed.xml\n", r"is not an http\(s\) URL"),
        ("<opml><body><outline xmlUrl='x'", "not well-formed OPML"),
        ("<rss version='2.0'/>", "not <opml>"),
    ],
)
def test_malformed_lists_raise_one_line_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text(content)
    with pytest.raises(FeedListError, match=message) as caught:
        read_feed_list(path)
    assert isinstance(caught.value, NewsflowError)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_missing_file_is_a_feed_list_error(tmp_path: Path) -> None:
    with pytest.raises(FeedListError, match="No such file"):
        read_feed_list(tmp_path / "absent.yaml")
