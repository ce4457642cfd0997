"""The daily digest: the last day only, facts by type and place, failing feeds named."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

from flows.digest import DIGEST_KEY, FEED_HEALTH_KEY, daily_digest
from tasks.notify.digest import digest_markdown, feed_health_rows
from tasks.store.digest_queries import read_digest
from tasks.store.warehouse import connect, migrate

NOW = datetime.now(UTC)


def seed(db_path: Path) -> None:
    with connect(db_path) as con:
        migrate(con)
        con.execute(
            "INSERT INTO feeds (feed_id, url, title, failures, last_error, last_success_at) VALUES "
            "('good', 'https://good.example/rss', 'Good Feed', 0, NULL, ?), "
            "('bad', 'https://bad.example/rss', NULL, 3, 'http_error: HTTP 503', NULL)",
            [NOW],
        )
        con.execute(
            "INSERT INTO fetch_events (event_id, feed_id, url, kind, fetched_at, status, outcome) VALUES "
            "('e1', 'good', 'https://good.example/rss', 'feed', ?, 200, 'ok'), "
            "('e2', 'bad', 'https://bad.example/rss', 'feed', ?, 503, 'http_error')",
            [NOW, NOW],
        )
        for article_id, enforcement, age in [("raid", True, 2), ("snow", False, 3), ("old", True, 48)]:
            fetched = NOW - timedelta(hours=age)
            con.execute(
                "INSERT INTO articles (article_id, url, canonical_url, title, source, fetched_at) "
                "VALUES (?, ?, ?, ?, 'Test Daily', ?)",
                [
                    article_id,
                    f"https://n.example/{article_id}",
                    f"https://n.example/{article_id}",
                    article_id,
                    fetched,
                ],
            )
            con.execute(
                "INSERT INTO article_tags (article_id, is_enforcement, tagger_version) VALUES (?, ?, 'test')",
                [article_id, enforcement],
            )
        for fact_id, article_id, fact_type, value, places in [
            ("f1", "raid", "arrests", 40, ["Denver, Colorado"]),
            ("f2", "raid", "arrests", 2, ["Denver, Colorado", "Aurora, Colorado"]),
            ("f3", "old", "arrests", 500, ["Chicago, Illinois"]),
        ]:
            con.execute(
                "INSERT INTO facts (fact_id, article_id, fact_type, value, unit, places, extractor_version) "
                "VALUES (?, ?, ?, ?, 'people', ?, 'test')",
                [fact_id, article_id, fact_type, value, places],
            )


def test_digest_covers_the_last_day_only(db_path: Path) -> None:
    seed(db_path)
    with connect(db_path) as con:
        d = read_digest(con, hours=24)
    assert (d.articles, d.enforcement) == (2, 1)
    assert [s["url"] for s in d.stories] == ["https://n.example/raid"]
    assert d.facts_by_type == [{"fact_type": "arrests", "unit": "people", "facts": 2, "total": 42.0}]
    assert d.facts_by_place[0] == {
        "place": "Denver, Colorado",
        "fact_type": "arrests",
        "unit": "people",
        "facts": 2,
        "total": 42.0,
    }
    text = digest_markdown(d)
    assert "**2 new articles**, **1 enforcement story**; 2 feeds, 1 failing." in text
    assert "| arrests | people | 2 | 42 |" in text
    assert "Chicago" not in text
    assert "- `https://bad.example/rss`: 3 failures in a row; http_error: HTTP 503" in text


def test_breakdown_parts_are_never_added_to_their_total(db_path: Path) -> None:
    """498 arrests including 28 in Baltimore and 14 in the District: arrests total 498, not 540; at
    Baltimore the part (28) stands for the total; a deportation is summed on its own; an unconfident
    fact is left out."""
    seed(db_path)
    with connect(db_path) as con:
        con.execute("DELETE FROM facts")
        rows = [
            ("t", "arrests", 498, ["New York", "Baltimore, Maryland", "Washington, D.C."], None, 0.9),
            ("p1", "arrests", 28, ["Baltimore, Maryland"], "t", 0.9),
            ("p2", "arrests", 14, ["Washington, D.C."], "t", 0.9),
            ("d", "deportations", 7, ["Baltimore, Maryland"], None, 0.9),
            ("weak", "arrests", 1000, ["Baltimore, Maryland"], None, 0.2),
        ]
        for fact_id, fact_type, value, places, part_of, confidence in rows:
            con.execute(
                "INSERT INTO facts (fact_id, article_id, fact_type, value, unit, places, extractor_version, "
                "part_of_fact_id, confidence) VALUES (?, 'raid', ?, ?, 'people', ?, 'test', ?, ?)",
                [fact_id, fact_type, value, places, part_of, confidence],
            )
        d = read_digest(con, hours=24)
    by_type = {(r["fact_type"], r["unit"]): (r["facts"], r["total"]) for r in d.facts_by_type}
    assert by_type == {("arrests", "people"): (3, 498.0), ("deportations", "people"): (1, 7.0)}
    by_place = {(r["place"], r["fact_type"]): r["total"] for r in d.facts_by_place}
    assert by_place[("Baltimore, Maryland", "arrests")] == 28.0
    assert by_place[("Baltimore, Maryland", "deportations")] == 7.0
    assert by_place[("New York", "arrests")] == 498.0


def test_feed_health_rows_show_failing_feeds_first(db_path: Path) -> None:
    seed(db_path)
    with connect(db_path) as con:
        rows = feed_health_rows(read_digest(con).feeds)
    assert [(r["feed"], r["failures_in_a_row"], r["ok_last_20"]) for r in rows] == [
        ("https://bad.example/rss", 3, "0/1"),
        ("Good Feed", 0, "1/1"),
    ]


async def _latest(key: str):  # noqa: ANN202 - a Prefect Artifact
    async with get_client() as client:
        found = await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))
    return max(found, key=lambda a: a.created)


@pytest.mark.usefixtures("prefect_harness")
def test_flow_publishes_digest_and_feed_health(db_path: Path) -> None:
    seed(db_path)
    state = daily_digest(db_path=str(db_path), hours=24, return_state=True)
    markdown = state.result()
    digest = asyncio.run(_latest(DIGEST_KEY))
    assert digest.data == markdown
    name = asyncio.run(_run_name(state.state_details.flow_run_id))
    assert re.fullmatch(r"digest \d{4}-\d\d-\d\d: 1 story", name)  # one enforcement story in the last day
    assert digest.description and digest.description.startswith(f"{name}, ")
    health = asyncio.run(_latest(FEED_HEALTH_KEY))
    assert health.type == "table" and "https://bad.example/rss" in str(health.data)
    report = db_path.parent / "report" / "report.html"
    assert report.exists() and report.resolve().as_uri() in markdown  # the digest links the charts it refreshed


async def _run_name(flow_run_id: UUID) -> str:
    async with get_client() as client:
        return (await client.read_flow_run(flow_run_id)).name
