"""The loader of scale-out mode: the only writer of the warehouse, started by `newsflow.batch.staged` events.

Partition runs (flows/fan_out.py) stage batches and never load. The `load-staged` deployment
(prefect.yaml) is triggered by their `newsflow.batch.staged` events, debounced per warehouse, with a
deployment concurrency limit of one: each run loads every complete staged batch, oldest first, one
transaction each (`load_pending`; a batch loaded twice changes nothing), refreshes the read snapshot
(and, for a staging URL, its copy in the store, which the next partitions read their state from),
and then emits the article events for what the loads stored, the same events poll-feeds emits in
one-machine mode, so the enforcement-alerts trigger works the same way in both modes.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.naming import name_this_run
from flows.poll_feeds import load_staged as load_batches
from flows.poll_feeds import publish_read_snapshot
from tasks.config import Settings, load_settings
from tasks.notify.events import emit_article_events
from tasks.store.snapshot import snapshot_path
from tasks.store.staging import LoadReport, publish_state
from tasks.store.state import RunState
from tasks.wording import count


@task(name="publish-state-to-staging", cache_policy=NO_CACHE)
def publish_state_to_staging(settings: Settings) -> bool:
    """Copy the read snapshot into a staging URL, where partition runs on other machines read their state."""
    snapshot = snapshot_path(settings.db_path)
    return snapshot.exists() and publish_state(settings.staging_dir, snapshot)


@flow(name="load-staged", log_prints=False)
def load_staged(db_path: str | None = None, staging: str | None = None) -> LoadReport:
    """Load every staged batch into the warehouse, then announce the articles the loads stored.

    Args:
        db_path: the DuckDB warehouse (default: NEWSFLOW_DB_PATH or data/newsflow.duckdb)
        staging: the staging folder or fsspec URL (default: NEWSFLOW_STAGING_DIR, else beside the warehouse)
    """
    settings = load_settings(db_path=Path(db_path) if db_path else None, staging_dir=staging)
    with RunState(settings.db_path, settings.staging_dir) as state:
        report = load_batches(settings, state)
    publish_read_snapshot(settings, [report])
    if report.loaded and not report.locked:
        publish_state_to_staging(settings)
    if report.left_staged:
        get_run_logger().warning(
            "%s: %s left staged for the next load", report.locked, count(report.left_staged, "batches")
        )
    name_this_run(f"{count(len(report.loaded), 'batches')}, {count(len(report.articles), 'new articles')}")
    emit_article_events(report.articles, settings.db_path)
    return report
