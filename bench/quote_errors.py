"""Quote errors of the WORK part only, to study (issue #7): the check part is never listed.

    .venv/bin/python bench/quote_errors.py [--shared ../shared] [--kind missed|wrong|spurious] [--limit 40]
    .venv/bin/python bench/quote_errors.py --calibrate

Runs tasks.analysis.quotes.find_quotes on every work-part article of ../shared/gold/facts-dev.jsonl and
matches quotes as score.py does. Each gold quote is "found", "wrong" (a predicted quote overlaps its text
but names another speaker) or "missed"; each unmatched prediction that overlaps no gold text is
"spurious". Prints the totals, then the listed kind with the paragraph around each quotation.
`--calibrate` prints, per attribution sieve, how many work-part predictions match a gold quote and the
smoothed precision (right + 1) / (n + 2) that tasks/analysis/quotes.py keeps as SIEVE_CONFIDENCE.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.devset import gold_fact_articles, is_check  # noqa: E402
from bench.entities import load_scorer  # noqa: E402
from tasks.analysis.quotes import attributed_quotes, find_quotes  # noqa: E402


def paragraph_of(text: str, words: str) -> str:
    """The paragraph holding the first 30 characters of `words`, with the one before it."""
    at = text.find(words[:30])
    if at < 0:
        return "(not found verbatim)"
    start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, at) - 1)) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)][-700:]


def calibrate(shared: Path, score) -> int:
    """Per sieve: predictions, those matching a gold quote (speaker and words), smoothed precision."""
    tally: dict[str, list[int]] = {}
    for row in gold_fact_articles(shared):
        if is_check(row["id"]):
            continue
        gold = row.get("quotes") or []
        for quote, sieve in attributed_quotes(row["text"]):
            right = score.match_quotes(gold, [{"speaker": quote.speaker, "text": quote.text}])
            counts = tally.setdefault(sieve, [0, 0])
            counts[0] += right
            counts[1] += 1
    for sieve, (right, n) in sorted(tally.items(), key=lambda kv: -kv[1][1]):
        print(f"    {sieve!r}: {(right + 1) / (n + 2):.2f},  # {right} of {n}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--kind", choices=("missed", "wrong", "spurious"), default="missed")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--calibrate", action="store_true", help="per-sieve precision on the work part")
    a = ap.parse_args(argv)
    score = load_scorer(a.shared)
    if a.calibrate:
        return calibrate(a.shared, score)

    totals = {"found": 0, "wrong": 0, "missed": 0, "spurious": 0}
    listed: list[str] = []
    for row in gold_fact_articles(a.shared):
        if is_check(row["id"]):
            continue
        text = row["text"]
        pred = [{"speaker": q.speaker, "text": q.text, "conf": q.confidence} for q in find_quotes(text)]
        used: set[int] = set()
        for g in row.get("quotes") or []:
            hit = next(
                (j for j, p in enumerate(pred) if j not in used and score.match_quotes([g], [p])),
                None,
            )
            if hit is not None:
                used.add(hit)
                totals["found"] += 1
                continue
            near = [p for p in pred if score.quote_overlap(g["text"], p["text"])]
            kind = "wrong" if near else "missed"
            totals[kind] += 1
            if kind == a.kind:
                got = f" got {near[0]['speaker']!r}" if near else ""
                listed.append(
                    f"{row['id']} gold {g['speaker']!r}{got}: {g['text'][:80]!r}\n    {paragraph_of(text, g['text'])!r}"
                )
        for j, p in enumerate(pred):
            if j in used or any(score.quote_overlap(g["text"], p["text"]) for g in row.get("quotes") or []):
                continue
            totals["spurious"] += 1
            if a.kind == "spurious":
                listed.append(
                    f"{row['id']} {p['speaker']!r} ({p['conf']:.2f}): {p['text'][:80]!r}\n"
                    f"    {paragraph_of(text, p['text'])!r}"
                )
    print(" ".join(f"{k} {v}" for k, v in totals.items()))
    for item in listed[: a.limit]:
        print(item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
