"""One partition of a scale-out cycle (the `poll-partition` deployment): poll, process, stage, never load.

flows/fan_out.py explains scale-out mode; this is the flow each of its N runs executes.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from flows.fan_out import ScaleOutError, partition_of
from flows.naming import name_this_run
from flows.poll_feeds import FEEDS_PER_TASK, _chunks, run_name, run_row, select_due_feeds, summarise_cycle
from schemas.records import FeedPollSummary, PendingEntry, RunSummary
from tasks.config import Settings, load_settings
from tasks.fetch.urls import article_id
from tasks.ingest import ArticleBatch, group_new_entries, poll_feeds_task, process_articles_task
from tasks.notify.artifacts import offline_note
from tasks.notify.events import emit_batch_staged, emit_feed_events
from tasks.store.staging import StagedUrl, stage_batch
from tasks.store.state import RunState
from tasks.store.warehouse import due_entries, known_article_ids, known_listings
from tasks.wording import count


@task(name="select-partition-entries", cache_policy=NO_CACHE)
def select_partition_entries(
    settings: Settings, state: RunState, now: datetime, partition: int, partitions: int
) -> tuple[list[list[PendingEntry]], str]:
    """This partition's queued entries due now, grouped by page, and the staged batch (or "") that closes
    the entries listing a page we already have; as select-queued-entries, for one partition's feeds."""
    with state.connection() as con:
        pending = [
            p
            for p in due_entries(con, now, settings.max_entries_per_feed)
            if partition_of(p.entry.feed_id, partitions) == partition
        ]
        listings = known_listings(con, [(p.entry.feed_id, p.entry.entry_key) for p in pending])
        known = known_article_ids(con, [article_id(p.entry.normalized_url) for p in pending])
    groups, closing_rows = group_new_entries(pending, listings, known, now)
    staged = str(stage_batch(settings.staging_dir, closing_rows)) if closing_rows["pending_entries"] else ""
    return groups, staged


def _announce(batch: str, settings: Settings) -> None:
    """`newsflow.batch.staged` for a batch just staged ("" when the step staged nothing)."""
    if batch:
        batch_id = StagedUrl(batch).name if "://" in batch else Path(batch).name
        emit_batch_staged(batch, batch_id, settings.staging_dir, settings.db_path)


@flow(name="poll-partition", log_prints=False)
def poll_partition(
    partition: int,
    partitions: int,
    feeds_file: str | None = None,
    db_path: str | None = None,
    staging: str | None = None,
    allow_private_networks: bool | None = None,
    force: bool = False,
) -> RunSummary:
    """One partition of a scale-out cycle: poll this partition's feeds, process their pages, stage, never load.

    Args:
        partition: which partition, 0 .. partitions-1
        partitions: how many partitions the feed list is split into
        feeds_file, db_path, allow_private_networks, force: as for poll-feeds
        staging: where batches are staged, a folder or an fsspec URL (default: NEWSFLOW_STAGING_DIR,
            else beside the warehouse)
    """
    if not 0 <= partition < partitions:
        raise ScaleOutError(f"partition {partition} is not in 0..{partitions - 1}")
    settings = load_settings(
        feeds_file=Path(feeds_file) if feeds_file else None,
        db_path=Path(db_path) if db_path else None,
        staging_dir=staging,
        allow_private_networks=allow_private_networks,
    )
    logger = get_run_logger()
    started = datetime.now(UTC)
    flow_run_id = flow_run.get_id()
    run_id = flow_run_id or uuid.uuid4().hex

    feeds: list[FeedPollSummary] = []
    done: list[ArticleBatch] = []
    with RunState(settings.db_path, settings.staging_dir, live=False) as state:
        due, waiting = select_due_feeds(settings, state, started, force)
        mine = [s for s in due if partition_of(s.feed_id, partitions) == partition]
        logger.info(
            "partition %d of %d: polling %s of %d due", partition + 1, partitions, count(len(mine), "feeds"), len(due)
        )
        for chunk in _chunks(mine, FEEDS_PER_TASK):
            polled = poll_feeds_task.with_options(task_run_name=f"poll {len(chunk)} feeds")(
                chunk, settings, run_id, state
            )
            feeds.extend(polled.summaries)
            _announce(polled.staged, settings)
        groups, closing = select_partition_entries(settings, state, started, partition, partitions)
        _announce(closing, settings)
        # partitions run side by side on the pool; within one, batches go one after another
        for chunk in _chunks(groups, settings.article_batch_size):
            task_run = process_articles_task.with_options(task_run_name=f"process {len(chunk)} pages")
            done.append(task_run(chunk, settings, run_id, state))
            _announce(done[-1].staged, settings)

    notes = tuple(n for n in (waiting if not mine else "", offline_note(feeds)) if n)
    summary = summarise_cycle(run_id, flow_run_id, started, feeds, done, notes)
    _announce(str(stage_batch(settings.staging_dir, {"runs": [run_row(summary)]})), settings)
    name_this_run(f"partition {partition + 1} of {partitions}: {run_name(summary)} staged")
    get_run_logger().info("%s", summary.one_line())
    emit_feed_events(feeds)
    return summary
