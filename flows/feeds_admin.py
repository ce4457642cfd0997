"""`newsflow feeds list|add|remove|import|export|health`: the feed list and how each feed is doing.

The feed list file (feeds.yaml, or the file given with --feeds) says what to poll; the warehouse's
`feeds` table keeps each feed's poll state. `add`, `remove` and `import` edit the file; `remove`
also marks the feed removed in the warehouse so its history stays but it is never polled again.
"""

from __future__ import annotations

import sys
from datetime import datetime

from schemas.records import FeedSource
from tasks.config import Settings
from tasks.fetch.feedlist import (
    FeedListError,
    checked_sources,
    is_opml,
    read_feed_list,
    read_opml,
    write_feed_list,
    write_opml,
)
from tasks.fetch.urls import feed_id
from tasks.store.warehouse import connect, feed_health, migrate, remove_feed


def _editable_list(settings: Settings) -> list[FeedSource]:
    path = settings.feeds_file
    if path.exists() and is_opml(path):
        raise FeedListError(path, "is OPML: edit it in your feed reader, or import it into a YAML list")
    return read_feed_list(path) if path.exists() else []


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


def run(action: str, target: str | None, settings: Settings) -> int:
    """Carry out one `newsflow feeds` action; returns the exit status."""
    if action in ("add", "remove", "import") and not target:
        raise FeedListError(settings.feeds_file, f"'feeds {action}' needs a {'file' if action == 'import' else 'URL'}")
    if action == "list":
        for source in read_feed_list(settings.feeds_file):
            print(f"{source.url}\t{source.title or ''}")
    elif action == "add":
        sources = _editable_list(settings)
        if any(feed_id(s.url) == feed_id(target) for s in sources):
            print(f"already listed: {target}")
            return 0
        # validate, then write: a bad URL must never reach the file (it would break every later command)
        updated = checked_sources([*sources, FeedSource(url=target.strip())], settings.feeds_file)
        write_feed_list(updated, settings.feeds_file)
        print(f"added {target}")
    elif action == "remove":
        sources = _editable_list(settings)
        kept = [s for s in sources if feed_id(s.url) != feed_id(target)]
        if len(kept) == len(sources):
            print(f"not listed: {target}", file=sys.stderr)
            return 1
        write_feed_list(kept, settings.feeds_file)
        if settings.db_path.exists():
            with connect(settings.db_path) as con:
                migrate(con)
                remove_feed(con, target)
        print(f"removed {target}")
    elif action == "import":
        sources = _editable_list(settings)
        known = {feed_id(s.url) for s in sources}
        new = [s for s in read_opml(target) if feed_id(s.url) not in known]
        write_feed_list([*sources, *new], settings.feeds_file)
        print(f"imported {len(new)} feeds from {target} into {settings.feeds_file}")
    elif action == "export":
        sources = read_feed_list(settings.feeds_file)
        write_opml(sources, target or sys.stdout.buffer)
        if target:
            print(f"exported {len(sources)} feeds to {target}")
    elif action == "health":
        return _health(settings)
    return 0


def _health(settings: Settings) -> int:
    if not settings.db_path.exists():
        print(f"no warehouse at {settings.db_path} yet: run `newsflow run` first")
        return 0
    with connect(settings.db_path) as con:
        migrate(con)
        rows = feed_health(con)
    print("status\tfailures\tlast success\tnext poll\tlast outcome\turl\tlast error")
    for row in rows:
        print(
            f"{row['status']}\t{row['failures_in_a_row']}\t{_when(row['last_success_at'])}\t"
            f"{_when(row['next_poll_at'])}\t{row['last_outcome'] or '-'}\t{row['url']}\t"
            f"{row['last_error'] or ''}"
        )
    return 0
