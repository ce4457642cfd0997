"""tasks/notify/artifacts.py: the per-run outcomes table and summary, built pure and published for real."""

from __future__ import annotations

import asyncio

import pytest
from prefect import flow
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
from prefect.client.schemas.objects import Artifact
from prefect.runtime import flow_run

from schemas.records import ArticleSummary, FeedPollSummary
from tasks.notify import artifacts

FEEDS = [
    FeedPollSummary("f1", "https://a.example/rss", "ok", title="Alpha News", status=200, new_entries=4, new_articles=3),
    FeedPollSummary("f2", "https://b.example/rss", "not_modified", status=304),
    FeedPollSummary("f3", "https://c.example/rss", "http_error", status=503, error="HTTP 503 | Service Unavailable"),
]
ARTICLES = [
    ArticleSummary(
        "a1",
        "https://a.example/raid",
        "ICE arrests 40 in | Denver raid",
        is_enforcement=True,
        topics=("raids",),
        fact_counts={"arrests": 2, "detentions": 1},
    ),
    ArticleSummary("a2", "https://a.example/weather", "Snow", is_enforcement=False),
    ArticleSummary("a3", "https://a.example/old", "Old", is_enforcement=False, is_new=False),
]


def test_outcome_rows_put_failed_feeds_first() -> None:
    rows = artifacts.feed_outcome_rows(FEEDS)
    assert [r["outcome"] for r in rows] == ["http_error", "ok", "not_modified"]
    assert rows[0] == {
        "feed": "https://c.example/rss",
        "url": "https://c.example/rss",
        "outcome": "http_error",
        "status": 503,
        "new_entries": 0,
        "new_articles": 0,
        "error": "HTTP 503 | Service Unavailable",
        "elapsed_ms": 0,
    }


def test_summary_counts_failures_and_lists_enforcement_stories() -> None:
    text = artifacts.run_summary_markdown(FEEDS, ARTICLES)
    assert "**3 feeds polled** (2 ok, 1 failed), **2 new articles**, **1 enforcement story**, 3 facts." in text
    assert "- `https://c.example/rss`: http_error HTTP 503 \\| Service Unavailable" in text
    # a pipe in a title must not break the markdown
    assert "- [ICE arrests 40 in \\| Denver raid](https://a.example/raid): 2 arrests, 1 detention (raids)" in text
    assert "Snow" not in text


def test_summary_of_a_quiet_run_has_no_empty_sections() -> None:
    text = artifacts.run_summary_markdown([FEEDS[1]], [])
    assert "## Failed feeds" not in text and "## Enforcement stories" not in text
    assert "| not_modified | 1 |" in text


async def _artifacts_of_run(flow_run_id: str) -> dict[str, Artifact]:
    async with get_client() as client:
        found = await client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return {a.key: a for a in found if a.key}


@pytest.mark.usefixtures("prefect_harness")
def test_publish_creates_both_artifacts_under_stable_keys() -> None:
    @flow
    def fake_poll() -> str:
        artifacts.publish_run_artifacts(FEEDS, ARTICLES)
        return str(flow_run.get_id())

    published = asyncio.run(_artifacts_of_run(fake_poll()))
    table, summary = published[artifacts.OUTCOMES_KEY], published[artifacts.SUMMARY_KEY]
    assert table.type == "table" and "https://c.example/rss" in str(table.data)
    assert summary.type == "markdown" and "1 enforcement story" in summary.data


def test_offline_says_so_once_instead_of_one_dns_error_per_feed() -> None:
    down = [
        FeedPollSummary(f"f{i}", f"https://h{i}.example/rss", "dns_error", error="Name or service not known")
        for i in range(15)
    ]
    note = artifacts.offline_note(down)
    assert note == "no feed host resolved (15 feeds, dns_error): this machine may be offline"
    text = artifacts.run_summary_markdown(down, [], notes=[note])
    assert text.count("machine may be offline") == 1 and "Name or service not known" not in text
    # one feed's DNS failure is that feed's problem, not the machine's
    assert artifacts.offline_note([*down[:1], FeedPollSummary("ok", "https://a.example/rss", "ok")]) == ""
