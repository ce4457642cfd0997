"""The reads behind `newsflow report`: counts by week and type, by state, operations, agencies, places, feeds."""

from __future__ import annotations

from typing import Any

import duckdb

from schemas.records import ReportData
from tasks.store.digest_queries import CONFIDENT
from tasks.store.warehouse import dict_rows, feed_health

#: rows kept for each ranked list (states, operations, agencies, places)
TOP = 15


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return dict_rows(con.execute(sql, params))


def read_report(con: duckdb.DuckDBPyConnection, days: int) -> ReportData:
    """Everything the report shows for enforcement stories published (or fetched) in the last `days` days."""
    since, until = con.execute("SELECT now() - to_days(?), now()", [days]).fetchall()[0]
    stories = """
        SELECT a.* FROM articles a JOIN article_tags t USING (article_id)
        WHERE t.is_enforcement AND coalesce(a.published_at, a.fetched_at) >= ?
    """
    # confident totals only (a breakdown's parts are never added to their total), each with its place's
    # state from the gazetteer match stored in mentions
    facts = f"""
        SELECT f.*, s.published_at, s.fetched_at,
               (SELECT any_value(m.state) FROM mentions m
                WHERE m.article_id = f.article_id AND m.kind = 'place'
                  AND len(f.places) > 0 AND m.normalized = f.places[1]) AS state
        FROM facts f JOIN ({stories}) s USING (article_id)
        WHERE {CONFIDENT} AND f.part_of_fact_id IS NULL
    """
    totals = con.execute(
        f"SELECT count(*), (SELECT count(*) FROM ({facts})) FROM ({stories})", [since, since]
    ).fetchall()[0]
    by_week = _dicts(
        con,
        f"""
        SELECT date_trunc('week', coalesce(published_at, fetched_at))::DATE AS week, fact_type, unit,
               sum(value) AS total, count(*) AS facts
        FROM ({facts}) WHERE unit <> 'percent' GROUP BY ALL ORDER BY week, fact_type
        """,
        [since],
    )
    by_state = _dicts(
        con,
        f"""
        SELECT state, fact_type, unit, sum(value) AS total, count(*) AS facts
        FROM ({facts}) WHERE state IS NOT NULL AND unit <> 'percent'
        GROUP BY ALL ORDER BY total DESC LIMIT ?
        """,
        [since, TOP * 3],
    )
    ranked = f"""
        SELECT m.normalized AS name, count(DISTINCT m.article_id) AS stories,
               any_value(m.lat) AS lat, any_value(m.lon) AS lon
        FROM mentions m JOIN ({stories}) s USING (article_id)
        WHERE m.kind = ? GROUP BY m.normalized ORDER BY stories DESC, name LIMIT ?
    """
    return ReportData(
        since=since,
        until=until,
        stories=totals[0],
        facts=totals[1],
        counts_by_week=by_week,
        counts_by_state=by_state,
        operations=_dicts(con, ranked, [since, "operation", TOP]),
        agencies=_dicts(con, ranked, [since, "agency", TOP]),
        places=[p for p in _dicts(con, ranked, [since, "place", 200]) if p["lat"] is not None],
        feeds=feed_health(con),
    )
