"""tasks/store/state.py: a run reads the live warehouse, or while it is locked the snapshot plus what is staged."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from duckdb_lock import hold_lock

from tasks.store.snapshot import publish_snapshot
from tasks.store.staging import load_pending, publish_state, stage_batch
from tasks.store.state import RunState
from tasks.store.warehouse import connect, known_article_ids, load_batch


def _article(article_id: str) -> dict[str, list[dict]]:
    url = f"https://news.example/{article_id}"
    return {"articles": [{"article_id": article_id, "url": url, "canonical_url": url}]}


def test_state_is_read_from_the_live_warehouse_when_it_is_free(tmp_path: Path, db_path: Path) -> None:
    load_batch(db_path, _article("live"))
    with RunState(db_path, tmp_path / "staging") as state, state.connection() as con:
        assert known_article_ids(con, ["live"]) == {"live"}
    assert not state.locked


@pytest.mark.parametrize("analyst_read_only", [False, True])  # even a read-only session blocks the writer
def test_a_locked_warehouse_is_read_through_the_snapshot_with_the_staged_batches_applied(
    tmp_path: Path, db_path: Path, analyst_read_only: bool
) -> None:
    staging = tmp_path / "staging"
    load_batch(db_path, _article("loaded"))
    publish_snapshot(db_path)
    stage_batch(staging, _article("staged-before"))
    with hold_lock(db_path, read_only=analyst_read_only) as holder, RunState(db_path, staging) as state:
        with state.connection() as con:
            assert known_article_ids(con, ["loaded", "staged-before", "staged-later"]) == {"loaded", "staged-before"}
        assert state.lock_holder is not None and f"PID {holder.pid}" in state.lock_holder
        stage_batch(staging, _article("staged-later"))  # e.g. this run's own poll
        started = time.monotonic()
        with state.connection() as con:  # no second wait for the lock: the run already knows
            assert "staged-later" in known_article_ids(con, ["staged-later"])
        assert time.monotonic() - started < 2
        copies = list(staging.glob(".state-*.duckdb"))
        assert len(copies) == 1
    assert not copies[0].exists()  # the private copy goes with the run
    report = load_pending(staging, db_path)  # and the staged batches wait for the loader
    assert len(report.loaded) == 2
    with connect(db_path, read_only=True) as con:
        assert known_article_ids(con, ["loaded", "staged-before", "staged-later"]) == {
            "loaded",
            "staged-before",
            "staged-later",
        }


def test_without_a_snapshot_a_locked_run_starts_from_an_empty_state(tmp_path: Path, db_path: Path) -> None:
    load_batch(db_path, _article("loaded"))  # never published: nothing says it is stored
    with hold_lock(db_path), RunState(db_path, tmp_path / "staging") as state:
        state.mark_locked("PID 1 (a test)")  # as a load that found the lock would; spares the ~7 s of retries
        with state.connection() as con:
            assert known_article_ids(con, ["loaded"]) == set()  # repeated work, which the idempotent load absorbs


def test_a_state_copy_a_killed_run_left_is_swept_after_an_hour(tmp_path: Path, db_path: Path) -> None:
    staging = tmp_path / "staging"
    staging.mkdir()
    old, recent = staging / ".state-1-deadbeef.duckdb", staging / ".state-2-cafef00d.duckdb"
    for path in (old, recent):
        path.write_bytes(b"")
    os.utime(old, (time.time() - 2 * 3600,) * 2)
    with RunState(db_path, staging) as state:
        state.mark_locked("PID 1 (a test)")
        with state.connection():
            pass
    assert not old.exists() and recent.exists()


def test_a_partition_run_reads_the_snapshot_the_loader_left_in_a_staging_url(tmp_path: Path, db_path: Path) -> None:
    """live=False never touches the live file (here locked by the loader) and needs nothing but the store."""
    staging = (tmp_path / "object-store" / "staging").as_uri()
    load_batch(db_path, _article("loaded"))
    publish_state(staging, publish_snapshot(db_path))
    stage_batch(staging, _article("staged"))  # another partition's batch, not loaded yet
    with hold_lock(db_path), RunState(tmp_path / "elsewhere.duckdb", staging, live=False) as state:
        started = time.monotonic()
        with state.connection() as con:
            assert known_article_ids(con, ["loaded", "staged", "new"]) == {"loaded", "staged"}
        assert time.monotonic() - started < 2 and not state.locked  # no lock retries: the live file is not tried
