"""The bench scripts stay runnable: each runs on a tiny input in a subprocess and prints its headline figures.

Like reader's tests/test_bench.py: this checks the wiring, not the numbers (those are for a person to read).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import REPO_DIR, SHARED_DIR, require_shared


def _run_bench(script: str, *args: str, timeout: int) -> str:
    require_shared("corpus", "article-extraction-benchmark", "html")
    require_shared("corpus", "articles-newspaper3k-testdata", "articles.jsonl.gz")
    done = subprocess.run(
        [sys.executable, str(REPO_DIR / "bench" / script), *args],
        cwd=REPO_DIR,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, f"{script} exited {done.returncode}:\n{done.stdout}\n{done.stderr[-3000:]}"
    return done.stdout


def test_analysis_cost_bench_prints_both_costs_and_the_verdict() -> None:
    out = _run_bench("analysis_cost.py", "--articles", "10", timeout=300)
    assert re.search(r"extraction \(trafilatura\)\s+p50\s+[\d.]+\s+p95\s+[\d.]+\s+mean\s+[\d.]+ ms/article", out)
    assert re.search(r"analysis \(tasks\.analysis\.analyze\.analyze\)\s+p50\s+[\d.]+", out)
    assert re.search(r"ratio analysis/extraction: of means [\d.]+", out)
    assert re.search(r"issue #3 claim .*: (HOLDS|DOES NOT HOLD)", out)


@pytest.mark.slow
def test_pipeline_bench_runs_the_flow_twice_and_prints_stage_times() -> None:
    out = _run_bench("pipeline.py", "--articles", "10", timeout=600)
    assert re.search(r"run 1 wall [\d.]+ s, [\d.]+ articles/s \(10 new articles", out)
    assert re.search(r"run 2 wall [\d.]+ s \(all 304s: (\d+)/\1 not modified, 0 new articles\)", out)
    for stage in ("feed poll", "page fetch", "extraction", "analysis", "staging", "load"):
        assert re.search(rf"^\s+{stage}\s+[\d.]+ s", out, re.MULTILINE), stage
    assert re.search(r"peak RSS: this process \d+ MiB", out)
    assert re.search(r"duckdb file [\d.]+ MiB", out)
    assert re.search(r"rows: .*articles 10\b", out)


#: An invented probe story: the 98 is not in the text, so bench/probes.py must call it missed and the 97 spurious.
PROBE_STORY = {
    "family": "breakdown",
    "title": "ICE arrests 212 in North Texas",
    "published": "2025-03-02",
    "label": "enforcement",
    "text": "U.S. Immigration and Customs Enforcement arrested 212 people in North Texas last week, officials said."
    "\n\nOf those, 97 were arrested in Dallas.",
    "facts": [
        {"type": "arrests", "value": 212, "unit": "people", "places": ["North Texas"]},
        {"type": "arrests", "value": 98, "unit": "people", "places": ["Dallas"]},
    ],
    "quotes": [],
}


def _run_probes(tmp_path, file_name: str, story_id: str) -> str:
    require_shared("gold", "score.py")
    probes = tmp_path / file_name
    probes.write_text(json.dumps({"id": story_id, **PROBE_STORY}) + "\n", encoding="utf-8")
    return _run_bench("probes.py", str(probes), "--failures", "--shared", str(SHARED_DIR), timeout=120)


def test_probes_bench_scores_a_probe_file_and_lists_its_failures(tmp_path) -> None:
    out = _run_probes(tmp_path, "probes.jsonl", "probe-001")
    assert "probe-001 [breakdown]" in out
    assert re.search(r"missed\s+arrests 98 people", out)
    assert re.search(r"spurious arrests 97 people", out)
    assert re.search(r"probes.jsonl: 1 probes, 0 of 1 enforcement stories not tagged, 0 of 0 other stories tagged", out)
    assert re.search(r"breakdown\s+tagged\s+1/1\s+counts 0\.50 \(P 0\.50 R 0\.50, 1/2/2\)", out)


def test_probes_bench_reads_a_heldout_file_in_aggregate_only(tmp_path) -> None:
    out = _run_probes(tmp_path, "heldout-test.jsonl", "heldout-001")
    assert re.search(r"\(all\)\s+tagged\s+1/1\s+counts 0\.50 \(P 0\.50 R 0\.50, 1/2/2\)", out)
    assert "heldout-001" not in out and "missed" not in out and "breakdown" not in out
