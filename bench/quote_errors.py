"""Quote errors of the WORK part only, to study (issue #7): the check part is never listed.

    .venv/bin/python bench/quote_errors.py [--shared ../shared] [--kind missed|wrong|spurious] [--limit 40]
    .venv/bin/python bench/quote_errors.py --calibrate
    .venv/bin/python bench/quote_errors.py --roles [--kind role] [--json roles.json]
    .venv/bin/python bench/quote_errors.py --parts
    .venv/bin/python bench/quote_errors.py --probes bench/probes/quotes.jsonl [--kind missed|wrong|spurious]

Runs tasks.analysis.quotes.find_quotes on every work-part article of ../shared/gold/facts-dev.jsonl and
matches quotes as score.py does. Each gold quote is "found", "wrong" (a predicted quote overlaps its text
but names another speaker) or "missed"; each unmatched prediction that overlaps no gold text is
"spurious". Prints the totals, then the listed kind with the paragraph around each quotation.
`--calibrate` prints, per attribution sieve, how many work-part predictions match a gold quote and the
smoothed precision (right + 1) / (n + 2) that tasks/analysis/quotes.py keeps as SIEVE_CONFIDENCE.
`--roles` scores the `role` of the quotes that match a gold quote (score.py ignores roles), per part in aggregate
(work / check / check-new): the share with a role, and the share whose role agrees with gold's (`roles_agree`);
`--kind role` then lists the work part's matched quotes whose role is missing or disagrees; `--json` writes the
per-part figures (the check-part role floor in tests/analysis/test_quotes.py reads them).
`--parts` prints the found / wrong / missed shares and the spurious count per part, in aggregate only.
`--probes FILE` does the same for invented probe stories (bench/probes/*.jsonl, read case by case), whatever the
tagger makes of them: bench/probes.py scores quotes only in stories tagged enforcement, so a story the tagger misses
hides its quotes' attribution; this lists each probe's missed, wrong and spurious quotes (`--kind` selects one).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.devset import gold_fact_articles, is_check  # noqa: E402
from bench.entities import load_scorer  # noqa: E402
from bench.probes import neutral_files  # noqa: E402
from tasks.analysis.quotes import attributed_quotes, find_quotes  # noqa: E402


def paragraph_of(text: str, words: str) -> str:
    """The paragraph holding the first 30 characters of `words`, with the one before it."""
    at = text.find(words[:30])
    if at < 0:
        return "(not found verbatim)"
    start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, at) - 1)) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)][-700:]


#: Abbreviated titles spelled out, so "Sen." and "senator" are one word to `roles_agree`.
_TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "atty": "attorney",
    "dept": "department",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "supt": "superintendent",
    "asst": "assistant",
    "sec": "secretary",
    "pres": "president",
}
_ROLE_STOPWORDS = frozenset(
    "the a an of for and at in on with from to s who is was by as its his her their".split()  # noqa: SIM905
)


def role_words(role: str | None) -> set[str]:
    """The content words of a role, casefolded and abbreviations spelled out; a gold note in parentheses or
    after a semicolon ("President (tweet)", "President; message in his campaign ad") is not part of it."""
    role = re.sub(r"\([^)]*\)", " ", (role or "").split(";")[0]).casefold().replace("’", "'")
    words = (_TITLE_ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z0-9]+", role))
    return {w for w in words if w not in _ROLE_STOPWORDS}


def roles_agree(gold: str | None, predicted: str | None) -> bool:
    """A predicted role agrees with gold's when more than half the content words of the shorter of the two are
    in the other ("Sen." ~ "Sen., R-Okla."; "a professor at University at Buffalo" ~ "professor and expert in
    immigration law at University at Buffalo School of Law"; "ICE director" !~ "ICE spokesman")."""
    g, p = role_words(gold), role_words(predicted)
    return bool(g and p) and len(g & p) / min(len(g), len(p)) > 0.5


def part_of(row: dict) -> list[str]:
    """The parts an article belongs to, as bench/evaluate.py names them."""
    if not is_check(row["id"]):
        return ["work"]
    return ["check", "check-new"] if row.get("sample") in (3, 4) else ["check"]


def roles(shared: Path, score, listing: bool, limit: int, json_out: Path | None = None) -> int:
    """Per part, in aggregate: matched quotes, the share with a role, the share agreeing with gold's role
    (also written to `json_out` for the floor in tests/analysis/test_quotes.py)."""
    tally = {part: [0, 0, 0, 0] for part in ("work", "check", "check-new")}  # matched, gold role, has role, agree
    listed: list[str] = []
    for row in gold_fact_articles(shared):
        pred = find_quotes(row["text"])
        used: set[int] = set()
        for g in row.get("quotes") or []:
            hit = next(
                (
                    j
                    for j, q in enumerate(pred)
                    if j not in used and score.match_quotes([g], [{"speaker": q.speaker, "text": q.text}])
                ),
                None,
            )
            if hit is None:
                continue
            used.add(hit)
            q = pred[hit]
            agree = roles_agree(g.get("role"), q.role)
            for part in part_of(row):
                t = tally[part]
                t[0] += 1
                t[1] += bool(role_words(g.get("role")))
                t[2] += bool(q.role)
                t[3] += agree
            if listing and not is_check(row["id"]) and role_words(g.get("role")) and not agree:
                listed.append(f"{row['id']} {q.speaker!r} gold {g.get('role')!r} got {q.role!r}")
    for part, (matched, gold_role, has, agree) in tally.items():
        print(
            f"{part:9s} matched {matched}  gold role {gold_role}  with role {has / matched:.3f}  "
            f"agreeing {agree / matched:.3f} ({agree} of {matched}; of gold roles {agree / gold_role:.3f})"
        )
    for item in listed[:limit]:
        print(item)
    if json_out is not None:
        figures = {part: {"matched": m, "with_role": h / m, "agreeing": g / m} for part, (m, _, h, g) in tally.items()}
        json_out.write_text(json.dumps(figures, indent=2))
    return 0


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


def classify(gold: list[dict], pred: list[dict], score) -> tuple[list[tuple[dict, str, list[dict]]], list[dict]]:
    """Each gold quote as score.py matches it: "found", "wrong" (a prediction overlaps its words under another
    speaker, listed with it) or "missed"; and the predictions that overlap no gold quote at all ("spurious")."""
    used: set[int] = set()
    fates: list[tuple[dict, str, list[dict]]] = []
    for g in gold:
        hit = next((j for j, p in enumerate(pred) if j not in used and score.match_quotes([g], [p])), None)
        if hit is not None:
            used.add(hit)
            fates.append((g, "found", []))
            continue
        near = [p for p in pred if score.quote_overlap(g["text"], p["text"])]
        fates.append((g, "wrong" if near else "missed", near))
    spurious = [
        p
        for j, p in enumerate(pred)
        if j not in used and not any(score.quote_overlap(g["text"], p["text"]) for g in gold)
    ]
    return fates, spurious


def probe_totals(paths: list[Path], score, kind: str | None) -> int:
    """Attribution on invented probe stories, tagged or not: found / wrong / missed shares, spurious count, P/R/F1
    as score.py matches quotes, and each error of `kind` (all kinds when None) with its probe's id."""
    totals = dict.fromkeys(("found", "wrong", "missed", "spurious"), 0)
    n_pred = 0
    for path in paths:
        for probe in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            pred = [{"speaker": q.speaker, "text": q.text} for q in find_quotes(probe["text"])]
            n_pred += len(pred)
            fates, spurious = classify(probe.get("quotes") or [], pred, score)
            for g, fate, near in fates:
                totals[fate] += 1
                if fate != "found" and kind in (None, fate):
                    got = f" got {near[0]['speaker']!r}" if near else ""
                    print(f"{probe['id']} {fate:8s} {g['speaker']!r}{got}: {g['text'][:70]!r}")
            totals["spurious"] += len(spurious)
            if kind in (None, "spurious"):
                for p in spurious:
                    print(f"{probe['id']} spurious {p['speaker']!r}: {p['text'][:70]!r}")
    gold = totals["found"] + totals["wrong"] + totals["missed"]
    precision, recall = totals["found"] / max(n_pred, 1), totals["found"] / max(gold, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    shares = "  ".join(f"{k} {totals[k] / max(gold, 1):.3f}" for k in ("found", "wrong", "missed"))
    print(f"probes     gold {gold:4d}  {shares}  spurious {totals['spurious']}")
    print(f"probes     quotes P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  ({totals['found']}/{n_pred}/{gold})")
    return 0


def part_totals(shared: Path, score) -> int:
    """Per part (work / check / check-new), how the gold quotes fare before tagging: the share found, found with
    another speaker ("wrong"), missed, and the predictions that overlap no gold quote. Aggregates only: they show
    which kind of error grows on text nobody tuned on (round 8: wrong speakers 3 % of work, 10 % of check)."""
    totals: dict[str, dict[str, int]] = {}
    for row in gold_fact_articles(shared):
        pred = [{"speaker": q.speaker, "text": q.text} for q in find_quotes(row["text"])]
        fates, spurious = classify(row.get("quotes") or [], pred, score)
        for part in part_of(row):
            t = totals.setdefault(part, dict.fromkeys(("found", "wrong", "missed", "spurious"), 0))
            for _, kind, _ in fates:
                t[kind] += 1
            t["spurious"] += len(spurious)
    for part, t in totals.items():
        n = t["found"] + t["wrong"] + t["missed"]
        shares = " ".join(f"{k} {t[k] / n:.3f}" for k in ("found", "wrong", "missed"))
        print(f"{part:10s} gold {n:4d}  {shares}  spurious {t['spurious']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--kind", choices=("missed", "wrong", "spurious", "role"), help="what to list (default missed)")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--calibrate", action="store_true", help="per-sieve precision on the work part")
    ap.add_argument("--roles", action="store_true", help="role figures over matched quotes, per part")
    ap.add_argument("--parts", action="store_true", help="found/wrong/missed/spurious per part, in aggregate")
    ap.add_argument("--json", type=Path, help="with --roles: write the per-part role figures here")
    ap.add_argument("--probes", type=Path, nargs="+", help="probe files: attribution on every story, tagged or not")
    a = ap.parse_args(argv)
    if neutral := neutral_files(a.probes or ()):
        ap.error(f"--probes lists each error; the neutral judges are read in aggregate only: {' '.join(neutral)}")
    score = load_scorer(a.shared)
    if a.probes:
        return probe_totals(a.probes, score, a.kind)  # every kind unless one is asked for
    if a.roles:
        return roles(a.shared, score, a.kind == "role", a.limit, a.json)
    if a.calibrate:
        return calibrate(a.shared, score)
    a.kind = a.kind or "missed"

    if a.parts:
        return part_totals(a.shared, score)

    totals = {"found": 0, "wrong": 0, "missed": 0, "spurious": 0}
    listed: list[str] = []
    for row in gold_fact_articles(a.shared):
        if is_check(row["id"]):
            continue
        text = row["text"]
        pred = [{"speaker": q.speaker, "text": q.text, "conf": q.confidence} for q in find_quotes(text)]
        fates, spurious = classify(row.get("quotes") or [], pred, score)
        for g, kind, near in fates:
            totals[kind] += 1
            if kind == a.kind:
                got = f" got {near[0]['speaker']!r}" if near else ""
                listed.append(
                    f"{row['id']} gold {g['speaker']!r}{got}: {g['text'][:80]!r}\n    {paragraph_of(text, g['text'])!r}"
                )
        totals["spurious"] += len(spurious)
        if a.kind == "spurious":
            listed += [
                f"{row['id']} {p['speaker']!r} ({p['conf']:.2f}): {p['text'][:80]!r}\n"
                f"    {paragraph_of(text, p['text'])!r}"
                for p in spurious
            ]
    print(" ".join(f"{k} {v}" for k, v in totals.items()))
    for item in listed[: a.limit]:
        print(item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
