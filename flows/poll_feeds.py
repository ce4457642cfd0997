"""The ingest cycle as a Prefect flow: poll → fetch → extract → tag → facts → stage → load → tell.

This module only orchestrates; each step lives in tasks/. Processing stages Parquet batches and a
single writer loads them at the end (and at the start, for anything a crash or a locked warehouse
left behind), so one broken feed or page, a crash, or an analyst holding the DuckDB lock never
loses work. A feed's new state is staged together with the entries it listed (the pending_entries
queue), and the pages processed each run are read from that queue, so an interrupted run leaves
nothing behind that the next run does not pick up. Article events are emitted for what a load
committed, by whichever run committed it, because the alert flow they trigger reads the warehouse.
With `partitions` > 1 the run only fans the cycle out over poll-partition runs (flows/fan_out.py).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run

from flows import progress
from flows.fan_out import FanOut, fan_out
from flows.naming import artifact_title, name_this_run
from schemas.records import ArticleSummary, FeedPollSummary, FeedState, PendingEntry, RunSummary
from tasks.config import Settings, load_settings
from tasks.fetch.feedlist import read_feed_list
from tasks.fetch.polling import why_not_due
from tasks.fetch.urls import article_id, feed_id
from tasks.ingest import ArticleBatch, group_new_entries, poll_feeds_task, process_articles_task
from tasks.notify.artifacts import offline_note, publish_run_artifacts
from tasks.notify.events import emit_article_events, emit_feed_events
from tasks.store.snapshot import publish_snapshot, snapshot_path
from tasks.store.staging import LoadReport, load_pending, stage_batch
from tasks.store.state import RunState
from tasks.store.warehouse import (
    WarehouseLockedError,
    due_entries,
    feed_states,
    known_article_ids,
    known_listings,
    upsert_feed_sources,
)
from tasks.wording import count

#: a feed due within this much of now is polled now, so a 15-minute schedule never skips a feed
#: whose next poll falls a few seconds after the run starts
DUE_SLACK = timedelta(minutes=2)
#: feeds per poll task: enough to keep poll_concurrency busy, few enough that one task stays short
FEEDS_PER_TASK = 250
#: page batches processed at once: one fetching while one extracts and analyses on every core
PAGE_BATCHES_IN_FLIGHT = 2

T = TypeVar("T")


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


#: connect retries of a load once the run found the warehouse locked: a quick look whether it was let
#: go, not another ~7 s wait per load (everything is staged either way)
RETRIES_WHILE_LOCKED = 1


@task(name="load-staged-batches", cache_policy=NO_CACHE)
def load_staged(settings: Settings, state: RunState) -> LoadReport:
    """The single writer: load every staged batch into DuckDB, oldest first.

    A locked warehouse is not an error: the batches stay staged, the run reads its state from the
    snapshot from now on, and the flow says so once at the end.
    """
    options = {"retries": RETRIES_WHILE_LOCKED} if state.locked else {}
    report = load_pending(settings.staging_dir, settings.db_path, **options)
    if report.lock_holder:
        state.mark_locked(report.lock_holder)
    for batch_id, error in report.failed:
        get_run_logger().error("staged batch %s rejected: %s", batch_id, error)
    return report


@task(name="publish-read-snapshot", cache_policy=NO_CACHE)
def publish_read_snapshot(settings: Settings, loads: Sequence[LoadReport]) -> None:
    """Refresh the analysts' snapshot once per run, after its last load, if the run loaded anything."""
    if loads[-1].locked or not (any(r.loaded for r in loads) or not snapshot_path(settings.db_path).exists()):
        return
    try:
        publish_snapshot(settings.db_path)
    except WarehouseLockedError:  # taken between the load and now: the next run's load publishes it
        return


@task(name="select-due-feeds", cache_policy=NO_CACHE)
def select_due_feeds(settings: Settings, state: RunState, now: datetime, force: bool) -> tuple[list[FeedState], str]:
    """Register the listed feeds; return those due for a poll (all listed feeds when forced) and why the rest wait.

    While the warehouse is locked the new feeds are registered in the run's state copy only; their
    polls stage their `feeds` rows, and the next run registers the list again.
    """
    sources = read_feed_list(settings.feeds_file)
    listed = {feed_id(s.url) for s in sources}
    with state.connection() as con:
        upsert_feed_sources(con, sources)
        states = [s for s in feed_states(con) if s.feed_id in listed]
    due = [s for s in states if force or s.next_poll_at is None or s.next_poll_at <= now + DUE_SLACK]
    due_ids = {s.feed_id for s in due}
    return due, why_not_due([s for s in states if s.feed_id not in due_ids])


@task(name="select-queued-entries", cache_policy=NO_CACHE)
def select_queued_entries(settings: Settings, state: RunState, now: datetime) -> list[list[PendingEntry]]:
    """The queued entries due now (capped per feed, newest first), grouped by page; close the ones
    that list a page we already have."""
    with state.connection() as con:
        pending = due_entries(con, now, settings.max_entries_per_feed)
        listings = known_listings(con, [(p.entry.feed_id, p.entry.entry_key) for p in pending])
        known = known_article_ids(con, [article_id(p.entry.normalized_url) for p in pending])
    groups, closing_rows = group_new_entries(pending, listings, known, now)
    if closing_rows["pending_entries"]:
        stage_batch(settings.staging_dir, closing_rows)
    return groups


def summarise_cycle(
    run_id: str,
    flow_run_id: str | None,
    started: datetime,
    feeds: list[FeedPollSummary],
    done: list[ArticleBatch],
    notes: tuple[str, ...],
) -> RunSummary:
    """A cycle's summary from what it polled and processed. `new_articles` counts what its batches staged:
    a one-machine run loads them all before it ends; a partition's are loaded (and counted) by the loader."""
    articles = [a for batch in done for a in batch.articles]
    return RunSummary(
        run_id=run_id,
        flow_run_id=flow_run_id,
        started_at=started,
        finished_at=datetime.now(UTC),
        feeds_polled=len(feeds),
        not_modified=sum(s.outcome == "not_modified" for s in feeds),
        failed=sum(not s.ok for s in feeds),
        new_articles=len(articles),
        extraction_failures=sum(b.extraction_failures for b in done),
        enforcement_stories=sum(a.is_enforcement for a in articles),
        facts_written=sum(b.facts for b in done),
        notes=notes,
    )


def run_row(summary: RunSummary) -> dict[str, Any]:
    """The `runs` table row of a summary (`left_staged` and `notes` are not columns)."""
    return {k: v for k, v in dataclasses.asdict(summary).items() if k not in ("left_staged", "notes")}


def run_name(summary: RunSummary) -> str:
    """What the run did, as the UI's runs list shows it: "12 feeds, 7 new articles"."""
    return f"{count(summary.feeds_polled, 'feeds')}, {count(summary.new_articles, 'new articles')}"


@flow(name="poll-feeds", log_prints=False)
def poll_feeds(
    feeds_file: str | None = None,
    db_path: str | None = None,
    allow_private_networks: bool | None = None,
    force: bool = False,
    partitions: int = 1,
) -> RunSummary | FanOut:
    """One poll-and-process cycle.

    Args:
        feeds_file: the feed list, YAML or OPML (default: NEWSFLOW_FEEDS_FILE or feeds.yaml)
        db_path: the DuckDB warehouse (default: NEWSFLOW_DB_PATH or data/newsflow.duckdb)
        allow_private_networks: fetch loopback/private addresses too (tests, the demo, intranets)
        force: poll every listed feed now, even those not yet due
        partitions: 1 (one machine): this run polls, processes and loads. N > 1 (scale-out,
            docs/scaling.md): N poll-partition runs on the work pool process the feed list, each
            its share, and the load-staged deployment loads what they stage (flows/fan_out.py)
    """
    if partitions != 1:
        return fan_out(
            partitions,
            {"feeds_file": feeds_file, "db_path": db_path, "allow_private_networks": allow_private_networks,
             "force": force},
        )  # fmt: skip
    settings = load_settings(
        feeds_file=Path(feeds_file) if feeds_file else None,
        db_path=Path(db_path) if db_path else None,
        allow_private_networks=allow_private_networks,
    )
    logger = get_run_logger()
    started = datetime.now(UTC)
    flow_run_id = flow_run.get_id()
    run_id = flow_run_id or uuid.uuid4().hex

    with RunState(settings.db_path, settings.staging_dir) as state:
        summary, loaded, feed_summaries, articles = _cycle(settings, state, run_id, flow_run_id, started, force)
    if summary.left_staged:
        why = f"warehouse locked by {loaded[-1].lock_holder}" if loaded[-1].lock_holder else loaded[-1].locked
        logger.warning(
            "%s: %s staged, loaded by the next run", why, count(summary.left_staged, "batches")
        )  # the one line a locked warehouse costs: the run itself went on
    name = name_this_run(run_name(summary))
    get_run_logger().info("%s", summary.one_line())  # a fresh logger: this line carries the new name

    emit_feed_events(feed_summaries)
    emit_article_events([a for report in loaded for a in report.articles], settings.db_path)  # what loads committed
    publish_run_artifacts(feed_summaries, articles, title=artifact_title(name, started), notes=summary.notes)
    return summary


def _cycle(
    settings: Settings, state: RunState, run_id: str, flow_run_id: str | None, started: datetime, force: bool
) -> tuple[RunSummary, list[LoadReport], list[FeedPollSummary], list[ArticleSummary]]:
    """Load, poll, load, process, stage the run row, load: the cycle's steps, in the flow run."""
    logger = get_run_logger()
    loaded = [load_staged(settings, state)]  # whatever an earlier crash or lock left behind
    due, waiting = select_due_feeds(settings, state, started, force)
    logger.info(
        "polling %s from %s%s", count(len(due), "feeds"), settings.feeds_file, f"; {waiting}" if waiting else ""
    )

    feed_summaries: list[FeedPollSummary] = []
    for chunk in _chunks(due, FEEDS_PER_TASK):
        polled = poll_feeds_task.with_options(task_run_name=f"poll {len(chunk)} feeds")(chunk, settings, run_id, state)
        feed_summaries.extend(polled.summaries)
        progress.update("feeds polled", len(feed_summaries), len(due))

    # the queue is the one source of work: this run's new entries and whatever earlier runs left
    loaded.append(load_staged(settings, state))
    groups = select_queued_entries(settings, state, started)
    # page batches overlap: the next batch's pages are fetched while the last one's extract and
    # analyse on the shared worker pool; each batch stages itself, so a kill loses nothing
    done: list[ArticleBatch] = []
    in_flight: deque[PrefectFuture[ArticleBatch]] = deque()
    for chunk in _chunks(groups, settings.article_batch_size):
        if len(in_flight) == PAGE_BATCHES_IN_FLIGHT:
            done.append(in_flight.popleft().result())
            progress.update("pages processed", sum(b.pages for b in done), len(groups))
        task_run = process_articles_task.with_options(task_run_name=f"process {len(chunk)} pages")
        in_flight.append(task_run.submit(chunk, settings, run_id, state))
    while in_flight:
        done.append(in_flight.popleft().result())
        progress.update("pages processed", sum(b.pages for b in done), len(groups))
    articles = [a for batch in done for a in batch.articles]

    notes = tuple(n for n in (waiting if not due else "", offline_note(feed_summaries)) if n)
    summary = summarise_cycle(run_id, flow_run_id, started, feed_summaries, done, notes)
    stage_batch(settings.staging_dir, {"runs": [run_row(summary)]})
    loaded.append(load_staged(settings, state))
    publish_read_snapshot(settings, loaded)
    return dataclasses.replace(summary, left_staged=loaded[-1].left_staged), loaded, feed_summaries, articles
