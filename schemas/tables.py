"""The Arrow shape of every warehouse table a batch can carry, defined once.

Staging (Parquet) and loading (DuckDB `INSERT ... SELECT` from Arrow) both use these schemas, so an
empty list or an all-None column still has a type, and a misspelt column fails at staging time
rather than vanishing. Column names match the migrations in schemas/NNN_*.sql; a test checks they agree.

Each table also has a load mode:
* ``append``  - insert, skip rows whose key exists (re-loading a batch adds nothing);
* ``upsert``  - insert or overwrite by key (feed state and run summaries change over time);
* ``replace`` - derived per article: delete the article's rows, then insert the batch's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import pyarrow as pa

_TS = pa.timestamp("us", tz="UTC")
_STR = pa.string()
_STRS = pa.list_(pa.string())


@dataclass(frozen=True)
class TableSpec:
    schema: pa.Schema
    mode: Literal["append", "upsert", "replace"]
    key: tuple[str, ...]  # the conflict target (append/upsert); the per-article scope (replace)


def _schema(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(name, kind) for name, kind in fields])


TABLES: dict[str, TableSpec] = {
    "feeds": TableSpec(
        _schema(
            ("feed_id", _STR),
            ("url", _STR),
            ("title", _STR),
            ("site_url", _STR),
            ("etag", _STR),
            ("last_modified", _STR),
            ("body_hash", _STR),
            ("next_poll_at", _TS),
            ("last_success_at", _TS),
            ("last_error", _STR),
            ("last_unconditional_at", _TS),
            ("failures", pa.int32()),
            ("status", _STR),
            ("redirect_candidate", _STR),
            ("polls", pa.int64()),
            ("added_at", _TS),
            ("updated_at", _TS),
        ),
        "upsert",
        ("feed_id",),
    ),
    "fetch_events": TableSpec(
        _schema(
            ("event_id", _STR),
            ("run_id", _STR),
            ("feed_id", _STR),
            ("url", _STR),
            ("kind", _STR),
            ("fetched_at", _TS),
            ("status", pa.int32()),
            ("outcome", _STR),
            ("error", _STR),
            ("bytes", pa.int64()),
            ("elapsed_ms", pa.int32()),
        ),
        "append",
        ("event_id",),
    ),
    "articles": TableSpec(
        _schema(
            ("article_id", _STR),
            ("url", _STR),
            ("feed_id", _STR),
            ("fetched_at", _TS),
            ("canonical_url", _STR),
            ("source", _STR),
            ("title", _STR),
            ("author", _STR),
            ("published_at", _TS),
            ("language", _STR),
            ("text", _STR),
            ("word_count", pa.int32()),
            ("extractor", _STR),
        ),
        "append",
        ("article_id",),
    ),
    "article_html": TableSpec(
        _schema(
            ("article_id", _STR),
            ("html_gzip", pa.binary()),
            ("html_bytes", pa.int32()),
            ("encoding", _STR),
            ("fetched_at", _TS),
        ),
        "append",
        ("article_id",),
    ),
    "article_feeds": TableSpec(
        _schema(("article_id", _STR), ("feed_id", _STR), ("entry_key", _STR), ("first_seen_at", _TS)),
        "append",
        ("article_id", "feed_id"),
    ),
    "article_tags": TableSpec(
        _schema(
            ("article_id", _STR),
            ("is_enforcement", pa.bool_()),
            ("score", pa.float64()),
            ("topics", _STRS),
            ("evidence", _STRS),
            ("tagger_version", _STR),
            ("tagged_at", _TS),
        ),
        "replace",
        ("article_id",),
    ),
    "facts": TableSpec(
        _schema(
            ("fact_id", _STR),
            ("article_id", _STR),
            ("fact_type", _STR),
            ("value", pa.float64()),
            ("unit", _STR),
            ("places", _STRS),
            ("agency", _STR),
            ("operation", _STR),
            ("period_text", _STR),
            ("period_start", pa.date32()),
            ("period_end", pa.date32()),
            ("evidence", _STR),
            ("char_start", pa.int32()),
            ("char_end", pa.int32()),
            ("extractor_version", _STR),
            ("confidence", pa.float64()),
            ("part_of_fact_id", _STR),
            ("place_source", _STR),
        ),
        "replace",
        ("article_id",),
    ),
    "quotes": TableSpec(
        _schema(
            ("quote_id", _STR),
            ("article_id", _STR),
            ("speaker", _STR),
            ("role", _STR),
            ("text", _STR),
            ("char_start", pa.int32()),
            ("char_end", pa.int32()),
            ("extractor_version", _STR),
            ("confidence", pa.float64()),
            ("speaker_id", _STR),
            ("speaker_key", _STR),
        ),
        "replace",
        ("article_id",),
    ),
    "mentions": TableSpec(
        _schema(
            ("article_id", _STR),
            ("kind", _STR),
            ("name", _STR),
            ("normalized", _STR),
            ("city", _STR),
            ("state", _STR),
            ("country", _STR),
            ("lat", pa.float64()),
            ("lon", pa.float64()),
            ("extractor_version", _STR),
        ),
        "replace",
        ("article_id",),
    ),
    "alerts": TableSpec(
        _schema(
            ("alert_id", _STR),
            ("article_id", _STR),
            ("created_at", _TS),
            ("flow_run_id", _STR),
            ("sink", _STR),
            ("delivered", pa.bool_()),
        ),
        "append",
        ("alert_id",),
    ),
    "pending_entries": TableSpec(
        _schema(
            ("feed_id", _STR),
            ("entry_key", _STR),
            ("url", _STR),
            ("normalized_url", _STR),
            ("title", _STR),
            ("published_at", _TS),
            ("summary", _STR),
            ("guid", _STR),
            ("status", _STR),
            ("attempts", pa.int32()),
            ("next_attempt_at", _TS),
            ("last_error", _STR),
            ("first_seen_at", _TS),
            ("updated_at", _TS),
        ),
        "upsert",
        ("feed_id", "entry_key"),
    ),
    "runs": TableSpec(
        _schema(
            ("run_id", _STR),
            ("flow_run_id", _STR),
            ("started_at", _TS),
            ("finished_at", _TS),
            ("feeds_polled", pa.int32()),
            ("not_modified", pa.int32()),
            ("failed", pa.int32()),
            ("new_articles", pa.int32()),
            ("extraction_failures", pa.int32()),
            ("enforcement_stories", pa.int32()),
            ("facts_written", pa.int32()),
        ),
        "upsert",
        ("run_id",),
    ),
}

#: The order a batch is loaded in: parents before the rows that point at them.
LOAD_ORDER: tuple[str, ...] = tuple(TABLES)


def content_id(*parts: object) -> str:
    """sha256 over the parts (None as empty, joined by a unit separator), truncated to 16 hex chars."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def fact_id(article_id: str, fact_type: str, unit: str | None, value: float | None, char_start: int | None) -> str:
    # float(value): 12 and 12.0 are the same count and must give the same id
    return content_id(article_id, fact_type, unit, None if value is None else float(value), char_start)


def quote_id(article_id: str, speaker: str | None, text: str) -> str:
    return content_id(article_id, speaker, text)


def speaker_id(key: str) -> str:
    """One person's id across the warehouse, from their canonical key (tasks/analysis/quote_speakers.speaker_key)."""
    return content_id("speaker", key)


#: ids a batch may leave out: filled from the row's content by `to_arrow`.
_DERIVED_IDS = {
    "facts": (
        "fact_id",
        lambda r: fact_id(r["article_id"], r["fact_type"], r.get("unit"), r.get("value"), r.get("char_start")),
    ),
    "quotes": ("quote_id", lambda r: quote_id(r["article_id"], r.get("speaker"), r["text"])),
}


def to_arrow(table: str, rows: pa.Table | Iterable[Mapping[str, Any]]) -> pa.Table:
    """Rows (dicts or Arrow) as an Arrow table with exactly this table's schema.

    Missing columns become typed nulls; unknown tables or columns raise ValueError (a typo must
    not silently drop data); `fact_id`/`quote_id` are derived from content when absent.
    """
    if table not in TABLES:
        raise ValueError(f"unknown warehouse table {table!r}; known: {', '.join(TABLES)}")
    schema = TABLES[table].schema
    if isinstance(rows, pa.Table):
        unknown = set(rows.column_names) - set(schema.names)
        id_missing = table in _DERIVED_IDS and (
            _DERIVED_IDS[table][0] not in rows.column_names or rows.column(_DERIVED_IDS[table][0]).null_count
        )
        if not unknown and not id_missing:
            columns = [
                rows.column(f.name).cast(f.type) if f.name in rows.column_names else pa.nulls(rows.num_rows, f.type)
                for f in schema
            ]
            return pa.Table.from_arrays(columns, schema=schema)
        rows = rows.to_pylist()
    records = [dict(row) for row in rows]
    unknown = {key for row in records for key in row} - set(schema.names)
    if unknown:
        raise ValueError(f"{table}: unknown column(s) {', '.join(sorted(unknown))}")
    if table in _DERIVED_IDS:
        column, derive = _DERIVED_IDS[table]
        for row in records:
            if row.get(column) is None:
                row[column] = derive(row)
    return pa.Table.from_pylist(records, schema=schema)
