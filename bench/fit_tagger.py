"""Fit the tagger's logistic weights and threshold, and cross-validate the whole fitting procedure.

    .venv/bin/python bench/fit_tagger.py [--shared ../shared] [--folds 5] [--repeats 20] [--l2 3.0]
                                         [--beta 0.6] [--drop FEATURE ...] [--seed 0]

The features are whatever `tasks.analysis.tag._analyse` computes for each dev article (../shared/gold/labels-dev.jsonl,
read in place). Ambiguous articles are left out of fitting and of scoring, as score.py leaves them out.

The procedure that is cross-validated is exactly the one that produced tag.py's constants:

1. Standardise each feature (mean 0, sd 1 on the training rows) and fit an L2-regularised logistic
   regression (penalty `--l2` on the standardised weights, none on the bias) by Newton's method, in plain
   Python (no numpy). Weights are mapped back to the raw feature scale, as tag.py uses them.
2. Pick the threshold on the training rows only: each training row gets an out-of-fold score from an
   inner `--folds`-fold fit, and the threshold maximising F-beta (`--beta` < 1 favours precision) on the
   *sample-1* training rows wins (sample 1 looks like a news stream; sample 2 is mostly enforcement).
3. Score the held-out fold with those weights and that threshold.

Repeated stratified k-fold (strata: sample x enforcement): the out-of-fold predictions of one repeat cover
every dev article once, so each repeat yields one dev-sized precision/recall, like the held-out half's. The
script prints their mean and min (and max) for sample 1 (`tagging`) and for both samples (`tagging_all`),
then the weights and threshold fitted on all dev rows, to paste into tasks/analysis/tag.py, and their in-sample
figures.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR))

from bench.devset import labelled_articles  # noqa: E402
from tasks.analysis import tag  # noqa: E402
from tasks.analysis.tag import _analyse  # noqa: E402

Model = tuple[list[float], float]  # raw-scale weights, bias


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b (a small symmetric positive-definite system) by Gaussian elimination with pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit_logistic(x: list[list[float]], y: list[int], l2: float, iterations: int = 30) -> Model:
    """L2-regularised logistic regression on standardised features by Newton's method; raw-scale model."""
    d = len(x[0])
    means = [statistics.fmean(row[j] for row in x) for j in range(d)]
    sds = [statistics.pstdev([row[j] for row in x]) or 1.0 for j in range(d)]
    z = [[1.0] + [(row[j] - means[j]) / sds[j] for j in range(d)] for row in x]
    w = [0.0] * (d + 1)  # w[0] is the bias
    for _ in range(iterations):
        grad = [0.0] * (d + 1)
        hess = [[0.0] * (d + 1) for _ in range(d + 1)]
        for zi, yi in zip(z, y, strict=True):
            p = _sigmoid(sum(a * b for a, b in zip(w, zi, strict=True)))
            s = p * (1 - p)
            for j in range(d + 1):
                grad[j] += (p - yi) * zi[j]
                sj = s * zi[j]
                row = hess[j]
                for k in range(j, d + 1):
                    row[k] += sj * zi[k]
        for j in range(1, d + 1):
            grad[j] += l2 * w[j]
            hess[j][j] += l2
        hess[0][0] += 1e-9
        for j in range(d + 1):
            for k in range(j):
                hess[j][k] = hess[k][j]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    weights = [w[j + 1] / sds[j] for j in range(d)]
    bias = w[0] - sum(weights[j] * means[j] for j in range(d))
    return weights, bias


def predict(model: Model, row: list[float]) -> float:
    weights, bias = model
    return _sigmoid(bias + sum(a * b for a, b in zip(weights, row, strict=True)))


def choose_threshold(scores: list[float], gold: list[bool], beta: float) -> float:
    """The threshold maximising F-beta; among equal ones, the middle of the best run of candidates."""
    candidates = [t / 100 for t in range(5, 96)]
    best, best_ts = -1.0, [0.5]
    for t in candidates:
        tp = sum(s >= t and g for s, g in zip(scores, gold, strict=True))
        n_pred = sum(s >= t for s in scores)
        n_gold = sum(gold)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0
        if f > best + 1e-12:
            best, best_ts = f, [t]
        elif abs(f - best) <= 1e-12 and best_ts and abs(best_ts[-1] - (t - 0.01)) < 1e-9:
            best_ts.append(t)
    return best_ts[len(best_ts) // 2]


def stratified_folds(strata: list[tuple], k: int, rng: random.Random) -> list[int]:
    """A fold number per row, each stratum dealt round-robin over the folds after shuffling."""
    fold = [0] * len(strata)
    groups: dict[tuple, list[int]] = {}
    for i, s in enumerate(strata):
        groups.setdefault(s, []).append(i)
    offset = 0
    for key in sorted(groups):
        members = groups[key]
        rng.shuffle(members)
        for n, i in enumerate(members):
            fold[i] = (n + offset) % k
        offset += len(members)
    return fold


def fit_procedure(
    x: list[list[float]], y: list[int], sample1: list[bool], l2: float, beta: float, k: int, rng: random.Random
) -> tuple[Model, float]:
    """Weights on all given rows; threshold from inner out-of-fold scores on their sample-1 rows."""
    model = fit_logistic(x, y, l2)
    folds = stratified_folds(list(zip(sample1, y, strict=True)), k, rng)
    oof = [0.0] * len(y)
    for f in range(k):
        train = [i for i in range(len(y)) if folds[i] != f]
        inner = fit_logistic([x[i] for i in train], [y[i] for i in train], l2)
        for i in range(len(y)):
            if folds[i] == f:
                oof[i] = predict(inner, x[i])
    s1 = [i for i in range(len(y)) if sample1[i]]
    return model, choose_threshold([oof[i] for i in s1], [bool(y[i]) for i in s1], beta)


def precision_recall(pred: list[bool], gold: list[bool]) -> tuple[float, float]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    return (tp / sum(pred) if sum(pred) else 0.0, tp / sum(gold) if sum(gold) else 0.0)


def load_features(shared: Path, drop: set[str]) -> tuple[list[str], list[list[float]], list[int], list[bool], list]:
    rows = [r for r in labelled_articles(shared) if not r["ambiguous"]]
    feats = [_analyse(r["title"], r["text"]).features for r in rows]
    names = [n for n in feats[0] if n not in drop]
    x = [[f[n] for n in names] for f in feats]
    y = [int(r["label"] == "enforcement") for r in rows]
    sample1 = [r["sample"] == 1 for r in rows]
    return names, x, y, sample1, rows


def cross_validate(
    x: list[list[float]], y: list[int], sample1: list[bool], l2: float, beta: float, k: int, repeats: int, seed: int
) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"p1": [], "r1": [], "p": [], "r": [], "t": [], "wrong": [0.0] * len(y)}
    rng = random.Random(seed)
    for _ in range(repeats):
        folds = stratified_folds(list(zip(sample1, y, strict=True)), k, rng)
        pred = [False] * len(y)
        for f in range(k):
            train = [i for i in range(len(y)) if folds[i] != f]
            model, threshold = fit_procedure(
                [x[i] for i in train], [y[i] for i in train], [sample1[i] for i in train], l2, beta, k, rng
            )
            out["t"].append(threshold)
            for i in range(len(y)):
                if folds[i] == f:
                    pred[i] = predict(model, x[i]) >= threshold
        gold = [bool(v) for v in y]
        for i in range(len(y)):
            out["wrong"][i] += (pred[i] != gold[i]) / repeats
        s1 = [i for i in range(len(y)) if sample1[i]]
        p1, r1 = precision_recall([pred[i] for i in s1], [gold[i] for i in s1])
        p, r = precision_recall(pred, gold)
        out["p1"].append(p1)
        out["r1"].append(r1)
        out["p"].append(p)
        out["r"].append(r)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO_DIR.parent / "shared")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--l2", type=float, default=3.0, help="L2 penalty on standardised weights")
    parser.add_argument("--beta", type=float, default=0.6, help="F-beta for the threshold (< 1: precision)")
    parser.add_argument("--drop", nargs="*", default=[], help="features to leave out")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--errors", action="store_true", help="list articles misclassified in CV, to study")
    args = parser.parse_args(argv)

    names, x, y, sample1, rows = load_features(args.shared, set(args.drop))
    print(f"{len(y)} non-ambiguous dev articles ({sum(sample1)} in sample 1), {len(names)} features")
    cv = cross_validate(x, y, sample1, args.l2, args.beta, args.folds, args.repeats, args.seed)
    print(f"CV {args.repeats} x {args.folds}-fold, l2 {args.l2}, beta {args.beta}:")
    for label, p, r in (("tagging (sample 1)", "p1", "r1"), ("tagging_all", "p", "r")):
        print(
            f"  {label:20s} P mean {statistics.fmean(cv[p]):.3f} min {min(cv[p]):.3f} max {max(cv[p]):.3f}"
            f"   R mean {statistics.fmean(cv[r]):.3f} min {min(cv[r]):.3f} max {max(cv[r]):.3f}"
        )
    if args.errors:
        print("  misclassified in CV (share of repeats):")
        for i in sorted(range(len(y)), key=lambda i: (-cv["wrong"][i], rows[i]["id"])):
            if cv["wrong"][i] >= 0.2:
                kind = "FN" if y[i] else "FP"
                row = rows[i]
                print(f"   {cv['wrong'][i]:.1f} {kind} s{row['sample']} {row['id']} [{row['label']}] {row['why'][:90]}")
    ts = sorted(cv["t"])
    print(f"  thresholds chosen on training folds: median {statistics.median(ts):.2f} ({ts[0]:.2f}-{ts[-1]:.2f})")

    model, threshold = fit_procedure(x, y, sample1, args.l2, args.beta, args.folds, random.Random(args.seed))
    weights, bias = model
    print("\nfitted on all non-ambiguous dev rows (paste into tasks/analysis/tag.py):")
    for name, w in zip(names, weights, strict=True):
        print(f'    "{name}": {w:.2f},')
    print(f"BIAS = {bias:.2f}\nTHRESHOLD = {threshold:.2f}")
    fitted = {n: round(w, 2) for n, w in zip(names, weights, strict=True)}
    same = fitted == tag.WEIGHTS and round(bias, 2) == tag.BIAS and round(threshold, 2) == tag.THRESHOLD
    print(f"tasks/analysis/tag.py constants {'match' if same else 'DIFFER from'} this fit")
    pred = [predict(model, row) >= threshold for row in x]
    gold = [bool(v) for v in y]
    s1 = [i for i in range(len(y)) if sample1[i]]
    p1, r1 = precision_recall([pred[i] for i in s1], [gold[i] for i in s1])
    p, r = precision_recall(pred, gold)
    print(f"in-sample (unrounded): sample 1 P {p1:.3f} R {r1:.3f}; all P {p:.3f} R {r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
