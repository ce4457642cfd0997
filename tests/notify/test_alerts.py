"""Enforcement alerts: only new enforcement stories, each alerted once, the webhook sink for real."""

from __future__ import annotations

import asyncio
import json
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey
from prefect.client.schemas.objects import State

from flows.alerts import ARTIFACT_KEY, enforcement_alerts
from schemas.records import AlertFact, AlertStory
from tasks.config import load_settings
from tasks.fetch.http import post_json
from tasks.notify import alerts
from tasks.store import alert_queries
from tasks.store.warehouse import connect, migrate

NOW = datetime.now(UTC)


def seed(db_path: Path) -> None:
    """Three stories: two enforcement (one with facts), one not, plus one enforcement story a month old."""
    with connect(db_path) as con:
        migrate(con)
        for article_id, title, enforcement, age in [
            ("raid", "ICE arrests 40 in Denver raid", True, timedelta(hours=1)),
            ("court", "Judge halts deportation flights", True, timedelta(hours=2)),
            ("snow", "Snow expected Friday", False, timedelta(hours=1)),
            ("old", "Last month's sweep", True, timedelta(days=30)),
        ]:
            con.execute(
                "INSERT INTO articles (article_id, url, canonical_url, title, source, fetched_at, "
                "published_at) VALUES (?, ?, ?, ?, 'Test Daily', ?, ?)",
                [
                    article_id,
                    f"https://news.example/{article_id}",
                    f"https://news.example/{article_id}",
                    title,
                    NOW - age,
                    NOW - age,
                ],
            )
            con.execute(
                "INSERT INTO article_tags (article_id, is_enforcement, score, topics, evidence, "
                "tagger_version) VALUES (?, ?, 0.9, ['raids'], [], 'test')",
                [article_id, enforcement],
            )
        for i, (fact_type, value, places) in enumerate(
            [
                ("arrests", 40, ["Denver, Colorado"]),
                ("detentions", 12, []),
                ("arrests", 3, ["Aurora, Colorado"]),
            ]
        ):
            con.execute(
                "INSERT INTO facts (fact_id, article_id, fact_type, value, unit, places, evidence, "
                "char_start, char_end, extractor_version) "
                "VALUES (?, 'raid', ?, ?, 'people', ?, ?, ?, ?, 'test')",
                [
                    f"f{i}",
                    fact_type,
                    value,
                    places,
                    f"Agents {fact_type} {value} people.",
                    i * 10,
                    i * 10 + 5,
                ],
            )


def test_pending_are_recent_enforcement_stories_not_yet_alerted(db_path: Path) -> None:
    seed(db_path)
    with connect(db_path) as con:
        assert alert_queries.pending_enforcement(con) == ["court", "raid"]  # oldest fetch first; "old" is too old
        assert alert_queries.pending_enforcement(con, max_age_hours=None) == ["old", "court", "raid"]
        assert alert_queries.pending_enforcement(con, article_ids=["raid", "snow"]) == ["raid"]


def test_claiming_twice_returns_nothing_the_second_time(db_path: Path) -> None:
    seed(db_path)
    with connect(db_path) as con:
        assert alert_queries.claim_alerts(con, ["raid", "court"], "run-1", "ui") == ["raid", "court"]
        assert alert_queries.claim_alerts(con, ["raid", "court"], "run-2", "ui") == []
        assert alert_queries.pending_enforcement(con) == []
        assert con.execute("SELECT count(*), min(flow_run_id) FROM alerts").fetchone() == (2, "run-1")


def test_markdown_lists_key_facts_largest_first(db_path: Path) -> None:
    seed(db_path)
    with connect(db_path) as con:
        stories = alert_queries.alert_stories(con, ["raid", "court"])
    text = alerts.alerts_markdown(stories)
    assert text.startswith("# Enforcement alerts: 2 new stories")
    assert "## [ICE arrests 40 in Denver raid](https://news.example/raid)" in text
    raid = text.split("## [Judge")[0]
    assert (
        raid.index("arrests: 40 people in Denver, Colorado")
        < raid.index("detentions: 12")
        < raid.index("arrests: 3 people in Aurora")
    )
    assert "- no facts extracted" in text.split("## [Judge")[1]


class _Receiver(BaseHTTPRequestHandler):
    status = 200
    bodies: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers["Content-Length"])
        type(self).bodies.append(json.loads(self.rfile.read(length)))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[tuple[str, type[_Receiver]]]:
    """A real HTTP endpoint on loopback that records what it is sent."""
    handler = type("Receiver", (_Receiver,), {"bodies": [], "status": 200})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", handler
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_post_webhook_reports_a_refusal_as_a_reason(webhook: tuple[str, type[_Receiver]]) -> None:
    url, receiver = webhook
    receiver.status = 500
    loopback_ok = load_settings(allow_private_networks=True, connect_timeout_s=2)
    assert post_json(url, {"stories": []}, loopback_ok) == "HTTP 500"
    assert post_json("http://127.0.0.1:9/nothing", {}, loopback_ok) is not None


def test_webhook_to_a_private_address_is_refused_by_default(webhook: tuple[str, type[_Receiver]]) -> None:
    """The webhook passes the same address checks as every fetch: loopback is refused unless allowed."""
    url, receiver = webhook
    reason = post_json(url, {"stories": []}, load_settings(allow_private_networks=False))
    assert reason is not None and reason.startswith("blocked")
    assert receiver.bodies == []


async def _latest_markdown(key: str) -> str:
    async with get_client() as client:
        found = await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))
    return max(found, key=lambda a: a.created).data


@pytest.mark.usefixtures("prefect_harness")
def test_flow_alerts_each_story_once_and_posts_to_the_webhook(
    db_path: Path, webhook: tuple[str, type[_Receiver]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, receiver = webhook
    monkeypatch.setenv("NEWSFLOW_ALERT_WEBHOOK_URL", url)
    monkeypatch.setenv("NEWSFLOW_ALLOW_PRIVATE_NETWORKS", "true")  # the receiver is on loopback
    seed(db_path)

    assert enforcement_alerts(db_path=str(db_path)) == 2
    assert "ICE arrests 40 in Denver raid" in asyncio.run(_latest_markdown(ARTIFACT_KEY))
    (body,) = receiver.bodies
    assert [s["article_id"] for s in body["stories"]] == ["court", "raid"]
    assert body["stories"][1]["facts"][0] == {
        "type": "arrests",
        "value": 40.0,
        "unit": "people",
        "places": ["Denver, Colorado"],
        "evidence": "Agents arrests 40 people.",
    }

    # a second trigger (a duplicate event, a later poll) sends nothing again
    assert enforcement_alerts(db_path=str(db_path)) == 0
    assert len(receiver.bodies) == 1
    assert "No new enforcement stories" in asyncio.run(_latest_markdown(ARTIFACT_KEY))
    with connect(db_path) as con:
        assert con.execute("SELECT sink, delivered, count(*) FROM alerts GROUP BY ALL").fetchall() == [
            ("webhook", True, 2)
        ]


@pytest.mark.usefixtures("prefect_harness")
def test_failed_delivery_is_recorded_and_not_retried(
    db_path: Path, webhook: tuple[str, type[_Receiver]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, receiver = webhook
    receiver.status = 503
    monkeypatch.setenv("NEWSFLOW_ALERT_WEBHOOK_URL", url)
    monkeypatch.setenv("NEWSFLOW_ALLOW_PRIVATE_NETWORKS", "true")  # the receiver is on loopback
    seed(db_path)
    assert enforcement_alerts(article_ids=["raid"], db_path=str(db_path)) == 1
    assert enforcement_alerts(article_ids=["raid"], db_path=str(db_path)) == 0  # at most once
    assert len(receiver.bodies) == 1
    with connect(db_path) as con:
        assert con.execute("SELECT article_id, sink, delivered FROM alerts").fetchall() == [("raid", "webhook", False)]


def test_fact_counts_read_as_a_person_writes_them() -> None:
    facts = (
        AlertFact("arrests", 1450.0, "people", ("Chicago, Illinois",), "Agents arrested 1,450 people."),
        AlertFact("convictions", 1.0, "people", (), "One was convicted."),
        AlertFact("assaults_on_officers", 2.0, "incidents", (), "Two assaults."),
    )
    story = AlertStory("a", "https://news.example/a", "T", "S", None, 0.9, (), facts)
    text = alerts.alerts_markdown([story])
    assert "arrests: 1,450 people in Chicago, Illinois" in text
    assert "convictions: 1 person**" in text
    assert "assaults on officers: 2 incidents" in text


@pytest.mark.usefixtures("prefect_harness")
def test_the_alert_run_is_named_for_what_it_found(db_path: Path) -> None:
    seed(db_path)
    first = enforcement_alerts(db_path=str(db_path), return_state=True)
    second = enforcement_alerts(db_path=str(db_path), return_state=True)

    async def run_and_artifact(state: State) -> tuple[str, str | None]:
        async with get_client() as client:
            run = await client.read_flow_run(state.state_details.flow_run_id)
            (artifact,) = await client.read_artifacts(
                artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id]))
            )
            return run.name, artifact.description

    (name, description), (again, _) = asyncio.run(run_and_artifact(first)), asyncio.run(run_and_artifact(second))
    assert (name, again) == ("2 new enforcement stories", "no new enforcement stories")
    assert description and re.match(r"2 new enforcement stories, \d{4}-\d\d-\d\d \d\d:\d\d UTC, from ", description)
