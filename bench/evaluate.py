"""Score `analyze` on the labelled development set, work part and check part apart; list work-part errors.

    .venv/bin/python bench/evaluate.py [--shared ../shared] [--out predictions.jsonl] [--errors] [--json FILE]
                                       [--bootstrap N]

Builds the `newsflow analyze` input from ../shared/gold/labels-dev.jsonl (texts from
../shared/corpus/<corpus>/articles.jsonl.gz, `published` from facts-dev.jsonl or the article's
`date`), runs `tasks.analysis.analyze.analyze_jsonl`, and prints ../shared/gold/score.py's figures three
times: all dev, the work part, and the check part (bench/devset.py `is_check`: a fixed third by a hash
of the id). Only the check part's aggregate predicts unseen articles; `--errors` lists missed and
spurious counts of the work part only, so nobody tunes on the check part by reading it.

`--bootstrap N` also prints, per part, the 5th-95th percentile of each F1 over N resamples of its articles
(with replacement): how far a figure could move by the luck of which articles were drawn. On a part of 30
articles and 16 counts one count is six points of recall; read a change inside that band as noise.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from functools import cache
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.devset import as_extracted, is_check, labelled_articles, read_jsonl  # noqa: E402
from tasks.analysis.analyze import analyze_jsonl  # noqa: E402
from tasks.analysis.count_model import count_model  # noqa: E402
from tasks.analysis.quotes import CONFIDENT_QUOTE  # noqa: E402


def build_inputs(shared: Path, extracted: bool = False) -> list[dict]:
    """One analyze input per labelled article, in label order; published from the gold facts where given.
    `extracted`: each text laid out as trafilatura writes it (`as_extracted`), to measure what the pipeline sees."""
    published = {r["id"]: r.get("published") for r in read_jsonl(shared / "gold" / "facts-dev.jsonl")}
    return [
        {
            "id": a["id"],
            "title": a["title"],
            "text": as_extracted(a["text"]) if extracted else a["text"],
            "published": published.get(a["id"]) or a["date"],
        }
        for a in labelled_articles(shared)
    ]


def count_errors(gold_path: Path, pred: dict[str, dict], with_place: bool) -> tuple[list, list]:
    """Missed gold counts and unmatched predicted counts of the work part, matched as score.py does."""
    score = _score_module(gold_path.parent)

    missed, spurious = [], []
    for line in gold_path.open(encoding="utf-8"):
        g = json.loads(line)
        if is_check(g["id"]):
            continue  # the check part is scored in aggregate only
        p = pred.get(g["id"], {})
        pf = list(p.get("facts") or [])
        used: set[int] = set()
        for gf in g["facts"]:
            hit = None
            for j, f in enumerate(pf):
                if j in used:
                    continue
                same = (gf["type"], score.norm(gf["unit"]), float(gf["value"])) == (
                    f["type"],
                    score.norm(f["unit"]),
                    float(f["value"]),
                )
                if same and (not with_place or score.places_agree(gf.get("places"), f.get("places"))):
                    hit = j
                    break
            if hit is None:
                missed.append((g["id"], gf, p.get("enforcement")))
            else:
                used.add(hit)
        spurious += [(g["id"], f, True) for j, f in enumerate(pf) if j not in used]
    return missed, spurious


@cache
def _score_module(gold: Path) -> ModuleType:
    """../shared/gold/score.py, loaded once from its path so its matching rules are used as they are."""
    spec = importlib.util.spec_from_file_location("score", gold / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def bootstrap_f1(gold: Path, pred: dict[str, dict], part: str, resamples: int, seed: int = 0) -> dict[str, tuple]:
    """The 5th and 95th percentile of counts, counts+place and quotes F1 over resamples of the part's articles."""
    score = _score_module(gold)
    per_article = []  # (key -> (tp, predicted, gold)) for each gold-fact article of the part
    for g in part_rows(gold / "facts-dev.jsonl", part):
        p = pred.get(g["id"], {})
        facts, quotes = p.get("facts") or [], p.get("quotes") or []
        per_article.append(
            {
                "counts": (score.match_counts(g["facts"], facts, False), len(facts), len(g["facts"])),
                "counts+place": (score.match_counts(g["facts"], facts, True), len(facts), len(g["facts"])),
                "quotes": (score.match_quotes(g.get("quotes", []), quotes), len(quotes), len(g.get("quotes", []))),
            }
        )
    rng = random.Random(seed)
    bands: dict[str, tuple] = {}
    for key in ("counts", "counts+place", "quotes"):
        f1s = []
        for _ in range(resamples):
            sample = [rng.choice(per_article)[key] for _ in per_article]
            tp, n_pred, n_gold = (sum(column) for column in zip(*sample, strict=True))
            f1s.append(score.prf(tp, n_pred, n_gold)["f1"])
        f1s.sort()
        bands[key] = (f1s[int(0.05 * resamples)], f1s[int(0.95 * resamples) - 1])
    return bands


def part_rows(path: Path, part: str) -> list[dict]:
    """The rows of a gold file in one part: "all", "work", "check", or "check-new" (the check part's
    articles from labelling rounds 3 and 4, which no rule was ever tuned on: the least biased figure)."""
    rows = read_jsonl(path)
    if part == "all":
        return rows
    if part == "check-new":
        return [r for r in rows if is_check(r["id"]) and r.get("sample") in (3, 4)]
    return [r for r in rows if is_check(r["id"]) == (part == "check")]


def print_scores(
    gold: Path,
    pred_path: Path,
    part: str,
    keys: tuple[str, ...] = ("tagging", "tagging_all", "counts", "counts+place", "quotes"),
    prefix: str = "",
) -> dict:
    """score.py's figures on one part of the dev set (labels and facts filtered alike), each line after `prefix`
    (none: under a header naming the part); returns them."""
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for name in ("labels-dev.jsonl", "facts-dev.jsonl"):
            files[name] = Path(tmp) / name
            files[name].write_text("".join(json.dumps(r) + "\n" for r in part_rows(gold / name, part)))
        out = subprocess.run(
            [
                sys.executable,
                str(gold / "score.py"),
                "--labels",
                str(files["labels-dev.jsonl"]),
                "--facts",
                str(files["facts-dev.jsonl"]),
                "--pred",
                str(pred_path),
                "--json",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    report = json.loads(out)
    if not prefix:
        print(f"-- {part} part: {report['articles']} labelled articles")
    for key in keys:
        m = report[key]
        print(
            f"   {prefix}{key:13s} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  "
            f"(tp {m['tp']}, predicted {m['pred']}, gold {m['gold']})"
        )
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, help="keep the predictions here (default: a private temporary file)")
    ap.add_argument("--errors", action="store_true", help="list missed and spurious counts with evidence")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON: {part: report, 'confident': {...}}")
    ap.add_argument("--bootstrap", type=int, metavar="N", help="print F1 bands over N resamples of each part")
    ap.add_argument(
        "--as-extracted",
        action="store_true",
        help="analyse each text laid out as trafilatura writes it (one paragraph per line), as the pipeline does",
    )
    a = ap.parse_args(argv)
    if a.out is None:  # one file per run: two evaluations at once must not score each other's output
        a.out = Path(tempfile.mkdtemp(prefix="newsflow-eval-")) / "predictions.jsonl"

    inputs = build_inputs(a.shared, extracted=a.as_extracted)
    lines = [json.dumps(d) for d in inputs]
    analyze_jsonl(lines[:1], io.StringIO())  # warm the gazetteer and lexicons once
    buffer = io.StringIO()
    t0 = time.perf_counter()
    ok, errors = analyze_jsonl(lines, buffer)
    elapsed = time.perf_counter() - t0
    a.out.write_text(buffer.getvalue(), encoding="utf-8")
    gold = a.shared / "gold"
    reports: dict[str, dict] = {"confident": {}}
    for part in ("all", "work", "check", "check-new"):
        reports[part] = print_scores(gold, a.out, part)
    confident = a.out.with_suffix(".confident.jsonl")
    confident_at = count_model().confident_at
    rows = [json.loads(line) for line in buffer.getvalue().splitlines()]
    for row in rows:
        row["facts"] = [f for f in row.get("facts") or [] if f.get("confidence", 1.0) >= confident_at]
        row["quotes"] = [q for q in row.get("quotes") or [] if q.get("confidence", 1.0) >= CONFIDENT_QUOTE]
    confident.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(
        f"-- counts of confidence >= {confident_at} and quotes >= {CONFIDENT_QUOTE} "
        "(what the analyst views show by default)"
    )
    for part in ("work", "check", "check-new"):
        reports["confident"][part] = print_scores(
            gold, confident, part, keys=("counts", "quotes"), prefix=f"{part:12s}"
        )
    if a.json:
        a.json.write_text(json.dumps(reports), encoding="utf-8")
    print(
        f"analyzed {ok} articles ({errors} error lines) in {elapsed:.2f} s: "
        f"{1000 * elapsed / max(ok, 1):.2f} ms/article"
    )

    pred = {r["id"]: r for r in map(json.loads, buffer.getvalue().splitlines())}
    if a.bootstrap:
        print(f"-- F1, 5th-95th percentile over {a.bootstrap} resamples of each part's gold-fact articles")
        for part in ("work", "check", "check-new"):
            bands = bootstrap_f1(gold, pred, part, a.bootstrap)
            print(f"   {part:9s} " + "  ".join(f"{k} {lo:.3f}-{hi:.3f}" for k, (lo, hi) in bands.items()))
    missed, spurious = count_errors(gold / "facts-dev.jsonl", pred, with_place=False)
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, f, _ in missed:
        by_type[f["type"]][0] += 1
    for _, f, _ in spurious:
        by_type[f["type"]][1] += 1
    print("per type: missed / spurious")
    for t, (m, s) in sorted(by_type.items()):
        print(f"  {t:22s} {m:3d} / {s:3d}")
    if a.errors:
        for title, rows in (("MISSED", missed), ("SPURIOUS", spurious)):
            print(f"\n{title}")
            for doc_id, f, tagged in rows:
                flag = "" if tagged else " [not tagged enforcement]"
                print(
                    f"  {doc_id} {f['type']} {f['value']} {f['unit']} {f.get('places')}{flag}\n"
                    f"      {f['evidence'][:220]!r}"
                )
        place_missed, _ = count_errors(gold / "facts-dev.jsonl", pred, with_place=True)
        print("\nPLACE MISMATCHES (type/unit/value right, places wrong)")
        plain = {(d, f["evidence"], f["value"]) for d, f, _ in missed}
        for doc_id, f, _ in place_missed:
            if (doc_id, f["evidence"], f["value"]) not in plain:
                got = [p for p in pred[doc_id]["facts"] if p["value"] == f["value"] and p["type"] == f["type"]]
                print(f"  {doc_id} {f['type']} {f['value']} gold {f.get('places')} got {[p['places'] for p in got]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
