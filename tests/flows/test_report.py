"""`newsflow report`: a static page whose charts render offline in a real browser, without console errors."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO_DIR

from flows.report import write_report
from schemas.records import ReportData
from tasks.notify.report import report_html

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


@pytest.fixture(scope="module")
def demo_report(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    db = folder / "demo.duckdb"
    done = subprocess.run(
        [sys.executable, "-c", f"from flows.cli import main; raise SystemExit(main(['demo', '--db', {str(db)!r}]))"],
        capture_output=True,
        text=True,
        cwd=REPO_DIR,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return write_report(db, days=36500, out_dir=folder / "out")


def test_the_report_carries_every_chart_inline_and_fetches_nothing(demo_report: Path) -> None:
    page = demo_report.read_text(encoding="utf-8")
    assert page.count("<svg") == 4  # weekly counts, operations, agencies, map
    assert "Operation Lone Star Shield" in page and "El Paso sector" in page  # the sector, placed at its town
    assert not re.search(r"""(src|href)=["']?https?:""", page), "the report must open with no network"
    assert "<script" not in page


def test_an_empty_warehouse_gives_a_page_that_says_so() -> None:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    page = report_html(ReportData(now, now, 0, 0, [], [], [], [], [], []), days=7)
    assert page.count("Nothing in this window.") == 6 and "<svg" not in page


@pytest.mark.slow
def test_the_report_renders_in_headless_chromium_without_console_errors(demo_report: Path, tmp_path: Path) -> None:
    chromium = shutil.which("chromium")
    if not chromium:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed")
    shot = tmp_path / "report.png"
    done = subprocess.run(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1200,2600",
            f"--screenshot={shot}",
            "--dump-dom",
            demo_report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("<svg") == 4  # the browser parsed every chart
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line]
    assert console == []
    assert shot.stat().st_size > 20_000  # a drawn page, not a blank one
