"""The ingest cycle's steps: poll a batch of feeds, process a batch of new articles.

Each step is a plain function that composes the single-purpose modules (http, parse_feed,
polling, extract, analyze, rows) and returns the rows it produced plus a small summary; the
thin `@task` wrappers below stage those rows as one Parquet batch (tasks/store/staging.py) so a
crash or a locked warehouse loses nothing. Steps are per batch, never per entry: Prefect's
per-task overhead is real (shared/notes/prefect-and-duckdb-here.md §2).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.exceptions import MissingContextError

from schemas.records import (
    ArticleSummary,
    ExtractedArticle,
    FeedEntry,
    FeedPollSummary,
    FeedState,
    FetchResult,
    PageToExtract,
    PendingEntry,
)
from tasks.analysis.analyze import analyze
from tasks.config import Settings
from tasks.extract import WorkerFailure, extract_many, map_with_time_limit
from tasks.fetch.http import FetchRequest, fetch_all
from tasks.fetch.parse_feed import parse_feed
from tasks.fetch.polling import backoff_s, body_hash, conditional_request, next_state
from tasks.fetch.urls import article_id
from tasks.store.rows import (
    Row,
    analysis_rows,
    article_row,
    feed_row,
    fetch_event_row,
    html_row,
    listing_row,
    queue_row,
)
from tasks.store.staging import stage_batch
from tasks.store.state import RunState
from tasks.store.warehouse import known_article_ids, known_listings, queued_entries


@dataclass
class FeedPollBatch:
    """What polling a batch of feeds produced."""

    summaries: list[FeedPollSummary] = field(default_factory=list)
    entries: list[FeedEntry] = field(default_factory=list)  # every entry of every feed that changed
    #: feeds and fetch_events; the task adds the pending_entries rows for entries not seen before, so a
    #: feed's new state is loaded in the same transaction as the queued work it implies
    rows: dict[str, list[Row]] = field(default_factory=lambda: {"feeds": [], "fetch_events": []})
    staged: str = ""  # the staged batch (a folder or a URL), once the task has staged the rows


@dataclass
class ArticleBatch:
    """What processing a batch of new pages produced."""

    articles: list[ArticleSummary] = field(default_factory=list)
    pages: int = 0  # page groups handled (each one fetch)
    extraction_failures: int = 0
    fetch_failures: int = 0
    analysis_failures: int = 0  # stored without tags: analysis overran the per-page time limit
    facts: int = 0
    rows: dict[str, list[Row]] = field(default_factory=dict)
    staged: str = ""  # the staged batch (a folder or a URL), once the task has staged the rows


def get_logger() -> logging.Logger:
    """The Prefect run logger inside a task, this module's logger elsewhere (benchmarks, tests)."""
    try:
        return get_run_logger()  # type: ignore[return-value]
    except MissingContextError:  # called outside a flow or task run
        return logging.getLogger(__name__)


def _one_line(text: str | None) -> str | None:
    return text.strip().splitlines()[0][:300] if text and text.strip() else text


def poll_feed_batch(
    states: Sequence[FeedState],
    settings: Settings,
    run_id: str,
    now: datetime,
    rng: random.Random | None = None,
) -> FeedPollBatch:
    """Fetch each feed conditionally, parse what changed, and decide each feed's next state."""
    rng = rng or random.Random()
    batch = FeedPollBatch()
    results = fetch_all(
        [conditional_request(s, now, settings) for s in states], settings, concurrency=settings.poll_concurrency
    )
    for state, result in zip(states, results, strict=True):
        digest = body_hash(result.body) if result.outcome == "ok" and result.body is not None else None
        parsed = None
        outcome, error = result.outcome, result.error
        unchanged = digest is not None and digest == state.body_hash
        if digest is not None and not unchanged:
            parsed = parse_feed(result.body or b"", state.feed_id, result.final_url or state.url, result.content_type)
            if parsed.outcome != "ok":
                outcome, error = parsed.outcome, parsed.error
            else:
                error = parsed.error  # survivable parser warnings (e.g. a wrong declared encoding)
                batch.entries.extend(parsed.entries)
        recorded = replace(result, outcome=outcome, error=_one_line(error))
        new_state = next_state(state, recorded, digest, parsed, now, settings, rng)
        batch.rows["fetch_events"].append(fetch_event_row(recorded, run_id, state.feed_id))
        batch.rows["feeds"].append(feed_row(new_state, now))
        batch.summaries.append(
            FeedPollSummary(
                feed_id=state.feed_id,
                url=state.url,
                outcome="not_modified" if unchanged else outcome,
                title=new_state.title or state.title,
                status=result.status,
                new_entries=len(parsed.entries) if parsed and parsed.outcome == "ok" else 0,
                error=_one_line(error) if outcome not in ("ok", "not_modified") else None,
                elapsed_ms=result.elapsed_ms,
            )
        )
    return batch


def _published_date(article: ExtractedArticle, entry: FeedEntry) -> date | None:
    moment = article.published_at or entry.published_at
    return moment.date() if moment else None


def enqueue_rows(
    entries: Sequence[FeedEntry], known_listings: set[tuple[str, str]], queued: set[tuple[str, str]], now: datetime
) -> list[Row]:
    """pending_entries rows for the entries neither listed in the warehouse nor already queued."""
    rows: list[Row] = []
    for entry in entries:
        key = (entry.feed_id, entry.entry_key)
        if key not in known_listings and key not in queued:
            rows.append(queue_row(entry, now))
    return rows


def group_new_entries(
    pending: Sequence[PendingEntry],
    known_listings: set[tuple[str, str]],
    known_ids: set[str],
    seen_at: datetime,
) -> tuple[list[list[PendingEntry]], dict[str, list[Row]]]:
    """Queued entries to fetch, grouped by page (the same story in two feeds is fetched once), and
    the rows that close the others: a listing already stored, or a listing of an article we have."""
    groups: dict[str, list[PendingEntry]] = {}
    rows: dict[str, list[Row]] = {"article_feeds": [], "pending_entries": []}
    for item in pending:
        entry = item.entry
        if (entry.feed_id, entry.entry_key) in known_listings:
            rows["pending_entries"].append(queue_row(entry, seen_at, status="done"))
            continue
        known = article_id(entry.normalized_url)
        if known in known_ids:
            rows["article_feeds"].append(listing_row(known, entry.feed_id, entry.entry_key, seen_at))
            rows["pending_entries"].append(queue_row(entry, seen_at, status="done"))
            continue
        groups.setdefault(entry.normalized_url, []).append(item)
    return list(groups.values()), rows


#: text analysed per article: a story is not 2 MB, and analysis cost grows faster than text length
MAX_ANALYSIS_CHARS = 100_000

#: page outcomes that a later attempt cannot change: the entry is given up at once
PERMANENT_OUTCOMES = frozenset({"not_html", "blocked", "too_large", "redirect_loop", "invalid_url"})


def _permanent(outcome: str, status: int | None, reason: str | None) -> bool:
    if outcome in PERMANENT_OUTCOMES:
        return True
    if outcome == "http_error" and status is not None and 400 <= status < 500 and status not in (408, 429):
        return True
    return outcome == "extraction_failed" and reason != "timeout"  # the same bytes extract the same way


def failure_rows(
    group: Sequence[PendingEntry],
    outcome: str,
    status: int | None,
    error: str | None,
    now: datetime,
    settings: Settings,
    rng: random.Random,
) -> list[Row]:
    """Queue rows after a failed attempt: retried with backoff within the budget, else given up."""
    rows = []
    reason = f"{outcome}: {error}" if error else outcome
    for item in group:
        attempts = item.attempts + 1
        give_up = attempts >= settings.entry_attempts or _permanent(outcome, status, error)
        rows.append(
            queue_row(
                item.entry,
                now,
                status="failed" if give_up else "pending",
                attempts=attempts,
                next_attempt_at=None if give_up else now + timedelta(seconds=backoff_s(attempts, settings, rng)),
                last_error=_one_line(reason),
            )
        )
    return rows


def process_article_batch(
    groups: Sequence[Sequence[PendingEntry]],
    settings: Settings,
    run_id: str,
    state: RunState | None = None,
    rng: random.Random | None = None,
) -> ArticleBatch:
    """Fetch, extract and analyse queued pages: one fetch per group of entries that share a page.

    Every entry of every group leaves with a pending_entries row in the same batch as its outcome
    (done, or a failed attempt), so the queue and the articles never disagree. `state` is where
    stored articles are looked up (the warehouse, or its snapshot while it is locked) and where the
    batches of one run claim the articles they stage: a story reached under two URLs in two batches
    becomes one article and is counted once. Without a `state` the batch makes its own.
    """
    if state is None:
        with RunState(settings.db_path, settings.staging_dir) as own:
            return process_article_batch(groups, settings, run_id, own, rng)
    rng = rng or random.Random()
    batch = ArticleBatch(pages=len(groups))
    rows: dict[str, list[Row]] = {
        t: []
        for t in (
            "fetch_events",
            "articles",
            "article_html",
            "article_feeds",
            "article_tags",
            "facts",
            "quotes",
            "mentions",
            "pending_entries",
        )
    }
    results = fetch_all([FetchRequest(url=g[0].entry.url, kind="article") for g in groups], settings)
    fetched: list[tuple[Sequence[PendingEntry], FetchResult]] = []
    for group, result in zip(groups, results, strict=True):
        if result.outcome == "ok" and result.body:
            fetched.append((group, result))
        else:
            batch.fetch_failures += 1
            rows["fetch_events"].append(fetch_event_row(result, run_id, group[0].entry.feed_id))
            rows["pending_entries"].extend(
                failure_rows(group, result.outcome, result.status, result.error, result.fetched_at, settings, rng)
            )
    pages = [
        PageToExtract(r.final_url or r.url, r.body or b"", r.fetched_at, _charset(r.content_type)) for _, r in fetched
    ]
    extracted = extract_many(pages, settings.extraction_timeout_s, workers=settings.extraction_workers)
    # pages whose canonical URL names an article we already have (listed before under another URL)
    new: list[tuple[str, ExtractedArticle, FeedEntry, FetchResult]] = []  # pages that become articles
    canonical = [o.canonical_url for o in extracted if isinstance(o, ExtractedArticle)]
    stored = _stored_article_ids(state, {article_id(url) for url in canonical})
    for (group, result), page, outcome in zip(fetched, pages, extracted, strict=True):
        entry = group[0].entry
        if not isinstance(outcome, ExtractedArticle):
            batch.extraction_failures += 1
            rows["fetch_events"].append(
                fetch_event_row(result, run_id, entry.feed_id, "extraction_failed", outcome.reason)
            )
            rows["pending_entries"].extend(
                failure_rows(
                    group, "extraction_failed", result.status, outcome.reason, result.fetched_at, settings, rng
                )
            )
            continue
        rows["fetch_events"].append(fetch_event_row(result, run_id, entry.feed_id))
        aid = article_id(outcome.canonical_url)
        # every listing of this page, so no feed's entry is fetched again on the next poll
        rows["article_feeds"].extend(
            listing_row(aid, e.entry.feed_id, e.entry.entry_key, result.fetched_at) for e in group
        )
        rows["pending_entries"].extend(queue_row(e.entry, result.fetched_at, status="done") for e in group)
        if aid in stored or not state.claim_article(aid):  # the same story under another URL: one more listing
            continue
        rows["articles"].append(article_row(outcome, aid, entry.feed_id, result.fetched_at, entry.published_at))
        rows["article_html"].append(html_row(aid, page.html, page.encoding, result.fetched_at))
        new.append((aid, outcome, entry, result))
    jobs = [(o.title or e.title or "", o.text[:MAX_ANALYSIS_CHARS], _published_date(o, e)) for _, o, e, _ in new]
    analyses = map_with_time_limit(analyze, jobs, settings.extraction_timeout_s, settings.extraction_workers)
    for (aid, outcome, entry, result), analysis in zip(new, analyses, strict=True):
        if isinstance(analysis, WorkerFailure):  # stored unanalysed; `newsflow reprocess` can retry it
            batch.analysis_failures += 1
            get_logger().warning("analysis of %s gave up (%s); stored without tags", result.url, analysis.reason)
            continue
        for table, derived in analysis_rows(aid, analysis, result.fetched_at).items():
            rows[table].extend(derived)
        fact_counts: dict[str, int] = {}
        for fact in analysis.facts:
            fact_counts[fact.type] = fact_counts.get(fact.type, 0) + 1
        batch.facts += len(analysis.facts)
        batch.articles.append(
            ArticleSummary(
                article_id=aid,
                url=outcome.canonical_url,
                title=outcome.title or entry.title,
                is_enforcement=analysis.tag.is_enforcement,
                topics=analysis.tag.topics,
                fact_counts=fact_counts,
                feed_id=entry.feed_id,
            )
        )
    batch.rows = rows
    return batch


def _stored_article_ids(state: RunState, ids: set[str]) -> set[str]:
    """Which of these article ids the warehouse (or, while it is locked, the snapshot) already holds.

    A stale answer costs only repeated work: the idempotent load keeps one article per id.
    """
    with state.connection() as con:
        return known_article_ids(con, ids)


def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value.strip('"')
    return None


# ---------------------------------------------------------------------------------------------
# Prefect tasks: stage what a step produced, log one line per batch and per failure.
# ---------------------------------------------------------------------------------------------


# NO_CACHE: results are never reused, and the shared RunState (it holds a lock) cannot be hashed
@task(name="poll-feed-batch", cache_policy=NO_CACHE)
def poll_feeds_task(states: Sequence[FeedState], settings: Settings, run_id: str, state: RunState) -> FeedPollBatch:
    logger = get_run_logger()
    now = datetime.now(UTC)
    batch = poll_feed_batch(states, settings, run_id, now)
    if batch.entries:
        keys = [(e.feed_id, e.entry_key) for e in batch.entries]
        with state.connection() as con:
            listed, queued = known_listings(con, keys), queued_entries(con, keys)
        batch.rows["pending_entries"] = enqueue_rows(batch.entries, listed, queued, now)
    batch.staged = str(stage_batch(settings.staging_dir, batch.rows))  # feed state + its queued entries: one load
    for summary in batch.summaries:
        if not summary.ok:
            logger.warning("feed failed: %s %s: %s", summary.url, summary.outcome, summary.error or "")
    return batch


@task(name="process-article-batch", cache_policy=NO_CACHE)
def process_articles_task(
    groups: Sequence[Sequence[PendingEntry]], settings: Settings, run_id: str, state: RunState
) -> ArticleBatch:
    """Process and stage one batch; returns its summary without its rows (they are staged, and a
    run's batches must not pile up in memory)."""
    logger = get_run_logger()
    batch = process_article_batch(groups, settings, run_id, state)
    batch.staged = str(stage_batch(settings.staging_dir, batch.rows))
    batch.rows = {}
    logger.info(
        "pages: %d articles, %d fetch failures, %d extraction failures, %d facts",
        len(batch.articles),
        batch.fetch_failures,
        batch.extraction_failures,
        batch.facts,
    )
    return batch
