"""The learned decision on top of candidate counts: a logistic regression over structural features.

`tasks.analysis.counts` finds candidates (a number, its counted noun phrase, its governing predicate,
its frame) and names their features; this module turns features into a confidence (0-1) with the
weights in `count_weights.json`, fitted by `bench/fit_counts.py` on the work part of the dev set and the
invented probe stories the file names. The stored weights carry a Platt calibration (fitted out of fold on the
work articles only, folded into weights and intercept), so a confidence reads as the precision observed at it
on real text of the work part. Reading the weights needs no scikit-learn:
the product only multiplies and adds.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WEIGHTS_PATH = Path(__file__).with_name("count_weights.json")


@dataclass(frozen=True)
class CountModel:
    """Weights by feature name, the intercept, and the two thresholds the fit chose."""

    intercept: float
    weights: dict[str, float]
    emit_at: float  # a candidate at or above this is a fact (best cross-validated F1)
    confident_at: float  # the analyst views show facts at or above this (best cross-validated F0.5)

    def confidence(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-z))


@cache
def count_model(path: Path = WEIGHTS_PATH) -> CountModel:
    """The stored model (read once)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return CountModel(
        intercept=float(data["intercept"]),
        weights={k: float(v) for k, v in data["weights"].items()},
        emit_at=float(data["emit_at"]),
        confident_at=float(data["confident_at"]),
    )
