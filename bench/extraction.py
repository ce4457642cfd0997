"""Extraction quality and speed on the shared ground-truth corpora (issue #2).

    .venv/bin/python bench/extraction.py [--workers 2] [--worst 5]

Prints, per corpus: mean/median similarity to the expected text, ms per page (p50/p95, one process),
pages/s through `extract_many` with N workers, and the worst pages. tests/test_extract.py pins floors
on the same measure.

Similarity is bag-of-words token F1: both texts are lowercased and split into words
(`tasks.extract.words`: runs of `\\w`, each CJK character a word of its own); precision and recall
count the multiset overlap. It ignores whitespace, block joins and paragraph order, which differ
between extractors and references without changing what was extracted, yet it still charges both
missing body text (recall) and kept boilerplate (precision).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from schemas.records import ExtractedArticle, PageToExtract
from tasks.extract import EXTRACTOR, extract_article, extract_many, words

SHARED_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
READABILITY = "articles-readability-testpages"
AEB = "article-extraction-benchmark"
#: the corpora are captures of past pages; a fixed fetch time keeps dates (and so results) reproducible
FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)
#: readability's fixtures carry no URL; trafilatura only uses it for metadata fallbacks
PLACEHOLDER_URL = "https://example.org/article"


@dataclass(frozen=True)
class Case:
    """One page with the article text a person judged to be its body."""

    corpus: str
    id: str
    page: PageToExtract
    expected: str


def load_readability(root: Path) -> list[Case]:
    """Mozilla Readability's news test pages: `text` is their expected.html as plain text."""
    cases = []
    with gzip.open(root / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if not row.get("html_path") or not row.get("text"):
                continue
            html = (root / row["html_path"]).read_bytes()
            page = PageToExtract(row.get("url") or PLACEHOLDER_URL, html, FETCHED_AT)
            cases.append(Case(READABILITY, row["id"], page, row["text"]))
    return cases


def load_aeb(root: Path) -> list[Case]:
    """Scrapinghub's article-extraction-benchmark: gzip pages (UTF-8) and `articleBody` ground truth."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    cases = []
    for item_id, item in sorted(truth.items()):
        html = gzip.decompress((root / "html" / f"{item_id}.html.gz").read_bytes())
        page = PageToExtract(item["url"], html, FETCHED_AT, encoding="utf-8")
        cases.append(Case(AEB, item_id, page, item["articleBody"]))
    return cases


def tokens(text: str) -> list[str]:
    return words(text.lower())


def token_f1(predicted: str, expected: str) -> float:
    """Bag-of-words F1 of extracted vs expected text (see the module docstring); 0 if either is empty."""
    pred, true = Counter(tokens(predicted)), Counter(tokens(expected))
    overlap = sum((pred & true).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(true.values())
    return 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class Score:
    case: Case
    f1: float
    outcome: str  # "ok" or the ExtractionFailure reason


def score_all(cases: list[Case], timeout_s: float, workers: int) -> tuple[list[Score], float]:
    """Run `extract_many` over the cases; return a score per case and the wall time in seconds."""
    started = time.perf_counter()
    results = extract_many([c.page for c in cases], timeout_s=timeout_s, workers=workers)
    wall = time.perf_counter() - started
    scores = []
    for case, result in zip(cases, results, strict=True):
        if isinstance(result, ExtractedArticle):
            scores.append(Score(case, token_f1(result.text, case.expected), "ok"))
        else:
            scores.append(Score(case, 0.0, result.reason))
    return scores, wall


def time_serial(cases: list[Case]) -> list[float]:
    """Milliseconds per page for `extract_article` in this process (no pool overhead)."""
    timings = []
    for case in cases:
        started = time.perf_counter()
        extract_article(case.page.html, case.page.url, case.page.fetched_at, case.page.encoding)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=20.0, help="per-page time limit, seconds")
    parser.add_argument("--worst", type=int, default=5, help="how many worst pages to list per corpus")
    args = parser.parse_args(argv)

    corpora = {READABILITY: load_readability(SHARED_CORPUS / READABILITY), AEB: load_aeb(SHARED_CORPUS / AEB)}
    print(f"{EXTRACTOR}; similarity = bag-of-words token F1; {args.workers} workers")
    for name, cases in corpora.items():
        scores, wall = score_all(cases, args.timeout, args.workers)
        timings = time_serial(cases)
        f1s = [s.f1 for s in scores]
        failures = Counter(s.outcome for s in scores if s.outcome != "ok")
        print(f"\n{name}: {len(cases)} pages")
        print(f"  similarity  mean {statistics.mean(f1s):.3f}  median {statistics.median(f1s):.3f}")
        print(f"  pages with F1 >= 0.8: {sum(f >= 0.8 for f in f1s) / len(f1s):.0%}; failures: {dict(failures)}")
        p50, p95 = _percentile(timings, 0.5), _percentile(timings, 0.95)
        print(f"  ms/page (1 process)  p50 {p50:.0f}  p95 {p95:.0f}")
        print(f"  extract_many: {len(cases) / wall:.1f} pages/s with {args.workers} workers ({wall:.1f} s)")
        for score in sorted(scores, key=lambda s: s.f1)[: args.worst]:
            print(f"  worst: {score.f1:.3f} {score.outcome:<8} {score.case.id} {score.case.page.url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
