"""Hostile servers and input that must not stop a run: each fault injected over real loopback HTTP.

- malformed host names (item link, redirect Location, listed feed) are an outcome, never an exception;
- a server trickling its headers is cut off at the request's wall-clock deadline;
- a page of run-on text is analysed within a bound (text cap + the per-page time limit);
- a feed with more entries than a run may take is worked off newest first over several runs;
- a name check that passed does not let a connection reach a private address (DNS rebinding).
"""

from __future__ import annotations

import subprocess
import sys
import time
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pytest
from conftest import REPO_DIR
from loopback import LoopbackSite

from flows.demo import DEMO_SITE
from flows.poll_feeds import poll_feeds
from schemas.records import FeedEntry, PendingEntry
from tasks.config import load_settings
from tasks.fetch.http import FetchRequest, fetch_all
from tasks.fetch.netguard import check_url
from tasks.ingest import MAX_ANALYSIS_CHARS, process_article_batch

MALFORMED = ["http://a..b/", f"http://{'a' * 64}.example/", "http://xn--xyz-/", "http://[::1/x"]


def _settings(**overrides: object):  # noqa: ANN202 - Settings
    values = {"allow_private_networks": True, "per_host_gap_s": 0.0, "connect_timeout_s": 0.5}
    return load_settings(**{**values, **overrides})


@pytest.mark.parametrize("url", MALFORMED)
def test_a_malformed_host_is_blocked_as_a_link_and_as_a_redirect_never_raised(url: str) -> None:
    with LoopbackSite() as site:
        site.add_redirect("/hop", url)
        site.add_file("/ok.html", b"<html><body><p>fine</p></body></html>", "text/html")
        requests = [
            FetchRequest(url, "article"),
            FetchRequest(site.url("/hop"), "feed"),
            FetchRequest(site.url("/ok.html"), "article"),
        ]
        direct, redirected, healthy = fetch_all(requests, _settings())
    assert direct.outcome == "blocked" and "invalid" in (direct.error or "").lower()
    assert redirected.outcome == "blocked"
    assert healthy.outcome == "ok"  # the batch's other pages are not lost


def test_a_hostile_redirect_and_a_malformed_item_link_do_not_stop_the_run(tmp_path: Path, db_path: Path) -> None:
    with LoopbackSite() as site:
        site.add_directory(DEMO_SITE)
        site.add_redirect("/feeds/hostile.xml", "http://xn--xyz-/feed")
        items = "".join(f"<item><title>bad</title><link>{u}</link><guid>{u}</guid></item>" for u in MALFORMED)
        site.add_file(
            "/feeds/bad-links.xml", f'<rss version="2.0"><channel><title>b</title>{items}</channel></rss>'.encode()
        )
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(
            "feeds:\n"
            + "".join(
                f"  - url: {site.url(p)}\n" for p in ("/feeds/hostile.xml", "/feeds/bad-links.xml", "/feeds/ledger.xml")
            ),
            encoding="utf-8",
        )
        summary = poll_feeds(feeds_file=str(feeds), db_path=str(db_path), allow_private_networks=True)
    assert summary.new_articles == 3  # ledger.xml's three pages
    with duckdb.connect(str(db_path), read_only=True) as con:
        blocked = con.execute("SELECT count(*) FROM fetch_events WHERE outcome = 'blocked'").fetchall()[0][0]
        queue = con.execute("SELECT status, count(*) FROM pending_entries WHERE url NOT LIKE '%/articles/%' GROUP BY 1")
        statuses = dict(queue.fetchall())
    # feedparser drops the unparseable IPv6 link itself; the other three are given up at once, not retried
    assert statuses == {"failed": len(MALFORMED) - 1}
    assert blocked == 1 + len(MALFORMED) - 1  # the hostile redirect, and each malformed link


def _trickle_headers(handler: BaseHTTPRequestHandler) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n" + b"X-Slow: " + b"a" * 200 + b"\r\n\r\n<rss/>"
    with suppress(BrokenPipeError, ConnectionResetError):
        for byte in head:  # one byte every 0.1 s: each read is quick, the headers take 20 s
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.1)
    handler.close_connection = True


def test_a_server_trickling_its_headers_is_cut_off_at_the_request_deadline() -> None:
    with LoopbackSite() as site:
        site.add_route("/feed.xml", _trickle_headers)
        started = time.monotonic()
        result = fetch_all([FetchRequest(site.url("/feed.xml"), "feed")], _settings(read_timeout_s=1.0))[0]
        took = time.monotonic() - started
    assert result.outcome == "timeout"
    assert took < 3.0, f"held {took:.1f}s on a 1.5s budget"


def test_dns_rebinding_cannot_reach_a_private_address_the_name_check_passed() -> None:
    def rebinding_guard(url: str, allow_private: bool) -> str | None:
        """What a rebinding DNS server does to the name check: `localhost` looked public when checked."""
        return None if urlsplit(url).hostname == "localhost" else check_url(url, allow_private)

    with LoopbackSite() as site:
        site.add_file("/feed.xml", b"<rss/>")
        url = site.url("/feed.xml").replace("127.0.0.1", "localhost")
        settings = _settings(allow_private_networks=False)
        result = fetch_all([FetchRequest(url, "feed")], settings, guard=rebinding_guard)[0]
        assert site.count("/feed.xml") == 0  # refused at connect, before a request was sent
    assert result.outcome == "blocked" and "loopback" in (result.error or "")


def test_a_page_of_run_on_text_is_analysed_within_the_per_page_time_limit(db_path: Path) -> None:
    words = "officers said agents arrested 12 people in Texas while ICE officials talked and "
    run_on = (words * (300_000 // len(words)))[:300_000]  # 300 KB, one sentence: quadratic analysis
    html = f"<html><head><title>run on</title></head><body><article><p>{run_on}</p></article></body></html>"
    assert len(run_on) > MAX_ANALYSIS_CHARS
    with LoopbackSite() as site:
        site.add_file("/long.html", html.encode(), "text/html")
        entry = FeedEntry("f1", "long", site.url("/long.html"), site.url("/long.html"))
        settings = _settings(extraction_timeout_s=8.0, db_path=db_path)
        started = time.monotonic()
        batch = process_article_batch([[PendingEntry(entry)]], settings, "run-1")
        took = time.monotonic() - started
    assert took < 30, f"analysis held the batch {took:.0f}s"
    assert len(batch.rows["articles"]) == 1  # stored, analysed or not
    assert batch.analysis_failures + len(batch.rows["article_tags"]) == 1


def test_a_feed_with_more_entries_than_a_run_takes_is_worked_off_newest_first(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFLOW_MAX_ENTRIES_PER_FEED", "2")
    monkeypatch.setenv("NEWSFLOW_PER_HOST_GAP_S", "0")
    pages = sorted(p.name for p in (DEMO_SITE / "articles").iterdir())
    newest = datetime(2025, 11, 3, tzinfo=UTC)
    with LoopbackSite() as site:
        site.add_directory(DEMO_SITE)
        items = "".join(
            f"<item><title>{name}</title><link>{site.url('/articles/' + name)}</link>"
            f"<pubDate>{format_datetime(newest - timedelta(days=i))}</pubDate></item>"
            for i, name in enumerate(pages)
        )
        site.add_file("/big.xml", f'<rss version="2.0"><channel><title>big</title>{items}</channel></rss>'.encode())
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - url: {site.url('/big.xml')}\n", encoding="utf-8")
        fetched_per_run: list[list[str]] = []
        for _ in range(3):
            before = {p: site.count("/articles/" + p) for p in pages}
            poll_feeds(feeds_file=str(feeds), db_path=str(db_path), allow_private_networks=True)
            fetched_per_run.append([p for p in pages if site.count("/articles/" + p) > before[p]])
        assert site.count("/big.xml") == 1  # later runs worked the queue; the feed was not due
    assert fetched_per_run == [pages[0:2], pages[2:4], pages[4:]]  # newest first, two a run
    with duckdb.connect(str(db_path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == len(pages)


@pytest.mark.parametrize("url", MALFORMED)
def test_a_malformed_feed_url_in_the_list_is_one_clear_line_and_exit_2(tmp_path: Path, url: str) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - url: '{url}'\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--feeds", str(feeds), "--db", str(tmp_path / "w.duckdb")],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and url in result.stderr
