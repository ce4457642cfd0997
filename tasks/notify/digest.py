"""The daily digest: the last day's stories, facts by type and by place, and feed health.

The queries live in tasks/store/digest_queries.py; `digest_markdown` and `feed_health_rows` are pure,
so tests check the text without Prefect.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from schemas.records import Digest
from tasks.notify.artifacts import md_cell, md_link, md_table
from tasks.wording import count, number


def feed_health_rows(feeds: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The feed-health table artifact: one row per feed, JSON-friendly values."""
    return [
        {
            "feed": f.get("title") or f["url"],
            "url": f["url"],
            "status": f.get("status"),
            "last_outcome": f.get("last_outcome"),
            "last_success_at": f["last_success_at"].isoformat() if f.get("last_success_at") else None,
            "failures_in_a_row": f.get("failures_in_a_row"),
            "ok_last_20": f"{f.get('ok_last_20') or 0}/{f.get('fetches_last_20') or 0}",
            "last_error": f.get("last_error") or "",
        }
        for f in feeds
    ]


def _number(x: float | None) -> str:
    return "" if x is None else number(x)


def digest_markdown(d: Digest) -> str:
    """The digest as markdown: headline counts, stories, facts by type and place, feed health."""
    failing = [f for f in d.feeds if (f.get("failures_in_a_row") or 0) > 0]
    lines = [
        f"# newsflow digest: {d.since:%Y-%m-%d %H:%M} to {d.until:%Y-%m-%d %H:%M} UTC",
        "",
        f"**{count(d.articles, 'new articles')}**, **{count(d.enforcement, 'enforcement stories')}**; "
        f"{count(len(d.feeds), 'feeds')}, {number(len(failing))} failing.",
        "",
        "## Enforcement stories",
        "",
    ]
    if d.stories:
        for s in d.stories:
            meta = ", ".join(x for x in (md_cell(s.get("source") or ""), f"{s['facts']} facts") if x)
            lines.append(f"- {md_link(s['title'] or s['url'], s['url'])} ({meta})")
        if d.enforcement > len(d.stories):
            lines.append(f"- and {d.enforcement - len(d.stories)} more")
    else:
        lines.append("None in this period.")
    lines += ["", "## Facts by type", ""]
    if d.facts_by_type:
        lines += md_table(
            ["type", "unit", "facts", "total"],
            (
                (md_cell(r["fact_type"]), md_cell(r["unit"]), str(r["facts"]), _number(r["total"]))
                for r in d.facts_by_type
            ),
        )
    else:
        lines.append("No facts in this period.")
    lines += ["", "## Facts by place", ""]
    if d.facts_by_place:
        lines += md_table(
            ["place", "type", "unit", "facts", "total"],
            (
                (md_cell(r["place"]), md_cell(r["fact_type"]), md_cell(r["unit"]), str(r["facts"]), _number(r["total"]))
                for r in d.facts_by_place
            ),
        )
    else:
        lines.append("No places in this period.")
    lines += ["", "## Feed health", ""]
    if failing:
        lines += [
            f"- `{f['url']}`: {f['failures_in_a_row']} failures in a row; {md_cell(f.get('last_error') or '')}"
            for f in failing
        ]
    else:
        lines.append(f"All {len(d.feeds)} feeds healthy." if d.feeds else "No feeds yet.")
    return "\n".join(lines) + "\n"
