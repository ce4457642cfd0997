"""Issue #3's speed claim: "tagging plus facts costs well under the extraction of the same page".

    .venv/bin/python bench/analysis_cost.py [--articles 400] [--no-gold]

On the real pages bench/pipeline.py serves (../shared/corpus: newspaper3k, readability and
article-extraction-benchmark pages with their original HTML), one process, one page at a time:

- extraction: `tasks.extract.extract_article` (trafilatura with metadata and htmldate) on the page bytes;
- analysis: `tasks.analysis.analyze.analyze` on the extracted title and text, exactly as the pipeline calls it
  (tagging, then facts/quotes/mentions only when the story is tagged enforcement);
- forced facts: `tag_article` + `extract_facts` on every page, as if each were an enforcement story
  (the worst case for the claim, since most of these pages are not about enforcement).

Prints ms per article p50/p95/mean for each, the ratio analysis/extraction (of means, of medians, and per
page p50/p95/max), and whether the claim holds ("well under": mean and p95-per-page ratio below 0.5).
With gold texts (default), it also times `analyze` on the labelled enforcement stories of
../shared/gold/labels-dev.jsonl (text only, no HTML), where facts really run, against page extraction.
One-off warm-up costs (first extraction, the gazetteer load on the first analysis) are printed apart.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
for _path in (REPO_DIR, BENCH_DIR):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from pipeline import SHARED_CORPUS, load_pages, percentile  # noqa: E402

GOLD_LABELS = SHARED_CORPUS.parent / "gold" / "labels-dev.jsonl"
#: the captures are old pages; a fixed fetch time keeps htmldate's cap (and so results) reproducible
FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)
PLACEHOLDER_URL = "https://example.org/article"
#: "well under": analysis at most half of extraction, on the mean and on the 95th-percentile page
WELL_UNDER = 0.5


def timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    result = fn(*args)
    return result, 1000 * (time.perf_counter() - started)


def summary(label: str, values: Sequence[float], unit: str = "ms/article") -> str:
    if not values:
        return f"  {label:<34} (none)"
    return (
        f"  {label:<34} p50 {statistics.median(values):7.2f}  p95 {percentile(values, 95):7.2f}  "
        f"mean {statistics.fmean(values):7.2f} {unit}  (n={len(values)})"
    )


def gold_enforcement_texts(limit: int | None) -> list[tuple[str, str, date | None]]:
    """(title, text, published) of the dev set's enforcement stories, from their corpus folders."""
    if not GOLD_LABELS.is_file():
        return []
    wanted: dict[str, set[str]] = {}
    for line in GOLD_LABELS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("label") == "enforcement":
            wanted.setdefault(row["corpus"], set()).add(row["id"])
    out = []
    for corpus, ids in sorted(wanted.items()):
        path = SHARED_CORPUS / corpus / "articles.jsonl.gz"
        if not path.is_file():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                if row["id"] in ids and row.get("text"):
                    try:
                        published = date.fromisoformat(str(row.get("date") or "")[:10])
                    except ValueError:
                        published = None
                    out.append((row.get("title") or "", row["text"], published))
    return out[:limit] if limit is not None else out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=400, help="pages to time (at most the corpus: ~380)")
    parser.add_argument("--no-gold", action="store_true", help="skip the labelled enforcement stories")
    args = parser.parse_args(argv)

    from tasks.analysis.analyze import analyze
    from tasks.analysis.facts import extract_facts
    from tasks.analysis.tag import tag_article
    from tasks.extract import extract_article

    pages = load_pages(args.articles)
    if not pages:
        print(f"no pages under {SHARED_CORPUS}", file=sys.stderr)
        return 2

    # warm-up, reported apart: lazy imports and compiled patterns on the first extraction, gazetteer on analysis
    first, warm_extract_ms = timed(extract_article, pages[0].html, pages[0].url or PLACEHOLDER_URL, FETCHED_AT)
    warm_text = first.text if first is not None else "ICE agents arrested 12 people in Chicago on Tuesday."
    _, warm_analyze_ms = timed(extract_facts, "warm-up", warm_text, None)
    tag_article("warm-up", warm_text)
    print(
        f"{len(pages)} real pages; warm-up (not counted): first extraction {warm_extract_ms:.0f} ms, "
        f"first facts call {warm_analyze_ms:.0f} ms"
    )

    extract_ms: list[float] = []
    analyze_ms: list[float] = []
    tag_ms: list[float] = []
    forced_ms: list[float] = []
    per_page_ratio: list[float] = []
    forced_ratio: list[float] = []
    enforcement_pages = failures = 0
    for page in pages:
        article, ms = timed(extract_article, page.html, page.url or PLACEHOLDER_URL, FETCHED_AT)
        if article is None:
            failures += 1
            continue
        title = article.title or page.title or ""
        published = article.published_at.date() if article.published_at else None
        analysis, a_ms = timed(analyze, title, article.text, published)
        _, t_ms = timed(tag_article, title, article.text)
        _, f_ms = timed(extract_facts, title, article.text, published)
        extract_ms.append(ms)
        analyze_ms.append(a_ms)
        tag_ms.append(t_ms)
        forced_ms.append(t_ms + f_ms)
        per_page_ratio.append(a_ms / ms)
        forced_ratio.append((t_ms + f_ms) / ms)
        enforcement_pages += analysis.tag.is_enforcement

    print(f"extracted {len(extract_ms)} pages ({failures} without a body), {enforcement_pages} tagged enforcement")
    print(summary("extraction (trafilatura)", extract_ms))
    print(summary("analysis (tasks.analysis.analyze.analyze)", analyze_ms))
    print(summary("  of which tagging alone", tag_ms))
    print(summary("tag + facts forced, every page", forced_ms))
    if not extract_ms:
        return 1
    mean_ratio = statistics.fmean(analyze_ms) / statistics.fmean(extract_ms)
    median_ratio = statistics.median(analyze_ms) / statistics.median(extract_ms)
    forced_mean_ratio = statistics.fmean(forced_ms) / statistics.fmean(extract_ms)
    print(
        f"ratio analysis/extraction: of means {mean_ratio:.3f}, of medians {median_ratio:.3f}, per page "
        f"p50 {statistics.median(per_page_ratio):.3f} p95 {percentile(per_page_ratio, 95):.3f} "
        f"max {max(per_page_ratio):.3f}"
    )
    print(
        f"ratio forced (tag + facts)/extraction: of means {forced_mean_ratio:.3f}, per page "
        f"p50 {statistics.median(forced_ratio):.3f} p95 {percentile(forced_ratio, 95):.3f} max {max(forced_ratio):.3f}"
    )
    holds = mean_ratio < WELL_UNDER and percentile(per_page_ratio, 95) < WELL_UNDER
    holds_forced = forced_mean_ratio < WELL_UNDER and percentile(forced_ratio, 95) < WELL_UNDER
    print(
        f"issue #3 claim (analysis < {WELL_UNDER:g} x extraction on the mean and the p95 page): "
        f"{'HOLDS' if holds else 'DOES NOT HOLD'} as the pipeline runs; "
        f"{'holds' if holds_forced else 'does not hold'} if every page were an enforcement story"
    )

    if not args.no_gold:
        gold = gold_enforcement_texts(args.articles)
        gold_ms, gold_facts = [], 0
        for title, text, published in gold:
            analysis, ms = timed(analyze, title, text, published)
            gold_ms.append(ms)
            gold_facts += len(analysis.facts)
        if gold_ms:
            print(f"gold enforcement stories (labels-dev, text only, facts run): {len(gold_ms)}, {gold_facts} facts")
            print(summary("analysis, enforcement stories", gold_ms))
            print(
                "ratio enforcement-story analysis / page extraction: of means "
                f"{statistics.fmean(gold_ms) / statistics.fmean(extract_ms):.3f}, of medians "
                f"{statistics.median(gold_ms) / statistics.median(extract_ms):.3f}, "
                f"p95/p95 {percentile(gold_ms, 95) / percentile(extract_ms, 95):.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
