"""Prefect artifacts for each poll_feeds run: feed health and what came in, readable without SQL.

Two artifacts per run, under stable keys so the UI's Artifacts page keeps one history per key:

* ``poll-feeds-outcomes`` - a table, one row per feed: outcome, HTTP status, new entries/articles, error.
* ``poll-feeds-summary`` - markdown: counts by outcome, failed feeds with their reasons, new enforcement
  stories with their facts.

`feed_outcome_rows` and `run_summary_markdown` are pure (tests call them directly); the `publish_*`
functions only hand the result to Prefect, and need a flow or task run to attach it to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from prefect.artifacts import create_markdown_artifact, create_table_artifact

from schemas.records import ArticleSummary, FeedPollSummary
from tasks.wording import count, number

OUTCOMES_KEY = "poll-feeds-outcomes"
SUMMARY_KEY = "poll-feeds-summary"


#: characters that make links, images, code or table columns; each is backslash-escaped in text from
#: pages and feeds (emphasis `*`/`_` is left alone: cosmetic at worst, and common in titles and outcomes)
_MD_SPECIAL = re.compile(r"([\\`\[\]()!|])")
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def md_cell(text: object) -> str:
    """Text from a page or feed made inert in markdown: one line, markdown escaped, HTML as entities.

    Titles, errors and evidence are written by whoever runs the site: `<script>`, a `[link](...)` or
    a `|` must show as typed, never become markup, a live link or a new table column.
    """
    line = " ".join(str("" if text is None else text).split())
    line = "".join(_HTML_SPECIAL.get(c, c) for c in line)
    return _MD_SPECIAL.sub(r"\\\1", line)


def md_link(text: object, url: str | None) -> str:
    """A markdown link whose target can only be an http(s) URL; anything else shows as plain text."""
    label = md_cell(text or url)
    try:
        scheme = urlsplit(url or "").scheme.lower()
    except ValueError:
        scheme = ""
    if scheme not in ("http", "https"):
        return label
    target = "".join(f"%{ord(c):02X}" if c in " <>()\\`\"'" or ord(c) < 32 else c for c in url or "")
    return f"[{label}]({target})"


def md_code(text: object) -> str:
    """Text as an inline code span (e.g. a feed URL): one line, and no backtick can close the span."""
    return "`" + " ".join(str("" if text is None else text).split()).replace("`", "%60") + "`"


def md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A markdown table as lines; cells must already be made inert (md_cell) or be numbers we wrote."""
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def feed_outcome_rows(results: Sequence[FeedPollSummary]) -> list[dict[str, Any]]:
    """One row per feed, failures first, so a broken feed is the first thing the table shows."""
    ordered = sorted(results, key=lambda r: (r.ok, r.title or r.url))
    return [
        {
            "feed": r.title or r.url,
            "url": r.url,
            "outcome": r.outcome,
            "status": r.status,
            "new_entries": r.new_entries,
            "new_articles": r.new_articles,
            "error": r.error or "",
            "elapsed_ms": r.elapsed_ms,
        }
        for r in ordered
    ]


def _facts_line(fact_counts: dict[str, int]) -> str:
    return ", ".join(count(n, kind) for kind, n in sorted(fact_counts.items())) or "no facts"


def offline_note(results: Sequence[FeedPollSummary]) -> str:
    """One line instead of the same DNS error per feed, when no polled feed's host resolved."""
    if len(results) < 2 or any(r.outcome != "dns_error" for r in results):
        return ""
    return f"no feed host resolved ({count(len(results), 'feeds')}, dns_error): this machine may be offline"


def run_summary_markdown(
    results: Sequence[FeedPollSummary],
    articles: Sequence[ArticleSummary],
    title: str = "poll-feeds run",
    notes: Sequence[str] = (),
) -> str:
    """The run in a few lines: feeds by outcome, failures with reasons (one line when offline), stories."""
    outcomes = Counter(r.outcome for r in results)
    failed = [r for r in results if not r.ok]
    new = [a for a in articles if a.is_new]
    enforcement = [a for a in articles if a.is_enforcement]
    facts = sum(sum(a.fact_counts.values()) for a in articles)

    lines = [
        f"# {md_cell(title)}",
        "",
        f"**{count(len(results), 'feeds')} polled** ({number(len(results) - len(failed))} ok, "
        f"{number(len(failed))} failed), **{count(len(new), 'new articles')}**, "
        f"**{count(len(enforcement), 'enforcement stories')}**, {count(facts, 'facts')}.",
        "",
        *(f"> {md_cell(note)}" for note in notes),
        *([""] if notes else []),
        *md_table(["outcome", "feeds"], ((outcome, str(n)) for outcome, n in sorted(outcomes.items()))),
    ]
    if failed and not offline_note(results):  # offline: the note says it once, not once per feed
        lines += ["", "## Failed feeds", ""]
        lines += [f"- {md_code(r.url)}: {md_cell(r.outcome)} {md_cell(r.error or '')}".rstrip() for r in failed]
    if enforcement:
        lines += ["", "## Enforcement stories", ""]
        lines += [
            f"- {md_link(a.title or a.url, a.url)}: {md_cell(_facts_line(a.fact_counts))}"
            + (f" ({md_cell(', '.join(a.topics))})" if a.topics else "")
            for a in enforcement
        ]
    return "\n".join(lines) + "\n"


def publish_run_artifacts(
    results: Sequence[FeedPollSummary],
    articles: Sequence[ArticleSummary],
    title: str = "poll-feeds run",
    notes: Sequence[str] = (),
) -> tuple[UUID, UUID]:
    """Publish the outcomes table and the summary; call from inside the poll_feeds flow.

    title: the run's name and time (flows/naming.py), the heading of the summary and the start of both
    descriptions, so the Artifacts page says which run each one belongs to.
    """
    table_id = create_table_artifact(
        key=OUTCOMES_KEY,
        table=feed_outcome_rows(results),
        description=f"{title}: feed outcomes, {sum(not r.ok for r in results):,} failed",
    )
    summary_id = create_markdown_artifact(
        key=SUMMARY_KEY,
        markdown=run_summary_markdown(results, articles, title, notes),
        description=f"{title}: what the run fetched and found",
    )
    return table_id, summary_id
