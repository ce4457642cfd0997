"""`newsflow report`: one static HTML page of charts that opens in any browser, with no server and no network.

Charts are drawn by matplotlib into inline SVG, so the file carries everything it shows (no scripts, no
fonts or tiles fetched). Different fact types are never added together: each type has its own line or bar.
"""

from __future__ import annotations

import html
import io
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from schemas.records import ReportData

_CSS = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
.meta { color: #666; } figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: .9rem; } td, th { padding: .25rem .6rem; border-bottom: 1px solid #eee; }
th { text-align: left; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.empty { color: #888; font-style: italic; }
"""


def _figure_svg(fig: Any) -> str:
    """The figure as an inline <svg> element (matplotlib's XML prologue and doctype dropped)."""
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(fig)
    svg = buffer.getvalue()
    return svg[svg.index("<svg") :]


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")  # no display, no GUI toolkit
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.fonttype": "none", "font.size": 10, "axes.spines.top": False, "axes.spines.right": False})
    return plt


def _label(fact_type: str, unit: str | None) -> str:
    return fact_type.replace("_", " ") + (f" ({unit})" if unit and unit != "people" else "")


def weekly_chart(rows: Sequence[dict[str, Any]]) -> str:
    """One line per fact type: the week's total of that type (types never stacked or summed)."""
    plt = _pyplot()
    series: dict[str, list[tuple[Any, float]]] = defaultdict(list)
    for r in rows:
        series[_label(r["fact_type"], r["unit"])].append((r["week"], r["total"]))
    fig, ax = plt.subplots(figsize=(10, 3.8))
    for name, points in sorted(series.items()):
        weeks, totals = zip(*points, strict=True)
        ax.plot(weeks, totals, marker="o", label=name)
    weeks_seen = sorted({r["week"] for r in rows})
    ax.set_xlim(weeks_seen[0] - timedelta(days=4), weeks_seen[-1] + timedelta(days=4))
    ax.set_ylabel("reported in the week's stories")
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    fig.autofmt_xdate()
    return _figure_svg(fig)


def ranked_chart(rows: Sequence[dict[str, Any]], value: str, label: str, title: str) -> str:
    """A horizontal bar per row, largest on top."""
    plt = _pyplot()
    from matplotlib.ticker import MaxNLocator

    names = [r[label] for r in rows][::-1]
    values = [r[value] for r in rows][::-1]
    fig, ax = plt.subplots(figsize=(10, 0.6 + 0.32 * len(rows)))
    ax.barh(names, values, color="#3b6ea5")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(title)
    return _figure_svg(fig)


def map_chart(places: Sequence[dict[str, Any]]) -> str:
    """Places with coordinates, sized by the stories that name them (longitude/latitude axes, no tiles)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(10, 5.2))
    sizes = [40 + 60 * p["stories"] for p in places]
    ax.scatter([p["lon"] for p in places], [p["lat"] for p in places], s=sizes, alpha=0.55, color="#c0392b")
    for p in sorted(places, key=lambda p: -p["stories"])[:12]:
        ax.annotate(p["name"], (p["lon"], p["lat"]), fontsize=8, xytext=(4, 4), textcoords="offset points")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_aspect("equal", adjustable="datalim")
    ax.grid(alpha=0.3)
    return _figure_svg(fig)


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> str:
    head = "".join(f"<th>{html.escape(title)}</th>" for _, title in columns)
    body = []
    for r in rows:
        cells = []
        for key, _ in columns:
            v = r.get(key)
            numeric = isinstance(v, int | float) and not isinstance(v, bool)
            shown = f"{v:%Y-%m-%d %H:%M} UTC" if isinstance(v, datetime) else str(v or "")
            text = f"{v:,.0f}" if numeric else html.escape(shown)
            cells.append(f'<td class="n">{text}</td>' if numeric else f"<td>{text}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _section(title: str, content: str | None) -> str:
    inner = content if content else '<p class="empty">Nothing in this window.</p>'
    return f"<h2>{html.escape(title)}</h2>\n{inner}"


def report_html(data: ReportData, days: int) -> str:
    """The whole page."""
    by_state = [
        {**r, "what": _label(r["fact_type"], r["unit"])}
        for r in sorted(data.counts_by_state, key=lambda r: -r["total"])
    ]
    sections = [
        _section(
            "Enforcement counts by week and type",
            f"<figure>{weekly_chart(data.counts_by_week)}</figure>" if data.counts_by_week else None,
        ),
        _section(
            "Counts by state (each type on its own row)",
            _table(by_state, [("state", "state"), ("what", "count of"), ("total", "total"), ("facts", "facts")])
            if by_state
            else None,
        ),
        _section(
            "Top operations",
            f"<figure>{ranked_chart(data.operations, 'stories', 'name', 'stories naming it')}</figure>"
            if data.operations
            else None,
        ),
        _section(
            "Top agencies",
            f"<figure>{ranked_chart(data.agencies, 'stories', 'name', 'stories naming it')}</figure>"
            if data.agencies
            else None,
        ),
        _section(
            "Where enforcement happened",
            f"<figure>{map_chart(data.places)}</figure>" if data.places else None,
        ),
        _section(
            "Feed health",
            _table(
                data.feeds,
                [
                    ("title", "feed"),
                    ("status", "status"),
                    ("last_outcome", "last outcome"),
                    ("failures_in_a_row", "failures in a row"),
                    ("last_success_at", "last success"),
                ],
            )
            if data.feeds
            else None,
        ),
    ]
    window = f"{data.since:%Y-%m-%d} to {data.until:%Y-%m-%d %H:%M} UTC"
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width, initial-scale=1'>"
        f"<title>newsflow report: last {days} days</title><style>{_CSS}</style></head><body>\n"
        f"<h1>newsflow: immigration enforcement, last {days} days</h1>\n"
        f'<p class="meta">{window} · {data.stories:,} enforcement stories · {data.facts:,} facts. '
        "Types are never added together.</p>\n" + "\n".join(sections) + "\n</body></html>\n"
    )
