"""The durable hand-off between processing and the single warehouse writer.

Processing writes each batch as Parquet files (one per table) into `<staging>/<batch_id>.tmp/`,
then renames the folder to `<batch_id>/`; the rename is atomic on one filesystem, so a batch folder
without `.tmp` is always complete. The writer loads complete batches in creation order and
deletes each only after its transaction committed. A crash before the rename leaves a `.tmp`
folder that is ignored (and swept after an hour); a crash after the commit but before the delete
re-loads a batch, which is a no-op because every load is keyed on content-derived ids; a locked
warehouse leaves batches staged for the next run.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from schemas.tables import TABLES, to_arrow
from tasks.store.clusters import refresh_after_load
from tasks.store.warehouse import WarehouseLockedError, load_batch

log = logging.getLogger(__name__)

#: a `.tmp` folder older than this was left by a crash (staging a batch takes well under a second)
STALE_TMP_S = 60 * 60
#: batches the warehouse refused (a bug: bad value, corrupt file) are moved here, not retried forever
FAILED_DIR = "failed"


@dataclass
class LoadReport:
    """What `load_pending` did, for the run summary and the flow's log."""

    loaded: list[str] = field(default_factory=list)  # batch ids, in load order
    rows: dict[str, int] = field(default_factory=dict)  # rows written per table, summed
    left_staged: int = 0  # complete batches still waiting (the warehouse was locked)
    locked: str | None = None  # the lock message when batches were left staged
    failed: list[tuple[str, str]] = field(default_factory=list)  # (batch id, error) moved to failed/
    batch_ms: list[float] = field(default_factory=list)  # open + migrate check + write + close, per loaded batch
    seconds: float = 0.0


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


def load_pending(staging_dir: Path | str, db_path: Path | str, **connect_options: Any) -> LoadReport:
    """Load every complete batch, oldest first, one transaction each; delete a batch only after commit.

    A warehouse locked past the retries of `connect` is not an error here: the remaining batches
    stay staged and the report says so. A batch the warehouse rejects (constraint violation,
    unreadable file) is moved to `failed/` so it cannot block the ones after it.
    """
    started = time.monotonic()
    report = LoadReport()
    batches = pending_batches(staging_dir)
    for index, batch in enumerate(batches):
        batch_started = time.monotonic()
        try:
            written = load_batch(db_path, read_batch(batch), **connect_options)
        except WarehouseLockedError as exc:
            report.left_staged = len(batches) - index
            report.locked = str(exc)
            break
        except (duckdb.ConstraintException, duckdb.ConversionException, pa.ArrowException, ValueError) as exc:
            message = str(exc).strip().splitlines()[0]
            log.error("staged batch %s rejected, moved to %s/: %s", batch.name, FAILED_DIR, message)
            (batch.parent / FAILED_DIR).mkdir(exist_ok=True)
            os.rename(batch, batch.parent / FAILED_DIR / batch.name)
            report.failed.append((batch.name, message))
            continue
        shutil.rmtree(batch)
        report.batch_ms.append((time.monotonic() - batch_started) * 1000)
        report.loaded.append(batch.name)
        for name, count in written.items():
            report.rows[name] = report.rows.get(name, 0) + count
    if report.loaded:
        refresh_after_load(db_path, **connect_options)  # story_clusters and enforcement_events follow each load
    report.seconds = time.monotonic() - started
    return report
