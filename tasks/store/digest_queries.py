"""The daily digest's reads: the last day's stories, facts by type and by place, and feed health."""

from __future__ import annotations

import duckdb

from schemas.records import Digest
from tasks.store.warehouse import dict_rows, feed_health

#: stories listed by name in the digest; the counts cover all of them
MAX_STORIES = 50
#: facts below this confidence are left out of the digest and alerts, as the enforcement_facts view does
#: (schemas/008_fact_place_source.sql defines it last; the count model's `confident_at`, tests/store/test_warehouse.py
#: checks they agree). Facts stored before migration 002 have none.
CONFIDENT = "coalesce(f.confidence, 1.0) >= 0.45"


def read_digest(con: duckdb.DuckDBPyConnection, hours: int = 24) -> Digest:
    """Everything the digest shows, for articles fetched in the last `hours` hours."""
    since, until = con.execute("SELECT now() - to_hours(?), now()", [hours]).fetchone()  # type: ignore[misc]
    window = "a.fetched_at >= ?"
    articles, enforcement = con.execute(  # type: ignore[misc]
        f"""
        SELECT count(*), count(*) FILTER (WHERE t.is_enforcement)
        FROM articles a LEFT JOIN article_tags t USING (article_id) WHERE {window}
        """,
        [since],
    ).fetchone()
    stories = dict_rows(
        con.execute(
            f"""
            SELECT a.title, a.url, a.source, a.published_at,
                   (SELECT count(*) FROM facts f WHERE f.article_id = a.article_id) AS facts
            FROM articles a JOIN article_tags t USING (article_id)
            WHERE t.is_enforcement AND {window}
            ORDER BY a.published_at DESC NULLS LAST, a.fetched_at DESC
            LIMIT ?
            """,
            [since, MAX_STORIES],
        )
    )
    enforcement_facts = f"""
        SELECT f.* FROM facts f
        JOIN articles a USING (article_id) JOIN article_tags t USING (article_id)
        WHERE t.is_enforcement AND {window} AND {CONFIDENT}
    """
    # A part of a breakdown ("28 in Baltimore" of 498) is never added to its total: totals by type sum the
    # facts that are no part; by place, a total yields to its part where the part names that place.
    # Different types and units are never added together.
    by_type = dict_rows(
        con.execute(
            f"""
            SELECT fact_type, unit, count(*) AS facts,
                   sum(value) FILTER (WHERE part_of_fact_id IS NULL) AS total
            FROM ({enforcement_facts}) GROUP BY ALL ORDER BY facts DESC, fact_type
            """,
            [since],
        )
    )
    by_place = dict_rows(
        con.execute(
            f"""
            WITH placed AS (
                SELECT unnest(places) AS place, fact_id, part_of_fact_id, fact_type, unit, value
                FROM ({enforcement_facts})
            )
            SELECT place, fact_type, unit, count(*) AS facts, sum(value) AS total
            FROM placed p
            WHERE NOT EXISTS (
                SELECT 1 FROM placed part WHERE part.part_of_fact_id = p.fact_id AND part.place = p.place
            )
            GROUP BY ALL ORDER BY facts DESC, place, fact_type LIMIT 30
            """,
            [since],
        )
    )
    return Digest(since, until, articles, enforcement, stories, by_type, by_place, feed_health(con))
