"""`newsflow demo`: the whole pipeline, offline, against a fixture site served on loopback.

The site (flows/demo_site/) is fictional content written for newsflow: two feeds (RSS and Atom)
that share one story under different URLs, four enforcement-or-not stories and two near misses.
A newcomer without network access sees every stage work and gets a warehouse to query.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from flows.site_server import serve_directory
from tasks.config import PROJECT_DIR

DEMO_SITE = Path(__file__).resolve().parent / "demo_site"
DEMO_FEEDS = ("feeds/ledger.xml", "feeds/border-wire.atom")
DEMO_QUERIES = (
    "SELECT title, is_enforcement, round(score, 2) AS score"
    " FROM articles JOIN article_tags USING (article_id) ORDER BY score DESC",
    "SELECT fact_type, value, unit, places, agency FROM facts ORDER BY value DESC",
)


def write_demo_feed_list(base_url: str, directory: Path) -> Path:
    """A feed list pointing at the loopback site; the port changes every run."""
    path = directory / "demo-feeds.yaml"
    lines = ["feeds:"] + [f"  - url: {base_url}/{feed}" for feed in DEMO_FEEDS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def serving_instructions(base_url: str, feeds_file: Path, served_api_url: str | None) -> str:
    """What `newsflow demo --serve` prints: the site's feeds, and how to aim the poll-feeds deployment at them."""
    api = served_api_url or "http://127.0.0.1:4200/api"
    return "\n".join(
        [
            f"fixture site still serving on {base_url}; Ctrl-C to stop",
            *(f"  feed: {base_url}/{feed}" for feed in DEMO_FEEDS),
            f"  feed list: {feeds_file}",
            "Point the background deployment at it (with `newsflow serve` running; the site is on loopback):",
            f"  PREFECT_API_URL={api} .venv/bin/prefect deployment run poll-feeds/poll-feeds \\",
            f"    -p feeds_file={feeds_file} -p allow_private_networks=true \\",
            f"    -p db_path={feeds_file.parent / 'demo-served.duckdb'} -p force=true",
        ]
    )


def run_demo(db_path: Path | None = None, keep_serving: bool = False, served_api_url: str | None = None) -> int:
    """Serve the demo site, run one poll-feeds cycle on it, print what landed; keep serving if asked."""
    from flows import progress
    from flows.poll_feeds import poll_feeds
    from tasks.store.warehouse import connect

    db_path = db_path or PROJECT_DIR / "data" / "demo.duckdb"
    with serve_directory(DEMO_SITE) as base_url, tempfile.TemporaryDirectory() as tmp:
        # kept beside the warehouse while serving, so a deployment's worker can read it
        feeds_file = write_demo_feed_list(base_url, db_path.parent if keep_serving else Path(tmp))
        print(f"demo site on {base_url}; warehouse {db_path}")
        with progress.shown_on(sys.stderr):
            summary = poll_feeds(feeds_file=str(feeds_file), db_path=str(db_path), allow_private_networks=True)
        print(summary.one_line())
        with connect(db_path, read_only=True) as con:
            for query in DEMO_QUERIES:
                print(f"\n{query}")
                for row in con.execute(query).fetchall():
                    print("  ", row)
        print(f"\nQuery it yourself: .venv/bin/newsflow sql --db {db_path}  (an interactive prompt on its snapshot)")
        if keep_serving:
            print(serving_instructions(base_url, feeds_file.resolve(), served_api_url), flush=True)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    return 0
