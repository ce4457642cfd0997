"""The Prefect UI shows the poll-feeds run: headless Chromium renders the runs page of the real server.

The UI is a single-page app: without `--virtual-time-budget` Chromium captures a blank page, so the
test asserts on the rendered DOM (run name and state), and keeps a screenshot for people.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from prefect_stack import Stack

pytestmark = pytest.mark.slow

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,900",
    "--virtual-time-budget=15000",
]


def _chromium() -> str:
    found = shutil.which("chromium")
    if not found:
        message = "chromium is not installed (apt-get install -y chromium; .ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def _render(url: str, profile: Path, *output: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *output, url],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_runs_page_shows_the_completed_poll_feeds_run(newsflow_stack: Stack, tmp_path: Path) -> None:
    run_name = newsflow_stack.poll_run["name"]
    url = f"{newsflow_stack.background.ui_url}/v2/runs"

    dom = _render(url, tmp_path / "profile-dom", "--dump-dom")
    assert dom.returncode == 0, dom.stderr
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", dom.stdout))
    # a row reads "poll-feeds / <run name> ... Completed ..." before the next row's "Work Queue"
    row = re.search(rf"poll-feeds / {re.escape(run_name)} (.*?)Work Queue", text)
    assert row, f"run {run_name!r} not on the rendered runs page: {text[:2000]}"
    assert "Completed" in row.group(1)

    shot = tmp_path / "prefect-runs.png"
    screenshot = _render(url, tmp_path / "profile-shot", f"--screenshot={shot}")
    assert screenshot.returncode == 0, screenshot.stderr
    assert shot.stat().st_size > 20_000  # a blank SPA shell is about 6 KB
