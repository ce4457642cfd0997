"""serve_directory: the loopback site behind `newsflow demo`, checked with the real client."""

from __future__ import annotations

from pathlib import Path

import httpx

from flows.site_server import serve_directory
from tasks.config import load_settings
from tasks.fetch.http import FetchRequest, fetch_all


def test_serves_files_with_types_validators_304_and_gzip(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "main.rss").write_bytes(b"<rss version='2.0'><channel/></rss>")
    (tmp_path / "index.html").write_bytes(b"<html>home</html>")
    settings = load_settings(allow_private_networks=True, per_host_gap_s=0.0, read_timeout_s=1.0)
    with serve_directory(tmp_path) as base:
        feed, home, missing, escape = fetch_all(
            [
                FetchRequest(f"{base}/feeds/main.rss", "feed"),
                FetchRequest(f"{base}/", "article"),
                FetchRequest(f"{base}/nope.xml", "feed"),
                FetchRequest(f"{base}/%2e%2e/%2e%2e/etc/passwd", "feed"),
            ],
            settings,
        )
        by_etag, by_date = fetch_all(
            [
                FetchRequest(f"{base}/feeds/main.rss", "feed", etag=feed.etag),
                FetchRequest(f"{base}/feeds/main.rss", "feed", last_modified=feed.last_modified),
            ],
            settings,
        )
        raw = httpx.get(f"{base}/feeds/main.rss", headers={"Accept-Encoding": "identity"})
    assert feed.outcome == "ok" and feed.content_type == "application/rss+xml"
    assert feed.etag and feed.etag.startswith('"') and feed.last_modified
    assert home.outcome == "ok" and home.body == b"<html>home</html>"
    assert (missing.status, escape.status) == (404, 404)
    assert by_etag.outcome == by_date.outcome == "not_modified"
    assert "content-encoding" not in raw.headers and raw.content == feed.body
    assert raw.headers["etag"] != feed.etag  # the gzip representation has its own strong ETag
