"""The `newsflow` command as a user meets it: exit codes, one-line errors, the files it edits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import REPO_DIR, require_shared
from duckdb_lock import hold_lock

from flows.cli import main, prefect_environment
from flows.demo import serving_instructions

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


def test_demo_runs_offline_and_leaves_a_warehouse_to_query(demo_run: tuple[Path, str]) -> None:
    """Reads the session's one `newsflow demo` (conftest.demo_run, which asserts it exited 0): the report, SQL
    and dictionary tests read the same run, so a demo of this module's own cost a whole extra run."""
    db, _ = demo_run
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 5
        assert con.execute("SELECT count(*) FROM enforcement_facts").fetchall()[0][0] > 0


def test_feeds_health_shows_each_feed_after_a_run(
    demo_run: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = demo_run
    assert main(["feeds", "health", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("status\tfailures")
    assert len(out) == 3 and all(line.startswith("active\t0\t") for line in out[1:])


def test_demo_always_gets_a_temporary_prefect_of_its_own(tmp_path: Path) -> None:
    served = "http://127.0.0.1:4200/api"
    environ = {"PREFECT_API_URL": served, "PREFECT_HOME": "/home/me/.prefect"}
    changes = prefect_environment("demo", environ, served, tmp_path / "prefect", tmp_path / "demo-home")
    assert changes == {"PREFECT_API_URL": None, "PREFECT_HOME": str(tmp_path / "demo-home")}


def test_run_reports_to_the_served_server_else_a_temporary_one_outside_the_users_home(tmp_path: Path) -> None:
    served = "http://127.0.0.1:4200/api"
    prefect_dir = tmp_path / "prefect"
    for command in ("run", "reprocess"):
        assert prefect_environment(command, {}, served, prefect_dir) == {"PREFECT_API_URL": served}
        assert prefect_environment(command, {}, None, prefect_dir) == {"PREFECT_HOME": str(prefect_dir / "home")}
        # what the user set explicitly wins
        assert prefect_environment(command, {"PREFECT_API_URL": "http://x:1/api"}, served, prefect_dir) == {}
        assert prefect_environment(command, {"PREFECT_HOME": "/p"}, None, prefect_dir) == {}
    assert prefect_environment("feeds", {}, served, prefect_dir) == {}


def test_help_says_what_the_tool_is_for() -> None:
    result = _newsflow("--help")
    assert result.returncode == 0
    first = result.stdout.split("\n\n")[1]
    assert "immigration enforcement" in first and "feeds" in first
    assert "newsflow demo" in result.stdout  # where a newcomer starts


@pytest.mark.slow  # starts a temporary Prefect server in a subprocess (cold: ~10-20 s)
def test_run_without_a_server_keeps_prefect_history_out_of_the_users_home(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: http://127.0.0.1:9/feed.xml\n", encoding="utf-8")  # refused: loopback
    home, prefect_dir = tmp_path / "me", tmp_path / "prefect"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "NEWSFLOW_PREFECT_DIR": str(prefect_dir)}
    result = _newsflow("run", "--feeds", str(feeds), "--db", str(tmp_path / "w.duckdb"), env=env)
    assert result.returncode == 0, result.stderr
    assert f"a temporary server, history in {prefect_dir / 'home'}" in result.stderr
    assert (prefect_dir / "home" / "prefect.db").exists()
    assert not (home / ".prefect").exists()


def test_reprocess_on_a_locked_warehouse_is_one_line_not_tracebacks(tmp_path: Path, harness_api_url: str) -> None:
    """`reprocess` must write now, so a held lock stops it in one line; `run` stages and goes on
    (tests/test_faults.py::test_newsflow_run_on_a_locked_warehouse_...). On the session's Prefect harness
    (conftest.harness_api_url): a temporary server started beside it only competed for the CPU."""
    db = tmp_path / "w.duckdb"
    with hold_lock(db) as holder:
        result = _newsflow("reprocess", "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("newsflow reprocess: warehouse ")
    assert f"is locked by PID {holder.pid}" in result.stderr


def test_demo_serve_says_how_to_aim_the_deployment_at_the_site(tmp_path: Path) -> None:
    text = serving_instructions("http://127.0.0.1:8123", tmp_path / "demo-feeds.yaml", None)
    assert "http://127.0.0.1:8123/feeds/ledger.xml" in text and "http://127.0.0.1:8123/feeds/border-wire.atom" in text
    assert "prefect deployment run poll-feeds/poll-feeds" in text
    assert f"-p feeds_file={tmp_path / 'demo-feeds.yaml'} -p allow_private_networks=true" in text
