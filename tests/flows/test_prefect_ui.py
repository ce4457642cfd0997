"""The Prefect UI shows the poll-feeds run: headless Chromium renders the runs page of the real server.

The UI is a single-page app: without `--virtual-time-budget` Chromium captures a blank page, so the
test asserts on the rendered DOM (run name and state), and keeps a screenshot for people.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from chromium import render
from prefect_stack import POLL_S, Stack

pytestmark = pytest.mark.slow

SPA = ["--window-size=1400,900", "--virtual-time-budget=15000"]  # the UI renders only with a time budget


def _render(url: str, profile: Path, shot: Path) -> subprocess.CompletedProcess[str]:
    """One page load gives both the rendered DOM (stdout) and the screenshot (`shot`), as the report test
    takes them: a load for each cost a second browser start and SPA render per test."""
    return render(url, profile, *SPA, "--dump-dom", f"--screenshot={shot}")


def _text(dom: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", dom))


def _keep(shot: Path, request: pytest.FixtureRequest) -> None:
    """Copy a screenshot to --screenshots DIR (how docs/img/*.png are made), when asked."""
    if target := request.config.getoption("--screenshots"):
        shutil.copy(shot, Path(target) / shot.name)


def _wait_for_alert_run(stack: Stack, timeout_s: float = 120) -> dict:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        runs = [r for r in stack.runs_of("enforcement-alerts/enforcement-alerts") if r["state_type"] == "COMPLETED"]
        if runs:
            return runs[0]
        time.sleep(POLL_S)
    raise AssertionError(f"no completed enforcement-alerts run\n{stack.log_tail()}")


def test_runs_page_reads_like_a_newsroom_log(
    newsflow_stack: Stack, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    run_name = newsflow_stack.poll_run["name"]
    assert run_name == "2 feeds, 5 new articles"
    assert _wait_for_alert_run(newsflow_stack)["name"] == "3 new enforcement stories"
    url = f"{newsflow_stack.background.ui_url}/v2/runs"

    shot = tmp_path / "prefect-runs.png"
    dom = _render(url, tmp_path / "profile", shot)
    assert dom.returncode == 0, dom.stderr
    text = _text(dom.stdout)
    # a row reads "poll-feeds / <run name> ... Completed ..." before the next row's "Work Queue"
    row = re.search(rf"poll-feeds / {re.escape(run_name)} (.*?)Work Queue", text)
    assert row, f"run {run_name!r} not on the rendered runs page: {text[:2000]}"
    assert "Completed" in row.group(1)
    assert "enforcement-alerts / 3 new enforcement stories" in text
    assert shot.stat().st_size > 20_000  # a blank SPA shell is about 6 KB
    _keep(shot, request)


def test_run_summary_artifact_is_titled_with_the_run_name_and_time(
    newsflow_stack: Stack, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    stack = newsflow_stack
    (summary,) = stack.post(
        "/artifacts/filter",
        {"artifacts": {"key": {"any_": ["poll-feeds-summary"]}, "flow_run_id": {"any_": [stack.poll_run["id"]]}}},
    )
    title = re.compile(r"2 feeds, 5 new articles, \d{4}-\d\d-\d\d \d\d:\d\d UTC")
    assert title.match(summary["description"]) and title.search(summary["data"].splitlines()[0])
    assert stack.poll_run["id"] not in summary["data"]  # no raw UUID in the title

    url = f"{stack.background.ui_url}/v2/artifacts/artifact/{summary['id']}"
    shot = tmp_path / "run-summary-artifact.png"
    dom = _render(url, tmp_path / "profile", shot)
    assert dom.returncode == 0, dom.stderr
    assert title.search(_text(dom.stdout)), _text(dom.stdout)[:2000]
    assert shot.stat().st_size > 20_000
    _keep(shot, request)
