"""The durable hand-off between processing and the single warehouse writer.

Processing writes each batch as Parquet files (one per table) into `<staging>/<batch_id>.tmp/`,
then renames the folder to `<batch_id>/`; the rename is atomic on one filesystem, so a batch folder
without `.tmp` is always complete. The writer loads complete batches in creation order and
deletes each only after its transaction committed. Loading holds a claim (an exclusive `flock` on
`<staging>/.loader.lock`), so two overlapping runs never load, or delete, the same batch; the
kernel drops the claim when its holder dies, so a killed run cannot leave it stuck. A crash
before the rename leaves a `.tmp` folder that is ignored (and swept after an hour); a crash after
the commit but before the delete re-loads a batch, which is a no-op because every load is keyed
on content-derived ids; a locked warehouse leaves batches staged for the next run.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from schemas.records import ArticleSummary
from schemas.tables import TABLES, to_arrow
from tasks.store.clusters import refresh_stories
from tasks.store.warehouse import WarehouseLockedError, connect, migrate, write_tables

log = logging.getLogger(__name__)

#: a `.tmp` folder older than this was left by a crash (staging a batch takes well under a second)
STALE_TMP_S = 60 * 60
#: batches the warehouse refused (a bug: bad value, corrupt file) are moved here, not retried forever
FAILED_DIR = "failed"
#: the loader's claim file, and how long a run waits for another run's load to finish
CLAIM_FILE = ".loader.lock"
CLAIM_WAIT_S = 120.0


@dataclass
class LoadReport:
    """What `load_pending` did, for the run summary and the flow's log."""

    loaded: list[str] = field(default_factory=list)  # batch ids, in load order
    rows: dict[str, int] = field(default_factory=dict)  # rows written per table, summed
    left_staged: int = 0  # complete batches still waiting (the warehouse was locked)
    locked: str | None = None  # the lock message when batches were left staged
    lock_holder: str | None = None  # who held the warehouse's DuckDB lock, when that stopped the load
    failed: list[tuple[str, str]] = field(default_factory=list)  # (batch id, error) moved to failed/
    batch_ms: list[float] = field(default_factory=list)  # read + write + commit, per loaded batch
    seconds: float = 0.0
    #: articles these loads inserted (not those already stored), whichever run processed them: the
    #: events a commit makes true are emitted by the run that committed it
    articles: list[ArticleSummary] = field(default_factory=list)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def stage_batch(staging_dir: Path | str, tables: Mapping[str, pa.Table | list[dict[str, Any]]]) -> Path:
    """Write one batch (Parquet per non-empty table) and publish it atomically; returns its folder.

    Tables and columns are checked against schemas/tables.py here, so a bad batch fails in the
    task that built it, not later in the writer.
    """
    arrow = {name: to_arrow(name, rows) for name, rows in tables.items()}
    staging_dir = Path(staging_dir)
    # time first so names sort in creation order; pid + random part so parallel workers never collide
    batch_id = f"{time.time_ns():020d}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp = staging_dir / f"{batch_id}.tmp"
    tmp.mkdir(parents=True)
    for name, table in arrow.items():
        if table.num_rows:
            path = tmp / f"{name}.parquet"
            pq.write_table(table, path, compression="zstd")
            _fsync(path)
    final = staging_dir / batch_id
    os.rename(tmp, final)
    _fsync(staging_dir)  # make the rename itself durable
    return final


def pending_batches(staging_dir: Path | str) -> list[Path]:
    """Complete batches in creation order; sweeps `.tmp` folders a crash left more than an hour ago."""
    staging_dir = Path(staging_dir)
    if not staging_dir.is_dir():
        return []
    now = time.time()
    batches = []
    for entry in staging_dir.iterdir():
        if not entry.is_dir() or entry.name == FAILED_DIR:
            continue
        if entry.name.endswith(".tmp"):
            if now - entry.stat().st_mtime > STALE_TMP_S:
                shutil.rmtree(entry, ignore_errors=True)
            continue
        batches.append(entry)
    return sorted(batches, key=lambda p: p.name)


def read_batch(batch: Path) -> dict[str, pa.Table]:
    """The tables of one staged batch, with the schemas of schemas/tables.py."""
    tables = {}
    for path in sorted(batch.glob("*.parquet")):
        if path.stem not in TABLES:
            raise ValueError(f"{path}: not a warehouse table")
        tables[path.stem] = to_arrow(path.stem, pq.read_table(path))
    return tables


def article_summaries(tables: Mapping[str, pa.Table], ids: set[str]) -> list[ArticleSummary]:
    """ArticleSummary of the articles `ids` from one batch's tables (articles, article_tags, facts)."""
    if not ids or "articles" not in tables:
        return []
    tags = {r["article_id"]: r for r in tables["article_tags"].to_pylist()} if "article_tags" in tables else {}
    fact_counts: dict[str, dict[str, int]] = {}
    if "facts" in tables:
        for fact in tables["facts"].select(["article_id", "fact_type"]).to_pylist():
            counts = fact_counts.setdefault(fact["article_id"], {})
            counts[fact["fact_type"]] = counts.get(fact["fact_type"], 0) + 1
    summaries = []
    for row in tables["articles"].select(["article_id", "canonical_url", "title", "feed_id"]).to_pylist():
        aid = row["article_id"]
        if aid not in ids:
            continue
        tag = tags.get(aid, {})
        summaries.append(
            ArticleSummary(
                article_id=aid,
                url=row["canonical_url"],
                title=row["title"],
                is_enforcement=bool(tag.get("is_enforcement")),
                topics=tuple(tag.get("topics") or ()),
                fact_counts=fact_counts.get(aid, {}),
                feed_id=row["feed_id"],
            )
        )
    return summaries


@contextmanager
def loader_claim(staging_dir: Path, wait_s: float) -> Iterator[bool]:
    """Hold the exclusive right to load this staging folder; yields False if another run kept it `wait_s`."""
    staging_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(staging_dir / CLAIM_FILE, os.O_CREAT | os.O_RDWR, 0o644)
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(0.05)
        yield True  # closing the descriptor below releases the lock
    finally:
        os.close(fd)


def load_pending(
    staging_dir: Path | str, db_path: Path | str, claim_wait_s: float = CLAIM_WAIT_S, **connect_options: Any
) -> LoadReport:
    """Load every complete batch, oldest first, one transaction each; delete a batch only after commit.

    All batches load through one connection: DuckDB checkpoints a file when its last connection closes,
    so a connection per batch rewrote the growing warehouse once per batch (40 times for 2,000 pages).
    A warehouse locked past the retries of `connect` is not an error here: the batches stay staged and
    the report says so. A batch the warehouse rejects (constraint violation, unreadable file) is moved
    to `failed/` so it cannot block the ones after it. The batches are listed only once the loader claim
    is held, so a batch another run loaded meanwhile is gone.
    """
    started = time.monotonic()
    report = LoadReport()
    staging_dir = Path(staging_dir)
    with loader_claim(staging_dir, claim_wait_s) as claimed:
        batches = pending_batches(staging_dir)
        if not claimed:
            report.left_staged = len(batches)
            report.locked = f"another run is loading {staging_dir}; gave up waiting after {claim_wait_s:.0f}s"
        elif batches:
            try:
                with connect(db_path, **connect_options) as con:
                    migrate(con)
                    for batch in batches:
                        _load_one(con, batch, report)
                    if report.loaded:
                        refresh_stories(con)  # story_clusters and enforcement_events follow each load
            except WarehouseLockedError as exc:
                report.left_staged = len(batches)
                report.locked, report.lock_holder = str(exc), exc.holder
    report.seconds = time.monotonic() - started
    return report


def _load_one(con: duckdb.DuckDBPyConnection, batch: Path, report: LoadReport) -> None:
    """Load one batch in its own transaction and delete it; a batch the warehouse rejects goes to failed/."""
    batch_started = time.monotonic()
    new_articles: set[str] = set()
    try:
        tables = read_batch(batch)
        written = write_tables(con, tables, new_articles)
    except (duckdb.ConstraintException, duckdb.ConversionException, pa.ArrowException, ValueError) as exc:
        message = str(exc).strip().splitlines()[0]
        log.error("staged batch %s rejected, moved to %s/: %s", batch.name, FAILED_DIR, message)
        (batch.parent / FAILED_DIR).mkdir(exist_ok=True)
        os.rename(batch, batch.parent / FAILED_DIR / batch.name)
        report.failed.append((batch.name, message))
        return
    shutil.rmtree(batch)
    report.batch_ms.append((time.monotonic() - batch_started) * 1000)
    report.loaded.append(batch.name)
    report.articles.extend(article_summaries(tables, new_articles))
    for name, count in written.items():
        report.rows[name] = report.rows.get(name, 0) + count
