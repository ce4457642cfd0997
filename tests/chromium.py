"""Headless Debian Chromium for the tests that look at a page as a person would (the Prefect UI, the report).

The flags keep it off the network this machine does not have (shared/notes/prefect-and-duckdb-here.md §3).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str:
    """The browser's path; skips the test without it, fails under CI=true (.ci/run installs it)."""
    found = shutil.which("chromium")
    if not found:
        message = "chromium is not installed (apt-get install -y chromium; .ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def render(url: str, profile: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """Load `url` once in a fresh profile with extra options (--dump-dom, --screenshot=..., --window-size=...)."""
    return subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={profile}", *options, url],
        capture_output=True,
        text=True,
        timeout=120,
    )
