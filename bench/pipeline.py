"""The whole ingest cycle on real pages: poll_feeds over a loopback site, twice, with time per stage.

    .venv/bin/python bench/pipeline.py [--articles 200] [--feeds 10] [--per-host-gap 0] [--no-direct]

The site serves real news pages from ../shared/corpus (the `html_path` pages of articles-*/articles.jsonl.gz
and article-extraction-benchmark/html/*.html.gz, taken round-robin across the three sources) under
/articles/..., and `--feeds` RSS feeds listing them (item i in feed i % feeds; every 10th item is also
listed in the next feed, so some stories are listed twice and must be fetched once).

Run 1 is `flows.poll_feeds.poll_feeds` on a fresh DuckDB file under Prefect's test harness (a temporary
server and PREFECT_HOME); run 2 repeats it with force=True, when every feed answers 304 and nothing is new.
Stage times come from wrapping, from the outside, the step functions the flow calls by module-global name
(tasks.ingest.poll_feed_batch / fetch_all / extract_many / analyze, stage_batch, load_pending); no product
code is edited. "rows" is process_article_batch minus its fetch, extraction and analysis; "prefect + reads"
is the run's wall time minus every timed stage (task/flow-run bookkeeping, the warehouse reads that pick
due feeds and new entries, events and artifacts). A third, direct pass (skip with --no-direct) runs the
same steps without Prefect on another fresh warehouse, so the difference is Prefect's share.

Notes for reading the figures: the loopback server runs in this process (it gzips every page it sends,
competing for the GIL with the flow); extraction runs in `extraction_workers` forkserver processes while
analysis runs serially in the flow's thread; NEWSFLOW_PER_HOST_GAP_S defaults to 1 s in production, and
every page here is on one host, so the default --per-host-gap 0 measures the pipeline, not politeness.
Peak RSS: this process, the largest reaped child (getrusage), and the sampled peak of the whole process
tree (this process + Prefect server + forkserver + extraction workers, from /proc every 0.2 s).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

REPO_DIR = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO_DIR.parent / "shared" / "corpus"
for _path in (REPO_DIR, REPO_DIR / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

#: the corpora with original pages, in the order pages are drawn round-robin
HTML_SOURCES = ("articles-newspaper3k-testdata", "articles-readability-testpages", "article-extraction-benchmark")
#: a fixed publication time for feed items, so runs are reproducible
PUBLISHED = datetime(2025, 11, 3, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Page:
    """One real news page from the shared corpus."""

    source: str
    id: str
    html: bytes
    title: str | None
    url: str | None  # where the page was captured from, if known


def _jsonl_pages(root: Path) -> list[Page]:
    pages = []
    with gzip.open(root / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("html_path") and (root / row["html_path"]).is_file():
                html = (root / row["html_path"]).read_bytes()
                pages.append(Page(root.name, row["id"], html, row.get("title"), row.get("url")))
    return pages


def _aeb_pages(root: Path) -> list[Page]:
    truth_path = root / "ground-truth.json"
    truth = json.loads(truth_path.read_text(encoding="utf-8")) if truth_path.is_file() else {}
    pages = []
    for path in sorted((root / "html").glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        pages.append(Page(root.name, key[:16], gzip.decompress(path.read_bytes()), None, truth.get(key, {}).get("url")))
    return pages


def load_pages(limit: int | None = None, corpus: Path = SHARED_CORPUS) -> list[Page]:
    """Up to `limit` real pages, round-robin across HTML_SOURCES (so a small sample mixes all three)."""
    per_source = []
    for name in HTML_SOURCES:
        root = corpus / name
        if not root.is_dir():
            continue
        per_source.append(_aeb_pages(root) if name == "article-extraction-benchmark" else _jsonl_pages(root))
    pages: list[Page] = []
    for i in range(max((len(p) for p in per_source), default=0)):
        pages.extend(source[i] for source in per_source if i < len(source))
    return pages[:limit] if limit is not None else pages


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


# ---------------------------------------------------------------------------------------------
# The loopback site and its feeds
# ---------------------------------------------------------------------------------------------


def page_path(page: Page) -> str:
    return f"/articles/{page.source}/{page.id}.html"


def feed_xml(title: str, items: Sequence[tuple[str, str]], base_url: str) -> bytes:
    """RSS 2.0 listing (title, path) items, newest first."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>{base_url}/</link><description>bench feed</description>",
    ]
    for n, (item_title, path) in enumerate(items):
        when = format_datetime(PUBLISHED.replace(minute=n % 60), usegmt=True)
        parts.append(
            f"<item><title>{escape(item_title)}</title><link>{base_url}{path}</link>"
            f'<guid isPermaLink="true">{base_url}{path}</guid><pubDate>{when}</pubDate></item>'
        )
    parts.append("</channel></rss>\n")
    return "".join(parts).encode("utf-8")


def feed_items(pages: Sequence[Page], n_feeds: int) -> list[list[tuple[str, str]]]:
    """Item i goes to feed i % n_feeds; every 10th item is listed in the next feed as well."""
    feeds: list[list[tuple[str, str]]] = [[] for _ in range(n_feeds)]
    for i, page in enumerate(pages):
        item = (page.title or f"{page.source} {page.id}", page_path(page))
        feeds[i % n_feeds].append(item)
        if n_feeds > 1 and i % 10 == 0:
            feeds[(i + 1) % n_feeds].append(item)
    return feeds


def build_site(site: Any, pages: Sequence[Page], n_feeds: int, directory: Path) -> tuple[Path, int]:
    """Serve the pages and feeds on `site` (a tests/loopback.py LoopbackSite); write the feed list."""
    for page in pages:
        site.add_file(page_path(page), page.html, "text/html")
    feeds = feed_items(pages, n_feeds)
    lines = ["feeds:"]
    for n, items in enumerate(feeds):
        path = f"/feeds/bench-{n}.xml"
        site.add_file(path, feed_xml(f"Bench feed {n}", items, site.base_url), "application/rss+xml")
        lines.append(f"  - url: {site.url(path)}")
    feeds_file = directory / "feeds.yaml"
    feeds_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return feeds_file, sum(len(items) for items in feeds)


# ---------------------------------------------------------------------------------------------
# Measuring: stage clocks and memory
# ---------------------------------------------------------------------------------------------


class StageClock:
    """Seconds and calls per stage, accumulated by wrappers around module-global step functions."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self.samples: dict[str, list[float]] = defaultdict(list)
        self._lock = threading.Lock()

    def add(self, stage: str, seconds: float) -> None:
        with self._lock:
            self.seconds[stage] += seconds
            self.calls[stage] += 1
            self.samples[stage].append(seconds)

    def wrap(self, stage: str | Callable[..., str], fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.add(stage(*args, **kwargs) if callable(stage) else stage, time.perf_counter() - started)

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed


@contextmanager
def instrumented(clock: StageClock) -> Iterator[None]:
    """Time the steps the flow calls, by swapping the module globals it looks them up by; restore after."""
    import flows.poll_feeds as flow_module
    import tasks.ingest as ingest

    def fetch_kind(requests: Sequence[Any], *_: Any, **__: Any) -> str:
        return "feed fetch (HTTP)" if requests and requests[0].kind == "feed" else "page fetch"

    swaps = [
        (ingest, "poll_feed_batch", "feed poll"),
        (ingest, "fetch_all", fetch_kind),
        (ingest, "extract_many", "extraction"),
        (ingest, "map_with_time_limit", "analysis"),  # analysis runs in the killable worker pool
        (ingest, "process_article_batch", "process batch"),
        (ingest, "stage_batch", "staging"),
        (flow_module, "stage_batch", "staging"),
        (flow_module, "load_pending", "load"),
    ]
    originals = [(module, name, getattr(module, name)) for module, name, _ in swaps]
    try:
        for module, name, stage in swaps:
            setattr(module, name, clock.wrap(stage, getattr(module, name)))
        yield
    finally:
        for module, name, original in originals:
            setattr(module, name, original)


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children[int(fields[1])].append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


class TreeRss:
    """Samples the summed RSS of this process and all its descendants; `peak_mib` is the highest seen."""

    def __init__(self, interval_s: float = 0.2) -> None:
        self.peak_kib = 0
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="bench-rss")

    def _run(self) -> None:
        while not self._stop.is_set():
            if os.path.isdir("/proc"):
                self.peak_kib = max(self.peak_kib, sum(_rss_kib(p) for p in _descendants(os.getpid())))
            self._stop.wait(self._interval_s)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mib(self) -> float:
        return self.peak_kib / 1024


def table_rows(db_path: Path) -> dict[str, int]:
    import duckdb

    with duckdb.connect(str(db_path), read_only=True) as con:
        names = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY 1"
            ).fetchall()
        ]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchall()[0][0] for n in names}


def db_size_mib(db_path: Path) -> float:
    wal = db_path.with_name(db_path.name + ".wal")
    return (db_path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)) / 2**20


# ---------------------------------------------------------------------------------------------
# The runs
# ---------------------------------------------------------------------------------------------

#: stages in pipeline order, as printed
STAGES = ("feed poll", "page fetch", "extraction", "analysis", "rows", "staging", "load")


def stage_table(clock: StageClock, wall_s: float) -> dict[str, float]:
    """Seconds per printed stage; 'rows' and 'prefect + reads' are derived (see the module docstring)."""
    s = clock.seconds
    out = {stage: s.get(stage, 0.0) for stage in STAGES}
    out["rows"] = max(0.0, s.get("process batch", 0.0) - s["page fetch"] - s["extraction"] - s["analysis"])
    out["other (prefect + reads)"] = max(0.0, wall_s - sum(out.values()))
    return out


def print_stages(label: str, clock: StageClock, wall_s: float, articles: int) -> None:
    table = stage_table(clock, wall_s)
    print(f"  stages, {label}:")
    for stage, seconds in table.items():
        share = 100 * seconds / wall_s if wall_s else 0.0
        per = f"  {1000 * seconds / articles:7.1f} ms/article" if articles and stage != "feed poll" else ""
        calls = f" ({clock.calls[stage]} calls)" if clock.calls.get(stage) else ""
        print(f"    {stage:<24} {seconds:8.2f} s  {share:5.1f} %{per}{calls}")
    if clock.calls.get("feed fetch (HTTP)"):
        print(f"    (feed poll includes {clock.seconds['feed fetch (HTTP)']:.2f} s of feed HTTP)")
    if clock.samples.get("extraction"):
        batches = clock.samples["extraction"]
        print(
            f"    extraction per batch: first {batches[0]:.2f} s (the process's first batch also starts the "
            f"forkserver), median {statistics.median(batches):.2f} s over {len(batches)} batches"
        )


def run_flow(feeds_file: Path, db_path: Path, force: bool, clock: StageClock) -> tuple[Any, float]:
    from flows.poll_feeds import poll_feeds

    with instrumented(clock):
        started = time.perf_counter()
        summary = poll_feeds(feeds_file=str(feeds_file), db_path=str(db_path), allow_private_networks=True, force=force)
        return summary, time.perf_counter() - started


def run_direct(feeds_file: Path, db_path: Path, clock: StageClock) -> tuple[int, float]:
    """The flow's steps without Prefect (the pure functions and the tasks' `.fn`), on a fresh warehouse:
    poll, stage feed state with its queued entries, load, work the queue off, load."""
    import tasks.ingest as ingest
    from flows.poll_feeds import _chunks, select_due_feeds, select_queued_entries
    from tasks.config import load_settings
    from tasks.store.staging import load_pending
    from tasks.store.state import RunState

    settings = load_settings(feeds_file=feeds_file, db_path=db_path, allow_private_networks=True)
    run_id = uuid.uuid4().hex
    with instrumented(clock), RunState(settings.db_path, settings.staging_dir) as state:
        timed_load = clock.wrap("load", load_pending)
        started = time.perf_counter()
        now = datetime.now(UTC)
        states, _ = select_due_feeds.fn(settings, state, now, True)
        polled = ingest.poll_feed_batch(states, settings, run_id, now)
        # a fresh warehouse: no entry is listed or queued yet, so every entry is queued
        polled.rows["pending_entries"] = ingest.enqueue_rows(polled.entries, set(), set(), now)
        ingest.stage_batch(settings.staging_dir, polled.rows)
        timed_load(settings.staging_dir, settings.db_path)
        groups = select_queued_entries.fn(settings, state, now)
        articles = 0
        for chunk in _chunks(groups, settings.article_batch_size):
            batch = ingest.process_article_batch(chunk, settings, run_id, state)
            ingest.stage_batch(settings.staging_dir, batch.rows)
            articles += len(batch.articles)
        timed_load(settings.staging_dir, settings.db_path)
        return articles, time.perf_counter() - started


def configure_environment(prefect_home: Path, per_host_gap_s: float) -> None:
    """Prefect and newsflow settings as tests/conftest.py sets them; before anything imports prefect."""
    os.environ.pop("PREFECT_API_URL", None)
    os.environ.update(
        {
            "PREFECT_HOME": str(prefect_home),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_LOGGING_LEVEL": "WARNING",
            "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
            "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
        }
    )
    for name in [k for k in os.environ if k.startswith("NEWSFLOW_")]:
        del os.environ[name]
    os.environ["NEWSFLOW_PER_HOST_GAP_S"] = str(per_host_gap_s)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=200, help="pages to serve (at most the corpus: ~380)")
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--per-host-gap", type=float, default=0.0, help="NEWSFLOW_PER_HOST_GAP_S (production: 1)")
    parser.add_argument("--no-direct", action="store_true", help="skip the pass without Prefect")
    args = parser.parse_args(argv)

    pages = load_pages(args.articles)
    if not pages:
        print(f"no pages under {SHARED_CORPUS}", file=sys.stderr)
        return 2
    if len(pages) < args.articles:
        print(f"note: the corpus has {len(pages)} pages with HTML; using all of them")
    n_feeds = max(1, min(args.feeds, len(pages)))

    with tempfile.TemporaryDirectory(prefix="newsflow-bench-") as tmp_name:
        tmp = Path(tmp_name)
        configure_environment(tmp / "prefect-home", args.per_host_gap)
        with TreeRss() as tree_rss:
            import_started = time.perf_counter()
            from loopback import LoopbackSite
            from prefect.testing.utilities import prefect_test_harness

            import flows.poll_feeds  # noqa: F401 - imported here so its cost is not charged to run 1

            import_s = time.perf_counter() - import_started
            with LoopbackSite() as site:
                feeds_file, listings = build_site(site, pages, n_feeds, tmp)
                html_mib = sum(len(p.html) for p in pages) / 2**20
                print(
                    f"site: {len(pages)} real pages ({html_mib:.1f} MiB HTML; "
                    + ", ".join(f"{k} {v}" for k, v in sorted(Counter(p.source for p in pages).items()))
                    + f"), {n_feeds} RSS feeds, {listings} listings; per-host gap {args.per_host_gap} s"
                )
                harness_started = time.perf_counter()
                with prefect_test_harness(server_startup_timeout=90):
                    harness_s = time.perf_counter() - harness_started
                    print(f"imports {import_s:.1f} s, Prefect test harness start {harness_s:.1f} s (not in runs)")

                    db1 = tmp / "flow" / "warehouse.duckdb"
                    clock1 = StageClock()
                    first, wall1 = run_flow(feeds_file, db1, False, clock1)
                    print(f"run 1: {first.one_line()}")
                    print(
                        f"run 1 wall {wall1:.2f} s, {first.new_articles / wall1:.2f} articles/s "
                        f"({first.new_articles} new articles, {first.extraction_failures} extraction failures, "
                        f"{first.facts_written} facts)"
                    )
                    print_stages("run 1", clock1, wall1, first.new_articles)

                    clock2 = StageClock()
                    second, wall2 = run_flow(feeds_file, db1, True, clock2)
                    print(f"run 2: {second.one_line()}")
                    print(
                        f"run 2 wall {wall2:.2f} s (all 304s: {second.not_modified}/{second.feeds_polled} "
                        f"not modified, {second.new_articles} new articles)"
                    )
                    print_stages("run 2", clock2, wall2, 0)
                    rows = table_rows(db1)

                if not args.no_direct:
                    db3 = tmp / "direct" / "warehouse.duckdb"
                    clock3 = StageClock()
                    direct_articles, wall3 = run_direct(feeds_file, db3, clock3)
                    print(
                        f"direct (no Prefect) wall {wall3:.2f} s, {direct_articles / wall3:.2f} articles/s "
                        f"({direct_articles} articles); Prefect's share of run 1 ~ {wall1 - wall3:.2f} s"
                    )
                    print_stages("direct", clock3, wall3, direct_articles)

        usage_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        usage_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"peak RSS: this process {usage_self:.0f} MiB, largest reaped child {usage_children:.0f} MiB, "
            f"whole process tree (sampled) {tree_rss.peak_mib:.0f} MiB"
        )
        print(f"duckdb file {db_size_mib(db1):.2f} MiB ({db1.stat().st_size} bytes) after 2 runs")
        print("rows: " + ", ".join(f"{t} {n}" for t, n in rows.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
