"""Quotes, places, agencies and operations against the gold facts of the development set (issue #3).

    .venv/bin/python bench/entities.py [--shared ../shared] [--pred /tmp/entities-pred.jsonl] [--misses 15]

Runs tasks.analysis.quotes / places / agencies on every article of ../shared/gold/facts-dev.jsonl,
writes prediction lines in `newsflow analyze` form (facts left empty), and prints:
- quotes P/R/F1 exactly as ../shared/gold/score.py counts them (it is run on the prediction file);
- article-level precision/recall for places (score.py's place agreement: alias, head before the first
  comma, or one name containing the other), agencies (gold names normalized by find_agencies) and
  operations (case-insensitive);
- milliseconds per article for the three finders together;
- a sample of missed and spurious quotes and places, to study. Reads ../shared in place; copies nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR))

from bench.devset import gold_fact_articles  # noqa: E402
from tasks.analysis.agencies import find_agencies, find_operations  # noqa: E402
from tasks.analysis.places import find_places  # noqa: E402
from tasks.analysis.quotes import find_quotes  # noqa: E402


def load_scorer(shared: Path) -> ModuleType:
    """score.py as a module, so the bench matches places and quotes by the scorer's own rules."""
    spec = importlib.util.spec_from_file_location("gold_score", shared / "gold" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(shared: Path) -> list[dict]:
    """Gold fact rows, each with its article `text` joined in from its corpus."""
    return gold_fact_articles(shared)


def predict(text: str) -> dict:
    quotes = find_quotes(text)
    places = find_places(text)
    return {
        "enforcement": True,
        "facts": [],
        "quotes": [{"speaker": q.speaker, "role": q.role, "text": q.text} for q in quotes],
        "places": list(dict.fromkeys(m.place.normalized for m in places)),
        "place_names": list(dict.fromkeys(m.place.name for m in places)),
        "agencies": list(dict.fromkeys(name for name, _, _ in find_agencies(text))),
        "operations": list(dict.fromkeys(name for name, _, _ in find_operations(text))),
    }


def agency_key(name: str) -> str:
    found = find_agencies(name)
    return found[0][0] if found else name.casefold()


def set_pr(gold: list[str], pred: list[str], agree) -> tuple[int, int, int, int]:
    """(gold recalled, gold, predicted that agree with some gold, predicted)."""
    recalled = sum(any(agree(g, p) for p in pred) for g in gold)
    precise = sum(any(agree(g, p) for g in gold) for p in pred)
    return recalled, len(gold), precise, len(pred)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO_DIR.parent / "shared")
    parser.add_argument("--pred", type=Path, default=Path("/tmp/entities-pred.jsonl"))
    parser.add_argument("--misses", type=int, default=15, help="how many misses of each kind to print")
    args = parser.parse_args(argv)

    scorer = load_scorer(args.shared)
    rows = load_gold(args.shared)
    start = time.perf_counter()
    preds = {row["id"]: predict(row["text"]) for row in rows}
    ms = (time.perf_counter() - start) * 1000 / len(rows)
    with args.pred.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps({"id": row["id"], **preds[row["id"]]}) + "\n")

    out = subprocess.run(
        [sys.executable, str(args.shared / "gold" / "score.py"), "--json", "--pred", str(args.pred),
         "--labels", str(args.shared / "gold" / "labels-dev.jsonl"),
         "--facts", str(args.shared / "gold" / "facts-dev.jsonl")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    q = json.loads(out.stdout)["quotes"]
    print(f"quotes      P {q['precision']:.3f}  R {q['recall']:.3f}  F1 {q['f1']:.3f}  "
          f"(tp {q['tp']}, predicted {q['pred']}, gold {q['gold']})  [score.py]")  # fmt: skip

    def place_agree(g: str, p: str) -> bool:
        return scorer.places_agree([g], [p])

    kinds = {
        "places": ("places", place_agree),
        "agencies": ("agencies", lambda g, p: agency_key(g) == p),
        "operations": ("operations", lambda g, p: g.casefold() == p.casefold()),
    }
    for label, (key, agree) in kinds.items():
        totals = [0, 0, 0, 0]
        for row in rows:
            for i, v in enumerate(set_pr(row.get(key) or [], preds[row["id"]][key], agree)):
                totals[i] += v
        r = totals[0] / totals[1] if totals[1] else 0.0
        p = totals[2] / totals[3] if totals[3] else 0.0
        print(f"{label:11s} P {p:.3f}  R {r:.3f}  (gold recalled {totals[0]}/{totals[1]}, "
              f"predicted agreeing {totals[2]}/{totals[3]})")  # fmt: skip
    ids = sorted(row["id"] for row in rows)
    halves = (set(ids[: len(ids) // 2]), set(ids[len(ids) // 2 :]))
    for name, half in zip(("first half ", "second half"), halves, strict=True):
        tp = n_pred = n_gold = 0
        for row in rows:
            if row["id"] in half:
                gold_q, pred_q = row.get("quotes") or [], preds[row["id"]]["quotes"]
                tp += scorer.match_quotes(gold_q, pred_q)
                n_pred += len(pred_q)
                n_gold += len(gold_q)
        h = scorer.prf(tp, n_pred, n_gold)
        print(f"  quotes {name} P {h['precision']:.3f}  R {h['recall']:.3f}  F1 {h['f1']:.3f}  "
              f"(tp {tp}, predicted {n_pred}, gold {n_gold}; articles split by sorted id)")  # fmt: skip
    start = time.perf_counter()
    for row in rows:
        find_quotes(row["text"])
    quote_ms = (time.perf_counter() - start) * 1000 / len(rows)
    print(f"speed       {quote_ms:.2f} ms per article for quotes alone")
    print(f"speed       {ms:.2f} ms per article ({len(rows)} articles, quotes + places + agencies + operations)")

    missed_quotes, extra_quotes, missed_places, extra_places = [], [], [], []
    for row in rows:
        pred = preds[row["id"]]
        for g in row.get("quotes") or []:
            if not any(scorer.match_quotes([g], [p]) for p in pred["quotes"]):
                missed_quotes.append((row["id"], g["speaker"], g["text"][:90]))
        for p in pred["quotes"]:
            if not any(scorer.match_quotes([g], [p]) for g in row.get("quotes") or []):
                extra_quotes.append((row["id"], p["speaker"], p["text"][:90]))
        missed_places += [(row["id"], g) for g in row.get("places") or [] if not any(
            place_agree(g, p) for p in pred["places"])]  # fmt: skip
        extra_places += [(row["id"], p) for p in pred["places"] if not any(
            place_agree(g, p) for g in row.get("places") or [])]  # fmt: skip
    rng = random.Random(0)
    for title, items in (
        ("missed quotes", missed_quotes),
        ("spurious quotes", extra_quotes),
        ("missed places", missed_places),
        ("spurious places", extra_places),
    ):
        print(f"\n{title} ({len(items)}), a sample:")
        for item in rng.sample(items, min(args.misses, len(items))):
            print("  " + " | ".join(str(x) for x in item))
    return 0


if __name__ == "__main__":
    sys.exit(main())
