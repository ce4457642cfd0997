"""Where a run reads its state: the live warehouse, or, while another process holds its lock, the snapshot.

A run reads state (which feeds are due, the work queue, which listings and articles are known) and
stages everything it produces (tasks/store/staging.py), so only the load needs the DuckDB lock. When
an analyst (or anything else) holds the live file, the run does not stop: it reads a private copy of
the read snapshot (`<db>.read.duckdb`, published after each load) with every staged batch applied to
it, so it sees the feeds it just polled and the entries it just queued, and goes on processing. The
next run that gets the lock loads the staged batches.

Stale state never duplicates anything, it only repeats work: every load is keyed on content-derived
ids, a queued entry that is `done` stays done, and an article loaded twice is one row
(tests/test_faults.py proves it with a deliberately stale snapshot). The private copy lives in the
staging folder as `.state-<pid>-<random>.duckdb`, is deleted when the run ends, and a copy a killed
run left behind is swept after an hour.

The partition runs of scale-out mode (flows/poll_partition.py) never open the live file (`live=False`): the
loader writes it all the time, and on another machine it is not there at all. They read the snapshot
from the start: the local one, or the copy the loader publishes into a staging URL
(`staging.publish_state`); their private copy then lives in the system's temporary folder.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

from tasks.store.snapshot import snapshot_path
from tasks.store.staging import STALE_TMP_S, fetch_state, is_url, pending_batches, read_batch
from tasks.store.warehouse import WarehouseLockedError, connect, migrate, write_tables

log = logging.getLogger(__name__)

_PREFIX = ".state-"


class RunState:
    """The run's source of state: the live warehouse until it is found locked, then the snapshot copy.

    One object per run, shared by its tasks (thread-safe). Use it as a context manager, or call
    `close()`, so the private copy is removed.
    """

    def __init__(self, db_path: Path | str, staging_dir: Path | str, live: bool = True) -> None:
        """live=False: never open the live warehouse, read the snapshot from the start (partition runs)."""
        self.db_path = Path(db_path)
        self.staging_dir: Path | str = staging_dir if is_url(staging_dir) else Path(staging_dir)
        self.live = live
        #: where the private copy goes: the staging folder, or for a staging URL this machine's temp folder
        self._copies_dir = Path(tempfile.gettempdir()) / "newsflow-state" if is_url(staging_dir) else Path(staging_dir)
        #: who held the live file's lock ("PID 123 (python3.11)"), once the run found it locked
        self.lock_holder: str | None = None
        self._copy: Path | None = None
        self._applied: set[str] = set()
        self._mutex = threading.Lock()
        self._staged_articles: set[str] = set()
        #: one reader at a time: concurrent batches opening and closing connections to one file in one
        #: process raced in DuckDB 2.0.1 ("python_arrow_scan does not exist"); reads take milliseconds
        self._reading = threading.Lock()

    def mark_locked(self, holder: str) -> None:
        """Read from the snapshot copy from now on (a load or a read found the live file locked)."""
        self.lock_holder = self.lock_holder or holder

    @property
    def locked(self) -> bool:
        return self.lock_holder is not None

    def claim_article(self, article_id: str) -> bool:
        """True for the first batch of this run to stage `article_id`; False for every later one.

        Batches run concurrently, so a story reached under two URLs in two batches is decided here,
        once: one article, counted once, whichever batch reaches it first.
        """
        with self._mutex:
            if article_id in self._staged_articles:
                return False
            self._staged_articles.add(article_id)
            return True

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A migrated connection to read state from (and, on the private copy only, to record it).

        The live file is tried first, with `connect`'s retries; once it was found locked, the run
        reads its private copy at once, refreshed with the batches staged since the last read.
        """
        with self._reading, ExitStack() as stack:
            con = None
            if self.live and not self.locked:
                try:
                    con = stack.enter_context(connect(self.db_path))
                except WarehouseLockedError as exc:
                    self.mark_locked(exc.holder)
            if con is None:
                with self._mutex:
                    path = self._refreshed_copy()
                con = stack.enter_context(connect(path))
            migrate(con)
            yield con

    def _refreshed_copy(self) -> Path:
        """The private copy (made on first use) with every batch staged since applied, oldest first."""
        if self._copy is None:
            self._copy = self._make_copy()
        for batch in pending_batches(self.staging_dir):
            if batch.name in self._applied:
                continue
            try:
                tables = read_batch(batch)
                with connect(self._copy) as con:
                    migrate(con)
                    write_tables(con, tables)
            except (OSError, pa.ArrowException) as exc:  # loaded and deleted by another run meanwhile
                log.info("staged batch %s not read into the state copy: %s", batch.name, exc)
            except (duckdb.ConstraintException, duckdb.ConversionException, ValueError) as exc:
                log.info("staged batch %s left out of the state copy (the loader will reject it): %s", batch.name, exc)
            self._applied.add(batch.name)
        return self._copy

    def _make_copy(self) -> Path:
        self._copies_dir.mkdir(parents=True, exist_ok=True)
        _sweep(self._copies_dir)
        copy = self._copies_dir / f"{_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}.duckdb"
        snapshot = snapshot_path(self.db_path)
        if fetch_state(self.staging_dir, copy):  # the loader's snapshot, published into a staging URL
            return copy
        if snapshot.exists():  # else an empty warehouse: every feed and entry looks new (repeated work only)
            shutil.copyfile(snapshot, copy)
        return copy

    def close(self) -> None:
        """Delete the private copy, if one was made."""
        if self._copy is not None:
            for path in (self._copy, self._copy.with_name(self._copy.name + ".wal")):
                path.unlink(missing_ok=True)
            self._copy = None

    def __enter__(self) -> RunState:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _sweep(staging_dir: Path) -> None:
    """Remove state copies (and their WAL) that a killed run left more than an hour ago."""
    now = time.time()
    for path in staging_dir.glob(f"{_PREFIX}*.duckdb*"):
        try:
            if now - path.stat().st_mtime > STALE_TMP_S:
                path.unlink()
        except FileNotFoundError:
            pass
