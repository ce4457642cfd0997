"""`newsflow demo`: the whole pipeline, offline, against a fixture site served on loopback.

The site (flows/demo_site/) is fictional content written for newsflow: two feeds (RSS and Atom)
that share one story under different URLs, four enforcement-or-not stories and two near misses.
A newcomer without network access sees every stage work and gets a warehouse to query.
"""

from __future__ import annotations

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


def run_demo(db_path: Path | None = None, keep_serving: bool = False) -> int:
    from flows.poll_feeds import poll_feeds
    from tasks.store.warehouse import connect

    db_path = db_path or PROJECT_DIR / "data" / "demo.duckdb"
    with serve_directory(DEMO_SITE) as base_url, tempfile.TemporaryDirectory() as tmp:
        feeds_file = write_demo_feed_list(base_url, Path(tmp))
        print(f"demo site on {base_url}; warehouse {db_path}")
        summary = poll_feeds(feeds_file=str(feeds_file), db_path=str(db_path), allow_private_networks=True)
        print(summary.one_line())
        with connect(db_path, read_only=True) as con:
            for query in DEMO_QUERIES:
                print(f"\n{query}")
                for row in con.execute(query).fetchall():
                    print("  ", row)
        print(f"\nQuery it yourself: .venv/bin/newsflow sql --db {db_path}  (an interactive prompt on its snapshot)")
        if keep_serving:
            print(f"fixture site still serving on {base_url}; Ctrl-C to stop")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    return 0
