"""The ingest cycle's steps: poll a batch of feeds, process a batch of new articles.

Each step is a plain function that composes the single-purpose modules (http, parse_feed,
polling, extract, analyze, rows) and returns the rows it produced plus a small summary; the
thin `@task` wrappers below stage those rows as one Parquet batch (tasks/store/staging.py) so a
crash or a locked warehouse loses nothing. Steps are per batch, never per entry: Prefect's
per-task overhead is real (shared/notes/prefect-and-duckdb-here.md §2).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from prefect import get_run_logger, task

from schemas.records import (
    ArticleSummary,
    ExtractedArticle,
    FeedEntry,
    FeedPollSummary,
    FeedState,
    FetchResult,
    PageToExtract,
)
from tasks.analysis.analyze import analyze
from tasks.config import Settings
from tasks.extract import extract_many
from tasks.fetch.http import FetchRequest, fetch_all
from tasks.fetch.parse_feed import parse_feed
from tasks.fetch.polling import body_hash, conditional_request, next_state
from tasks.fetch.urls import article_id
from tasks.store.rows import Row, analysis_rows, article_row, feed_row, fetch_event_row, html_row, listing_row
from tasks.store.staging import stage_batch
from tasks.store.warehouse import connect, known_article_ids, migrate


@dataclass
class FeedPollBatch:
    """What polling a batch of feeds produced."""

    summaries: list[FeedPollSummary] = field(default_factory=list)
    entries: list[FeedEntry] = field(default_factory=list)  # every entry of every feed that changed
    rows: dict[str, list[Row]] = field(default_factory=lambda: {"feeds": [], "fetch_events": []})


@dataclass
class ArticleBatch:
    """What processing a batch of new pages produced."""

    articles: list[ArticleSummary] = field(default_factory=list)
    extraction_failures: int = 0
    fetch_failures: int = 0
    facts: int = 0
    rows: dict[str, list[Row]] = field(default_factory=dict)


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
    results = fetch_all([conditional_request(s, now, settings) for s in states], settings)
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


def group_new_entries(
    entries: Sequence[FeedEntry], known_listings: set[tuple[str, str]], known_ids: set[str], seen_at: datetime
) -> tuple[list[list[FeedEntry]], list[Row]]:
    """Entries to fetch, grouped by page (the same story in two feeds is fetched once), and
    article_feeds rows for entries that list an article the warehouse already has."""
    groups: dict[str, list[FeedEntry]] = {}
    listings: list[Row] = []
    for entry in entries:
        if (entry.feed_id, entry.entry_key) in known_listings:
            continue
        known = article_id(entry.normalized_url)
        if known in known_ids:
            listings.append(listing_row(known, entry.feed_id, entry.entry_key, seen_at))
            continue
        groups.setdefault(entry.normalized_url, []).append(entry)
    return list(groups.values()), listings


def process_article_batch(groups: Sequence[Sequence[FeedEntry]], settings: Settings, run_id: str) -> ArticleBatch:
    """Fetch, extract and analyse new pages: one fetch per group of entries that share a page."""
    batch = ArticleBatch()
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
        )
    }
    results = fetch_all([FetchRequest(url=g[0].url, kind="article") for g in groups], settings)
    fetched: list[tuple[Sequence[FeedEntry], FetchResult]] = []
    for group, result in zip(groups, results, strict=True):
        if result.outcome == "ok" and result.body:
            fetched.append((group, result))
        else:
            batch.fetch_failures += 1
            rows["fetch_events"].append(fetch_event_row(result, run_id, group[0].feed_id))
    pages = [
        PageToExtract(r.final_url or r.url, r.body or b"", r.fetched_at, _charset(r.content_type)) for _, r in fetched
    ]
    extracted = extract_many(pages, settings.extraction_timeout_s, workers=settings.extraction_workers)
    # pages whose canonical URL names an article we already have (listed before under another URL)
    stored = _stored_article_ids(settings, [o.canonical_url for o in extracted if isinstance(o, ExtractedArticle)])
    for (group, result), page, outcome in zip(fetched, pages, extracted, strict=True):
        entry = group[0]
        if not isinstance(outcome, ExtractedArticle):
            batch.extraction_failures += 1
            rows["fetch_events"].append(
                fetch_event_row(result, run_id, entry.feed_id, "extraction_failed", outcome.reason)
            )
            continue
        rows["fetch_events"].append(fetch_event_row(result, run_id, entry.feed_id))
        aid = article_id(outcome.canonical_url)
        # every listing of this page, so no feed's entry is fetched again on the next poll
        rows["article_feeds"].extend(listing_row(aid, e.feed_id, e.entry_key, result.fetched_at) for e in group)
        if aid in stored:  # the same story under another URL: one article, one more listing
            continue
        stored.add(aid)
        rows["articles"].append(article_row(outcome, aid, entry.feed_id, result.fetched_at, entry.published_at))
        rows["article_html"].append(html_row(aid, page.html, page.encoding, result.fetched_at))
        analysis = analyze(outcome.title or entry.title or "", outcome.text, _published_date(outcome, entry))
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


def _stored_article_ids(settings: Settings, canonical_urls: Sequence[str]) -> set[str]:
    """Which of these canonical URLs already have an article in the warehouse (one short read)."""
    with connect(settings.db_path) as con:
        migrate(con)
        return known_article_ids(con, [article_id(url) for url in canonical_urls])


def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value.strip('"')
    return None


# ---------------------------------------------------------------------------------------------
# Prefect tasks: stage what a step produced, log one line per batch and per failure.
# ---------------------------------------------------------------------------------------------


@task(name="poll-feed-batch")
def poll_feeds_task(states: Sequence[FeedState], settings: Settings, run_id: str) -> FeedPollBatch:
    logger = get_run_logger()
    batch = poll_feed_batch(states, settings, run_id, datetime.now(UTC))
    stage_batch(settings.staging_dir, batch.rows)
    for summary in batch.summaries:
        if not summary.ok:
            logger.warning("feed failed: %s %s: %s", summary.url, summary.outcome, summary.error or "")
    return batch


@task(name="process-article-batch")
def process_articles_task(groups: Sequence[Sequence[FeedEntry]], settings: Settings, run_id: str) -> ArticleBatch:
    logger = get_run_logger()
    batch = process_article_batch(groups, settings, run_id)
    stage_batch(settings.staging_dir, batch.rows)
    logger.info(
        "pages: %d articles, %d fetch failures, %d extraction failures, %d facts",
        len(batch.articles),
        batch.fetch_failures,
        batch.extraction_failures,
        batch.facts,
    )
    return batch
