"""Stories and events, not copies: story_clusters and enforcement_events (schemas/005_story_clusters.sql).

Runs after each load of staged batches (`refresh_stories`). Clustering is incremental: only articles
without a story_clusters row are read and fingerprinted (tasks/analysis/fingerprint.py); each joins the
cluster of the nearest stored fingerprint within MAX_DISTANCE bits, found by an equality join on the
fingerprint's bands, or starts a cluster of its own. A started cluster is named after its fingerprint, so
exact copies land in the same cluster whichever arrives first. Events are rebuilt from the facts in one
transaction, so reprocessed facts never leave stale events behind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pyarrow as pa

from schemas.tables import content_id
from tasks.analysis.fingerprint import BAND_COUNT, FINGERPRINT_VERSION, MAX_DISTANCE, bands, distance, fingerprint
from tasks.store.digest_queries import CONFIDENT

#: an article joins a cluster only if published (else fetched) at most this far from the article it matches:
#: copies of a story run within days, while templated releases (same boilerplate, new case) are weeks apart
STORY_WINDOW = timedelta(days=3)
#: reports of one count in different stories are one event when first reported at most this far apart
EVENT_WINDOW = timedelta(days=3)
#: articles fingerprinted per round trip: bounds memory when a whole warehouse is clustered the first time
CHUNK = 500

_BAND_COLUMNS = tuple(f"band_{i}" for i in range(BAND_COUNT))
_CLUSTER_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("cluster_id", pa.string()),
        ("fingerprint", pa.uint64()),
        *[(name, pa.uint16()) for name in _BAND_COLUMNS],
        ("matched_article_id", pa.string()),
        ("distance", pa.int16()),
        ("fingerprint_version", pa.string()),
    ]
)


@dataclass(frozen=True)
class _Member:
    """A fingerprinted article already in a cluster: what a newcomer is compared with."""

    article_id: str
    cluster_id: str
    fingerprint: int
    seen: datetime | None  # published, else fetched

    def close_in_time(self, other: datetime | None) -> bool:
        return self.seen is None or other is None or abs(self.seen - other) <= STORY_WINDOW


def refresh_stories(con: duckdb.DuckDBPyConnection) -> int:
    """Cluster the articles loaded since the last call and rebuild enforcement_events; returns how many
    articles were clustered. The loader calls it on its connection after loading staged batches."""
    clustered = assign_clusters(con)
    refresh_events(con)
    return clustered


# ---------------------------------------------------------------------------------------------
# story_clusters
# ---------------------------------------------------------------------------------------------


def assign_clusters(con: duckdb.DuckDBPyConnection) -> int:
    """Give every article without a story_clusters row its cluster; returns how many got one.

    Newcomers are taken oldest first (published, else fetched), so a story's cluster is started by
    its earliest copy. A newcomer joins the nearest member within MAX_DISTANCE bits that was published
    within STORY_WINDOW of it. Re-running finds no newcomer and changes nothing.
    """
    new_ids = [
        row[0]
        for row in con.execute(
            "SELECT a.article_id FROM articles a ANTI JOIN story_clusters c USING (article_id) "
            "ORDER BY coalesce(a.published_at, a.fetched_at) NULLS LAST, a.article_id"
        ).fetchall()
    ]
    for start in range(0, len(new_ids), CHUNK):
        _assign_chunk(con, new_ids[start : start + CHUNK])
    return len(new_ids)


def _assign_chunk(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
    found = {
        row[0]: row[1:]
        for row in con.execute(
            "SELECT article_id, text, coalesce(published_at, fetched_at) FROM articles "
            "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
    }
    prints = {article_id: fingerprint(found[article_id][0]) for article_id in ids}
    stored = _stored_candidates(con, [fp for fp in prints.values() if fp is not None])
    # members clustered earlier in this chunk, by band, so newcomers also find each other
    chunk_index: dict[tuple[int, int], list[_Member]] = defaultdict(list)
    rows = []
    for article_id in ids:
        fp = prints[article_id]
        if fp is None:
            rows.append(_row(article_id, content_id("story", article_id), None, None, None))
            continue
        candidates = stored.get(fp, []) + [m for key in enumerate(bands(fp)) for m in chunk_index.get(key, [])]
        seen = found[article_id][1]
        near = [(distance(fp, m.fingerprint), m.cluster_id, m.article_id) for m in candidates if m.close_in_time(seen)]
        near = [match for match in near if match[0] <= MAX_DISTANCE]
        if near:
            bits, cluster_id, matched = min(near)
            rows.append(_row(article_id, cluster_id, fp, matched, bits))
        else:
            cluster_id = content_id("story", f"{fp:016x}")
            rows.append(_row(article_id, cluster_id, fp, None, None))
        for key in enumerate(bands(fp)):
            chunk_index[key].append(_Member(article_id, cluster_id, fp, seen))
    table = pa.Table.from_pylist(rows, schema=_CLUSTER_SCHEMA)
    con.register("new_clusters", table)
    try:
        columns = ", ".join(_CLUSTER_SCHEMA.names)
        con.execute(f"INSERT INTO story_clusters ({columns}) SELECT {columns} FROM new_clusters ON CONFLICT DO NOTHING")
    finally:
        con.unregister("new_clusters")


def _row(article_id: str, cluster_id: str, fp: int | None, matched: str | None, bits: int | None) -> dict[str, Any]:
    slices = bands(fp) if fp is not None else (None,) * BAND_COUNT
    return {
        "article_id": article_id,
        "cluster_id": cluster_id,
        "fingerprint": fp,
        **dict(zip(_BAND_COLUMNS, slices, strict=True)),
        "matched_article_id": matched,
        "distance": bits,
        "fingerprint_version": FINGERPRINT_VERSION,
    }


def _stored_candidates(con: duckdb.DuckDBPyConnection, prints: list[int]) -> dict[int, list[_Member]]:
    """Stored members sharing at least one band with each fingerprint: one equality join per band."""
    if not prints:
        return {}
    wanted = pa.Table.from_pylist(
        [{"fingerprint": fp, **dict(zip(_BAND_COLUMNS, bands(fp), strict=True))} for fp in set(prints)],
        schema=pa.schema([("fingerprint", pa.uint64()), *[(name, pa.uint16()) for name in _BAND_COLUMNS]]),
    )
    union = " UNION ".join(
        f"SELECT w.fingerprint AS wanted, s.article_id, s.cluster_id, s.fingerprint "
        f"FROM wanted_prints w JOIN story_clusters s ON s.{band} = w.{band}"
        for band in _BAND_COLUMNS
    )
    con.register("wanted_prints", wanted)
    try:
        rows = con.execute(
            f"SELECT c.*, coalesce(a.published_at, a.fetched_at) FROM ({union}) c JOIN articles a USING (article_id) "
            "WHERE bit_count(xor(c.wanted, c.fingerprint)) <= ?",
            [MAX_DISTANCE],
        ).fetchall()
    finally:
        con.unregister("wanted_prints")
    found: dict[int, list[_Member]] = defaultdict(list)
    for wanted_fp, article_id, cluster_id, fp, seen in rows:
        found[wanted_fp].append(_Member(article_id, cluster_id, fp, seen))
    return found


# ---------------------------------------------------------------------------------------------
# enforcement_events
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Report:
    """One fact of an enforcement article, with what merging and counting need."""

    fact_id: str
    article_id: str
    cluster_id: str
    fact_type: str
    value: float | None
    unit: str | None
    places: tuple[str, ...]
    agency: str | None
    operation: str | None
    period_start: date | None
    period_end: date | None
    evidence: str | None
    reported_at: datetime
    url: str
    feeds: tuple[str, ...]

    @property
    def outlet(self) -> str:
        host = (urlsplit(self.url).hostname or "").lower()
        return host.removeprefix("www.")


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _reports(con: duckdb.DuckDBPyConnection) -> list[_Report]:
    """Every confident total of an enforcement story (a breakdown's parts stay out: events are summed)."""
    rows = con.execute(
        f"""
        SELECT f.fact_id, f.article_id, coalesce(c.cluster_id, f.article_id), f.fact_type, f.value, f.unit,
               coalesce(f.places, []), f.agency, f.operation, f.period_start, f.period_end, f.evidence,
               coalesce(a.published_at, a.fetched_at), coalesce(a.canonical_url, a.url),
               coalesce((SELECT list(DISTINCT af.feed_id) FROM article_feeds af
                         WHERE af.article_id = a.article_id), [])
        FROM facts f
        JOIN articles a USING (article_id)
        JOIN article_tags t USING (article_id)
        LEFT JOIN story_clusters c USING (article_id)
        WHERE t.is_enforcement AND f.part_of_fact_id IS NULL AND {CONFIDENT}
        ORDER BY f.fact_id
        """
    ).fetchall()
    return [
        _Report(*row[:6], tuple(row[6]), *row[7:12], row[12] or _EPOCH, row[13], tuple(sorted(x for x in row[14] if x)))
        for row in rows
    ]


def _same_event(a: _Report, b: _Report) -> bool:
    """Two reports of the same count (type, value and unit already equal) are one event when..."""
    if a.cluster_id == b.cluster_id:  # copies of one story: unless they name different places
        return not a.places or not b.places or bool(set(a.places) & set(b.places))
    if abs(a.reported_at - b.reported_at) > EVENT_WINDOW:
        return False
    periods_known = a.period_start and b.period_start and a.period_end and b.period_end
    if periods_known and (a.period_start > b.period_end or b.period_start > a.period_end):
        return False
    shares_place = bool(set(a.places) & set(b.places))
    shares_operation = a.operation is not None and a.operation == b.operation
    return shares_place or shares_operation


def _root(parent: list[int], i: int) -> int:
    """Union-find: the representative of i's group (with path halving)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def merge_reports(reports: Iterable[_Report]) -> list[list[_Report]]:
    """The reports grouped into events (union-find over pairs of the same type, value and unit),
    each event's reports earliest first, events ordered by their earliest report."""
    blocks: dict[tuple[Any, ...], list[_Report]] = defaultdict(list)
    for report in reports:
        blocks[(report.fact_type, report.value, report.unit)].append(report)
    events: list[list[_Report]] = []
    for block in blocks.values():
        block.sort(key=lambda r: (r.reported_at, r.fact_id))
        parent = list(range(len(block)))
        root = partial(_root, parent)
        by_cluster: dict[str, list[int]] = defaultdict(list)
        for i, a in enumerate(block):
            by_cluster[a.cluster_id].append(i)
            for j in range(i + 1, len(block)):  # other stories: only those first reported within the window
                b = block[j]
                if b.reported_at - a.reported_at > EVENT_WINDOW:
                    break
                if b.cluster_id != a.cluster_id and _same_event(a, b):
                    parent[root(j)] = root(i)
        for members in by_cluster.values():  # copies of one story: whenever they were reported
            for position, i in enumerate(members):
                for j in members[position + 1 :]:
                    if _same_event(block[i], block[j]):
                        parent[root(j)] = root(i)
        groups: dict[int, list[_Report]] = defaultdict(list)
        for i, report in enumerate(block):
            groups[root(i)].append(report)
        events.extend(groups.values())
    events.sort(key=lambda group: (group[0].reported_at, group[0].fact_id))
    return events


def _event_row(reports: list[_Report]) -> dict[str, Any]:
    first = reports[0]
    starts = [r.period_start for r in reports if r.period_start]
    ends = [r.period_end for r in reports if r.period_end]
    evidence = list(dict.fromkeys(r.evidence for r in reports if r.evidence))
    return {
        "first_reported_at": None if first.reported_at == _EPOCH else first.reported_at,
        "fact_type": first.fact_type,
        "value": first.value,
        "unit": first.unit,
        "places": sorted({p for r in reports for p in r.places}),
        "agencies": sorted({r.agency for r in reports if r.agency}),
        "operations": sorted({r.operation for r in reports if r.operation}),
        "period_start": min(starts) if starts else None,
        "period_end": max(ends) if ends else None,
        "article_count": len({r.article_id for r in reports}),
        "outlet_count": len({r.outlet for r in reports}),
        "story_count": len({r.cluster_id for r in reports}),
        "feed_count": len({feed for r in reports for feed in r.feeds}),
        "outlets": sorted({r.outlet for r in reports}),
        "evidence": evidence,
        "first_url": first.url,
        "event_id": content_id("event", first.fact_id),
        "fact_ids": [r.fact_id for r in reports],
        "article_ids": list(dict.fromkeys(r.article_id for r in reports)),
        "cluster_ids": list(dict.fromkeys(r.cluster_id for r in reports)),
    }


_STRS = pa.list_(pa.string())
_EVENT_SCHEMA = pa.schema(
    [
        ("first_reported_at", pa.timestamp("us", tz="UTC")),
        ("fact_type", pa.string()),
        ("value", pa.float64()),
        ("unit", pa.string()),
        ("places", _STRS),
        ("agencies", _STRS),
        ("operations", _STRS),
        ("period_start", pa.date32()),
        ("period_end", pa.date32()),
        ("article_count", pa.int32()),
        ("outlet_count", pa.int32()),
        ("story_count", pa.int32()),
        ("feed_count", pa.int32()),
        ("outlets", _STRS),
        ("evidence", _STRS),
        ("first_url", pa.string()),
        ("event_id", pa.string()),
        ("fact_ids", _STRS),
        ("article_ids", _STRS),
        ("cluster_ids", _STRS),
    ]
)


def refresh_events(con: duckdb.DuckDBPyConnection) -> int:
    """Rebuild enforcement_events from the facts in one transaction; returns how many events there are."""
    table = pa.Table.from_pylist([_event_row(group) for group in merge_reports(_reports(con))], schema=_EVENT_SCHEMA)
    columns = ", ".join(_EVENT_SCHEMA.names)
    con.register("new_events", table)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM enforcement_events")
        con.execute(f"INSERT INTO enforcement_events ({columns}) SELECT {columns} FROM new_events")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("new_events")
    return table.num_rows
