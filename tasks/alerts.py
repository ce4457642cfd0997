"""Enforcement alerts: which stories are new, claiming them in `alerts`, and the pluggable sink.

"Never sent twice" rests on `alerts.article_id UNIQUE`: the flow first INSERTs one row per pending
story (`ON CONFLICT DO NOTHING RETURNING`), then reports and sends only the rows it inserted. Two alert
runs racing over the same stories therefore split them rather than both sending them. A failed
delivery leaves `delivered = false` and is not retried (at most once); `SELECT * FROM alerts WHERE NOT
delivered` lists what a sink missed.

The sink: the markdown artifact in the Prefect UI always; a JSON POST to `alert_webhook_url` when set
(off by default). The POST is the one network call outside tasks/http.py, because it sends rather than
fetches and goes to an address the user configured.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import httpx

from tasks.artifacts import md_cell

#: facts listed per story in the artifact and the webhook payload (largest values first)
KEY_FACTS = 5


@dataclass(frozen=True)
class AlertFact:
    fact_type: str
    value: float
    unit: str | None
    places: tuple[str, ...]
    evidence: str


@dataclass(frozen=True)
class AlertStory:
    """An enforcement story as an alert shows it: where to read it and its key facts."""

    article_id: str
    url: str
    title: str | None
    source: str | None
    published_at: datetime | None
    score: float | None
    topics: tuple[str, ...] = ()
    facts: tuple[AlertFact, ...] = field(default_factory=tuple)


def alert_id(article_id: str) -> str:
    """Content-derived, like every newsflow id: one alert per article."""
    return hashlib.sha256(f"alert:{article_id}".encode()).hexdigest()[:16]


def pending_enforcement(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str] | None = None, max_age_hours: int | None = 72
) -> list[str]:
    """Enforcement stories with no alert yet, oldest fetch first.

    `max_age_hours` bounds the first alert on an old warehouse (or after a reprocess re-tags old
    stories): alerts are for news, the digest and SQL are for history.
    """
    sql = """
        SELECT a.article_id
        FROM articles a
        JOIN article_tags t USING (article_id)
        LEFT JOIN alerts al USING (article_id)
        WHERE t.is_enforcement AND al.article_id IS NULL
    """
    params: list[object] = []
    if article_ids is not None:
        sql += " AND list_contains(?, a.article_id)"
        params.append(list(article_ids))
    if max_age_hours is not None:
        sql += " AND coalesce(a.fetched_at, t.tagged_at) >= now() - to_hours(?)"
        params.append(int(max_age_hours))
    sql += " ORDER BY a.fetched_at NULLS LAST, a.article_id"
    return [row[0] for row in con.execute(sql, params).fetchall()]


def claim_alerts(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], flow_run_id: str | None, sink: str
) -> list[str]:
    """Insert an alert row per article; returns only the ones this call inserted (the ones to send)."""
    if not article_ids:
        return []
    rows = con.execute(
        """
        INSERT INTO alerts (alert_id, article_id, flow_run_id, sink)
        SELECT unnest(?), unnest(?), ?, ?
        ON CONFLICT DO NOTHING
        RETURNING article_id
        """,
        [[alert_id(a) for a in article_ids], list(article_ids), flow_run_id, sink],
    ).fetchall()
    claimed = {row[0] for row in rows}
    return [a for a in article_ids if a in claimed]


def mark_delivered(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> None:
    if article_ids:
        con.execute("UPDATE alerts SET delivered = true WHERE list_contains(?, article_id)", [list(article_ids)])


def alert_stories(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[AlertStory]:
    """The stories with their `KEY_FACTS` largest facts, in the order given."""
    if not article_ids:
        return []
    ids = list(article_ids)
    heads = con.execute(
        """
        SELECT a.article_id, a.url, a.title, a.source, a.published_at, t.score, t.topics
        FROM articles a JOIN article_tags t USING (article_id)
        WHERE list_contains(?, a.article_id)
        """,
        [ids],
    ).fetchall()
    facts: dict[str, list[AlertFact]] = {}
    for article_id, fact_type, value, unit, places, evidence in con.execute(
        """
        SELECT article_id, fact_type, value, unit, places, evidence
        FROM (
            SELECT *, row_number() OVER (
                PARTITION BY article_id ORDER BY value DESC NULLS LAST, char_start) AS rn
            FROM facts WHERE list_contains(?, article_id)
        )
        WHERE rn <= ?
        ORDER BY article_id, rn
        """,
        [ids, KEY_FACTS],
    ).fetchall():
        facts.setdefault(article_id, []).append(AlertFact(fact_type, value, unit, tuple(places or ()), evidence or ""))
    by_id = {
        row[0]: AlertStory(
            article_id=row[0],
            url=row[1],
            title=row[2],
            source=row[3],
            published_at=row[4],
            score=row[5],
            topics=tuple(row[6] or ()),
            facts=tuple(facts.get(row[0], ())),
        )
        for row in heads
    }
    return [by_id[a] for a in ids if a in by_id]


def _fact_text(f: AlertFact) -> str:
    value = int(f.value) if float(f.value).is_integer() else f.value
    where = f" in {', '.join(f.places)}" if f.places else ""
    return f"{f.fact_type}: {value} {f.unit or ''}{where}".replace("  ", " ")


def alerts_markdown(stories: Sequence[AlertStory]) -> str:
    """The artifact: one section per story with its key facts and the sentence each comes from."""
    if not stories:
        return "# Enforcement alerts\n\nNo new enforcement stories.\n"
    lines = [f"# Enforcement alerts: {len(stories)} new stor{'y' if len(stories) == 1 else 'ies'}", ""]
    for s in stories:
        meta = ", ".join(
            part
            for part in (
                md_cell(s.source or ""),
                s.published_at.date().isoformat() if s.published_at else "",
                md_cell(", ".join(s.topics)),
            )
            if part
        )
        lines += [f"## [{md_cell(s.title or s.url)}]({s.url})", ""]
        if meta:
            lines += [f"*{meta}*", ""]
        if s.facts:
            lines += [f"- **{md_cell(_fact_text(f))}**: {md_cell(f.evidence)}" for f in s.facts]
        else:
            lines.append("- no facts extracted")
        lines.append("")
    return "\n".join(lines)


def webhook_payload(stories: Sequence[AlertStory], flow_run_id: str | None) -> dict[str, object]:
    """What the webhook receives: plain JSON, one object per story."""
    return {
        "event": "newsflow.enforcement_alert",
        "flow_run_id": flow_run_id,
        "stories": [
            {
                "article_id": s.article_id,
                "url": s.url,
                "title": s.title,
                "source": s.source,
                "published_at": s.published_at.isoformat() if s.published_at else None,
                "topics": list(s.topics),
                "facts": [
                    {
                        "type": f.fact_type,
                        "value": f.value,
                        "unit": f.unit,
                        "places": list(f.places),
                        "evidence": f.evidence,
                    }
                    for f in s.facts
                ],
            }
            for s in stories
        ],
    }


def post_webhook(url: str, payload: dict[str, object], timeout_s: float = 10.0) -> str | None:
    """POST the payload as JSON; returns None on a 2xx, else one line saying why (never raises)."""
    try:
        response = httpx.post(url, json=payload, timeout=timeout_s, follow_redirects=False)
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"
    if response.is_success:
        return None
    return f"HTTP {response.status_code}"
