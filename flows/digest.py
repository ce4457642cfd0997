"""The daily-digest flow: a cron-scheduled summary of the last day, as two Prefect artifacts.

`daily-digest` (markdown: stories, facts by type and place, failing feeds, and a link to the 30-day HTML
report it refreshes) and `feed-health` (a table, one row per feed), so feed health is visible in the UI
without SQL.
"""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from flows.naming import artifact_title, name_this_run
from flows.report import write_report
from schemas.records import Digest
from tasks.config import load_settings
from tasks.notify.digest import digest_markdown, feed_health_rows
from tasks.store.digest_queries import read_digest
from tasks.store.warehouse import connect, migrate
from tasks.wording import count

DIGEST_KEY = "daily-digest"
FEED_HEALTH_KEY = "feed-health"


@task(name="read-digest")
def load_digest(db_path: str, hours: int) -> Digest:
    with connect(db_path) as con:
        migrate(con)  # a digest before the first poll still works, and says so
        return read_digest(con, hours)


@flow(name="daily-digest")
def daily_digest(db_path: str | None = None, hours: int = 24) -> str:
    """Publish the digest of the last `hours` hours; returns its markdown.

    db_path: the warehouse (default: NEWSFLOW_DB_PATH or data/newsflow.duckdb).
    hours: how far back "new" reaches (articles by fetch time).
    """
    settings = load_settings(db_path=db_path)
    digest = load_digest(str(settings.db_path), hours)
    name = name_this_run(f"digest {digest.until:%Y-%m-%d}: {count(digest.enforcement, 'stories')}")
    title = artifact_title(name, digest.until)
    report = write_report(settings.db_path, days=30)
    markdown = digest_markdown(digest) + f"\nCharts of the last 30 days: [{report}]({report.resolve().as_uri()})\n"
    create_markdown_artifact(key=DIGEST_KEY, markdown=markdown, description=f"{title}, last {hours} h")
    create_table_artifact(
        key=FEED_HEALTH_KEY,
        table=feed_health_rows(digest.feeds),
        description=f"{title}: {count(len(digest.feeds), 'feeds')}, last outcome, failures in a row, last error",
    )
    get_run_logger().info(
        "%s: %s, %s",
        name,
        count(digest.articles, "new articles"),
        count(len(digest.feeds), "feeds"),
    )
    return markdown
