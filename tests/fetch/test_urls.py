"""URL normalization: spellings of one address give one id; different documents keep different ids."""

from __future__ import annotations

import pytest

from tasks.fetch.urls import article_id, feed_id, normalize_url


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://Example.COM/Path", "http://example.com/Path"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com", "https://example.com/"),
        ("  \n https://example.com/a\n  ", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com/a?utm_source=rss&utm_medium=feed&id=7", "https://example.com/a?id=7"),
        ("https://example.com/a?UTM_Campaign=x&fbclid=abc&gclid=def", "https://example.com/a"),
        ("https://example.com/a?mc_cid=1&mc_eid=2&ref=hp&cmpid=x&smid=tw", "https://example.com/a"),
        ("https://example.com/a?q=", "https://example.com/a?q="),
        ("http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"),
        ("/relative/path", "/relative/path"),
    ],
)
def test_normalize_url(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


def test_normalize_url_is_idempotent() -> None:
    once = normalize_url("HTTPS://News.Example.org:443/story?utm_term=x&b=2&a=1#top")
    assert normalize_url(once) == once


def test_content_selecting_params_are_kept() -> None:
    assert normalize_url("https://example.com/a?src=rss&page=2") != normalize_url("https://example.com/a")


def test_ids_are_16_hex_chars_and_ignore_spelling() -> None:
    first = article_id("https://Example.com/story?utm_source=x")
    assert len(first) == 16 and int(first, 16) >= 0
    assert first == article_id("https://example.com:443/story#more")
    assert first != article_id("https://example.com/other-story")
    assert feed_id("https://example.com/feed.xml") == feed_id("HTTPS://EXAMPLE.COM/feed.xml")
