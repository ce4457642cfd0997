"""Rows as the pipeline stores them, shared by the store tests that write to real DuckDB files."""

from __future__ import annotations

from datetime import UTC, datetime

#: The fixed clock of the store tests: rows written "now" compare equal across runs.
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def article(article_id: str, extractor: str = "trafilatura 2.3.1", text: str = "ICE arrested 12 people.") -> dict:
    """An `articles` row for `article_id`, fetched and published at NOW."""
    url = f"https://news.example/{article_id}"
    return {
        "article_id": article_id,
        "url": url,
        "canonical_url": url,
        "feed_id": "f1",
        "title": f"Story {article_id}",
        "published_at": NOW,
        "text": text,
        "word_count": len(text.split()),
        "fetched_at": NOW,
        "extractor": extractor,
    }
