"""The count model's fit (bench/fit_counts.py): how C and the thresholds are chosen, and its reliability table."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from bench.fit_counts import (
    choose,
    combine,
    cross_validated,
    emitted,
    fit,
    load_extra,
    main,
    overrules,
    part,
    ranking,
    reliability,
    score,
)


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


def test_overrules_counts_the_models_drops_and_rescues_of_the_rules_verdicts_by_whether_they_were_right() -> None:
    a, b, c, d = (("arrests", "people", float(v)) for v in (5, 7, 9, 11))
    accepted, trapped = {"accepted": 1.0}, {"accepted": 0.0}
    rows = [
        {
            "gold": Counter([a, c]),
            "keys": [a, b, c, d, d],
            "features": [accepted, accepted, trapped, trapped, accepted],
        }
    ]
    # a (gold) and b (not) accepted but dropped; c (gold) trapped but emitted; d accepted once and kept there
    probs = [np.array([0.3, 0.2, 0.8, 0.1, 0.9])]
    assert overrules(rows, [probs], 0.45) == (1.0, 1.0, 1.0, 0.0)
    follows = [np.array([0.9, 0.9, 0.1, 0.1, 0.9])]  # the rules' verdicts: no departure
    assert overrules(rows, [follows], 0.45) == (0.0, 0.0, 0.0, 0.0)


def test_a_second_stage_ranks_only_what_the_first_emits_and_never_below_the_threshold() -> None:
    first = np.array([0.1, 0.5, 0.9, 0.44])
    second = np.array([0.99, 0.2, 0.7, 0.99])
    assert combine(first, second, 0.45).tolist() == [0.1, 0.45, 0.7, 0.44]


def _story(story_id: str, label: str, text: str, facts: list[dict]) -> dict:
    return {"id": story_id, "title": "", "text": text, "published": "2025-03-04", "label": label, "facts": facts}


def _write(path: Path, stories: list[dict]) -> Path:
    path.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    return path


ARRESTS = "Immigration agents arrested 212 people in Dallas last week, the agency said."


def test_extra_stories_train_with_their_gold_and_weight_and_only_enforcement_ones(tmp_path: Path) -> None:
    gold = [{"type": "arrests", "value": 212, "unit": "people", "places": ["Dallas"]}]
    probes = _write(
        tmp_path / "counts.jsonl",
        [
            _story("a", "enforcement", ARRESTS, gold),
            _story("b", "immigration_other", "The city council approved 212 new housing units.", []),
        ],
    )
    rows = load_extra([probes], 0.5)
    assert [r["id"] for r in rows] == ["counts.jsonl:a"]  # only enforcement stories get facts in the product
    (row,) = rows
    assert row["extra"] and row["weight"] == 0.5
    assert ("arrests", "people", 212.0) in row["keys"] and row["gold"][("arrests", "people", 212.0)] == 1


def test_extra_refuses_a_neutral_judge_and_a_file_that_labels_no_counts(tmp_path: Path) -> None:
    gold = [{"type": "arrests", "value": 212, "unit": "people", "places": []}]
    judge = _write(tmp_path / "heldout7.jsonl", [_story("a", "enforcement", ARRESTS, gold)])
    with pytest.raises(ValueError, match="neutral judge"):
        load_extra([judge], 1.0)
    unlabelled = _write(tmp_path / "tagging.jsonl", [_story("a", "enforcement", ARRESTS, [])])
    with pytest.raises(ValueError, match="labels no counts"):
        load_extra([unlabelled], 1.0)
    with pytest.raises(SystemExit):  # the command line refuses it before reading the dev set
        main(["--extra", str(judge), "--shared", str(tmp_path)])


def test_extra_weight_sets_how_much_the_extra_stories_pull_the_fit() -> None:
    # the dev articles say a "cue" candidate is a count; the extras (clean probes) say it is not
    def rows(extra_weight: float) -> list[dict]:
        key = ("arrests", "people", 5.0)
        work = [{"gold": Counter([key]), "keys": [key], "features": [{"cue": 1.0}]} for _ in range(10)]
        extra = [
            {"gold": Counter(), "keys": [key], "features": [{"cue": 1.0}], "weight": extra_weight, "extra": True}
            for _ in range(10)
        ]
        return work + extra

    def p_cue(extra_weight: float) -> float:
        vec, model = fit(rows(extra_weight), 1.0)
        return float(model.predict_proba(vec.transform([{"cue": 1.0}]))[0, 1])

    assert p_cue(0.1) > 0.85  # the dev articles decide
    assert abs(p_cue(1.0) - 0.5) < 0.01  # as many votes each way
    assert p_cue(3.0) < 0.3  # the extras decide


def test_extras_join_the_folds_but_are_scored_and_calibrate_apart() -> None:
    # dev articles: a cue candidate is a gold count 9 times in 10; extras: always
    rows = []
    for i in range(60):
        key_cue, key_bare = ("arrests", "people", float(i + 10)), ("arrests", "people", 1000.0 + i)
        gold = Counter([key_cue] if i % 10 else [])
        rows.append({"gold": gold, "keys": [key_cue, key_bare], "features": [{"cue": 1.0}, {"bare": 1.0}]})
    for i in range(60):
        key_cue = ("arrests", "people", float(i + 10))
        rows.append({"gold": Counter([key_cue]), "keys": [key_cue], "features": [{"cue": 1.0}], "extra": True})
    probs = cross_validated(rows, 0.03)
    (work, (work_probs,)), (extra, _) = part(rows, [probs], extra=False), part(rows, [probs], extra=True)
    assert len(work) == len(extra) == 60 and not any(r.get("extra") for r in work)
    # the calibration reads the dev articles only: a cue confidence is their precision, not the extras' 1.0
    assert abs(float(np.mean([p[0] for p in work_probs])) - 0.9) < 0.05
    assert score(work, work_probs, 0.5)[0] == pytest.approx(54 / 60)
