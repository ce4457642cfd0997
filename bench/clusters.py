"""Near-duplicate articles in the real corpora: which Hamming threshold makes a copy, and what clustering costs.

Reads every article of ../shared/corpus/articles-*/articles.jsonl.gz with at least MIN_WORDS words,
fingerprints it (tasks/analysis/fingerprint.py), and reports:

* pairs by Hamming distance (all pairs, brute force), each bucket with how many of its pairs share at least
  70% / 30% of their 5-word shingles (Jaccard): a copy shares most of its text, unrelated articles share ~0;
* `--show D`: a seeded sample of pairs at distance D (titles, outlets, URLs, first words) to eyeball;
* the store path end to end: articles loaded into a fresh DuckDB file in batches of `--batch`, each batch
  clustered by tasks/store/clusters.py `assign_clusters`, with the time per article, then a re-run (must
  assign nothing), the clusters of more than one article, and the time of one enforcement_events rebuild.

Run: .venv/bin/python bench/clusters.py [--show 3] [--sample 20]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from dateutil import parser as dateparser  # via pandas/prefect: the corpora write dates in many formats

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tasks.analysis.fingerprint import MAX_DISTANCE, MIN_WORDS, fingerprint  # noqa: E402
from tasks.store.clusters import STORY_WINDOW, assign_clusters, refresh_events  # noqa: E402
from tasks.store.warehouse import connect, migrate  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_WORD = re.compile(r"\w+")


def load_articles() -> list[dict]:
    articles = []
    for path in sorted(CORPUS.glob("articles-*/articles.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if len(_WORD.findall(record.get("text") or "")) >= MIN_WORDS:
                    record["corpus"] = path.parent.name
                    record["published"] = parse_date(record.get("date"))
                    articles.append(record)
    return articles


def parse_date(text: str | None) -> datetime | None:
    try:
        return dateparser.parse(text or "", fuzzy=True, ignoretz=True).replace(tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def close_in_time(a: dict, b: dict) -> bool:
    """What the store also requires of a copy: published within STORY_WINDOW, when both dates are known."""
    if a["published"] is None or b["published"] is None:
        return True
    return abs(a["published"] - b["published"]) <= STORY_WINDOW


def shingles(text: str, k: int = 5) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def share(values: list[float], at_least: float) -> float:
    return sum(v >= at_least for v in values) / max(1, len(values))


def close_pairs(prints: list[int], up_to: int) -> list[tuple[int, int, int]]:
    pairs = []
    for i, a in enumerate(prints):
        for j in range(i + 1, len(prints)):
            bits = (a ^ prints[j]).bit_count()
            if bits <= up_to:
                pairs.append((i, j, bits))
    return pairs


def store_path(articles: list[dict], prints: list[int], batch: int) -> None:
    """Load the articles in batches into a real DuckDB file, clustering after each batch as the loader does."""
    with tempfile.TemporaryDirectory() as tmp, connect(Path(tmp) / "bench.duckdb") as con:
        migrate(con)
        order = sorted(range(len(articles)), key=lambda i: (str(articles[i].get("date") or ""), i))
        elapsed = 0.0
        for start in range(0, len(order), batch):
            rows = [
                (f"a{i:05d}", articles[i].get("url") or f"https://corpus.example/{i}", articles[i])
                for i in order[start : start + batch]
            ]
            con.executemany(
                "INSERT INTO articles (article_id, url, canonical_url, text, published_at) VALUES (?, ?, ?, ?, ?)",
                [(a, u, u, r["text"], r["published"]) for a, u, r in rows],
            )
            started = time.perf_counter()
            assign_clusters(con)
            elapsed += time.perf_counter() - started
        print(
            f"\nstore: {len(articles)} articles in batches of {batch}: assign_clusters "
            f"{elapsed / len(articles) * 1000:.2f} ms/article (fingerprint included), {elapsed:.1f} s in all"
        )
        started = time.perf_counter()
        again = assign_clusters(con)
        print(f"re-run: {again} articles assigned, {time.perf_counter() - started:.3f} s")
        sizes = con.execute(
            "SELECT count(*) FILTER (WHERE n > 1), sum(n) FILTER (WHERE n > 1), count(*), max(n) FROM "
            "(SELECT cluster_id, count(*) AS n FROM story_clusters GROUP BY cluster_id)"
        ).fetchall()[0]
        print(
            f"clusters: {sizes[2]} for {len(articles)} articles; {sizes[0]} of more than one article "
            f"({sizes[1]} articles), the largest {sizes[3]}"
        )
        started = time.perf_counter()
        refresh_events(con)
        print(f"enforcement_events rebuild (no facts loaded here): {time.perf_counter() - started:.3f} s")
        # the brute-force pairs within MAX_DISTANCE must all be in one cluster (banding finds every candidate)
        clusters = dict(con.execute("SELECT article_id, cluster_id FROM story_clusters").fetchall())
    split = sum(
        clusters[f"a{i:05d}"] != clusters[f"a{j:05d}"]
        for i, j, _ in close_pairs(prints, MAX_DISTANCE)
        if close_in_time(articles[i], articles[j])
    )
    print(f"pairs within {MAX_DISTANCE} bits and {STORY_WINDOW.days} days in different clusters: {split}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, action="append", default=[], help="print sample pairs at this distance")
    parser.add_argument("--sample", type=int, default=20, help="pairs shown per --show distance")
    parser.add_argument("--max-bits", type=int, default=8, help="report pairs up to this distance")
    parser.add_argument("--batch", type=int, default=50, help="articles per load in the store path")
    args = parser.parse_args(argv)

    articles = load_articles()
    started = time.perf_counter()
    prints = [fingerprint(a["text"]) for a in articles]
    per_article = (time.perf_counter() - started) / len(articles) * 1000
    print(f"{len(articles)} articles with >= {MIN_WORDS} words; fingerprint {per_article:.2f} ms/article")

    pairs = close_pairs(prints, args.max_bits)
    cache: dict[int, set[str]] = {}

    def sh(i: int) -> set[str]:
        if i not in cache:
            cache[i] = shingles(articles[i]["text"])
        return cache[i]

    print(f"\n{'bits':>4} {'pairs':>6} {'J>=0.7':>7} {'J>=0.3':>7} | {'dated close':>11} {'J>=0.7':>7} {'cum':>6}")
    cumulative = 0
    for bits in range(args.max_bits + 1):
        at = [(i, j) for i, j, d in pairs if d == bits]
        js = [jaccard(sh(i), sh(j)) for i, j in at]
        near = [x for (i, j), x in zip(at, js, strict=True) if close_in_time(articles[i], articles[j])]
        cumulative += len(near)
        print(
            f"{bits:>4} {len(at):>6} {share(js, 0.7):>7.2f} {share(js, 0.3):>7.2f} | "
            f"{len(near):>11} {share(near, 0.7):>7.2f} {cumulative:>6}"
        )

    for bits in args.show:  # the pairs the store would join: published within STORY_WINDOW, or undated
        at = [(i, j) for i, j, d in pairs if d == bits and close_in_time(articles[i], articles[j])]
        random.Random(bits).shuffle(at)
        shown = min(args.sample, len(at))
        print(f"\n--- {shown} of {len(at)} pairs at {bits} bits, published within {STORY_WINDOW.days} days or undated")
        for n, (i, j) in enumerate(at[: args.sample], 1):
            print(f"[{n}] J={jaccard(sh(i), sh(j)):.2f}")
            for k in (i, j):
                a = articles[k]
                print(
                    f"    {a['corpus'][9:]:<24} {str(a.get('source'))[:22]:<22} {str(a.get('date'))[:10]:<10} "
                    f"{a['title'][:70]!r}  {' '.join(a['text'].split())[:90]!r}"
                )

    store_path(articles, prints, args.batch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
