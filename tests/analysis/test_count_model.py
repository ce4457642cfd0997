"""The count model's fit (bench/fit_counts.py): how C and the thresholds are chosen, and its reliability table."""

from __future__ import annotations

from collections import Counter

import numpy as np

from bench.fit_counts import choose, combine, cross_validated, emitted, ranking, reliability


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
    assert bands[0.9] == (1.0, 1)  # a, at its best mention (0.9), is right
    assert bands[0.6] == (0.0, 1)  # b is no gold count
    assert bands[0.2] == (1.0, 1)  # c is gold, but only 0.3 sure
    assert bands[0.0] == (0.0, 0)


def test_calibrated_confidence_matches_the_observed_precision_out_of_fold() -> None:
    # 60 articles: a "cue" candidate that is a gold count 9 times in 10, a bare one that never is
    rows = []
    for i in range(60):
        key_cue, key_bare = ("arrests", "people", float(i + 10)), ("arrests", "people", 1000.0 + i)
        gold = Counter([key_cue] if i % 10 else [])
        rows.append({"gold": gold, "keys": [key_cue, key_bare], "features": [{"cue": 1.0}, {"bare": 1.0}]})
    raw = cross_validated(rows, 0.03, calibrate=False)
    cal = cross_validated(rows, 0.03, calibrate=True)
    observed = 0.9
    raw_cue = float(np.mean([p[0] for p in raw]))
    cal_cue = float(np.mean([p[0] for p in cal]))
    assert abs(cal_cue - observed) < 0.05 < abs(raw_cue - observed)  # the strong regularisation shrinks to 0.5
    assert float(np.mean([p[1] for p in cal])) < 0.1


def test_ranking_reads_whether_a_more_confident_emitted_fact_is_more_often_right() -> None:
    a, b, c, d = (("arrests", "people", float(v)) for v in (5, 7, 9, 11))
    rows = [{"gold": Counter([a, c, d]), "keys": [a, a, b, c, d]}]
    ranked = [np.array([0.5, 0.9, 0.6, 0.8, 0.2])]  # d is never emitted (below 0.45); b, the wrong one, is least sure
    conf, hit = emitted(rows, ranked, 0.45)
    assert sorted(zip(conf.tolist(), hit.tolist(), strict=True)) == [(0.6, 0), (0.8, 1), (0.9, 1)]
    auc, loss, flat = ranking(rows, [ranked], 0.45)
    assert auc == 1.0 and loss < flat  # it ranks, and tells more than the emitted facts' precision (2/3)
    inverted = [np.array([0.5, 0.9, 0.95, 0.8, 0.2])]
    auc, loss, flat = ranking(rows, [inverted], 0.45)
    assert auc == 0.0 and loss > flat


def test_a_second_stage_ranks_only_what_the_first_emits_and_never_below_the_threshold() -> None:
    first = np.array([0.1, 0.5, 0.9, 0.44])
    second = np.array([0.99, 0.2, 0.7, 0.99])
    assert combine(first, second, 0.45).tolist() == [0.1, 0.45, 0.7, 0.44]
