"""tasks/store/staging.py: Parquet batches written then renamed (or, at a URL, manifest last), loaded once,
kept while the warehouse is locked."""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import fsspec
import pyarrow as pa
import pytest
from duckdb_lock import hold_lock

from schemas.tables import TABLES
from tasks.store.staging import (
    StagedUrl,
    fetch_state,
    load_pending,
    pending_batches,
    publish_state,
    read_batch,
    stage_batch,
)
from tasks.store.warehouse import connect

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def batch(article_id: str) -> dict[str, list[dict]]:
    url = f"https://news.example/{article_id}"
    return {
        "articles": [{"article_id": article_id, "url": url, "canonical_url": url, "title": "t", "published_at": NOW}],
        "facts": [
            {
                "article_id": article_id,
                "fact_type": "arrests",
                "value": 3,
                "unit": "people",
                "char_start": 0,
                "extractor_version": "v1",
            }
        ],
        "fetch_events": [
            {"event_id": f"e-{article_id}", "url": url, "kind": "article", "fetched_at": NOW, "outcome": "ok"}
        ],
    }


def count(db_path: Path, table: str) -> int:
    with connect(db_path, read_only=True) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


def test_stage_batch_publishes_a_complete_folder(tmp_path: Path) -> None:
    path = stage_batch(tmp_path / "staging", batch("a1"))
    assert sorted(p.name for p in path.iterdir()) == [
        "articles.parquet",
        "facts.parquet",
        "fetch_events.parquet",
    ]
    assert [p.name for p in (tmp_path / "staging").iterdir()] == [path.name]  # no .tmp left behind
    assert pending_batches(tmp_path / "staging") == [path]


def test_empty_lists_and_all_none_columns_keep_their_types(tmp_path: Path) -> None:
    path = stage_batch(
        tmp_path,
        {
            "facts": [],
            "article_tags": [{"article_id": "a1", "is_enforcement": False, "tagger_version": "v1"}],
        },
    )
    tables = read_batch(path)
    assert set(tables) == {"article_tags"}  # empty tables are not written
    assert tables["article_tags"].schema == TABLES["article_tags"].schema
    assert tables["article_tags"].column("topics").type == pa.list_(pa.string())


def test_pending_batches_come_in_creation_order(tmp_path: Path) -> None:
    made = [stage_batch(tmp_path, batch(f"a{i}")) for i in range(5)]
    assert pending_batches(tmp_path) == made


def test_a_crash_before_the_rename_is_ignored_and_swept_after_an_hour(tmp_path: Path) -> None:
    fresh = tmp_path / "00000000000000000001-1-aaaa.tmp"
    stale = tmp_path / "00000000000000000002-1-bbbb.tmp"
    for leftover in (fresh, stale):
        leftover.mkdir()
        (leftover / "articles.parquet").write_bytes(b"PAR1 half written")
    two_hours_ago = time.time() - 2 * 3600
    os.utime(stale, (two_hours_ago, two_hours_ago))
    good = stage_batch(tmp_path, batch("a1"))
    assert pending_batches(tmp_path) == [good]
    assert fresh.exists() and not stale.exists()


def test_load_pending_loads_each_batch_once_and_removes_it(tmp_path: Path, db_path: Path) -> None:
    staging = tmp_path / "staging"
    stage_batch(staging, batch("a1"))
    stage_batch(staging, batch("a2"))
    report = load_pending(staging, db_path)
    assert len(report.loaded) == 2 and report.left_staged == 0 and report.failed == []
    assert report.rows == {"fetch_events": 2, "articles": 2, "facts": 2}
    assert pending_batches(staging) == []
    # the same data staged again (a retried task, a crash after commit) adds nothing
    stage_batch(staging, batch("a1"))
    again = load_pending(staging, db_path)
    assert again.rows["articles"] == again.rows["fetch_events"] == 0
    assert count(db_path, "articles") == count(db_path, "facts") == 2


def test_locked_warehouse_leaves_batches_staged_until_released(tmp_path: Path, db_path: Path) -> None:
    staging = tmp_path / "staging"
    first = stage_batch(staging, batch("a1"))
    second = stage_batch(staging, batch("a2"))
    with hold_lock(db_path) as holder:
        report = load_pending(staging, db_path, retries=2, base_delay_s=0.01)
    assert report.loaded == [] and report.left_staged == 2
    assert report.locked is not None and f"PID {holder.pid}" in report.locked
    assert pending_batches(staging) == [first, second]
    report = load_pending(staging, db_path)
    assert report.loaded == [first.name, second.name] and report.locked is None
    assert count(db_path, "articles") == 2


def test_a_rejected_batch_is_set_aside_and_later_batches_still_load(tmp_path: Path, db_path: Path) -> None:
    staging = tmp_path / "staging"
    bad = batch("a1")
    bad["fetch_events"][0]["outcome"] = "no_such_outcome"
    rejected = stage_batch(staging, bad)
    stage_batch(staging, batch("a2"))
    report = load_pending(staging, db_path)
    assert [batch_id for batch_id, _ in report.failed] == [rejected.name]
    assert "CHECK constraint" in report.failed[0][1]
    assert len(report.loaded) == 1
    assert (staging / "failed" / rejected.name / "fetch_events.parquet").exists()
    assert pending_batches(staging) == []
    with connect(db_path, read_only=True) as con:  # nothing of the rejected batch got in
        assert con.execute("SELECT article_id FROM articles").fetchall() == [("a2",)]


# -- a staging URL (object storage): memory:// and file:// exercise the fsspec path offline ------------


@pytest.fixture(params=["memory", "file"])
def staging_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "memory":
        return f"memory://newsflow-{uuid.uuid4().hex}/staging"
    return (tmp_path / "object-store" / "staging").as_uri()


def test_a_url_batch_is_complete_once_its_manifest_exists(staging_url: str, db_path: Path) -> None:
    fs, root = fsspec.core.url_to_fs(staging_url)
    # a writer that died after its Parquet files, before its manifest: recent, so kept; older than an hour, swept
    for stamp, name in ((time.time_ns(), "recent"), (time.time_ns() - 2 * 3600 * 10**9, "stale")):
        folder = f"{root}/{stamp:020d}-1-{name}"
        fs.makedirs(folder, exist_ok=True)
        fs.pipe_file(f"{folder}/articles.parquet", b"PAR1 half written")
    made = [stage_batch(staging_url, batch(f"a{i}")) for i in range(3)]
    assert all(isinstance(b, StagedUrl) and b.startswith(staging_url) for b in made)
    assert pending_batches(staging_url) == made  # creation order; the unfinished ones are not batches
    assert [p.rsplit("-", 1)[1] for p in fs.ls(root, detail=False) if not p.endswith(tuple(b.name for b in made))] == [
        "recent"
    ]
    assert set(read_batch(made[0])) == {"articles", "facts", "fetch_events"}

    report = load_pending(staging_url, db_path)
    assert report.loaded == [b.name for b in made] and report.rows["articles"] == 3
    assert pending_batches(staging_url) == []
    assert Path(f"{db_path}.loader.lock").exists()  # the claim sits beside the warehouse, not in the store
    stage_batch(staging_url, batch("a1"))  # the same batch again: a no-op
    assert load_pending(staging_url, db_path).rows["articles"] == 0
    assert count(db_path, "articles") == 3


def test_a_rejected_url_batch_is_set_aside(staging_url: str, db_path: Path) -> None:
    bad = batch("a1")
    bad["fetch_events"][0]["outcome"] = "no_such_outcome"
    rejected = stage_batch(staging_url, bad)
    stage_batch(staging_url, batch("a2"))
    report = load_pending(staging_url, db_path)
    assert [batch_id for batch_id, _ in report.failed] == [rejected.name] and len(report.loaded) == 1
    fs, root = fsspec.core.url_to_fs(staging_url)
    assert fs.exists(f"{root}/failed/{rejected.name}/fetch_events.parquet")
    assert pending_batches(staging_url) == []


def test_the_state_snapshot_travels_through_a_staging_url(staging_url: str, tmp_path: Path) -> None:
    local = tmp_path / "snapshot.duckdb"
    local.write_bytes(b"snapshot v1")
    assert not fetch_state(staging_url, tmp_path / "got.duckdb")  # nothing published yet
    assert publish_state(staging_url, local)
    local.write_bytes(b"snapshot v2")
    assert publish_state(staging_url, local)  # replaced in place
    assert fetch_state(staging_url, tmp_path / "got.duckdb")
    assert (tmp_path / "got.duckdb").read_bytes() == b"snapshot v2"
    assert pending_batches(staging_url) == []  # _state/ is not a batch
    assert not publish_state(tmp_path / "local-staging", local)  # a local staging folder needs no copy
