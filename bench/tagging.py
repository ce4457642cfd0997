"""Tagging quality and speed on the labelled development set (../shared/gold/labels-dev.jsonl).

    .venv/bin/python bench/tagging.py [--shared ../shared] [--features]
    .venv/bin/python bench/tagging.py --cv [bench/fit_tagger.py options ...]

Prints precision/recall the way ../shared/gold/score.py counts them (`tagging` = sample 1,
`tagging_all` = all samples, `samples 3-4` = the rounds drawn with a looser filter; ambiguous items left
out) for the whole dev set, the work part, the check part and the check part's rounds 3-4 (bench/devset.py
`is_check`), milliseconds per article, and every misclassified WORK-part id with the labeller's `why`, to
study. The check part is printed in aggregate only: never study it case by case. Reads ../shared in place.
Work-part figures are resubstitution figures (tag.py's weights were fitted on the work part); `--cv` runs
bench/fit_tagger.py instead: repeated stratified k-fold cross-validation of the fitting procedure on the
work part. The check part's figures are the ones to expect on unseen articles.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR))

from bench.devset import is_check, labelled_articles  # noqa: E402
from tasks.analysis.tag import _analyse, tag_article  # noqa: E402


def precision_recall(rows: Iterable[dict], predicted: dict[str, bool]) -> tuple[float, float, int, int, int]:
    """(precision, recall, tp, predicted, gold) over non-ambiguous rows, as score.py counts them."""
    tp = n_pred = n_gold = 0
    for row in rows:
        if row.get("ambiguous"):
            continue
        gold = row["label"] == "enforcement"
        pred = predicted[row["id"]]
        tp += gold and pred
        n_pred += pred
        n_gold += gold
    return (tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0, tp, n_pred, n_gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO_DIR.parent / "shared")
    parser.add_argument("--features", action="store_true", help="print the features of each misclassified article")
    parser.add_argument("--cv", action="store_true", help="cross-validate the fit (bench/fit_tagger.py)")
    args, rest = parser.parse_known_args(argv)
    if args.cv:
        from bench.fit_tagger import main as fit_main

        return fit_main(["--shared", str(args.shared), *rest])
    if rest:
        parser.error(f"unrecognised arguments: {' '.join(rest)}")

    rows = labelled_articles(args.shared)
    results = {}
    tag_article(rows[0]["title"], rows[0]["text"])  # warm-up: first-call costs are not per-article costs
    start = time.perf_counter()
    for row in rows:
        results[row["id"]] = tag_article(row["title"], row["text"])
    elapsed_ms = (time.perf_counter() - start) * 1000
    predicted = {i: r.is_enforcement for i, r in results.items()}

    parts = {
        "all": rows,
        "work": [r for r in rows if not is_check(r["id"])],
        "check": [r for r in rows if is_check(r["id"])],
        "check-new": [r for r in rows if is_check(r["id"]) and r["sample"] in (3, 4)],
    }
    for part, part_rows in parts.items():
        print(f"-- {part} part")
        for name, samples in (("tagging (sample 1)", {1}), ("tagging_all", {1, 2, 3, 4}), ("samples 3-4", {3, 4})):
            subset = [r for r in part_rows if r["sample"] in samples]
            if not any(r["sample"] == 1 for r in subset) and name == "tagging (sample 1)":
                continue
            p, r, tp, n_pred, n_gold = precision_recall(subset, predicted)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"   {name:20s} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  (tp {tp}, predicted {n_pred}, gold {n_gold})")
    print(f"speed                {elapsed_ms / len(rows):.2f} ms per article ({len(rows)} articles)")

    print("\nmisclassified in the WORK part (ambiguous ones marked ~; the check part is never listed):")
    for row in sorted(parts["work"], key=lambda r: (r["ambiguous"], r["label"], r["id"])):
        result = results[row["id"]]
        if result.is_enforcement == (row["label"] == "enforcement"):
            continue
        mark = "~" if row["ambiguous"] else " "
        kind = "FN" if result.is_enforcement is False else "FP"
        why = row["why"][:100]
        print(f"{mark}{kind} s{row['sample']} {result.score:.2f} {row['id']} [{row['label']}] {why}")
        if args.features:
            features = _analyse(row["title"], row["text"]).features
            print("      " + "  ".join(f"{k}={v:.2f}" for k, v in features.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
