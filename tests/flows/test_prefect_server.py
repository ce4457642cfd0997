"""newsflow the Prefect way, with real parts (issue #4): a real `prefect server start`, the deployments
from prefect.yaml on a process pool, a worker, the demo site on loopback, and every assertion made
through the Prefect API: the run completed, the events arrived, the trigger started
enforcement-alerts, and the artifacts exist. The stack is built once (tests/prefect_stack.py).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from prefect_stack import POLL_S, REPO_DIR, Stack

from flows.serve import serve_background
from tasks.store.warehouse import connect

pytestmark = pytest.mark.slow

DEMO_ENFORCEMENT_TITLE = "ICE arrests 212 in three-day operation across North Texas"


def _events(stack: Stack, prefix: str) -> list[dict[str, Any]]:
    page = stack.post("/events/filter", {"filter": {"event": {"prefix": [prefix]}}, "limit": 50})
    assert page["total"] <= 50, "more events than one page: page through next_page"
    return page["events"]


def _latest_artifact(stack: Stack, key: str) -> dict[str, Any] | None:
    found = stack.post("/artifacts/filter", {"artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC"})
    return found[0] if found else None


def _wait_for(what: str, probe: Any, stack: Stack, timeout_s: float = 120) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if value := probe():
            return value
        time.sleep(POLL_S)
    raise AssertionError(f"{what}: not seen after {timeout_s}s\n{stack.log_tail()}")


def test_deployments_come_from_prefect_yaml(newsflow_stack: Stack) -> None:
    stack = newsflow_stack
    poll = stack.deployment("poll-feeds/poll-feeds")
    assert poll["work_pool_name"] == "newsflow-pool"
    assert [s["schedule"]["interval"] for s in poll["schedules"]] == [900.0]
    digest = stack.deployment("daily-digest/daily-digest")
    assert [s["schedule"]["cron"] for s in digest["schedules"]] == ["0 7 * * *"]
    assert stack.deployment("enforcement-alerts/enforcement-alerts")["schedules"] == []
    assert stack.deployment("reprocess/reprocess")["schedules"] == []
    pool = stack.get("/work_pools/newsflow-pool")
    assert pool["type"] == "process"


def test_poll_feeds_run_completed_and_is_named_for_what_it_did(newsflow_stack: Stack) -> None:
    run = newsflow_stack.poll_run
    assert run["state_type"] == "COMPLETED", newsflow_stack.log_tail()
    assert run["name"] == "2 feeds, 5 new articles"
    assert {"newsflow", "ingest"} <= set(run["tags"])


def test_events_tell_the_story_of_the_run(newsflow_stack: Stack) -> None:
    stack = newsflow_stack
    feeds = _events(stack, "newsflow.feed.")
    assert sorted(e["event"] for e in feeds) == ["newsflow.feed.polled"] * 2
    assert all(e["resource"]["prefect.resource.id"].startswith("newsflow.feed.") for e in feeds)
    ingested = _events(stack, "newsflow.article.ingested")
    tagged = _events(stack, "newsflow.article.tagged")
    assert len(ingested) == len(tagged) == 5
    enforcement = [e for e in tagged if e["resource"]["newsflow.enforcement"] == "true"]
    assert len(enforcement) == 3 and all(e["payload"]["enforcement"] is True for e in enforcement)
    assert {e["resource"]["prefect.resource.id"] for e in ingested} == {
        e["resource"]["prefect.resource.id"] for e in tagged
    }


def test_trigger_started_enforcement_alerts_once_and_it_alerted_every_story(newsflow_stack: Stack) -> None:
    stack = newsflow_stack

    def finished_alert_runs() -> list[dict[str, Any]]:
        runs = stack.runs_of("enforcement-alerts/enforcement-alerts")
        return [r for r in runs if r["state_type"] == "COMPLETED"]

    (alert_run,) = _wait_for("a completed enforcement-alerts run", finished_alert_runs, stack)
    # three enforcement events within the trigger's 30 s window: one run, not three
    assert len(stack.runs_of("enforcement-alerts/enforcement-alerts")) == 1
    artifact = _wait_for(
        "the enforcement-alerts artifact", lambda: _latest_artifact(stack, "enforcement-alerts"), stack
    )
    assert artifact["flow_run_id"] == alert_run["id"]
    assert artifact["data"].startswith("# Enforcement alerts: 3 new stories")
    assert DEMO_ENFORCEMENT_TITLE in artifact["data"]
    with connect(stack.db_path, read_only=True) as con:
        assert con.execute("SELECT count(*), bool_and(delivered), min(sink) FROM alerts").fetchone() == (3, True, "ui")


def test_run_artifacts_show_feed_outcomes_and_summary(newsflow_stack: Stack) -> None:
    stack = newsflow_stack
    outcomes = _latest_artifact(stack, "poll-feeds-outcomes")
    summary = _latest_artifact(stack, "poll-feeds-summary")
    assert outcomes and summary
    assert outcomes["flow_run_id"] == summary["flow_run_id"] == stack.poll_run["id"]
    assert outcomes["type"] == "table" and "feeds/ledger.xml" in str(outcomes["data"])
    assert "**2 feeds polled** (2 ok, 0 failed), **5 new articles**, **3 enforcement stories**" in summary["data"]


def test_daily_digest_runs_on_demand_and_publishes_its_artifacts(newsflow_stack: Stack) -> None:
    stack = newsflow_stack
    run = stack.wait_for_run(stack.start_run("daily-digest/daily-digest"))
    assert run["state_type"] == "COMPLETED", stack.log_tail()
    digest = _latest_artifact(stack, "daily-digest")
    health = _latest_artifact(stack, "feed-health")
    assert digest and health and digest["flow_run_id"] == health["flow_run_id"] == run["id"]
    assert "**5 new articles**, **3 enforcement stories**; 2 feeds, 0 failing." in digest["data"]
    assert DEMO_ENFORCEMENT_TITLE in digest["data"]


def test_two_runs_on_another_warehouse_queue_and_its_stories_are_alerted_from_it(
    newsflow_stack: Stack, tmp_path: Path
) -> None:
    """`prefect deployment run poll-feeds/poll-feeds -p db_path=X`, twice at once (as a manual run during a
    scheduled one): the second waits for the first, and the triggered alert run reads X, not the default."""
    stack = newsflow_stack
    other = tmp_path / "other.duckdb"
    started = [stack.start_run("poll-feeds/poll-feeds", db_path=str(other)) for _ in range(2)]
    first, second = sorted((stack.wait_for_run(i) for i in started), key=lambda r: r["start_time"])
    assert first["state_type"] == second["state_type"] == "COMPLETED", stack.log_tail()
    assert first["end_time"] <= second["start_time"], "the two poll-feeds runs overlapped"
    assert first["name"] == "2 feeds, 5 new articles"

    def alert_run_on_other() -> dict[str, Any] | None:
        runs = stack.runs_of("enforcement-alerts/enforcement-alerts")
        mine = [r for r in runs if r["parameters"].get("db_path") == str(other) and r["state_type"] == "COMPLETED"]
        return mine[0] if mine else None

    alert_run = _wait_for("an enforcement-alerts run on the other warehouse", alert_run_on_other, stack)
    found = stack.post("/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [alert_run["id"]]}}})
    assert [a["key"] for a in found] == ["enforcement-alerts"]
    assert found[0]["data"].startswith("# Enforcement alerts: 3 new stories")
    with connect(other, read_only=True) as con:
        assert con.execute("SELECT count(*), bool_and(delivered) FROM alerts").fetchone() == (3, True)


def test_newsflow_run_reports_to_the_server_newsflow_serve_started(newsflow_stack: Stack, tmp_path: Path) -> None:
    """No PREFECT_API_URL: `newsflow run` finds the served server through serve.json, so manual and
    scheduled runs share one UI."""
    stack = newsflow_stack
    env = {k: v for k, v in stack.env.items() if k != "PREFECT_API_URL"}
    env["NEWSFLOW_PREFECT_DIR"] = str(stack.state_dir)
    db = tmp_path / "manual.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--db", str(db)],
        env=env, cwd=REPO_DIR, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"reporting to {stack.background.ui_url}" in done.stderr
    runs = stack.post("/flow_runs/filter", {"flows": {"name": {"any_": ["poll-feeds"]}}, "limit": 50})
    (manual,) = [r for r in runs if r["parameters"].get("db_path") == str(db)]
    assert manual["deployment_id"] is None and manual["state_type"] == "COMPLETED"
    assert manual["name"] == "2 feeds, 5 new articles"


def test_serve_again_reuses_server_and_worker_and_sets_the_poll_interval(newsflow_stack: Stack) -> None:
    """`newsflow serve` twice starts nothing new; runs last here because it changes the schedule."""
    stack = newsflow_stack
    port = int(stack.api.rsplit(":", 1)[1].split("/")[0])
    extra = {k: v for k, v in stack.env.items() if k.startswith(("NEWSFLOW_", "PREFECT_HOME", "PREFECT_WORKER"))}
    again = serve_background(project_dir=REPO_DIR, port=port, poll_every_s=600, state_dir=stack.state_dir, env=extra)
    assert again.api_url == stack.api
    assert (again.server_pid, again.worker_pid) == (None, None)
    poll = stack.deployment("poll-feeds/poll-feeds")
    assert [s["schedule"]["interval"] for s in poll["schedules"]] == [600.0]
    automations = stack.post("/automations/filter", {})
    # replaced, not doubled
    assert sorted(a["name"] for a in automations) == ["enforcement-alerts__automation_1", "load-staged__automation_1"]
