"""End-to-end throughput of `newsflow run` against a bare trafilatura loop, and the unchanged-feeds cycle.

    .venv/bin/python bench/throughput.py [--pages 500,2000] [--big] [--repeat 1] [--cycle-feeds 5000]

For each N (500 and 2,000 by default; --big adds 5,000): real pages from ../shared/corpus (bench/pipeline.py
`load_pages`, round-robin over three corpora) are served again and again under distinct URLs
(/a/<k>.html) by a site server in its own process (flows/site_server.py, so its gzip and sockets do not
share this process's GIL), listed 5 per feed (N/5 RSS feeds). Then, in the same run:

* `newsflow run` as a subprocess on a fresh warehouse, per-host gap 0, with its temporary Prefect server
  (whose start is included, as a user meets it) on one Prefect home that a first, unmeasured run
  warmed (as a user's `data/prefect/home` is after the first run); wall time, articles/s, and the peak RSS of its
  whole process tree (the CLI, the Prefect server, the fork server, the extraction workers) and of its
  largest single process (the issue's figure), sampled from /proc every 0.2 s;
* the stage split, from the timestamps of the run's own log lines: start (process start to "Beginning
  flow run"), poll (to the end of select-queued-entries: load, due feeds, polls, load, queue), pages (to
  the last finished page batch), finish (runs row, last load, clusters, snapshot, events, artifacts, exit);
* a bare single-core loop of `trafilatura.bare_extraction(html, with_metadata=True)` over the distinct
  pages the N are copies of (the same bytes), pages/s; the ratio newsflow/bare is the headline (>= 1.0:
  the pipeline, analysis and all, uses two cores at least as well as one bare extraction loop).

Then the unchanged-feeds cycle: --cycle-feeds RSS feeds (0 items each) on the site, one `newsflow run` to
learn their validators, then the timed one with --force, where every feed answers 304.

With --repeat R every measurement is taken R times and the median is printed (the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline import REPO_DIR, _descendants, _rss_kib, feed_xml, load_pages

PAGES_PER_FEED = 5
_LOG_TIME = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) \| ")

_SERVER = """
import sys, time
from pathlib import Path
from flows.site_server import serve_directory
with serve_directory(Path(sys.argv[1])) as url:
    print(url, flush=True)
    sys.stdin.read()
"""


@dataclass
class RunFigures:
    wall_s: float
    articles: int
    peak_rss_mib: float
    largest_rss_mib: float  # the largest single process (the issue's /usr/bin/time -v figure)
    stages: dict[str, float]


class TreePeak:
    """Peak summed RSS of `root` and its descendants, and the peak RSS of the largest one, sampled every
    `interval_s`."""

    def __init__(self, root: int, interval_s: float = 0.2) -> None:
        self.root, self.peak_kib, self.largest_kib, self._interval_s = root, 0, 0, interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            sizes = [_rss_kib(p) for p in _descendants(self.root)]
            self.peak_kib = max(self.peak_kib, sum(sizes))
            self.largest_kib = max(self.largest_kib, *sizes, 0)
            self._stop.wait(self._interval_s)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()


class Site:
    """flows/site_server.py serving `root` in a subprocess."""

    def __init__(self, root: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SERVER, str(root)],
            cwd=REPO_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def write_site(root: Path, pages: Sequence[bytes], n: int, base_url: str) -> Path:
    """N copies of the pages under /a/<k>.html, N/5 feeds of 5, and the feed list; returns the list."""
    (root / "a").mkdir(parents=True, exist_ok=True)
    (root / "feeds").mkdir(exist_ok=True)
    sources = []
    for i, html in enumerate(pages):
        path = root / f"src-{i}.html"
        path.write_bytes(html)
        sources.append(path)
    for k in range(n):
        os.link(sources[k % len(sources)], root / "a" / f"{k}.html")
    lines = ["feeds:"]
    for f in range((n + PAGES_PER_FEED - 1) // PAGES_PER_FEED):
        items = [(f"page {k}", f"/a/{k}.html") for k in range(f * PAGES_PER_FEED, min(n, (f + 1) * PAGES_PER_FEED))]
        (root / "feeds" / f"f{f}.xml").write_bytes(feed_xml(f"feed {f}", items, base_url))
        lines.append(f"  - url: {base_url}/feeds/f{f}.xml")
    feeds = root / "feeds.yaml"
    feeds.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return feeds


def newsflow_run(
    feeds: Path, work: Path, prefect_dir: Path, force: bool = False, fresh: bool = True
) -> tuple[RunFigures, str]:
    """One `newsflow run` subprocess; its figures and stdout."""
    db = work / "w.duckdb"
    if fresh:
        shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSFLOW_", "PREFECT_"))}
    env |= {
        "NEWSFLOW_ALLOW_PRIVATE_NETWORKS": "true",
        "NEWSFLOW_PER_HOST_GAP_S": "0",
        "NEWSFLOW_PREFECT_DIR": str(prefect_dir),
        "PREFECT_LOGGING_LEVEL": "INFO",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    command = [sys.executable, "-m", "flows.cli", "run", "--feeds", str(feeds), "--db", str(db)]
    started, wall_started = time.monotonic(), datetime.now()
    proc = subprocess.Popen(
        [*command, *(["--force"] if force else [])],
        cwd=REPO_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with TreePeak(proc.pid) as peak:
        out, err = proc.communicate()
    wall = time.monotonic() - started
    if proc.returncode != 0:
        raise SystemExit(f"newsflow run exited {proc.returncode}:\n{err[-3000:]}")
    match = re.search(r"(\d+) new articles", out)
    articles = int(match.group(1)) if match else 0
    return RunFigures(
        wall, articles, peak.peak_kib / 1024, peak.largest_kib / 1024, stages(err, wall_started, wall)
    ), out


def stages(log: str, started: datetime, wall: float) -> dict[str, float]:
    """The stage split from the log's timestamps (see the module docstring)."""

    def at(line: str) -> float | None:
        found = _LOG_TIME.match(line)
        if not found:
            return None
        moment = datetime.combine(started.date(), datetime.strptime(found.group(1), "%H:%M:%S.%f").time())
        return (moment - started).total_seconds()

    marks: dict[str, float] = {}
    for line in log.splitlines():
        when = at(line)
        if when is None:
            continue
        if "Beginning flow run" in line and "flow" not in marks:
            marks["flow"] = when
        if "select-queued-entries" in line and "Finished" in line:
            marks["queue"] = when
        if re.search(r"Task run 'process \d+ pages'.*Finished", line):
            marks["pages"] = when
    flow = marks.get("flow", 0.0)
    queue = marks.get("queue", flow)
    pages = marks.get("pages", queue)
    return {"start": flow, "poll": queue - flow, "pages": pages - queue, "finish": wall - pages}


def bare_rate(pages: Sequence[bytes], repeat: int) -> float:
    """Pages/s of a single-core trafilatura.bare_extraction loop over `pages` (median of `repeat`)."""
    import trafilatura

    rates = []
    for _ in range(repeat):
        started = time.perf_counter()
        for html in pages:
            trafilatura.bare_extraction(html, with_metadata=True)
        rates.append(len(pages) / (time.perf_counter() - started))
    return statistics.median(rates)


def median_run(runs: list[RunFigures]) -> RunFigures:
    ordered = sorted(runs, key=lambda r: r.wall_s)
    middle = ordered[len(ordered) // 2]
    return RunFigures(
        middle.wall_s,
        middle.articles,
        statistics.median(r.peak_rss_mib for r in runs),
        statistics.median(r.largest_rss_mib for r in runs),
        middle.stages,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", default="500,2000", help="comma-separated page counts (default 500,2000)")
    parser.add_argument("--big", action="store_true", help="add the 5,000-page run")
    parser.add_argument("--repeat", type=int, default=1, help="measurements per figure; the median is printed")
    parser.add_argument("--cycle-feeds", type=int, default=5000, help="feeds in the 304 cycle (0 to skip)")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.pages.split(",") if n] + ([5000] if args.big else [])
    pages = [p.html for p in load_pages()]
    print(f"{len(pages)} distinct corpus pages; {os.cpu_count()} cores")
    bare = bare_rate(pages, args.repeat)
    print(f"bare trafilatura.bare_extraction loop, one core: {bare:.1f} pages/s")
    print(f"{'pages':>6} {'wall s':>7} {'art/s':>6} {'ratio':>6} {'tree MiB':>9} {'largest':>8}  stages (s)")
    with tempfile.TemporaryDirectory(prefix="newsflow-throughput-") as tmp:
        prefect_dir = Path(tmp) / "prefect"
        warm = Path(tmp) / "warm"
        (warm / "feeds").mkdir(parents=True)
        site = Site(warm)
        try:
            (warm / "feeds" / "empty.xml").write_bytes(feed_xml("empty", [], site.url))
            (warm / "feeds.yaml").write_text(f"feeds:\n  - url: {site.url}/feeds/empty.xml\n", encoding="utf-8")
            newsflow_run(warm / "feeds.yaml", warm / "run", prefect_dir)  # Prefect's home: migrated, warm
        finally:
            site.close()
        for n in counts:
            root = Path(tmp) / f"site-{n}"
            root.mkdir()
            site = Site(root)
            try:
                feeds = write_site(root, pages, n, site.url)
                runs = [newsflow_run(feeds, Path(tmp) / f"run-{n}", prefect_dir)[0] for _ in range(args.repeat)]
            finally:
                site.close()
            run = median_run(runs)
            rate = run.articles / run.wall_s
            split = ", ".join(f"{k} {v:.1f}" for k, v in run.stages.items())
            print(
                f"{n:>6} {run.wall_s:>7.1f} {rate:>6.1f} {rate / bare:>6.2f} {run.peak_rss_mib:>9.0f} "
                f"{run.largest_rss_mib:>8.0f}  {split}"
            )
        if args.cycle_feeds:
            root = Path(tmp) / "cycle"
            (root / "feeds").mkdir(parents=True)
            site = Site(root)
            try:
                lines = ["feeds:"]
                for f in range(args.cycle_feeds):
                    (root / "feeds" / f"c{f}.xml").write_bytes(feed_xml(f"feed {f}", [], site.url))
                    lines.append(f"  - url: {site.url}/feeds/c{f}.xml")
                feeds = root / "feeds.yaml"
                feeds.write_text("\n".join(lines) + "\n", encoding="utf-8")
                work = Path(tmp) / "run-cycle"
                newsflow_run(feeds, work, prefect_dir)  # learns every feed's validators
                cycles = []
                for _ in range(args.repeat):
                    figures, out = newsflow_run(feeds, work, prefect_dir, force=True, fresh=False)
                    if f"{args.cycle_feeds} not modified" not in out:
                        raise SystemExit(f"expected every feed to answer 304: {out}")
                    cycles.append(figures)
            finally:
                site.close()
            cycle = median_run(cycles)
            split = ", ".join(f"{k} {v:.1f}" for k, v in cycle.stages.items())
            print(
                f"304 cycle, {args.cycle_feeds} unchanged feeds: {cycle.wall_s:.1f} s end to end, "
                f"peak {cycle.peak_rss_mib:.0f} MiB (largest process {cycle.largest_rss_mib:.0f}); stages (s): {split}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
