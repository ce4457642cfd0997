"""The `newsflow` command as a user meets it: exit codes, one-line errors, the files it edits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import REPO_DIR, require_shared

from flows.cli import main

NEWSFLOW = [sys.executable, "-m", "flows.cli"]


def _newsflow(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*NEWSFLOW, *args], input=stdin, capture_output=True, text=True, cwd=REPO_DIR, env=env, timeout=120
    )


def test_run_with_an_unreadable_feed_list_exits_2_with_one_line(tmp_path: Path) -> None:
    result = _newsflow("run", "--feeds", str(tmp_path / "missing.yaml"), "--db", str(tmp_path / "w.duckdb"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "missing.yaml" in result.stderr and "No such file" in result.stderr


def test_run_with_a_malformed_feed_list_names_the_problem(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: ftp://example.org/feed\n", encoding="utf-8")
    result = _newsflow("run", "--feeds", str(feeds), "--db", str(tmp_path / "w.duckdb"))
    assert result.returncode == 2
    assert "not an http(s) URL" in result.stderr


def test_an_unknown_setting_is_an_error_not_a_silent_default(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "NEWSFLOW_DB_PATHH": str(tmp_path / "w.duckdb")}
    result = _newsflow("feeds", "list", env=env)
    assert result.returncode == 2
    assert "unknown setting NEWSFLOW_DB_PATHH" in result.stderr


def test_analyze_writes_one_line_per_input_and_an_error_line_for_a_bad_one() -> None:
    seed = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": "seed", "title": "", "text": seed, "published": "2017-09-28"}),
        "{not json",
        json.dumps({"id": "hockey", "title": "Rangers win", "text": "The Rangers beat the Devils 3-1 on the ice."}),
    ]
    result = _newsflow("analyze", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["seed", None, "hockey"]
    assert out[0]["enforcement"] is True
    assert {f["value"] for f in out[0]["facts"]} >= {498, 28, 14, 317, 63, 181, 37, 9}
    assert "error" in out[1]
    assert out[2]["enforcement"] is False and out[2]["facts"] == []


def test_feeds_add_remove_import_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: https://example.org/a.xml\n    title: A\n", encoding="utf-8")
    common = ["--feeds", str(feeds), "--db", str(tmp_path / "w.duckdb")]

    assert main(["feeds", "add", "https://example.org/b.xml", *common]) == 0
    assert main(["feeds", "add", "https://example.org/b.xml?utm_source=x", *common]) == 0  # same feed
    assert main(["feeds", "export", str(tmp_path / "out.opml"), *common]) == 0
    assert main(["feeds", "remove", "https://example.org/a.xml", *common]) == 0
    assert main(["feeds", "remove", "https://example.org/a.xml", *common]) == 1
    assert main(["feeds", "import", str(tmp_path / "out.opml"), *common]) == 0  # brings a.xml back
    capsys.readouterr()
    assert main(["feeds", "list", *common]) == 0
    listed = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == ["https://example.org/b.xml", "https://example.org/a.xml"]
    assert "<outline" in (tmp_path / "out.opml").read_text(encoding="utf-8")


def test_feeds_add_refuses_to_rewrite_an_opml_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text('<opml version="2.0"><body><outline xmlUrl="https://example.org/a.xml"/></body></opml>')
    assert main(["feeds", "add", "https://example.org/b.xml", "--feeds", str(opml)]) == 2
    assert "is OPML" in capsys.readouterr().err


@pytest.mark.usefixtures("prefect_harness")
def test_demo_runs_offline_and_leaves_a_warehouse_to_query(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    assert main(["demo", "--db", str(db)]) == 0
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 5
        assert con.execute("SELECT count(*) FROM enforcement_facts").fetchall()[0][0] > 0


@pytest.mark.usefixtures("prefect_harness")
def test_feeds_health_shows_each_feed_after_a_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.duckdb"
    main(["demo", "--db", str(db)])
    capsys.readouterr()
    assert main(["feeds", "health", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("status\tfailures")
    assert len(out) == 3 and all(line.startswith("active\t0\t") for line in out[1:])
