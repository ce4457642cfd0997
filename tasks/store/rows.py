"""Typed records in, warehouse rows out: the one place that knows how records map to columns.

Pure functions with no I/O; the columns are those of schemas/tables.py (staging checks them).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from schemas.records import Analysis, ExtractedArticle, FeedEntry, FeedState, FetchResult
from schemas.tables import content_id, fact_id, quote_id, speaker_id
from tasks.analysis.quote_speakers import speaker_key
from tasks.store.warehouse import compress_html

Row = dict[str, Any]


def fetch_event_row(
    result: FetchResult,
    run_id: str,
    feed_id: str | None,
    outcome: str | None = None,
    error: str | None = None,
) -> Row:
    """One fetch_events row; `outcome`/`error` override the fetch's own (e.g. `extraction_failed`)."""
    return {
        "event_id": content_id(run_id, result.kind, result.url, result.fetched_at.isoformat()),
        "run_id": run_id,
        "feed_id": feed_id,
        "url": result.url,
        "kind": result.kind,
        "fetched_at": result.fetched_at,
        "status": result.status,
        "outcome": outcome or result.outcome,
        "error": error if error is not None else result.error,
        "bytes": result.bytes,
        "elapsed_ms": result.elapsed_ms,
    }


def feed_row(state: FeedState, now: datetime) -> Row:
    """The feeds row for a state after a poll (upserted)."""
    return {**dataclasses.asdict(state), "updated_at": now}


def queue_row(entry: FeedEntry, now: datetime, **state: Any) -> Row:
    """A pending_entries row: the whole entry (so the row can always be inserted) plus queue state.

    Queue columns left out are NULL, which the loader reads as "keep what is stored": a feed that
    lists an entry again cannot reset its attempts or reopen it.
    """
    return {**dataclasses.asdict(entry), **state, "updated_at": now}


def article_row(
    article: ExtractedArticle,
    article_id: str,
    feed_id: str | None,
    fetched_at: datetime,
    published_fallback: datetime | None,
) -> Row:
    """The articles row of one extracted page; `feed_id` is the first feed that listed it."""
    return {
        "article_id": article_id,
        "url": article.url,
        "feed_id": feed_id,
        "fetched_at": fetched_at,
        "canonical_url": article.canonical_url,
        "source": article.site_name,
        "title": article.title,
        "author": article.author,
        "published_at": article.published_at or published_fallback,
        "language": article.language,
        "text": article.text,
        "word_count": article.word_count,
        "extractor": article.extractor,
    }


def html_row(article_id: str, html: bytes, encoding: str | None, fetched_at: datetime) -> Row:
    """The article_html row: the page as served, compressed, so reprocess never refetches."""
    return {
        "article_id": article_id,
        "html_gzip": compress_html(html),
        "html_bytes": len(html),
        "encoding": encoding,
        "fetched_at": fetched_at,
    }


def listing_row(article_id: str, feed_id: str, entry_key: str, seen_at: datetime) -> Row:
    """An article_feeds row: this feed lists this article."""
    return {"article_id": article_id, "feed_id": feed_id, "entry_key": entry_key, "first_seen_at": seen_at}


def analysis_rows(article_id: str, analysis: Analysis, tagged_at: datetime) -> dict[str, list[Row]]:
    """article_tags, facts, quotes and mentions rows for one analysed article."""
    tag = analysis.tag
    version = analysis.facts_version
    rows: dict[str, list[Row]] = {
        "article_tags": [
            {
                "article_id": article_id,
                "is_enforcement": tag.is_enforcement,
                "score": tag.score,
                "topics": list(tag.topics),
                "evidence": list(tag.evidence),
                "tagger_version": tag.tagger_version,
                "tagged_at": tagged_at,
            }
        ],
        "facts": [],
        "quotes": [],
        "mentions": [],
    }
    ids = [fact_id(article_id, f.type, f.unit, f.value, f.start) for f in analysis.facts]
    for fact, fid in zip(analysis.facts, ids, strict=True):
        rows["facts"].append(
            {
                "fact_id": fid,
                "article_id": article_id,
                "fact_type": fact.type,
                "value": fact.value,
                "unit": fact.unit,
                "places": list(fact.places),
                "agency": fact.agency,
                "operation": fact.operation,
                "period_text": fact.period_text,
                "period_start": fact.period_start,
                "period_end": fact.period_end,
                "evidence": fact.evidence,
                "char_start": fact.start,
                "char_end": fact.end,
                "extractor_version": version,
                "confidence": fact.confidence,
                "part_of_fact_id": ids[fact.part_of] if fact.part_of is not None else None,
                "place_source": fact.place_source,
            }
        )
    seen_quotes: set[str] = set()
    for quote in analysis.quotes:
        qid = quote_id(article_id, quote.speaker, quote.text)
        key = quote.speaker_key or speaker_key(quote.speaker)
        if qid in seen_quotes:
            continue
        seen_quotes.add(qid)
        rows["quotes"].append(
            {
                "quote_id": qid,
                "article_id": article_id,
                "speaker": quote.speaker,
                "role": quote.role,
                "text": quote.text,
                "char_start": quote.start,
                "char_end": quote.end,
                "extractor_version": version,
                "confidence": quote.confidence,
                "speaker_id": speaker_id(key),
                "speaker_key": key,
            }
        )
    mention = {"article_id": article_id, "extractor_version": version}
    for name in analysis.operations:
        rows["mentions"].append({**mention, "kind": "operation", "name": name, "normalized": name})
    for name in analysis.agencies:
        rows["mentions"].append({**mention, "kind": "agency", "name": name, "normalized": name})
    for place in analysis.places:
        rows["mentions"].append(
            {
                **mention,
                "kind": "place",
                "name": place.name,
                "normalized": place.normalized,
                "city": place.city,
                "state": place.state,
                "country": place.country,
                "lat": place.lat,
                "lon": place.lon,
            }
        )
    return rows
