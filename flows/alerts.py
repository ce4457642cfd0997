"""The enforcement-alerts flow: started by `newsflow.article.tagged` events, never by a clock.

The trigger (prefect.yaml) is only a wake-up call; the warehouse says what is new. The flow claims
every enforcement story not yet alerted (tasks/store/alert_queries.py: insert first, send only what was inserted),
publishes them as the `enforcement-alerts` markdown artifact, and POSTs them to the webhook when one is
configured. So a burst of events, a duplicate event or a manual run cannot alert a story twice.
"""

from __future__ import annotations

from datetime import UTC, datetime

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run

from flows.naming import artifact_title, name_this_run
from schemas.records import AlertStory
from tasks.config import Settings, load_settings
from tasks.fetch.http import post_json
from tasks.notify import alerts
from tasks.store import alert_queries
from tasks.store.warehouse import connect, migrate
from tasks.wording import count

ARTIFACT_KEY = "enforcement-alerts"


@task(name="claim-enforcement-stories")
def claim_stories(
    db_path: str, article_ids: list[str] | None, max_age_hours: int | None, flow_run_id: str | None, sink: str
) -> list[AlertStory]:
    """Record the pending stories in `alerts` and read back the ones this run now owns."""
    with connect(db_path) as con:
        migrate(con)
        pending = alert_queries.pending_enforcement(con, article_ids, max_age_hours)
        claimed = alert_queries.claim_alerts(con, pending, flow_run_id, sink)
        return alert_queries.alert_stories(con, claimed)


@task(name="deliver-webhook")
def deliver_webhook(url: str, stories: list[AlertStory], flow_run_id: str | None, settings: Settings) -> str | None:
    """POST the stories once (no retries: at most once); returns the reason on failure."""
    return post_json(url, alerts.webhook_payload(stories, flow_run_id), settings)


@task(name="mark-delivered")
def mark_delivered(db_path: str, article_ids: list[str]) -> None:
    with connect(db_path) as con:
        alert_queries.mark_delivered(con, article_ids)


@flow(name="enforcement-alerts", log_prints=False)
def enforcement_alerts(
    article_ids: list[str] | None = None, db_path: str | None = None, max_age_hours: int | None = 72
) -> int:
    """Alert on enforcement stories not alerted before; returns how many this run alerted.

    article_ids: limit to these articles (default: every pending enforcement story).
    db_path: the warehouse (default: NEWSFLOW_DB_PATH or data/newsflow.duckdb).
    max_age_hours: ignore stories fetched longer ago than this (None: no limit).
    """
    settings = load_settings(db_path=db_path)
    webhook = settings.alert_webhook_url
    run_id = flow_run.id
    started = datetime.now(UTC)
    stories = claim_stories(str(settings.db_path), article_ids, max_age_hours, run_id, "webhook" if webhook else "ui")
    name = name_this_run(count(len(stories), "new enforcement stories") if stories else "no new enforcement stories")
    logger = get_run_logger()  # after the rename, so its lines carry the name

    create_markdown_artifact(
        key=ARTIFACT_KEY,
        markdown=alerts.alerts_markdown(stories),
        description=f"{artifact_title(name, started)}, from {settings.db_path}",
    )
    if not stories:
        logger.info("no new enforcement stories in %s", settings.db_path)
        return 0
    logger.info("%s: %s", name, "; ".join(s.title or s.url for s in stories[:5]))

    ids = [s.article_id for s in stories]
    if webhook:
        failure = deliver_webhook(webhook, stories, run_id, settings)
        if failure:
            logger.warning("webhook %s not delivered: %s (alerts kept with delivered=false)", webhook, failure)
            return len(stories)
    # with no webhook the UI artifact is the sink, and it has just been published
    mark_delivered(str(settings.db_path), ids)
    return len(stories)
