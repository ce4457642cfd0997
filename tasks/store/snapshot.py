"""The analysts' copy of the warehouse: a read snapshot published after each load, and exports of the views.

DuckDB allows one writer or many readers per file, and a reader holding the live file open starves the
pipeline (shared/notes/prefect-and-duckdb-here.md §7). So analysts read `<name>.read.duckdb` beside the
warehouse: the loader checkpoints the live file while it holds the lock, copies it, and renames the copy
into place. Any number of readers may hold the snapshot open; a reader of the old snapshot keeps its view
of it after the rename (the old inode lives on until it closes).
"""

from __future__ import annotations

import os
import shutil
from contextlib import ExitStack
from pathlib import Path

import duckdb

from tasks.store.warehouse import WarehouseError, connect

#: the tables and views `newsflow export` writes, one file each
EXPORTED_VIEWS = (
    "enforcement_events",
    "enforcement_facts",
    "enforcement_stories",
    "counts_by_place_week",
    "quotes_by_speaker",
    "feed_health",
)
EXPORT_FORMATS = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER true)"}


def snapshot_path(db_path: Path | str) -> Path:
    """data/newsflow.duckdb -> data/newsflow.read.duckdb"""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.read{db_path.suffix or '.duckdb'}")


def publish_snapshot(db_path: Path | str) -> Path:
    """Copy the checkpointed warehouse to its read snapshot (write beside, then rename); returns its path."""
    db_path = Path(db_path)
    target = snapshot_path(db_path)
    partial = target.with_name(f".{target.name}.partial")
    with connect(db_path) as con:
        con.execute("CHECKPOINT")  # everything in the main file, nothing left in the WAL
        shutil.copyfile(db_path, partial)  # still under our lock: no writer can change it meanwhile
    os.replace(partial, target)
    return target


def readable_path(db_path: Path | str) -> Path:
    """The file a reader should open: the snapshot when one was published, else the live warehouse."""
    snapshot = snapshot_path(db_path)
    if snapshot.exists():
        return snapshot
    if Path(db_path).exists():
        return Path(db_path)
    raise WarehouseError(f"no warehouse at {db_path} yet: run `newsflow run` (or `newsflow demo`) first")


def export_views(db_path: Path | str, out_dir: Path, fmt: str) -> list[Path]:
    """Write each view of `EXPORTED_VIEWS` as `<view>.<fmt>` in out_dir, read from the snapshot."""
    if fmt not in EXPORT_FORMATS:
        raise WarehouseError(f"unknown export format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with connect(readable_path(db_path), read_only=True) as con:
        for view in EXPORTED_VIEWS:
            path = out_dir / f"{view}.{fmt}"
            con.execute(f"COPY (SELECT * FROM {view}) TO '{_sql_string(path)}' {EXPORT_FORMATS[fmt]}")
            written.append(path)
    return written


def _sql_string(path: Path) -> str:
    return str(path).replace("'", "''")


class SqlSession:
    """One read-only connection on the snapshot for `newsflow sql`: each statement's result as a text table."""

    def __init__(self, db_path: Path | str) -> None:
        self.path = readable_path(db_path)
        self._stack = ExitStack()
        self._con = self._stack.enter_context(connect(self.path, read_only=True))

    def run(self, sql: str) -> str:
        """The result rendered as DuckDB's box table; an SQL error becomes its one-line message."""
        try:
            result = self._con.sql(sql)
        except duckdb.Error as exc:
            return f"error: {str(exc).strip().splitlines()[0]}"
        return "" if result is None else str(result)

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> SqlSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
