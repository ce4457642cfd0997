"""Analysts read while the pipeline writes: the read snapshot, `newsflow sql` and `newsflow export`."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import REPO_DIR

from flows.cli import main
from tasks.store.snapshot import EXPORTED_VIEWS, snapshot_path


def _newsflow(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO_DIR,
        timeout=120,
    )


@pytest.fixture
def demo_db(demo_run: tuple[Path, str]) -> tuple[Path, str]:
    return demo_run


def test_a_run_publishes_a_snapshot_with_what_it_loaded(demo_db: tuple[Path, str]) -> None:
    db, _ = demo_db
    with duckdb.connect(str(snapshot_path(db)), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 5


def test_sql_answers_from_the_snapshot_while_the_live_file_is_locked(demo_db: tuple[Path, str]) -> None:
    db, _ = demo_db
    with duckdb.connect(str(db)):  # a writer (or an analyst on the live file) holds the lock
        done = _newsflow("sql", "--db", str(db), "SELECT count(*) AS stories FROM articles")
    assert done.returncode == 0, done.stderr
    assert "stories" in done.stdout and "│" in done.stdout
    assert any(line.strip("│ ") == "5" for line in done.stdout.splitlines())


def test_sql_reports_a_bad_query_in_one_line_and_exits_2(demo_db: tuple[Path, str]) -> None:
    done = _newsflow("sql", "--db", str(demo_db[0]), "SELECT * FROM no_such_table")
    assert done.returncode == 2
    assert done.stdout.strip().startswith("error: Catalog Error") and len(done.stdout.strip().splitlines()) == 1


def test_the_command_the_demo_prints_runs_as_printed(demo_db: tuple[Path, str]) -> None:
    _, printed = demo_db
    (line,) = [x for x in printed.splitlines() if x.startswith("Query it yourself: ")]
    command = shlex.split(line.removeprefix("Query it yourself: ").split("  (")[0])
    assert command[0] == ".venv/bin/newsflow"
    done = subprocess.run(
        [str(REPO_DIR / command[0]), *command[1:]],
        input="SELECT count(*)\n  AS n FROM enforcement_facts;\n.quit\n",
        capture_output=True,
        text=True,
        cwd=REPO_DIR,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "read-only" in done.stdout and "│ n " in done.stdout.replace("│   n", "│ n")


def test_a_reader_holding_the_snapshot_never_blocks_the_next_publish(
    demo_db: tuple[Path, str], harness_api_url: str
) -> None:
    """The reprocess run reports to the session's Prefect harness (conftest.harness_api_url), not a temporary
    server of its own: what is tested is the snapshot's publish, and the server's start cost most of the time."""
    db, _ = demo_db
    before = snapshot_path(db).stat().st_ino
    with duckdb.connect(str(snapshot_path(db)), read_only=True) as reader:
        assert main(["reprocess", "--db", str(db)]) == 0  # loads, then publishes a new snapshot
        assert snapshot_path(db).stat().st_ino != before  # renamed into place over the open file
        assert reader.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 5  # its old view lives on


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_view_with_all_its_rows(demo_db: tuple[Path, str], tmp_path: Path, fmt: str) -> None:
    db, _ = demo_db
    assert main(["export", "--db", str(db), "--format", fmt, "--out", str(tmp_path)]) == 0
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    with duckdb.connect(str(snapshot_path(db)), read_only=True) as con:
        for view in EXPORTED_VIEWS:
            path = tmp_path / f"{view}.{fmt}"
            exported = con.execute(f"SELECT count(*) FROM {reader}('{path}')").fetchall()[0][0]
            assert exported == con.execute(f"SELECT count(*) FROM {view}").fetchall()[0][0] > 0
