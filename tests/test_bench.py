"""The bench scripts stay runnable: each runs on a tiny input in a subprocess and prints its headline figures.

Like reader's tests/test_bench.py: this checks the wiring, not the numbers (those are for a person to read).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from conftest import REPO_DIR, require_shared


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
