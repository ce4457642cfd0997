"""The ingest flow end to end: real loopback HTTP, a real DuckDB file, Prefect's test harness.

The site is newsflow's own demo site (flows/demo_site/: two feeds sharing one story, five pages)
plus fault routes for every failure kind a feed or page can have.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import duckdb
import pytest
from duckdb_lock import hold_lock
from loopback import LoopbackSite

from flows.demo import DEMO_SITE
from flows.poll_feeds import poll_feeds
from schemas.records import RunSummary
from tasks.store.pages import stored_pages_sql

pytestmark = pytest.mark.usefixtures("prefect_harness")

DERIVED_TABLES = ("articles", "article_html", "article_feeds", "article_tags", "facts", "quotes", "mentions")


def _source(db_path: Path, table: str) -> str:
    """The table, or for article_html every stored page: the page files beside the warehouse too."""
    return f"({stored_pages_sql(db_path)})" if table == "article_html" else table


def _counts(db_path: Path) -> dict[str, int]:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return {
            t: con.execute(f"SELECT count(*) FROM {_source(db_path, t)}").fetchall()[0][0]
            for t in (*DERIVED_TABLES, "fetch_events")
        }


def _query(db_path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(sql).fetchall()


def _feed_list(tmp_path: Path, site: LoopbackSite, paths: list[str]) -> Path:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n" + "".join(f"  - url: {site.url(p)}\n" for p in paths), encoding="utf-8")
    return feeds


def _run(feeds: Path, db_path: Path, force: bool = False) -> RunSummary:
    return poll_feeds(feeds_file=str(feeds), db_path=str(db_path), allow_private_networks=True, force=force)


def test_a_run_ingests_every_article_once_and_a_rerun_adds_nothing(tmp_path: Path, db_path: Path) -> None:
    with LoopbackSite() as site:
        site.add_directory(DEMO_SITE)
        feeds = _feed_list(tmp_path, site, ["/feeds/ledger.xml", "/feeds/border-wire.atom"])

        first = _run(feeds, db_path)
        after_first = _counts(db_path)
        # five pages, one of them listed by both feeds (once with utm_* tracking parameters)
        assert first.new_articles == 5
        assert after_first["articles"] == 5
        assert after_first["article_feeds"] == 6
        assert site.count("/articles/ice-operation-texas.html") == 1
        assert first.enforcement_stories >= 3
        assert after_first["facts"] > 0

        second = _run(feeds, db_path, force=True)
        after_second = _counts(db_path)

    assert second.new_articles == 0
    assert second.not_modified == 2  # the site honours If-None-Match: 304 for both feeds
    for table in DERIVED_TABLES:
        assert after_second[table] == after_first[table], table
    assert after_second["fetch_events"] == after_first["fetch_events"] + 2
    outcomes = _query(db_path, "SELECT outcome, status FROM fetch_events WHERE kind = 'feed' ORDER BY fetched_at")
    assert outcomes[-2:] == [("not_modified", 304), ("not_modified", 304)]
    assert _query(db_path, "SELECT count(*) FROM runs")[0][0] == 2


def test_a_feed_not_yet_due_is_not_polled_again(tmp_path: Path, db_path: Path) -> None:
    with LoopbackSite() as site:
        site.add_directory(DEMO_SITE)
        feeds = _feed_list(tmp_path, site, ["/feeds/ledger.xml"])
        _run(feeds, db_path)
        second = _run(feeds, db_path)
        assert second.feeds_polled == 0
        assert site.count("/feeds/ledger.xml") == 1
    # the run says why it polled nothing, in its last line (CLI, flow log)
    assert re.search(r"0 feeds polled .*; 1 feed not due until \d\d:\d\d UTC$", second.one_line())


def test_each_failure_kind_is_recorded_and_the_run_completes(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFLOW_READ_TIMEOUT_S", "0.5")
    monkeypatch.setenv("NEWSFLOW_MAX_BODY_BYTES", str(200_000))
    monkeypatch.setenv("NEWSFLOW_PER_HOST_GAP_S", "0")
    rss_one_item = (
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        b"<item><title>gone</title><link>/articles/missing.html</link></item>"
        b"<item><title>pdf</title><link>/articles/report.pdf</link></item>"
        b"</channel></rss>"
    )
    # declares UTF-8 but is Latin-1: feedparser recovers (CharacterEncodingOverride) and we keep the warning
    wrong_encoding = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Caf\xe9</title>'
        "<item><title>Se\xf1or</title><link>/articles/ice-storm-power.html</link></item></channel></rss>"
    ).encode("latin-1")
    with LoopbackSite() as site:
        site.add_directory(DEMO_SITE)
        site.add_status("/feeds/404.xml", 404)
        site.add_status("/feeds/500.xml", 500)
        site.add_slow("/feeds/slow.xml", delay_s=3)
        site.add_file("/feeds/malformed.xml", b"<rss><channel><title>broken", "application/rss+xml")
        site.add_file("/feeds/html.xml", b"<!DOCTYPE html><html><body><p>Not a feed</p></body></html>", "text/html")
        site.add_file("/feeds/latin1.xml", wrong_encoding, "application/rss+xml")
        site.add_file("/feeds/huge.xml", b"<rss>" + b" " * 300_000 + b"</rss>", "application/rss+xml")
        site.add_file("/feeds/pages.xml", rss_one_item, "application/rss+xml")
        site.add_status("/articles/missing.html", 404)
        site.add_file("/articles/report.pdf", b"%PDF-1.4 not html", "application/pdf")
        paths = [
            "/feeds/404.xml",
            "/feeds/500.xml",
            "/feeds/slow.xml",
            "/feeds/malformed.xml",
            "/feeds/html.xml",
            "/feeds/latin1.xml",
            "/feeds/huge.xml",
            "/feeds/pages.xml",
            "/feeds/ledger.xml",
        ]
        summary = _run(_feed_list(tmp_path, site, paths), db_path)

    outcome = dict(_query(db_path, "SELECT regexp_extract(url, '[^/]+$'), outcome FROM fetch_events"))
    assert outcome["404.xml"] == "http_error"
    assert outcome["500.xml"] == "http_error"
    assert outcome["slow.xml"] == "timeout"
    assert outcome["malformed.xml"] in ("parse_error", "not_a_feed")
    assert outcome["html.xml"] == "not_a_feed"
    assert outcome["huge.xml"] == "too_large"
    assert outcome["latin1.xml"] == "ok"
    assert outcome["missing.html"] == "http_error"
    assert outcome["report.pdf"] == "not_html"
    # the healthy feed and the recovered one were ingested all the same (ice-storm-power listed by both)
    assert summary.feeds_polled == 9
    assert summary.failed == 6
    assert summary.new_articles == 3
    errors = dict(_query(db_path, "SELECT regexp_extract(url, '[^/]+$'), last_error FROM feeds"))
    assert "404" in errors["404.xml"]
    failures = dict(_query(db_path, "SELECT regexp_extract(url, '[^/]+$'), failures FROM feeds"))
    assert failures["500.xml"] == 1 and failures["ledger.xml"] == 0


def test_a_run_that_meets_a_locked_warehouse_processes_everything_and_the_next_run_loads_it(
    tmp_path: Path, db_path: Path
) -> None:
    with LoopbackSite() as site:
        site.add_directory(DEMO_SITE)
        feeds = _feed_list(tmp_path, site, ["/feeds/ledger.xml", "/feeds/border-wire.atom"])
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with hold_lock(db_path):
            locked = _run(feeds, db_path)
        assert locked.new_articles == 5 and locked.left_staged > 0  # processed and staged, not loaded
        pages = [r.path for r in site.requests if r.path.startswith("/articles/")]
        summary = _run(feeds, db_path)
        assert [r.path for r in site.requests if r.path.startswith("/articles/")] == pages  # not fetched again
        assert site.count("/feeds/ledger.xml") == 1  # the staged poll counts: the feed is not due again
    assert len(pages) == len(set(pages)) == 5
    assert summary.left_staged == 0 and summary.new_articles == 0
    assert _counts(db_path)["articles"] == 5 and _counts(db_path)["article_feeds"] == 6
    assert _query(db_path, "SELECT status, count(*) FROM pending_entries GROUP BY ALL") == [("done", 6)]


def test_raw_html_is_kept_compressed_for_reprocessing(tmp_path: Path, db_path: Path) -> None:
    with LoopbackSite() as site:
        site.add_directory(DEMO_SITE)
        _run(_feed_list(tmp_path, site, ["/feeds/ledger.xml"]), db_path)
    assert _counts(db_path)["article_html"] == 3
    rows = _query(
        db_path,
        f"SELECT h.html_gzip, a.url FROM {_source(db_path, 'article_html')} h JOIN articles a USING (article_id)",
    )
    assert len(rows) == 3
    for blob, url in rows:
        page = DEMO_SITE / url.split("/", 3)[3]
        assert gzip.decompress(blob) == page.read_bytes()


def test_the_story_both_demo_feeds_list_is_one_story_and_each_count_one_event(tmp_path: Path, db_path: Path) -> None:
    with LoopbackSite() as site:
        site.add_directory(DEMO_SITE)
        _run(_feed_list(tmp_path, site, ["/feeds/ledger.xml", "/feeds/border-wire.atom"]), db_path)
    shared = _query(
        db_path,
        "SELECT DISTINCT c.cluster_id FROM story_clusters c JOIN articles a USING (article_id) "
        "WHERE a.url LIKE '%ice-operation-texas%'",
    )
    assert len(shared) == 1  # two URLs (one with utm_* parameters), two feeds: one story
    assert _query(db_path, "SELECT count(*), count(DISTINCT cluster_id) FROM story_clusters") == [(5, 5)]
    events = _query(
        db_path,
        "SELECT fact_type, value, article_count, feed_count, story_count FROM enforcement_events "
        f"WHERE list_contains(cluster_ids, '{shared[0][0]}')",  # a hex id
    )
    assert events, "the North Texas story reports counts"
    assert len({(fact_type, value) for fact_type, value, *_ in events}) == len(events)  # each count once
    assert {tuple(counts) for _, _, *counts in events} == {(1, 2, 1)}  # one article, listed by both feeds, one story
