"""`newsflow report`: a static page whose charts render offline in a real browser, without console errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from chromium import render

from flows.report import write_report
from schemas.records import ReportData
from tasks.notify.report import report_html


@pytest.fixture(scope="module")
def demo_report(demo_run: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report(demo_run[0], days=36500, out_dir=tmp_path_factory.mktemp("report"))


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
    shot = tmp_path / "report.png"
    done = render(
        demo_report.as_uri(),
        tmp_path / "profile",
        "--enable-logging=stderr",  # console messages, if any, land on stderr as CONSOLE lines
        "--v=0",
        "--window-size=1200,2600",
        f"--screenshot={shot}",
        "--dump-dom",
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("<svg") == 4  # the browser parsed every chart
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line]
    assert console == []
    assert shot.stat().st_size > 20_000  # a drawn page, not a blank one
