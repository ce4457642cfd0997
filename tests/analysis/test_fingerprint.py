"""fingerprint(): trafilatura's 64-bit Simhash, computed faster, never a different value."""

from __future__ import annotations

import gzip
import json

from conftest import require_shared
from trafilatura.deduplication import Simhash

from tasks.analysis.fingerprint import MIN_WORDS, distance, fingerprint


def test_the_fingerprint_is_trafilaturas_simhash_on_real_articles() -> None:
    path = require_shared("corpus", "articles-newspaper3k-testdata", "articles.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        texts = [text for line in lines if (text := json.loads(line).get("text"))]
    texts += ["word " * MIN_WORDS, "Überall ist Mañana. " * 30, "。".join(["中文新闻报道"] * 80)]
    checked = [t for t in texts if fingerprint(t) is not None]
    assert len(checked) >= 50
    assert [fingerprint(t) for t in checked] == [Simhash(t, length=64).hash for t in checked]


def test_near_copies_are_close_and_short_bodies_have_none() -> None:
    body = " ".join(f"sentence {i} about the border and the agents who patrol it" for i in range(40))
    assert distance(fingerprint(body) or 0, fingerprint(body + " One more line.") or 0) <= 3
    assert fingerprint("too short to say anything") is None
