"""Warehouse loading speed: synthetic articles through stage_batch -> load_pending, then the same again.

    .venv/bin/python bench/warehouse.py [--articles 20000] [--batch 500] [--facts 3] [--dir /tmp/nf-bench]

Prints rows/s for staging and loading, per-batch load time (p50/max: each batch opens, checks
migrations, writes in one transaction, closes), the no-op re-load time, the file size, and peak
RSS. Text is random words (not very compressible); HTML is the text in ~2 KB of boilerplate.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR))

from schemas.tables import content_id  # noqa: E402
from tasks.store.staging import load_pending, stage_batch  # noqa: E402
from tasks.store.warehouse import compress_html  # noqa: E402

WORDS = [f"w{i}" for i in range(5000)] + ["ICE", "detained", "agents", "raid", "Chicago", "deportation"]
BOILERPLATE = "<nav>" + "<a href='/x'>Section</a>" * 60 + "</nav>"


def make_batches(n_articles: int, batch_size: int, facts_per_article: int, seed: int = 7) -> Iterator[dict]:
    """The rows each processing batch would stage: fetch event, article, HTML, listing, tag, facts.

    Generated lazily and deterministically, so peak RSS reflects one batch, not the whole corpus,
    and the re-load stages identical rows."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for first in range(0, n_articles, batch_size):
        rows: dict[str, list[dict]] = {
            t: [] for t in ("fetch_events", "articles", "article_html", "article_feeds", "article_tags", "facts")
        }
        for i in range(first, min(first + batch_size, n_articles)):
            aid = content_id("article", i)
            url = f"https://news{i % 40}.example/2026/story-{i}"
            when = start + timedelta(minutes=i)
            text = " ".join(rng.choices(WORDS, k=rng.randint(300, 900)))
            html = f"<html><body>{BOILERPLATE}<article><p>{text}</p></article></body></html>".encode()
            rows["fetch_events"].append(
                {
                    "event_id": content_id("ev", i),
                    "run_id": "bench",
                    "feed_id": f"f{i % 40}",
                    "url": url,
                    "kind": "article",
                    "fetched_at": when,
                    "status": 200,
                    "outcome": "ok",
                    "bytes": len(html),
                    "elapsed_ms": 120,
                }
            )
            rows["articles"].append(
                {
                    "article_id": aid,
                    "url": url,
                    "canonical_url": url,
                    "feed_id": f"f{i % 40}",
                    "title": f"Story {i}",
                    "published_at": when,
                    "text": text,
                    "word_count": text.count(" ") + 1,
                    "fetched_at": when,
                    "extractor": "trafilatura 2.3.1",
                }
            )
            rows["article_html"].append(
                {
                    "article_id": aid,
                    "html_gzip": compress_html(html),
                    "html_bytes": len(html),
                    "fetched_at": when,
                }
            )
            rows["article_feeds"].append({"article_id": aid, "feed_id": f"f{i % 40}", "entry_key": url})
            rows["article_tags"].append(
                {
                    "article_id": aid,
                    "is_enforcement": i % 3 == 0,
                    "score": rng.random(),
                    "topics": ["arrests"],
                    "evidence": ["detained"],
                    "tagger_version": "bench",
                }
            )
            rows["facts"].extend(
                {
                    "article_id": aid,
                    "fact_type": "arrests",
                    "value": rng.randint(1, 500),
                    "unit": "people",
                    "places": ["Chicago, Illinois"],
                    "agency": "ICE",
                    "evidence": text[:200],
                    "char_start": k * 100,
                    "char_end": k * 100 + 50,
                    "extractor_version": "bench",
                }
                for k in range(facts_per_article)
            )
        yield rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--facts", type=int, default=3, help="facts per article")
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder (default: a new temp dir)")
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="newsflow-bench-"))
    shutil.rmtree(work / "staging", ignore_errors=True)
    db = work / "bench.duckdb"
    db.unlink(missing_ok=True)

    rows = 0
    stage_s = 0.0
    for b in make_batches(args.articles, args.batch, args.facts):
        t0 = time.perf_counter()
        stage_batch(work / "staging", b)
        stage_s += time.perf_counter() - t0
        rows += sum(len(v) for v in b.values())

    report = load_pending(work / "staging", db)
    assert not report.failed and not report.left_staged, report

    for b in make_batches(args.articles, args.batch, args.facts):
        stage_batch(work / "staging", b)
    again = load_pending(work / "staging", db)
    added = sum(again.rows[t] for t in ("articles", "fetch_events", "article_html", "article_feeds"))

    ms = sorted(report.batch_ms)
    print(
        f"{args.articles} articles, {args.facts} facts each, batches of {args.batch}: {rows} rows in "
        f"{len(report.loaded)} batches"
    )
    print(f"stage : {stage_s:6.2f}s  {rows / stage_s:9,.0f} rows/s  ({args.articles / stage_s:,.0f} articles/s)")
    print(
        f"load  : {report.seconds:6.2f}s  {rows / report.seconds:9,.0f} rows/s  "
        f"({args.articles / report.seconds:,.0f} articles/s)  "
        f"batch p50 {statistics.median(ms):.0f} ms, max {ms[-1]:.0f} ms"
    )
    print(
        f"reload: {again.seconds:6.2f}s  (same batches again: {added} new append rows; "
        f"derived rows replaced: {again.rows.get('facts', 0)} facts)"
    )
    print(f"file  : {db.stat().st_size / 2**20:.0f} MiB at {db}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
