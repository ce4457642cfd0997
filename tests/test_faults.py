"""Faults injected into real runs: SIGKILL at a chosen stage, a locked warehouse, overlapping loaders.

Real captured pages (../shared/corpus/article-extraction-benchmark) are served on loopback under a
feed; a gate route (tests/loopback.py `add_gate`) holds one page's answer so the test knows the
stage a run has reached before it kills it (`os.killpg`, SIGKILL, on a `newsflow run` subprocess in
its own session, extraction workers included). Every test then counts what the next run leaves in
the warehouse against an uninterrupted run over the same pages: every page ingested exactly once.
"""

from __future__ import annotations

import gzip
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import duckdb
import pytest
from conftest import REPO_DIR, require_shared
from duckdb_lock import hold_lock
from loopback import LoopbackSite

import flows.poll_feeds as poll_feeds_module
from flows.demo import DEMO_SITE
from flows.poll_feeds import poll_feeds
from schemas.records import ArticleSummary
from tasks.store.pages import stored_pages_sql

pytestmark = pytest.mark.usefixtures("prefect_harness")

#: 8 pages in 4 batches of 2: still a first batch to kill a run in, a 4th with 3 batches staged before it, and
#: batches of more than one page; 16 pages in batches of 4 made every one of the module's dozen runs extract
#: and analyse twice as many pages for the same assertions
PAGES = 8
BATCH = 2  # NEWSFLOW_ARTICLE_BATCH_SIZE in these runs: the 8 pages are processed in 4 batches
PUBLISHED = datetime(2025, 11, 3, 12, 0, tzinfo=UTC)
FAST = {
    "NEWSFLOW_ALLOW_PRIVATE_NETWORKS": "true",
    "NEWSFLOW_PER_HOST_GAP_S": "0",
    "NEWSFLOW_ARTICLE_BATCH_SIZE": str(BATCH),
    "NEWSFLOW_EXTRACTION_WORKERS": "1",
}


def _corpus_pages() -> list[bytes]:
    root = require_shared("corpus", "article-extraction-benchmark", "html")
    return [gzip.decompress(p.read_bytes()) for p in sorted(root.glob("*.html.gz"))[:PAGES]]


def _feed(site: LoopbackSite) -> bytes:
    """RSS listing page i with pubDate PUBLISHED - i hours: page 0 is the newest, processed first."""
    items = "".join(
        f"<item><title>page {i}</title><link>{site.url(f'/p/{i}.html')}</link><guid>page-{i}</guid>"
        f"<pubDate>{format_datetime(PUBLISHED - timedelta(hours=i))}</pubDate></item>"
        for i in range(PAGES)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>corpus</title>{items}</channel></rss>'.encode()


def _site(gated: int | None = None) -> tuple[LoopbackSite, tuple | None]:
    site = LoopbackSite()
    gate = None
    for i, html in enumerate(_corpus_pages()):
        if i == gated:
            gate = site.add_gate(f"/p/{i}.html", html)
        else:
            site.add_file(f"/p/{i}.html", html, "text/html")
    return site, gate


def _feeds_file(tmp_path: Path, site: LoopbackSite) -> Path:
    site.add_file("/feed.xml", _feed(site), "application/rss+xml")
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - url: {site.url('/feed.xml')}\n", encoding="utf-8")
    return feeds


def _query(db_path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(sql).fetchall()


def _ingested(db_path: Path) -> list[str]:
    """The page URL of every stored article, sorted: duplicates would show as repeats."""
    return sorted(row[0].rsplit("/", 1)[1] for row in _query(db_path, "SELECT url FROM articles"))


@pytest.fixture
def fast_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in FAST.items():
        monkeypatch.setenv(name, value)


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """What one clean run stores from the same pages (some corpus pages yield no article)."""
    tmp_path = tmp_path_factory.mktemp("clean")
    saved = {k: os.environ.get(k) for k in FAST}
    os.environ.update(FAST)
    try:
        site, _ = _site()
        with site:
            poll_feeds(feeds_file=str(_feeds_file(tmp_path, site)), db_path=str(tmp_path / "w.duckdb"))
    finally:
        for k, v in saved.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)
    stored = _ingested(tmp_path / "w.duckdb")
    assert len(stored) >= PAGES // 2, "the corpus sample should mostly extract"
    return stored


def _start_run(feeds: Path, db_path: Path) -> subprocess.Popen[bytes]:
    """`newsflow run` in its own session (so killpg reaches its extraction workers), on the test's Prefect API."""
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, **FAST, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "run", "--feeds", str(feeds), "--db", str(db_path)],
        cwd=REPO_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _kill_at_gate(proc: subprocess.Popen[bytes], gate: tuple) -> None:
    arrived, release = gate
    try:
        reached = arrived.wait(timeout=180)
        if not reached:
            proc.kill()
            pytest.fail(f"the run never reached the gate: {proc.communicate()[1].decode()[-2000:]}")
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        release.set()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize(
    ("gated", "stage"),
    [(0, "while the first batch's pages are fetched"), (3 * BATCH, "in the 4th batch, 3 batches staged")],
)
def test_a_run_killed_mid_way_loses_no_page_and_the_next_run_ingests_each_once(
    tmp_path: Path, db_path: Path, fast_env: None, uninterrupted: list[str], gated: int, stage: str
) -> None:
    site, gate = _site(gated)
    with site:
        feeds = _feeds_file(tmp_path, site)
        _kill_at_gate(_start_run(feeds, db_path), gate)
        # the killed run had polled the feed: its state (hash, next poll) must not hide the entries
        poll_feeds(feeds_file=str(feeds), db_path=str(db_path))
        poll_feeds(feeds_file=str(feeds), db_path=str(db_path), force=True)  # and a further run adds nothing
    assert _ingested(db_path) == uninterrupted, stage
    listed = _query(db_path, "SELECT count(*), count(DISTINCT article_id) FROM article_feeds")[0]
    assert listed == (len(uninterrupted), len(uninterrupted))
    assert site.count("/feed.xml") == 2  # the next run worked the queue without re-polling the feed


@pytest.fixture
def emitted(monkeypatch: pytest.MonkeyPatch) -> list[list[ArticleSummary]]:
    """The article events each flow run emitted, in order (the real events are still sent)."""
    calls: list[list[ArticleSummary]] = []
    real_emit = poll_feeds_module.emit_article_events

    def record(articles: list[ArticleSummary], db_path: Path | str) -> int:
        calls.append(list(articles))
        return real_emit(articles, db_path)

    monkeypatch.setattr(poll_feeds_module, "emit_article_events", record)
    return calls


def test_a_warehouse_locked_at_the_final_load_loses_nothing_and_events_follow_the_commit(
    tmp_path: Path, db_path: Path, fast_env: None, uninterrupted: list[str], emitted: list[list[ArticleSummary]]
) -> None:
    site, (arrived, release) = _site(3 * BATCH)
    with site:
        feeds = _feeds_file(tmp_path, site)
        # an analyst opens the file while the 4th batch is fetched, and keeps it until the run ended
        done = threading.Event()

        def analyst() -> None:
            arrived.wait(timeout=180)
            with hold_lock(db_path, wait=60):  # the run may be loading the batch before: wait for it to let go
                release.set()
                done.wait(timeout=180)

        thread = threading.Thread(target=analyst)
        thread.start()
        try:
            locked = poll_feeds(feeds_file=str(feeds), db_path=str(db_path))
        finally:
            done.set()
            release.set()
            thread.join()
        assert locked.left_staged > 0
        assert emitted[-1] == []  # nothing committed, so no article event
        caught_up = poll_feeds(feeds_file=str(feeds), db_path=str(db_path))
    assert caught_up.left_staged == 0
    assert _ingested(db_path) == uninterrupted
    # the run that committed the articles emitted their events, each once
    stored_ids = sorted(row[0] for row in _query(db_path, "SELECT article_id FROM articles"))
    assert sorted(a.article_id for a in emitted[-1]) == stored_ids


def test_newsflow_run_on_a_locked_warehouse_exits_0_with_one_warning_and_the_next_run_loads_every_page_once(
    tmp_path: Path, db_path: Path, uninterrupted: list[str]
) -> None:
    site, _ = _site()
    with site:
        feeds = _feeds_file(tmp_path, site)
        with hold_lock(db_path) as holder:  # an analyst's read-write session, open for the whole run
            locked = _start_run(feeds, db_path)
            out, err = (stream.decode() for stream in locked.communicate(timeout=300))
        assert locked.returncode == 0, err[-3000:]
        warnings = [line for line in err.splitlines() if "WARNING" in line]
        assert len(warnings) == 1, err[-3000:]
        assert f"warehouse locked by PID {holder.pid}" in warnings[0]
        assert re.search(r": \d+ batches staged, loaded by the next run$", warnings[0]), warnings[0]
        assert "Traceback" not in err
        assert "batches left staged (warehouse locked), loaded next run" in out
        fetched = {i: site.count(f"/p/{i}.html") for i in range(PAGES)}
        assert set(fetched.values()) == {1}  # the locked run fetched and processed every page

        caught_up = _start_run(feeds, db_path)
        out, err = (stream.decode() for stream in caught_up.communicate(timeout=300))
        assert caught_up.returncode == 0, err[-3000:]
        assert "WARNING" not in err and "left staged" not in out
        assert {i: site.count(f"/p/{i}.html") for i in range(PAGES)} == fetched  # no page fetched again
        assert site.count("/feed.xml") == 1  # the staged poll counted: the feed was not due again
    assert _ingested(db_path) == uninterrupted  # every page stored exactly once
    assert _query(db_path, "SELECT count(*) FROM runs")[0][0] == 2
    assert _query(db_path, "SELECT DISTINCT status FROM pending_entries") == [("done",)]
    staging = db_path.with_name(db_path.name + ".staging")
    assert [p.name for p in staging.iterdir() if p.name != ".loader.lock"] == []  # no batch, no state copy left


def test_a_stale_snapshot_costs_repeated_work_never_a_duplicate(
    tmp_path: Path, db_path: Path, fast_env: None, emitted: list[list[ArticleSummary]]
) -> None:
    """A locked run reads state from the snapshot, which may lag the live file. Here it lags all the
    way (deleted): the locked run polls the feed and fetches every page again, and loading what it
    staged changes no stored row and announces no article twice."""
    # every stored row, but for the columns that say when it was written, and the feeds' poll state
    # (the repeated poll legitimately moved it)
    reads = {
        "articles": "*",
        "article_html": "*",
        "article_feeds": "*",
        "article_tags": "* EXCLUDE (tagged_at)",
        "facts": "*",
        "quotes": "*",
        "mentions": "*",
        "pending_entries": "* EXCLUDE (updated_at)",
        "story_clusters": "* EXCLUDE (assigned_at)",
        "enforcement_events": "* EXCLUDE (refreshed_at)",
        "feeds": "feed_id, url, status",
    }

    def contents() -> dict[str, list[str]]:
        def source(table: str) -> str:  # the stored pages are in files beside the warehouse, too
            return f"({stored_pages_sql(db_path)})" if table == "article_html" else table

        return {t: sorted(map(repr, _query(db_path, f"SELECT {cols} FROM {source(t)}"))) for t, cols in reads.items()}

    site, _ = _site()
    with site:
        feeds = _feeds_file(tmp_path, site)
        poll_feeds(feeds_file=str(feeds), db_path=str(db_path))
        before = contents()
        ids_before = sorted(a.article_id for a in emitted[-1])
        from tasks.store.snapshot import snapshot_path

        snapshot_path(db_path).unlink()  # the stalest state there is: nothing known
        with hold_lock(db_path):
            stale = poll_feeds(feeds_file=str(feeds), db_path=str(db_path), force=True)
        assert stale.left_staged > 0
        assert {site.count(f"/p/{i}.html") for i in range(PAGES)} == {2}  # the repeated work
        loaded = poll_feeds(feeds_file=str(feeds), db_path=str(db_path))
    assert loaded.left_staged == 0
    assert contents() == before
    assert len(ids_before) == len(before["articles"]) and emitted[-1] == []  # nothing announced twice


def test_readers_of_the_snapshot_never_block_a_run(tmp_path: Path, db_path: Path, fast_env: None) -> None:
    from tasks.store.snapshot import snapshot_path

    site, _ = _site()
    with site:
        feeds = _feeds_file(tmp_path, site)
        poll_feeds(feeds_file=str(feeds), db_path=str(db_path))
        snapshot = snapshot_path(db_path)
        published = snapshot.stat().st_ino
        with hold_lock(snapshot, read_only=True) as reader, hold_lock(snapshot, read_only=True):
            again = poll_feeds(feeds_file=str(feeds), db_path=str(db_path), force=True)
            assert reader.poll() is None  # the readers are still there, reading the old copy
    assert again.left_staged == 0
    assert snapshot.stat().st_ino != published  # a new snapshot was renamed into place under the readers
    with duckdb.connect(str(snapshot), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM runs").fetchall()[0][0] == 2


def test_a_story_in_two_batches_of_one_run_is_one_article_counted_once(
    tmp_path: Path, db_path: Path, fast_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFLOW_ARTICLE_BATCH_SIZE", "1")
    page = (DEMO_SITE / "articles" / "ice-operation-texas.html").read_text(encoding="utf-8")
    with LoopbackSite() as site:
        canonical = f'<link rel="canonical" href="{site.url("/story.html")}">'
        html = page.replace("<head>", "<head>" + canonical, 1).encode()
        assert canonical.encode() in html
        site.add_file("/a.html", html, "text/html")
        site.add_file("/b.html", html, "text/html")
        items = "".join(
            f"<item><title>{n}</title><link>{site.url(f'/{n}.html')}</link><guid>{n}</guid></item>" for n in "ab"
        )
        site.add_file("/feed.xml", f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode())
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - url: {site.url('/feed.xml')}\n", encoding="utf-8")
        summary = poll_feeds(feeds_file=str(feeds), db_path=str(db_path))
        assert site.count("/a.html") == 1 and site.count("/b.html") == 1  # two batches, one page each
    assert summary.new_articles == 1
    assert _query(db_path, "SELECT count(*) FROM articles")[0][0] == 1
    assert _query(db_path, "SELECT count(*) FROM runs WHERE new_articles = 1")[0][0] == 1


def test_a_failed_page_is_retried_on_a_later_run_though_the_feed_is_unchanged(
    tmp_path: Path, db_path: Path, fast_env: None
) -> None:
    html = (DEMO_SITE / "articles" / "ice-operation-texas.html").read_bytes()
    with LoopbackSite() as site:
        site.add_status("/story.html", 500)
        site.add_file(
            "/feed.xml",
            f'<rss version="2.0"><channel><title>t</title><item><title>s</title><link>{site.url("/story.html")}'
            "</link><guid>s</guid></item></channel></rss>".encode(),
        )
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - url: {site.url('/feed.xml')}\n", encoding="utf-8")
        first = poll_feeds(feeds_file=str(feeds), db_path=str(db_path))
        assert first.new_articles == 0
        # the server recovers; the entry is due again once its backoff has passed
        site.add_file("/story.html", html, "text/html")
        with duckdb.connect(str(db_path)) as con:
            attempts, status = con.execute("SELECT attempts, status FROM pending_entries").fetchall()[0]
            con.execute("UPDATE pending_entries SET next_attempt_at = now() - INTERVAL 1 MINUTE")
        assert (attempts, status) == (1, "pending")
        second = poll_feeds(feeds_file=str(feeds), db_path=str(db_path), force=True)
    assert second.not_modified == 1  # the feed did not change ...
    assert second.new_articles == 1  # ... and the page was fetched again all the same
    assert _query(db_path, "SELECT status FROM pending_entries") == [("done",)]


def _loader(staging: Path, db_path: Path) -> subprocess.Popen[str]:
    code = (
        "import sys; from tasks.store.staging import load_pending; "
        "r = load_pending(sys.argv[1], sys.argv[2]); print(len(r.loaded), len(r.failed), r.left_staged)"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(staging), str(db_path)],
        cwd=REPO_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def staged_batches(tmp_path: Path) -> Iterator[Path]:
    from tasks.store.staging import stage_batch

    staging = tmp_path / "staging"
    for n in range(40):
        event = {
            "event_id": f"e{n}",
            "url": f"https://a.example/{n}",
            "kind": "article",
            "fetched_at": PUBLISHED,
            "outcome": "ok",
        }
        stage_batch(
            staging, {"fetch_events": [event], "articles": [{"article_id": f"a{n}", "url": "u", "canonical_url": "u"}]}
        )
    yield staging


def test_two_overlapping_loaders_load_each_staged_batch_once_and_never_fail(
    staged_batches: Path, db_path: Path
) -> None:
    loaders = [_loader(staged_batches, db_path) for _ in range(2)]
    outputs = [p.communicate(timeout=180) for p in loaders]
    for proc, (_, err) in zip(loaders, outputs, strict=True):
        assert proc.returncode == 0, err
    loaded = sorted(int(out.split()[0]) for out, _ in outputs)
    failed = [int(out.split()[1]) for out, _ in outputs]
    assert sum(loaded) == 40 and failed == [0, 0]
    assert _query(db_path, "SELECT count(*) FROM fetch_events")[0][0] == 40
    assert not list(staged_batches.glob("0*")) and not (staged_batches / "failed").exists()
