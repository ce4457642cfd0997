"""DuckDB, and only here: connect with lock retry, apply migrations, load batches idempotently, read state.

DuckDB allows one read-write process per file, and even a read-only reader blocks a writer
(shared/notes/prefect-and-duckdb-here.md §7). So every connection is short: open with retry
(exponential backoff + jitter on the lock error), do one thing, close. Loads are set-based
(Arrow registered, `INSERT ... SELECT`) in one transaction per batch, and keyed on content-derived
ids so loading anything twice is a no-op.
"""

from __future__ import annotations

import gzip
import random
import re
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import duckdb
import pyarrow as pa

from schemas.records import FeedEntry, FeedSource, FeedState, PendingEntry
from schemas.tables import LOAD_ORDER, TABLES, to_arrow
from tasks.errors import NewsflowError
from tasks.store.pages import stored_pages_sql


class WarehouseError(NewsflowError):
    """The warehouse file cannot be opened or written."""


class WarehouseLockedError(WarehouseError):
    """Another process still held the DuckDB lock after every retry; the work can wait for the next run."""

    def __init__(self, message: str, holder: str) -> None:
        super().__init__(message)
        #: who holds the lock, as DuckDB names it: "PID 9144 (python3.11)", or "another process"
        self.holder = holder


_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")
_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (.+?)(?:\. |$)")
_HOLDER_PARTS = re.compile(r"^<?(?P<program>.*?)>? \(PID (?P<pid>\d+)\)$")


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    """The one value a query returns. fetchall, not fetchone: in DuckDB 2.0 a result not read to the
    end blocks register/unregister on the connection ("unfinished result")."""
    return con.execute(sql, params or []).fetchall()[0][0]


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _holder(message: str) -> str:
    """DuckDB's "Conflicting lock is held in <python3.11> (PID 9144)" as "PID 9144 (python3.11)"."""
    found = _LOCK_HOLDER.search(message)
    if not found:
        return "another process"
    parts = _HOLDER_PARTS.match(found.group(1))
    if not parts:
        return found.group(1)
    return f"PID {parts['pid']} ({Path(parts['program']).name})" if parts["program"] else f"PID {parts['pid']}"


def _open(
    path: Path, read_only: bool, retries: int, base_delay_s: float, max_delay_s: float
) -> duckdb.DuckDBPyConnection:
    started = time.monotonic()
    for attempt in range(retries + 1):
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            message = _first_line(exc)
            if "Could not set lock" not in message:
                raise WarehouseError(f"cannot open warehouse {path}: {message}") from exc
            if attempt == retries:
                holder = _holder(message)
                raise WarehouseLockedError(
                    f"warehouse {path} is locked by {holder}; "
                    f"gave up after {retries + 1} attempts in {time.monotonic() - started:.1f}s",
                    holder,
                ) from exc
            # full backoff with jitter, so a writer and a polling reader do not retry in lockstep
            time.sleep(min(max_delay_s, base_delay_s * 2**attempt) * random.uniform(0.5, 1.5))
        except duckdb.Error as exc:  # e.g. not a DuckDB file, or opened here with another configuration
            raise WarehouseError(f"cannot open warehouse {path}: {_first_line(exc)}") from exc
    raise AssertionError("unreachable")


@contextmanager
def connect(
    path: Path | str,
    read_only: bool = False,
    retries: int = 8,
    base_delay_s: float = 0.05,
    max_delay_s: float = 2.0,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection, retried while another process holds the lock, closed on exit.

    The defaults wait about 7 s in total: long enough to outlast a reader's poll or a writer's
    batch (tens of ms each), short enough that a flow does not hang on an analyst's open session.
    """
    path = Path(path)
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"cannot create the warehouse folder {path.parent}: {exc.strerror}") from exc
    con = _open(path, read_only, retries, base_delay_s, max_delay_s)
    try:
        con.execute("SET TimeZone = 'UTC'")  # TIMESTAMPTZ comes back as aware UTC datetimes
        yield con
    finally:
        con.close()


# ---------------------------------------------------------------------------------------------
# Migrations
# ---------------------------------------------------------------------------------------------


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every schemas/NNN_*.sql shipped in the package, in order."""
    found = []
    for entry in resources.files("schemas").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations not yet recorded in schema_migrations, each in its own transaction.

    Returns the versions applied now (empty when the schema is current), so calling it on every
    load is cheap and safe.
    """
    has_table = _scalar(
        con,
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_migrations' AND schema_name = 'main'",
    )
    applied = (
        {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()} if has_table else set()
    )
    done = []
    for version, name, sql in migrations():
        if version in applied:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        done.append(version)
    if done:
        apply_comments(con)
    return done


def apply_comments(con: duckdb.DuckDBPyConnection) -> None:
    """The data dictionary (schemas/comments.sql): COMMENT ON every table, view and column.

    Re-applied whenever a migration ran, because a replaced view loses its comments.
    """
    con.execute(resources.files("schemas").joinpath("comments.sql").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------

#: columns an upsert must not overwrite: when the row first arrived
_KEEP_ON_UPDATE = {"added_at", "first_seen_at"}

#: articles are append-only, except that re-extraction by a different extractor (reprocess with a
#: new trafilatura or new settings) replaces the extraction columns.
_REFRESH_ARTICLES = (
    "canonical_url",
    "source",
    "title",
    "author",
    "published_at",
    "language",
    "text",
    "word_count",
    "extractor",
)


def _defaults(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    """Column defaults from the DDL, so a None in the batch means 'use the default', not NULL."""
    rows = con.execute(
        "SELECT column_name, column_default FROM duckdb_columns() "
        "WHERE table_name = ? AND schema_name = 'main' AND column_default IS NOT NULL",
        [table],
    ).fetchall()
    return dict(rows)


def _update_clause(table: str, column: str, has_default: bool) -> str:
    """SET clause of an upsert: the batch's value, except where a NULL or the user must not win."""
    if column == "updated_at":
        return "updated_at = coalesce(excluded.updated_at, now())"
    if (table, column) == ("pending_entries", "status"):  # a done entry stays done, whoever lists it again
        return (
            "status = CASE WHEN pending_entries.status = 'done' THEN 'done' "
            "ELSE coalesce(excluded.status, pending_entries.status) END"
        )
    if table == "pending_entries":  # a re-listing (all queue columns NULL) keeps attempts and backoff
        return f"{column} = coalesce(excluded.{column}, {table}.{column})"
    if (table, column) == ("feeds", "status"):  # a feed the user removed during a run stays removed
        return (
            "status = CASE WHEN feeds.status = 'removed' THEN 'removed' "
            "ELSE coalesce(excluded.status, feeds.status) END"
        )
    if has_default:  # NOT NULL with a default: a missing value keeps the stored one
        return f"{column} = coalesce(excluded.{column}, {table}.{column})"
    return f"{column} = excluded.{column}"


def _insert_sql(con: duckdb.DuckDBPyConnection, table: str, source: str) -> str:
    spec = TABLES[table]
    names = spec.schema.names
    defaults = _defaults(con, table)
    select = ", ".join(f"coalesce({c}, {defaults[c]})" if c in defaults else c for c in names)
    insert = f"INSERT INTO {table} ({', '.join(names)}) SELECT {select} FROM {source}"
    if spec.mode == "upsert":
        sets = ", ".join(
            _update_clause(table, c, c in defaults) for c in names if c not in spec.key and c not in _KEEP_ON_UPDATE
        )
        return f"{insert} ON CONFLICT ({', '.join(spec.key)}) DO UPDATE SET {sets}"
    if table == "articles":
        sets = ", ".join(f"{c} = excluded.{c}" for c in _REFRESH_ARTICLES)
        return (
            f"{insert} ON CONFLICT (article_id) DO UPDATE SET {sets} "
            "WHERE excluded.extractor IS DISTINCT FROM articles.extractor"
        )
    if table == "mentions":  # no key: replaced as a set per article
        return insert
    return f"{insert} ON CONFLICT DO NOTHING"


def write_tables(
    con: duckdb.DuckDBPyConnection, tables: Mapping[str, pa.Table], new_articles: set[str] | None = None
) -> dict[str, int]:
    """Write one batch in one transaction on an open connection; returns rows written per table.

    `new_articles`, when given, receives the ids of the articles this transaction inserted (not
    those already stored), so events can follow exactly what the commit made true.

    Derived tables are replaced for every article the batch re-derives: the scope is each
    article_id that appears in any of article_tags, facts, quotes or mentions, so an article
    whose new analysis has no facts loses its old ones.
    """
    present = {name: table for name, table in tables.items() if table.num_rows}
    scope = pa.concat_tables(
        [present[n].select(["article_id"]) for n in LOAD_ORDER if n in present and TABLES[n].mode == "replace"]
        or [pa.table({"article_id": pa.array([], pa.string())})]
    )
    written: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        if scope.num_rows:
            con.register("replace_scope", scope)
            for name in LOAD_ORDER:
                if TABLES[name].mode == "replace":
                    con.execute(f"DELETE FROM {name} WHERE article_id IN (SELECT article_id FROM replace_scope)")
        for name in LOAD_ORDER:
            if name not in present:
                continue
            source = f"incoming_{name}"
            con.register(source, present[name])
            if name == "articles" and new_articles is not None:
                inserted = con.execute(f"SELECT article_id FROM {source} ANTI JOIN articles USING (article_id)")
                new_articles.update(row[0] for row in inserted.fetchall())
            written[name] = int(_scalar(con, _insert_sql(con, name, source)))
            con.unregister(source)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        if scope.num_rows:
            con.unregister("replace_scope")
    return written


def load_batch(
    path: Path | str,
    tables: Mapping[str, pa.Table | list[dict[str, Any]]],
    new_articles: set[str] | None = None,
    **connect_options: Any,
) -> dict[str, int]:
    """Open, migrate, write one batch in one transaction, close. Returns rows written per table.

    Unknown tables or columns raise ValueError before the database is touched; a held lock raises
    WarehouseLockedError after the retries of `connect`.
    """
    arrow = {name: to_arrow(name, rows) for name, rows in tables.items()}
    with connect(path, **connect_options) as con:
        migrate(con)
        return write_tables(con, arrow, new_articles)


# ---------------------------------------------------------------------------------------------
# Reads the flows need
# ---------------------------------------------------------------------------------------------

_FEED_STATE_FIELDS = tuple(f.name for f in fields(FeedState))


def feed_states(con: duckdb.DuckDBPyConnection) -> list[FeedState]:
    """Active feeds as FeedState, the most overdue first."""
    cursor = con.execute(
        f"SELECT {', '.join(_FEED_STATE_FIELDS)} FROM feeds WHERE status = 'active' "
        "ORDER BY next_poll_at NULLS FIRST, feed_id"
    )
    return [FeedState(**dict(zip(_FEED_STATE_FIELDS, row, strict=True))) for row in cursor.fetchall()]


def upsert_feed_sources(con: duckdb.DuckDBPyConnection, sources: Iterable[FeedSource]) -> int:
    """Add the listed feeds that are new; returns how many were added.

    Poll state of known feeds is untouched. A title from the list fills a missing one, and a feed
    the user removed and lists again becomes active again; a retired (410 Gone) feed stays retired.
    """
    from tasks.fetch.urls import feed_id  # tasks/fetch/urls.py owns the id rule

    rows = pa.Table.from_pylist(
        [{"feed_id": feed_id(s.url), "url": s.url, "title": s.title} for s in sources],
        schema=pa.schema([("feed_id", pa.string()), ("url", pa.string()), ("title", pa.string())]),
    )
    con.register("incoming_sources", rows)
    try:
        before = _scalar(con, "SELECT count(*) FROM feeds")
        con.execute(
            "INSERT INTO feeds (feed_id, url, title) SELECT DISTINCT ON (feed_id) feed_id, url, title "
            "FROM incoming_sources ON CONFLICT (feed_id) DO UPDATE SET "
            "title = coalesce(feeds.title, excluded.title), "
            "status = CASE WHEN feeds.status = 'removed' THEN 'active' ELSE feeds.status END, "
            "updated_at = CASE WHEN feeds.status = 'removed' THEN now() ELSE feeds.updated_at END"
        )
        after = _scalar(con, "SELECT count(*) FROM feeds")
    finally:
        con.unregister("incoming_sources")
    return int(after - before)


def remove_feed(con: duckdb.DuckDBPyConnection, url: str) -> bool:
    """Stop polling a feed but keep its history; True if a feed was found."""
    from tasks.fetch.urls import feed_id

    changed = _scalar(
        con,
        "UPDATE feeds SET status = 'removed', updated_at = now() "
        "WHERE (feed_id = ? OR url = ?) AND status <> 'removed'",
        [feed_id(url), url],
    )
    return bool(changed)


def _already_stored(con: duckdb.DuckDBPyConnection, table: str, wanted: pa.Table) -> set[tuple[Any, ...]]:
    """The rows of `wanted` whose columns match a row of `table`: one set-based SEMI JOIN."""
    if not wanted.num_rows:
        return set()
    columns = ", ".join(wanted.column_names)
    con.register("wanted_rows", wanted)
    try:
        rows = con.execute(f"SELECT DISTINCT {columns} FROM {table} SEMI JOIN wanted_rows USING ({columns})").fetchall()
    finally:
        con.unregister("wanted_rows")
    return {tuple(row) for row in rows}


def known_article_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    """The subset of `ids` already in articles, so pages already ingested are not fetched again."""
    wanted = pa.table({"article_id": pa.array(sorted(set(ids)), pa.string())})
    return {row[0] for row in _already_stored(con, "articles", wanted)}


def known_listings(con: duckdb.DuckDBPyConnection, listings: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (feed_id, entry_key) pairs already recorded in article_feeds: entries not to fetch again."""
    pairs = sorted(set(listings))
    wanted = pa.table(
        {
            "feed_id": pa.array([f for f, _ in pairs], pa.string()),
            "entry_key": pa.array([k for _, k in pairs], pa.string()),
        }
    )
    return {(row[0], row[1]) for row in _already_stored(con, "article_feeds", wanted)}


def queued_entries(con: duckdb.DuckDBPyConnection, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (feed_id, entry_key) pairs already in the work queue, whatever their status."""
    pairs = sorted(set(keys))
    wanted = pa.table(
        {
            "feed_id": pa.array([f for f, _ in pairs], pa.string()),
            "entry_key": pa.array([k for _, k in pairs], pa.string()),
        }
    )
    return {(row[0], row[1]) for row in _already_stored(con, "pending_entries", wanted)}


_ENTRY_FIELDS = tuple(f.name for f in fields(FeedEntry))


def due_entries(con: duckdb.DuckDBPyConnection, now: datetime, per_feed: int) -> list[PendingEntry]:
    """Queued entries due for an attempt: at most `per_feed` per feed, newest first; the rest wait.

    Entries of feeds the user removed wait too (listing the feed again brings them back).
    """
    columns = ", ".join(f"p.{name}" for name in _ENTRY_FIELDS)
    cursor = con.execute(
        f"SELECT {columns}, p.attempts FROM pending_entries p JOIN feeds f USING (feed_id) "
        "WHERE p.status = 'pending' AND f.status <> 'removed' "
        "AND (p.next_attempt_at IS NULL OR p.next_attempt_at <= ?) "
        "QUALIFY row_number() OVER (PARTITION BY p.feed_id "
        "ORDER BY p.published_at DESC NULLS LAST, p.first_seen_at DESC, p.entry_key) <= ? "
        "ORDER BY p.feed_id, p.published_at DESC NULLS LAST, p.entry_key",
        [now, per_feed],
    )
    return [
        PendingEntry(FeedEntry(**dict(zip(_ENTRY_FIELDS, row[:-1], strict=True))), attempts=row[-1])
        for row in cursor.fetchall()
    ]


def verify(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Read every stored block once (a hash over all columns of every table); returns (tables, rows).

    DuckDB checks each block's checksum as it reads it, so a corrupt block raises here, on request,
    rather than months later in `reprocess`. Raises WarehouseError naming the table and what to do.
    """
    tables = [
        row[0] for row in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()
    ]
    rows = 0
    for table in tables:
        try:
            rows += int(_scalar(con, f"SELECT count(*), sum(hash(COLUMNS(*)) % 2) FROM {table}"))
        except duckdb.Error as exc:
            raise WarehouseError(
                f"warehouse table {table} is damaged ({_first_line(exc)}); restore the file from a backup, "
                "or move it aside so the next run starts a new one"
            ) from exc
    return len(tables), rows


class StoredPage(NamedTuple):
    """A stored page (tasks/store/pages.py), with what reprocess needs to re-derive its article."""

    article_id: str
    url: str
    html: bytes
    fetched_at: datetime | None
    published_at: datetime | None
    title: str | None


def stored_html(con: duckdb.DuckDBPyConnection, batch_size: int = 200) -> Iterator[StoredPage]:
    """Every stored page, decompressed, fetched `batch_size` rows at a time (memory stays flat).

    The connection stays open while the caller iterates: stage what you derive and load it after
    the iteration, since a read-only connection here blocks the writer.
    """
    db_path = _scalar(con, "SELECT path FROM duckdb_databases() WHERE database_name = current_database()")
    cursor = con.execute(
        "SELECT h.article_id, coalesce(a.url, ''), h.html_gzip, h.fetched_at, a.published_at, a.title "
        f"FROM ({stored_pages_sql(db_path)}) h LEFT JOIN articles a USING (article_id) ORDER BY h.article_id"
    )
    while rows := cursor.fetchmany(batch_size):
        for article_id, url, html_gzip, fetched_at, published_at, title in rows:
            yield StoredPage(article_id, url, gzip.decompress(html_gzip), fetched_at, published_at, title)


#: gzip level of stored pages: 1 compresses a 158 KiB news page in 0.9 ms, level 6 in 2.6 ms, for 23% of its
#: size instead of 19% (measured on the shared corpus); it runs in the run's one orchestrating process, once
#: per page, so the faster level is worth the few more bytes
HTML_GZIP_LEVEL = 1


def compress_html(html: bytes) -> bytes:
    """How article_html.html_gzip is written; mtime=0 so the same page always compresses to the same bytes."""
    return gzip.compress(html, compresslevel=HTML_GZIP_LEVEL, mtime=0)


def dict_rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """A query's rows as dicts keyed by column name (the read queries hand these to the flows)."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def feed_health(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The feed_health view as dicts, failing feeds first."""
    return dict_rows(con.execute("SELECT * FROM feed_health ORDER BY failures_in_a_row DESC, url"))
