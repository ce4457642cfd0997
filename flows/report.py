"""`newsflow report`: read the warehouse's snapshot, draw the charts, write one self-contained HTML file."""

from __future__ import annotations

from pathlib import Path

from tasks.notify.report import report_html
from tasks.store.report_queries import read_report
from tasks.store.snapshot import readable_path
from tasks.store.warehouse import connect


def default_report_dir(db_path: Path) -> Path:
    """data/newsflow.duckdb -> data/report/"""
    return Path(db_path).parent / "report"


def write_report(db_path: Path, days: int = 30, out_dir: Path | None = None) -> Path:
    """Write `report.html` for the last `days` days (written beside, then renamed); returns its path."""
    out_dir = out_dir or default_report_dir(db_path)
    with connect(readable_path(db_path), read_only=True) as con:
        data = read_report(con, days)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "report.html"
    partial = out_dir / ".report.html.partial"
    partial.write_text(report_html(data, days), encoding="utf-8")
    partial.replace(target)
    return target
