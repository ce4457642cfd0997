"""Scale-out's parts as real flow runs, in process (the temporary Prefect server of `prefect_harness`):
partition runs stage on a `memory://` staging URL and announce every batch without loading anything; the
loader flow loads, announces what it stored, and publishes the state the next partitions read. The
deployments, the trigger and two real workers are covered by the slow tests/flows/test_scale_out.py.
"""

from __future__ import annotations

import gzip
import uuid
from pathlib import Path

import duckdb
import pytest
from conftest import require_shared
from loopback import LoopbackSite

import flows.load_staged as load_staged_module
import flows.poll_partition as poll_partition_module
from flows.fan_out import ScaleOutError, partition_of
from flows.load_staged import load_staged
from flows.poll_feeds import poll_feeds
from flows.poll_partition import poll_partition
from schemas.records import ArticleSummary
from tasks.fetch.urls import feed_id
from tasks.store.staging import pending_batches

pytestmark = pytest.mark.usefixtures("prefect_harness")

FEEDS, PAGES_PER_FEED, PARTITIONS = 4, 2, 2


def test_partition_of_is_stable_and_spreads_feed_ids() -> None:
    ids = [feed_id(f"https://news{i}.example/feed.xml") for i in range(400)]
    assert [partition_of(i, 4) for i in ids] == [int(i, 16) % 4 for i in ids]  # no per-process hash seed
    sizes = [sum(partition_of(i, 4) == k for i in ids) for k in range(4)]
    assert min(sizes) > 60, sizes  # 100 each on average


def test_a_partition_out_of_range_is_a_clear_error() -> None:
    with pytest.raises(ScaleOutError, match="partition 2 is not in 0..1"):
        poll_partition.fn(partition=2, partitions=2)
    with pytest.raises(ScaleOutError, match="partitions=0: use 1 for one machine"):
        poll_feeds.fn(partitions=0)


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """The batches the partitions announced and the articles the loader announced (still sent for real)."""
    calls: dict[str, list] = {"staged": [], "articles": []}
    real_staged, real_articles = poll_partition_module.emit_batch_staged, load_staged_module.emit_article_events

    def staged(batch: str, batch_id: str, staging: str | Path, db_path: str | Path) -> int:
        calls["staged"].append(batch)
        return real_staged(batch, batch_id, staging, db_path)

    def articles(found: list[ArticleSummary], db_path: str | Path) -> int:
        calls["articles"].extend(found)
        return real_articles(found, db_path)

    monkeypatch.setattr(poll_partition_module, "emit_batch_staged", staged)
    monkeypatch.setattr(load_staged_module, "emit_article_events", articles)
    return calls


def _query(db_path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_partitions_stage_and_announce_the_loader_loads_once_and_the_next_cycle_polls_with_validators(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, recorded: dict[str, list]
) -> None:
    for name, value in {"ALLOW_PRIVATE_NETWORKS": "true", "PER_HOST_GAP_S": "0", "EXTRACTION_WORKERS": "1"}.items():
        monkeypatch.setenv(f"NEWSFLOW_{name}", value)
    root = require_shared("corpus", "article-extraction-benchmark", "html")
    html = [gzip.decompress(p.read_bytes()) for p in sorted(root.glob("*.html.gz"))[: FEEDS * PAGES_PER_FEED]]
    staging = f"memory://newsflow-{uuid.uuid4().hex}/staging"
    with LoopbackSite() as site:
        pages = [f"/p/{n}.html" for n in range(len(html))]
        for path, body in zip(pages, html, strict=True):
            site.add_file(path, body, "text/html")
        for f in range(FEEDS):
            items = "".join(
                f"<item><title>{p}</title><link>{site.url(p)}</link><guid>{p}</guid></item>"
                for p in pages[f * PAGES_PER_FEED : (f + 1) * PAGES_PER_FEED]
            )
            site.add_file(
                f"/f/{f}.xml", f'<rss version="2.0"><channel><title>{f}</title>{items}</channel></rss>'.encode()
            )
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text("feeds:\n" + "".join(f"  - url: {site.url(f'/f/{f}.xml')}\n" for f in range(FEEDS)))
        args = {"feeds_file": str(feeds), "db_path": str(db_path), "staging": staging}

        summaries = [poll_partition(partition=k, partitions=PARTITIONS, **args) for k in range(PARTITIONS)]
        assert sum(s.feeds_polled for s in summaries) == FEEDS  # each feed in exactly one partition
        assert all(site.count(p) == 1 for p in pages)
        assert not db_path.exists()  # partitions never write the warehouse
        assert sorted(recorded["staged"]) == sorted(pending_batches(staging))  # every batch announced, once

        report = load_staged(db_path=str(db_path), staging=staging)
        stored = sum(s.new_articles for s in summaries)
        assert stored >= len(pages) // 2, "the corpus sample should mostly extract"
        assert len(report.loaded) == len(recorded["staged"]) and pending_batches(staging) == []
        assert _query(db_path, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(stored, stored)]
        assert sorted(a.article_id for a in recorded["articles"]) == sorted(
            i for (i,) in _query(db_path, "SELECT article_id FROM articles")
        )
        assert load_staged(db_path=str(db_path), staging=staging).loaded == []  # nothing left: a no-op

        # the next cycle reads the state the loader put into the staging URL: every feed answers 304
        again = [poll_partition(partition=k, partitions=PARTITIONS, force=True, **args) for k in range(PARTITIONS)]
        assert sum(s.not_modified for s in again) == FEEDS and sum(s.new_articles for s in again) == 0
        load_staged(db_path=str(db_path), staging=staging)
        assert all(site.count(p) == 1 for p in pages)
    assert _query(db_path, "SELECT count(*) FROM articles") == [(stored,)]
    assert len(recorded["articles"]) == stored
    assert _query(db_path, "SELECT count(*) FROM pending_entries WHERE status = 'pending'") == [(0,)]
