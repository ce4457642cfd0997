"""Scale-out mode for real (issue #10): a `prefect server start`, the prefect.yaml deployments on a process
pool with TWO workers, poll-feeds with `partitions=4` over a loopback site of real news pages, staging on a
`file://` URL (the fsspec path object storage takes), and the load-staged deployment started only by the
`newsflow.batch.staged` events. Every article is loaded exactly once, every feed was polled by exactly one
partition, both workers ran partitions, and a second cycle fetches no page again and adds nothing.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
from conftest import REPO_DIR, require_shared
from loopback import LoopbackSite
from prefect_stack import POLL_S, TERMINAL, PrefectApi, free_port

from flows.serve import POOL, PREFECT, serve_background, stop_background
from tasks.extract import extract_article
from tasks.store.staging import pending_batches

pytestmark = pytest.mark.slow

FEEDS = 8
PAGES_PER_FEED = 3
PARTITIONS = 4
POLL_FEEDS = "poll-feeds/poll-feeds"
#: how often this test's server writes arriving events (PREFECT_SERVER_SERVICES_EVENT_PERSISTER_FLUSH_INTERVAL,
#: default 5 s): 1 s, so waiting out one more flush for a late duplicate costs 2 s, not 6 s, each time
EVENT_PERSISTER_FLUSH_S = 1
EVENT_FLUSH_S = EVENT_PERSISTER_FLUSH_S + 1
WORKER_LIMIT = 2  # runs per worker at once: the first worker cannot take every partition run


@dataclass
class ScaleOut(PrefectApi):
    api: str
    env: dict[str, str]
    db_path: Path
    staging: str
    site: LoopbackSite
    feeds: list[str]  # feed paths on the site
    pages: dict[str, bytes]  # page path -> html
    worker_logs: list[Path]

    def wait_for_loads(self, at_least: int, timeout_s: float = 120) -> list[dict[str, Any]]:
        """Until `at_least` load-staged runs exist, all finished, and nothing is left staged."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            loads = self.runs_of("load-staged/load-staged")
            if (
                len(loads) >= at_least
                and all(r["state_type"] in TERMINAL for r in loads)
                and not pending_batches(self.staging)
            ):
                return loads
            time.sleep(POLL_S)
        raise AssertionError(f"staged batches not all loaded after {timeout_s}s\n{self.log_tail()}")

    def events(self, name: str, at_least: int = 0, timeout_s: float = 60) -> list[dict[str, Any]]:
        """The server's events of one name, once `at_least` of them are stored. The server persists events
        in batches a few seconds after they arrive, so a run that has finished may not have its last ones
        stored yet; one more flush interval is waited so that a late duplicate would be seen too."""
        deadline = time.monotonic() + timeout_s
        while True:
            page = self.post("/events/filter", {"filter": {"event": {"prefix": [name]}}, "limit": 50})
            assert page["total"] <= 50, "more events than one page (the API's largest)"
            if len(page["events"]) >= at_least or time.monotonic() > deadline:
                break
            time.sleep(POLL_S)
        if at_least:
            time.sleep(EVENT_FLUSH_S)
            page = self.post("/events/filter", {"filter": {"event": {"prefix": [name]}}, "limit": 50})
        return page["events"]

    def query(self, sql: str) -> list[tuple]:
        with duckdb.connect(str(self.db_path), read_only=True) as con:
            return con.execute(sql).fetchall()

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(
            f"--- {log.name}\n" + "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
            for log in self.worker_logs
            if log.exists()
        )


def _corpus_pages() -> list[bytes]:
    root = require_shared("corpus", "article-extraction-benchmark", "html")
    return [gzip.decompress(p.read_bytes()) for p in sorted(root.glob("*.html.gz"))[: FEEDS * PAGES_PER_FEED]]


def _feed(site: LoopbackSite, n: int) -> bytes:
    items = "".join(
        f"<item><title>page {n}-{i}</title><link>{site.url(f'/p/{n}-{i}.html')}</link><guid>p-{n}-{i}</guid></item>"
        for i in range(PAGES_PER_FEED)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>feed {n}</title>{items}</channel></rss>'.encode()


def _wait_for_workers(api: str, count: int, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        workers = httpx.post(f"{api}/work_pools/{POOL}/workers/filter", json={}, timeout=10).json()
        if sum(w.get("status") == "ONLINE" for w in workers) >= count:
            return
        time.sleep(POLL_S)
    raise AssertionError(f"{count} workers not online after {timeout_s}s")


def _stop_worker(proc: subprocess.Popen[bytes]) -> None:
    """Two signals, as flows/serve.py stops a worker (the first one only asks it to finish its runs)."""
    for _ in range(2):
        if proc.poll() is None:
            os.killpg(proc.pid, 15)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                continue
    if proc.poll() is None:
        os.killpg(proc.pid, 9)
        proc.wait()


@pytest.fixture(scope="module")
def scale_out(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScaleOut]:
    tmp = tmp_path_factory.mktemp("scale-out")
    pages_html = _corpus_pages()
    site = LoopbackSite()
    with site:
        pages: dict[str, bytes] = {}
        feed_paths = []
        for n in range(FEEDS):
            for i in range(PAGES_PER_FEED):
                path = f"/p/{n}-{i}.html"
                pages[path] = pages_html[n * PAGES_PER_FEED + i]
                site.add_file(path, pages[path], "text/html")
            site.add_file(f"/feeds/{n}.xml", _feed(site, n), "application/rss+xml")
            feed_paths.append(f"/feeds/{n}.xml")
        feeds_file = tmp / "feeds.yaml"
        feeds_file.write_text("feeds:\n" + "".join(f"  - url: {site.url(p)}\n" for p in feed_paths), encoding="utf-8")
        staging = (tmp / "object-store" / "staging").as_uri()  # fsspec, manifest-last: as on s3://
        extra = {
            "PREFECT_HOME": str(tmp / "prefect-home"),
            "PREFECT_LOGGING_LEVEL": "INFO",
            "PREFECT_WORKER_QUERY_SECONDS": "1",
            # a queued load retries its concurrency slot after 1 s, not the default 30 s
            "PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS": "1",
            "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_FLUSH_INTERVAL": str(EVENT_PERSISTER_FLUSH_S),
            "NEWSFLOW_DB_PATH": str(tmp / "warehouse.duckdb"),
            "NEWSFLOW_STAGING_DIR": staging,
            "NEWSFLOW_FEEDS_FILE": str(feeds_file),
            "NEWSFLOW_ALLOW_PRIVATE_NETWORKS": "true",
            "NEWSFLOW_PER_HOST_GAP_S": "0",
            "NEWSFLOW_EXTRACTION_WORKERS": "1",  # four partitions share two cores
        }
        state_dir = tmp / "state"
        second_log = state_dir / "worker-2.log"
        second: subprocess.Popen[bytes] | None = None
        try:
            background = serve_background(
                project_dir=REPO_DIR, port=free_port(), state_dir=state_dir, env=extra, worker_limit=WORKER_LIMIT
            )
            assert background.server_pid and background.worker_pid, "the test must own its server and worker"
            env = {**os.environ, **extra, "PREFECT_API_URL": background.api_url}
            with second_log.open("ab") as out:
                second = subprocess.Popen(
                    [PREFECT, "worker", "start", "--pool", POOL, "--name", "second-worker",
                     "--limit", str(WORKER_LIMIT)],
                    env=env, cwd=REPO_DIR, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                    start_new_session=True,
                )  # fmt: skip
            _wait_for_workers(background.api_url, 2)
            yield ScaleOut(
                background.api_url,
                env,
                Path(extra["NEWSFLOW_DB_PATH"]),
                staging,
                site,
                feed_paths,
                pages,
                [Path(background.worker_log), second_log],
            )
        finally:
            if second is not None:
                _stop_worker(second)
            stop_background(state_dir)


def _expected_article_urls(stack: ScaleOut) -> set[str]:
    """The pages that hold an article (some corpus pages do not), by the same extractor the pipeline uses."""
    now = datetime.now(UTC)
    return {stack.site.url(p) for p, html in stack.pages.items() if extract_article(html, stack.site.url(p), now)}


def _submitted_by(logs: list[Path], flow_run_ids: set[str]) -> dict[str, set[str]]:
    """Worker name -> the given flow runs it submitted, from the workers' own log lines."""
    found: dict[str, set[str]] = {}
    for log in logs:
        for worker, run_id in re.findall(r"Worker '([^']+)' submitting flow run '([0-9a-f-]+)'", log.read_text()):
            if run_id in flow_run_ids:
                found.setdefault(worker, set()).add(run_id)
    return found


def test_four_partitions_on_two_workers_load_every_article_once_and_a_second_cycle_adds_nothing(
    scale_out: ScaleOut,
) -> None:
    stack = scale_out
    expected = _expected_article_urls(stack)
    assert len(expected) >= FEEDS * PAGES_PER_FEED // 2, "the corpus sample should mostly extract"

    # -- cycle 1: fan out, partitions stage, the staged events start the loader --------------------
    started = time.monotonic()
    parent = stack.wait_for_run(stack.start_run(POLL_FEEDS, partitions=str(PARTITIONS)))
    assert parent["state_type"] == "COMPLETED", stack.log_tail()
    assert parent["name"] == f"{PARTITIONS} partitions, {PARTITIONS} completed"
    partitions = stack.runs_of("poll-partition/poll-partition")
    assert len(partitions) == PARTITIONS and all(r["state_type"] == "COMPLETED" for r in partitions)
    assert sorted(r["parameters"]["partition"] for r in partitions) == list(range(PARTITIONS))
    loads = stack.wait_for_loads(at_least=1)
    first_cycle_s = time.monotonic() - started
    assert all(r["state_type"] == "COMPLETED" for r in loads), stack.log_tail()
    assert all(r["parameters"]["staging"] == stack.staging for r in loads)  # handed on by the trigger

    # both workers ran partitions: the pool really spread the work
    by_worker = _submitted_by(stack.worker_logs, {r["id"] for r in partitions})
    assert len(by_worker) == 2, by_worker
    assert set().union(*by_worker.values()) == {r["id"] for r in partitions}

    # every article loaded exactly once
    rows, distinct = stack.query("SELECT count(*), count(DISTINCT article_id) FROM articles")[0]
    assert rows == distinct == len(expected)
    assert {u for (u,) in stack.query("SELECT url FROM articles")} == expected
    # each feed polled by exactly one partition, and together the partitions polled every feed
    polls = stack.query("SELECT url, run_id FROM fetch_events WHERE kind = 'feed'")
    assert sorted(u for u, _ in polls) == sorted(stack.site.url(p) for p in stack.feeds)
    assert {r for _, r in polls} <= {r["id"] for r in partitions}
    # each page fetched once: no partition fetched another's pages
    assert all(stack.site.count(p) == 1 for p in stack.pages), {p: stack.site.count(p) for p in stack.pages}
    assert stack.query("SELECT count(*) FROM pending_entries WHERE status = 'pending'") == [(0,)]
    assert stack.query("SELECT count(*) FROM runs") == [(PARTITIONS,)]
    # announced by the loader once per stored article, after the loads committed
    ingested = stack.events("newsflow.article.ingested", at_least=len(expected))
    assert len(ingested) == len({e["resource"]["prefect.resource.id"] for e in ingested}) == len(expected)
    staged = stack.events("newsflow.batch.staged")
    assert len(staged) >= PARTITIONS * 2  # at least a feed batch and the run row per partition
    assert all(e["payload"]["staging"] == stack.staging for e in staged)

    # -- cycle 2: every feed again (force): the feed state came back through the staged batches -----
    parent = stack.wait_for_run(stack.start_run(POLL_FEEDS, partitions=str(PARTITIONS), force="true"))
    assert parent["state_type"] == "COMPLETED", stack.log_tail()
    stack.wait_for_loads(at_least=len(loads) + 1)
    second_polls = stack.query(
        "SELECT outcome, count(*) FROM fetch_events WHERE kind = 'feed' AND run_id NOT IN "
        f"({', '.join(repr(r['id']) for r in partitions)}) GROUP BY outcome"
    )
    assert second_polls == [("not_modified", FEEDS)]  # every feed answered 304: validators were kept
    assert all(stack.site.count(p) == 1 for p in stack.pages)  # no page fetched again
    assert stack.query("SELECT count(*), count(DISTINCT article_id) FROM articles") == [(len(expected),) * 2]
    assert len(stack.events("newsflow.article.ingested", at_least=len(expected))) == len(expected)
    assert stack.query("SELECT count(*) FROM runs") == [(2 * PARTITIONS,)]
    print(f"scale-out cycle 1 (fan-out to loaded): {first_cycle_s:.1f} s")
