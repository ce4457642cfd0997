"""Score `analyze` on invented probe stories: a third judge of generalisation beside the work and check parts.

    .venv/bin/python bench/probes.py [--shared ../shared] [FILE ...] [--failures] [--family NAME]

A probe file (bench/probes/*.jsonl, all of them by default) holds one invented story per line, written from
../shared/gold/GUIDELINES.md before its author read the rules, labelled the way ../shared/gold is:

    {"id", "family", "title", "text", "published", "label", "facts": [...], "quotes": [...]}

`family` names the kind of sentence the story tests (a family the issue or GUIDELINES names). The stories
are ours, not the dev set's, so every rule they expose was found on text no rule was tuned on; they are
also read case by case, so a rule that fixes one of them must still leave the check part's aggregate no
worse (bench/evaluate.py). Figures per file and per family; `--failures` lists each missed and spurious
count and quote.

A file whose name starts with `heldout` is a neutral judge instead: written blind by an engineer who fixed
nothing, it is read in aggregate only, as the dev set's check part is, so it prints its totals alone (no
families, no `--failures`). Judge a change by it, never fix against it.
Every story is invented, its quotations too, even where a real public figure is named: test data, never
reporting. Ambiguous stories (`"ambiguous": true`) are left out of the tagging figures, as score.py does.

The tagging figures are the stories the tagger misses (`enforcement` probes not tagged) and its
false positives (`immigration_other` and `unrelated` probes tagged), per file; `tagged k/n` beside each family
counts its stories tagged whatever their label, ambiguous ones included.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.devset import read_jsonl  # noqa: E402
from bench.evaluate import _score_module  # noqa: E402
from tasks.analysis.analyze import analyze_jsonl  # noqa: E402

PROBES = REPO / "bench" / "probes"
KEYS = ("counts", "counts+place", "quotes")
#: Probe files read in aggregate only (see the module docstring).
NEUTRAL_PREFIX = "heldout"


def neutral_files(paths: Iterable[Path]) -> list[str]:
    """The neutral judges among `paths`: read in aggregate only, so never fitted on nor listed case by case."""
    return [path.name for path in paths if path.name.startswith(NEUTRAL_PREFIX)]


def predict(probes: list[dict]) -> dict[str, dict]:
    """`newsflow analyze` output for each probe, by id."""
    lines = [json.dumps({k: p[k] for k in ("id", "title", "text", "published")}) for p in probes]
    out = io.StringIO()
    analyze_jsonl(lines, out)
    return {row["id"]: row for row in map(json.loads, out.getvalue().splitlines())}


def tallies(probe: dict, pred: dict, score) -> dict[str, tuple[int, int, int]]:
    """(matched, predicted, gold) per figure for one probe, matched by ../shared/gold/score.py's rules."""
    facts, quotes = pred.get("facts") or [], pred.get("quotes") or []
    gold_facts, gold_quotes = probe.get("facts", []), probe.get("quotes", [])
    return {
        "counts": (score.match_counts(gold_facts, facts, False), len(facts), len(gold_facts)),
        "counts+place": (score.match_counts(gold_facts, facts, True), len(facts), len(gold_facts)),
        "quotes": (score.match_quotes(gold_quotes, quotes), len(quotes), len(gold_quotes)),
    }


@dataclass
class FileScore:
    """One probe file's totals: per family (and "(all)") the [matched, predicted, gold] of each figure and the
    [tagged, stories]; the tagger's misses and false positives, ambiguous stories left out as score.py does."""

    by_family: dict[str, dict[str, list[int]]] = field(default_factory=lambda: defaultdict(_empty_figures))
    tagged: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    missed: int = 0
    false_positives: int = 0
    enforcement: int = 0
    others: int = 0


def _empty_figures() -> dict[str, list[int]]:
    return {key: [0, 0, 0] for key in KEYS}


def score_file(probes: list[dict], pred: dict[str, dict], score) -> FileScore:
    """The totals of one probe file's predictions, as bench/probes.py prints them and the floors test reads them."""
    totals = FileScore()
    for probe in probes:
        p = pred.get(probe["id"], {})
        tagged = bool(p.get("enforcement"))
        if not probe.get("ambiguous"):
            enforcement = probe["label"] == "enforcement"
            totals.enforcement += enforcement
            totals.others += not enforcement
            totals.missed += enforcement and not tagged
            totals.false_positives += not enforcement and tagged
        for family in (probe["family"], "(all)"):
            totals.tagged[family][0] += tagged
            totals.tagged[family][1] += 1
            for key, tally in tallies(probe, p, score).items():
                totals.by_family[family][key] = [
                    a + b for a, b in zip(totals.by_family[family][key], tally, strict=True)
                ]
    return totals


def failures(probe: dict, pred: dict, score) -> list[str]:
    """Missed and spurious counts and quotes of one probe, one line each (greedy, as score.py matches)."""
    lines: list[str] = []
    facts = list(pred.get("facts") or [])
    for gold in probe.get("facts", []):
        hit = next((f for f in facts if score.match_counts([gold], [f], True)), None)
        hit = hit or next((f for f in facts if score.match_counts([gold], [f], False)), None)
        if hit is None:
            lines.append(f"  missed   {_count(gold)}")
            continue
        facts.remove(hit)
        if not score.match_counts([gold], [hit], True):
            lines.append(f"  place    {_count(gold)}  got {hit.get('places')}")
    lines += [f"  spurious {_count(f)}" for f in facts]
    quotes = list(pred.get("quotes") or [])
    for gold in probe.get("quotes", []):
        hit = next((q for q in quotes if score.match_quotes([gold], [q])), None)
        if hit is None:
            lines.append(f"  missed   quote {gold['speaker']!r}: {gold['text'][:70]!r}")
        else:
            quotes.remove(hit)
    lines += [f"  spurious quote {q['speaker']!r}: {q['text'][:70]!r}" for q in quotes]
    return lines


def _count(fact: dict) -> str:
    return f"{fact['type']} {fact['value']:g} {fact['unit']} {fact.get('places') or []}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="probe files (default: bench/probes/*.jsonl)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--failures", action="store_true", help="list every missed and spurious fact")
    parser.add_argument("--family", help="only the probes of this family")
    args = parser.parse_args(argv)
    score = _score_module(args.shared / "gold")

    for path in args.files or sorted(PROBES.glob("*.jsonl")):
        neutral = bool(neutral_files([path]))
        probes = [p for p in read_jsonl(path) if neutral or args.family in (None, p["family"])]
        pred = predict(probes)
        totals = score_file(probes, pred, score)
        for probe in probes if args.failures and not neutral else ():
            p = pred.get(probe["id"], {})
            if lines := failures(probe, p, score):
                print(f"{probe['id']} [{probe['family']}]" + ("" if p.get("enforcement") else " (not tagged)"))
                print("\n".join(lines))
        print(
            f"\n{path.name}: {len(probes)} probes, {totals.missed} of {totals.enforcement} enforcement stories not"
            f" tagged, {totals.false_positives} of {totals.others} other stories tagged"
        )
        by_family, tagged = totals.by_family, totals.tagged
        for family in ["(all)"] if neutral else sorted(by_family, key=lambda f: (f != "(all)", f)):
            figures = "  ".join(
                _figure(key, score, *by_family[family][key]) for key in KEYS if by_family[family][key][2]
            )
            print(f"  {family:28s} tagged {tagged[family][0]:2d}/{tagged[family][1]:<3d} {figures}")
    return 0


def _figure(key: str, score, tp: int, n_pred: int, n_gold: int) -> str:
    m = score.prf(tp, n_pred, n_gold)
    return f"{key} {m['f1']:.2f} (P {m['precision']:.2f} R {m['recall']:.2f}, {tp}/{n_pred}/{n_gold})"


if __name__ == "__main__":
    raise SystemExit(main())
