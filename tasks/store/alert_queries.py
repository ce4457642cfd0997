"""The alerts table: which enforcement stories are new, claiming them, and reading them back.

"Never sent twice" rests on `alerts.article_id UNIQUE`: `claim_alerts` INSERTs one row per pending
story (`ON CONFLICT DO NOTHING RETURNING`) and returns only the rows it inserted, so two alert runs
racing over the same stories split them rather than both sending them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import duckdb

from schemas.records import AlertFact, AlertStory
from tasks.store.digest_queries import CONFIDENT

#: facts listed per story in the artifact and the webhook payload (largest values first)
KEY_FACTS = 5


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
        f"""
        SELECT article_id, fact_type, value, unit, places, evidence
        FROM (
            SELECT *, row_number() OVER (
                PARTITION BY article_id ORDER BY part_of_fact_id IS NOT NULL, value DESC NULLS LAST, char_start
            ) AS rn
            FROM facts f WHERE list_contains(?, article_id) AND {CONFIDENT}
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
