"""tasks/notify/events.py: stable resource ids, the enforcement label the trigger matches, the caps."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from prefect.events.clients import AssertingEventsClient
from prefect.events.worker import EventsWorker

from schemas.records import ArticleSummary, FeedPollSummary
from tasks.notify import events

WAREHOUSE = "/srv/news/other.duckdb"


@pytest.fixture
def asserting_events_worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[EventsWorker]:
    """Prefect's in-memory events client (as in prefect.testing.fixtures, which imports the whole server)."""
    worker = EventsWorker.instance(AssertingEventsClient)
    monkeypatch.setattr(EventsWorker, "instance", lambda *_: worker)
    monkeypatch.setattr("prefect.events.utilities.should_emit_events", lambda: True)
    try:
        yield worker
    finally:
        worker.drain()


def _article(i: int, enforcement: bool = False, new: bool = True) -> ArticleSummary:
    return ArticleSummary(
        article_id=f"{i:016x}",
        url=f"https://news.example/a/{i}",
        title=f"Story {i}",
        is_enforcement=enforcement,
        topics=("raids",) if enforcement else (),
        fact_counts={"arrests": 2} if enforcement else {},
        feed_id="feed0000000000001",
        is_new=new,
    )


def test_feed_events_are_polled_or_failed_with_the_feed_as_resource() -> None:
    planned = events.plan_feed_events(
        [
            FeedPollSummary("f1", "https://a.example/rss", "ok", title="A", status=200, new_entries=3),
            FeedPollSummary("f2", "https://b.example/rss", "not_modified", status=304),
            FeedPollSummary("f3", "https://c.example/rss", "timeout", error="read timeout after 20s"),
        ]
    )
    assert [(e.event, e.resource["prefect.resource.id"]) for e in planned] == [
        ("newsflow.feed.polled", "newsflow.feed.f1"),
        ("newsflow.feed.polled", "newsflow.feed.f2"),
        ("newsflow.feed.failed", "newsflow.feed.f3"),
    ]
    assert planned[0].payload["new_entries"] == 3
    assert planned[2].payload == {
        "url": "https://c.example/rss",
        "outcome": "timeout",
        "status": None,
        "new_entries": 0,
        "new_articles": 0,
        "error": "read timeout after 20s",
        "elapsed_ms": 0,
    }


def test_tagged_event_carries_the_decision_as_label_and_payload() -> None:
    planned = events.plan_article_events([_article(1, enforcement=True)], WAREHOUSE)
    ingested, tagged = planned
    assert ingested.event == "newsflow.article.ingested"
    assert tagged.event == "newsflow.article.tagged"
    assert tagged.resource["prefect.resource.id"] == "newsflow.article.0000000000000001"
    assert tagged.resource["newsflow.enforcement"] == "true"  # what prefect.yaml's trigger matches
    assert tagged.payload["enforcement"] is True
    assert tagged.payload["topics"] == ["raids"]
    assert tagged.payload["fact_counts"] == {"arrests": 2}
    # the warehouse it was loaded into: the alert run it triggers must read that one (prefect.yaml)
    assert tagged.payload["db_path"] == WAREHOUSE
    assert tagged.payload["title"] == "Story 1"  # the Event Feed shows resources by id, the payload by name
    assert tagged.resource["newsflow.warehouse"] == WAREHOUSE
    assert tagged.related == [
        {"prefect.resource.id": "newsflow.feed.feed0000000000001", "prefect.resource.role": "feed"}
    ]


def test_retagged_article_is_tagged_but_not_ingested_again() -> None:
    planned = events.plan_article_events([_article(1, new=False)], WAREHOUSE)
    assert [e.event for e in planned] == ["newsflow.article.tagged"]
    assert planned[0].resource["newsflow.enforcement"] == "false"


def test_a_thousand_articles_stay_within_the_caps_and_keep_every_enforcement_event() -> None:
    articles = [_article(i, enforcement=i % 10 == 0) for i in range(1000)]
    planned = events.plan_article_events(articles, WAREHOUSE, max_per_kind=250)
    kinds = Counter(e.event for e in planned)
    assert kinds["newsflow.article.ingested"] == 250
    enforcement_tagged = [e for e in planned if e.resource.get("newsflow.enforcement") == "true"]
    assert len(enforcement_tagged) == 100  # under their own cap of 1,000: each is in the Event Feed
    assert kinds["newsflow.article.tagged"] == 100 + 250
    rollups = [e for e in planned if e.event == "newsflow.article.rollup"]
    # 750 ingested + 650 non-enforcement tagged over the cap, in chunks of at most 100 related resources
    assert sum(e.payload["articles"] for e in rollups) == 750 + 650
    assert max(len(e.related) for e in rollups) <= 100
    # every article is accounted for: an event of its own or a rollup mention, for both kinds
    seen = {e.resource["prefect.resource.id"] for e in planned if e.event == "newsflow.article.ingested"}
    seen |= {r["prefect.resource.id"] for e in rollups if e.payload["kind"] == "ingested" for r in e.related}
    assert len(seen) == 1000


def test_long_titles_are_cut_so_payloads_stay_small() -> None:
    article = ArticleSummary("ab", "https://x.example/a", "word " * 500, is_enforcement=False)
    (ingested, _tagged) = events.plan_article_events([article], WAREHOUSE)
    assert len(ingested.payload["title"]) <= events.TITLE_CHARS


def test_a_relative_warehouse_path_is_sent_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (_ingested, tagged) = events.plan_article_events([_article(1, enforcement=True)], "data/w.duckdb")
    assert tagged.payload["db_path"] == str(tmp_path / "data" / "w.duckdb")


@pytest.mark.usefixtures("prefect_harness")  # the events worker opens an API client as it starts
def test_emit_hands_events_to_prefect(asserting_events_worker: EventsWorker) -> None:
    sent = events.emit_article_events([_article(7, enforcement=True)], WAREHOUSE)
    sent += events.emit_feed_events([FeedPollSummary("f1", "https://a.example/rss", "ok")])
    asserting_events_worker.drain()
    client = asserting_events_worker._client
    assert isinstance(client, AssertingEventsClient)
    assert sent == 3
    assert [(e.event, e.resource.id) for e in client.events] == [
        ("newsflow.article.ingested", "newsflow.article.0000000000000007"),
        ("newsflow.article.tagged", "newsflow.article.0000000000000007"),
        ("newsflow.feed.polled", "newsflow.feed.f1"),
    ]
    assert client.events[1].resource["newsflow.enforcement"] == "true"


def test_emit_never_raises_when_prefect_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(**_: object) -> None:
        raise RuntimeError("Failed to reach API")

    monkeypatch.setattr(events, "emit_event", refuse)
    assert events.emit_feed_events([FeedPollSummary("f1", "https://a.example/rss", "ok")]) == 0


def test_enforcement_events_have_their_own_larger_cap() -> None:
    articles = [_article(i, enforcement=True, new=False) for i in range(events.MAX_ENFORCEMENT_EVENTS + 5)]
    planned = events.plan_article_events(articles, WAREHOUSE)
    assert sum(e.event == "newsflow.article.tagged" for e in planned) == events.MAX_ENFORCEMENT_EVENTS
    (rollup,) = [e for e in planned if e.event == "newsflow.article.rollup"]
    assert rollup.payload == {"kind": "tagged", "articles": 5, "enforcement": 5}
