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

The staging area may also be an fsspec URL (`s3://bucket/staging`, `gs://...`, `file:///...`,
`memory://...`), so processing on other machines can stage into object storage. Object stores have
no atomic rename of a folder, so there a batch is written in place and is complete once its
manifest (`_MANIFEST.json`, the list of its tables) exists: the manifest is written last, and a
single object is either wholly there or not. The loader's claim is then a `flock` on
`<db_path>.loader.lock`, beside the warehouse (the single writer always runs on the warehouse's
machine). For the partition runs of scale-out mode, the loader also copies the read snapshot into
`<staging>/_state/read.duckdb`, so a machine that only sees the object store still reads the feed
state (validators, next polls, queued entries) and never fetches a feed or page again forever.
"""

from __future__ import annotations

import fcntl
import json
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
import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from schemas.records import ArticleSummary
from schemas.tables import TABLES, to_arrow
from tasks.store.clusters import refresh_stories
from tasks.store.pages import drop_pages, fsync_path, keep_pages
from tasks.store.warehouse import WarehouseLockedError, connect, migrate, write_tables

log = logging.getLogger(__name__)

#: a `.tmp` folder older than this was left by a crash (staging a batch takes well under a second)
STALE_TMP_S = 60 * 60
#: batches the warehouse refused (a bug: bad value, corrupt file) are moved here, not retried forever
FAILED_DIR = "failed"
#: the loader's claim file, and how long a run waits for another run's load to finish
CLAIM_FILE = ".loader.lock"
CLAIM_WAIT_S = 120.0
#: in a staging URL: the object whose presence makes a batch complete, written last
MANIFEST = "_MANIFEST.json"
#: in a staging URL: where the loader publishes the read snapshot for runs on other machines
STATE_DIR = "_state"
STATE_FILE = "read.duckdb"


class StagedUrl(str):
    """A batch in a staging URL; `.name` is its batch id, as `Path.name` is for a local batch."""

    @property
    def name(self) -> str:
        return self.rstrip("/").rsplit("/", 1)[-1]


#: a staged batch: a folder on this machine, or a batch under a staging URL
Batch = Path | StagedUrl


def is_url(location: Path | str) -> bool:
    """True for an fsspec URL (`s3://...`, `file://...`); a plain path is staged with rename."""
    return isinstance(location, str) and "://" in location


def _fs(url: str) -> tuple[fsspec.AbstractFileSystem, str]:
    fs, path = fsspec.core.url_to_fs(url)
    return fs, path.rstrip("/")


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


def stage_batch(staging_dir: Path | str, tables: Mapping[str, pa.Table | list[dict[str, Any]]]) -> Batch:
    """Write one batch (Parquet per non-empty table) and publish it atomically; returns the batch.

    Tables and columns are checked against schemas/tables.py here, so a bad batch fails in the
    task that built it, not later in the writer.
    """
    arrow = {name: to_arrow(name, rows) for name, rows in tables.items()}
    # time first so names sort in creation order; pid + random part so parallel workers never collide
    batch_id = f"{time.time_ns():020d}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    if is_url(staging_dir):
        return _stage_at_url(str(staging_dir), batch_id, arrow)
    staging_dir = Path(staging_dir)
    tmp = staging_dir / f"{batch_id}.tmp"
    tmp.mkdir(parents=True)
    for name, table in arrow.items():
        if table.num_rows:
            path = tmp / f"{name}.parquet"
            pq.write_table(table, path, compression="zstd")
            fsync_path(path)
    final = staging_dir / batch_id
    os.rename(tmp, final)
    fsync_path(staging_dir)  # make the rename itself durable
    return final


def _stage_at_url(url: str, batch_id: str, arrow: Mapping[str, pa.Table]) -> StagedUrl:
    """Write the batch's Parquet files in place, then its manifest: the batch is complete once that exists."""
    fs, root = _fs(url)
    folder = f"{root}/{batch_id}"
    fs.makedirs(folder, exist_ok=True)  # a no-op on object stores, needed on file://
    names = []
    for name, table in arrow.items():
        if table.num_rows:
            with fs.open(f"{folder}/{name}.parquet", "wb") as out:
                pq.write_table(table, out, compression="zstd")
            names.append(name)
    fs.pipe_file(f"{folder}/{MANIFEST}", json.dumps({"tables": names}).encode())
    return StagedUrl(f"{url.rstrip('/')}/{batch_id}")


def _created_s(batch_id: str) -> float | None:
    """When a batch was started, from the nanosecond time its id begins with (None: not a batch id)."""
    stamp = batch_id.split("-", 1)[0]
    return int(stamp) / 1e9 if stamp.isdigit() else None


def _pending_at_url(url: str) -> list[Batch]:
    fs, root = _fs(url)
    fs.invalidate_cache(root)  # object-store listings are cached by fsspec; another machine may have staged since
    if not fs.isdir(root):
        return []
    now = time.time()
    batches: list[Batch] = []
    for path in fs.ls(root, detail=False):
        name = path.rstrip("/").rsplit("/", 1)[-1]
        created = _created_s(name)
        if created is None:  # failed/, _state/, the claim file
            continue
        if fs.exists(f"{root}/{name}/{MANIFEST}"):
            batches.append(StagedUrl(f"{url.rstrip('/')}/{name}"))
        elif now - created > STALE_TMP_S:  # a writer died before its manifest
            fs.rm(f"{root}/{name}", recursive=True)
    return sorted(batches, key=lambda b: b.name)


def pending_batches(staging_dir: Path | str) -> list[Batch]:
    """Complete batches in creation order; sweeps `.tmp` folders a crash left more than an hour ago."""
    if is_url(staging_dir):
        return _pending_at_url(str(staging_dir))
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


def read_batch(batch: Batch) -> dict[str, pa.Table]:
    """The tables of one staged batch, with the schemas of schemas/tables.py."""
    tables = {}
    if isinstance(batch, StagedUrl):
        fs, folder = _fs(batch)
        for name in json.loads(fs.cat_file(f"{folder}/{MANIFEST}"))["tables"]:
            if name not in TABLES:
                raise ValueError(f"{batch}/{name}.parquet: not a warehouse table")
            with fs.open(f"{folder}/{name}.parquet", "rb") as src:
                tables[name] = to_arrow(name, pq.read_table(src))
        return tables
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


def _remove(batch: Batch) -> None:
    if isinstance(batch, StagedUrl):
        fs, folder = _fs(batch)
        fs.rm(folder, recursive=True)
    else:
        shutil.rmtree(batch)


def _set_aside(batch: Batch) -> None:
    """Move a rejected batch into `failed/`, where it no longer blocks the batches after it."""
    if isinstance(batch, StagedUrl):
        fs, folder = _fs(batch)
        fs.mv(folder, f"{folder.rsplit('/', 1)[0]}/{FAILED_DIR}/{batch.name}", recursive=True)
    else:
        (batch.parent / FAILED_DIR).mkdir(exist_ok=True)
        os.rename(batch, batch.parent / FAILED_DIR / batch.name)


def claim_file(staging_dir: Path | str, db_path: Path | str) -> Path:
    """The loader's lock file: in a local staging folder, else beside the warehouse (the writer's machine)."""
    if is_url(staging_dir):
        return Path(f"{db_path}.loader.lock")
    return Path(staging_dir) / CLAIM_FILE


@contextmanager
def loader_claim(lock_file: Path, wait_s: float) -> Iterator[bool]:
    """Hold the exclusive right to load one staging area; yields False if another run kept it `wait_s`."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_file, os.O_CREAT | os.O_RDWR, 0o644)
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
    with loader_claim(claim_file(staging_dir, db_path), claim_wait_s) as claimed:
        batches = pending_batches(staging_dir)
        if not claimed:
            report.left_staged = len(batches)
            report.locked = f"another run is loading {staging_dir}; gave up waiting after {claim_wait_s:.0f}s"
        elif batches:
            try:
                with connect(db_path, **connect_options) as con:
                    migrate(con)
                    for batch in batches:
                        _load_one(con, db_path, batch, report)
                    if report.loaded:
                        refresh_stories(con)  # story_clusters and enforcement_events follow each load
            except WarehouseLockedError as exc:
                report.left_staged = len(batches)
                report.locked, report.lock_holder = str(exc), exc.holder
    report.seconds = time.monotonic() - started
    return report


def _load_one(con: duckdb.DuckDBPyConnection, db_path: Path | str, batch: Batch, report: LoadReport) -> None:
    """Load one batch in its own transaction and delete it; a batch the warehouse rejects goes to failed/.

    Its pages go to a page file beside the warehouse (tasks/store/pages.py), written before the commit.
    """
    batch_started = time.monotonic()
    new_articles: set[str] = set()
    try:
        tables = read_batch(batch)
        pages = tables.pop("article_html", None)
        if pages is not None:
            keep_pages(db_path, batch.name, pages)
        written = write_tables(con, tables, new_articles)
    except (duckdb.ConstraintException, duckdb.ConversionException, pa.ArrowException, ValueError) as exc:
        message = str(exc).strip().splitlines()[0]
        log.error("staged batch %s rejected, moved to %s/: %s", batch.name, FAILED_DIR, message)
        drop_pages(db_path, batch.name)
        _set_aside(batch)
        report.failed.append((batch.name, message))
        return
    if pages is not None:  # the pages of the articles this commit added, as the article_html key counted them
        written["article_html"] = sum(1 for aid in pages.column("article_id").to_pylist() if aid in new_articles)
    _remove(batch)
    report.batch_ms.append((time.monotonic() - batch_started) * 1000)
    report.loaded.append(batch.name)
    report.articles.extend(article_summaries(tables, new_articles))
    for name, count in written.items():
        report.rows[name] = report.rows.get(name, 0) + count


def _state_url(staging_url: str) -> str:
    return f"{staging_url.rstrip('/')}/{STATE_DIR}/{STATE_FILE}"


def publish_state(staging_dir: Path | str, snapshot: Path) -> bool:
    """Copy the read snapshot into a staging URL for runs on other machines (False: local staging, no copy).

    Uploaded under a temporary name, then moved: a reader gets the old copy or the new, never half.
    """
    if not is_url(staging_dir):
        return False
    fs, final = _fs(_state_url(str(staging_dir)))
    tmp = f"{final}.{uuid.uuid4().hex[:8]}.tmp"
    fs.makedirs(final.rsplit("/", 1)[0], exist_ok=True)
    fs.put_file(str(snapshot), tmp)
    fs.mv(tmp, final)
    return True


def fetch_state(staging_dir: Path | str, dest: Path) -> bool:
    """Download the snapshot `publish_state` left in a staging URL to `dest`; False if there is none."""
    if not is_url(staging_dir):
        return False
    fs, path = _fs(_state_url(str(staging_dir)))
    fs.invalidate_cache(path.rsplit("/", 1)[0])
    if not fs.exists(path):
        return False
    fs.get_file(path, str(dest))
    return True
