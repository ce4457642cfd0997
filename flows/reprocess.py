"""Re-derive extraction, tags and facts from the HTML already stored, without refetching.

Run after upgrading trafilatura, the tagger or the fact rules: each article's derived rows are
replaced (tables with mode `replace` in schemas/tables.py), and the version columns say which
code produced them. Re-running with the same code changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task

from flows import progress
from schemas.records import ArticleSummary, ExtractedArticle, PageToExtract
from tasks.analysis.analyze import analyze
from tasks.config import Settings, load_settings
from tasks.extract import extract_many
from tasks.notify.events import emit_article_events
from tasks.store.rows import Row, analysis_rows, article_row
from tasks.store.snapshot import publish_snapshot
from tasks.store.staging import load_pending, stage_batch
from tasks.store.warehouse import StoredPage, connect, migrate, stored_html


@dataclass(frozen=True)
class ReprocessSummary:
    articles: int
    extraction_failures: int
    enforcement_stories: int
    facts: int
    left_staged: int = 0

    def one_line(self) -> str:
        line = (
            f"reprocessed {self.articles} articles ({self.extraction_failures} extraction failures): "
            f"{self.enforcement_stories} enforcement stories, {self.facts} facts"
        )
        return line + (f"; {self.left_staged} batches left staged (warehouse locked)" if self.left_staged else "")


def rederive(pages: Sequence[StoredPage], settings: Settings) -> tuple[dict[str, list[Row]], list[ArticleSummary], int]:
    """Extract and analyse stored pages again; returns rows to stage, summaries, extraction failures."""
    rows: dict[str, list[Row]] = {t: [] for t in ("articles", "article_tags", "facts", "quotes", "mentions")}
    fetched_at = [p.fetched_at or datetime.now(UTC) for p in pages]
    extracted = extract_many(
        [PageToExtract(p.url, p.html, f) for p, f in zip(pages, fetched_at, strict=True)],
        settings.extraction_timeout_s,
        workers=settings.extraction_workers,
    )
    summaries: list[ArticleSummary] = []
    failures = 0
    for page, when, outcome in zip(pages, fetched_at, extracted, strict=True):
        if not isinstance(outcome, ExtractedArticle):
            failures += 1  # keep the article as it was; its stored text still stands
            continue
        rows["articles"].append(article_row(outcome, page.article_id, None, when, page.published_at))
        published = outcome.published_at or page.published_at
        analysis = analyze(outcome.title or page.title or "", outcome.text, published.date() if published else None)
        for table, derived in analysis_rows(page.article_id, analysis, datetime.now(UTC)).items():
            rows[table].extend(derived)
        counts: dict[str, int] = {}
        for fact in analysis.facts:
            counts[fact.type] = counts.get(fact.type, 0) + 1
        summaries.append(
            ArticleSummary(
                page.article_id,
                page.url,
                outcome.title or page.title,
                analysis.tag.is_enforcement,
                analysis.tag.topics,
                counts,
                is_new=False,
            )
        )
    return rows, summaries, failures


@task(name="rederive-stored-pages")
def rederive_all(settings: Settings) -> tuple[list[ArticleSummary], int]:
    """Walk the stored pages in batches, staging each batch; the connection closes before loading."""
    summaries: list[ArticleSummary] = []
    failures = 0
    with connect(settings.db_path) as con:
        migrate(con)
        batch: list[StoredPage] = []
        for seen, page in enumerate(stored_html(con, batch_size=settings.article_batch_size), start=1):
            batch.append(page)
            if len(batch) == settings.article_batch_size:
                failures += _stage(batch, settings, summaries)
                batch = []
                progress.update("pages reprocessed", seen, None)
        if batch:
            failures += _stage(batch, settings, summaries)
    return summaries, failures


def _stage(batch: list[StoredPage], settings: Settings, summaries: list[ArticleSummary]) -> int:
    rows, done, failures = rederive(batch, settings)
    stage_batch(settings.staging_dir, rows)
    summaries.extend(done)
    return failures


@flow(name="reprocess", log_prints=False)
def reprocess(db_path: str | None = None) -> ReprocessSummary:
    """Re-derive every stored article with the code installed now.

    Args:
        db_path: the DuckDB warehouse (default: NEWSFLOW_DB_PATH or data/newsflow.duckdb)
    """
    settings = load_settings(db_path=Path(db_path) if db_path else None)
    summaries, failures = rederive_all(settings)
    report = load_pending(settings.staging_dir, settings.db_path)
    if not report.locked:
        publish_snapshot(settings.db_path)
    summary = ReprocessSummary(
        articles=len(summaries),
        extraction_failures=failures,
        enforcement_stories=sum(a.is_enforcement for a in summaries),
        facts=sum(sum(a.fact_counts.values()) for a in summaries),
        left_staged=report.left_staged,
    )
    get_run_logger().info("%s", summary.one_line())
    emit_article_events(summaries, settings.db_path)
    return summary
