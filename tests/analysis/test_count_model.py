"""The count model's fit (bench/fit_counts.py): how C and the thresholds are chosen, and its reliability table."""

from __future__ import annotations

from collections import Counter

import numpy as np

from bench.fit_counts import choose, reliability


def test_choose_keeps_the_stored_threshold_on_a_plateau_else_the_most_precise() -> None:
    table = {
        0.3: np.array([0.80, 0.90, 0.847]),
        0.45: np.array([0.85, 0.852, 0.851]),
        0.5: np.array([0.90, 0.81, 0.8526]),
        0.7: np.array([0.95, 0.60, 0.735]),
    }
    assert choose(table, keep=0.45)[0] == 0.45  # within 0.002 of the best: the views' threshold stays
    assert choose(table, keep=0.3)[0] == 0.5  # off the plateau: the most precise threshold on it
    assert choose(table)[0] == 0.5


def test_reliability_counts_one_fact_per_key_at_its_best_mention() -> None:
    a, b, c = ("arrests", "people", 5.0), ("arrests", "people", 7.0), ("deaths_in_custody", "people", 3.0)
    rows = [{"gold": Counter([a, c]), "keys": [a, a, b, c]}]
    probs = [np.array([0.1, 0.9, 0.7, 0.3])]
    bands = {lo: (prec, n) for lo, _mean, prec, n in reliability(rows, [probs])}
    assert bands[0.8] == (1.0, 1)  # a, at its best mention (0.9), is right
    assert bands[0.6] == (0.0, 1)  # b is no gold count
    assert bands[0.2] == (1.0, 1)  # c is gold, but only 0.3 sure
    assert bands[0.0] == (0.0, 0)
