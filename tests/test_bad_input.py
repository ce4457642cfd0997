"""Bad input gets one clear line and exit 2, and never loses good input (issue 11, section 4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO_DIR, require_shared

from flows.cli import main
from tasks.store.warehouse import load_batch


def _newsflow(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO_DIR,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def _one_line(stderr: bytes) -> str:
    text = stderr.decode()
    assert "Traceback" not in text
    assert text.strip().count("\n") == 0, text
    return text


@pytest.mark.parametrize(
    "setting",
    [
        "NEWSFLOW_ARTICLE_BATCH_SIZE=0",
        "NEWSFLOW_READ_TIMEOUT_S=-1",
        "NEWSFLOW_CONNECT_TIMEOUT_S=nan",
        "NEWSFLOW_MAX_BODY_BYTES=-1",
        "NEWSFLOW_FETCH_CONCURRENCY=0",
        "NEWSFLOW_EXTRACTION_TIMEOUT_S=inf",
    ],
)
def test_an_out_of_range_setting_stops_before_anything_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], setting: str
) -> None:
    name, value = setting.split("=")
    monkeypatch.setenv(name, value)
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: https://news.example/feed\n", encoding="utf-8")
    assert main(["run", "--feeds", str(feeds), "--db", str(tmp_path / "w.duckdb")]) == 2
    err = capsys.readouterr().err
    assert name in err and "out of range" in err and err.count("\n") == 1
    assert not (tmp_path / "w.duckdb").exists()  # nothing polled, nothing written


def test_analyze_turns_a_bad_byte_and_a_deep_nesting_into_error_lines_and_goes_on() -> None:
    seed = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    good = json.dumps({"id": "seed", "title": "", "text": seed, "published": "2017-09-28"}).encode()
    not_utf8 = b'{"id": "latin1", "text": "Jos\xe9 Mu\xf1oz was detained"}'
    nested = b"[" * 100_000 + b"]" * 100_000
    result = _newsflow("analyze", stdin=b"\n".join([good, not_utf8, nested, good]) + b"\n")
    assert result.returncode == 0, result.stderr.decode()[-500:]
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line.get("id") for line in lines] == ["seed", None, None, "seed"]
    assert "not UTF-8" in lines[1]["error"] and "nested too deeply" in lines[2]["error"]
    assert lines[0] == lines[3] and "error" not in lines[0]


def test_a_feed_list_nested_100000_deep_is_one_line(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    result = _newsflow("feeds", "list", "--feeds", str(feeds))
    assert result.returncode == 2
    assert "nested too deeply" in _one_line(result.stderr)


def test_feeds_add_validates_before_it_writes(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: https://news.example/feed\n", encoding="utf-8")
    before = feeds.read_bytes()
    for bad in ("javascript:alert(1)", "http://a..b/feed"):
        result = _newsflow("feeds", "add", bad, "--feeds", str(feeds))
        assert result.returncode == 2
        assert bad in _one_line(result.stderr)
        assert feeds.read_bytes() == before  # the file was never touched
    listed = _newsflow("feeds", "list", "--feeds", str(feeds))
    assert listed.returncode == 0 and b"https://news.example/feed" in listed.stdout


def test_check_reads_every_block_and_names_a_damaged_warehouse(tmp_path: Path, db_path: Path) -> None:
    text = " ".join(f"word{i}" for i in range(200))
    articles = [{"article_id": f"a{i}", "url": f"u{i}", "canonical_url": f"u{i}", "text": text} for i in range(20_000)]
    load_batch(db_path, {"articles": articles})
    healthy = _newsflow("check", "--db", str(db_path))
    assert healthy.returncode == 0 and b"readable" in healthy.stdout
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:  # damage blocks in the middle of the data
        for fraction in (0.4, 0.5, 0.6, 0.7, 0.8):
            handle.seek(int(size * fraction))
            handle.write(b"\x00\xff" * 32)
    damaged = _newsflow("check", "--db", str(db_path))
    assert damaged.returncode == 2
    message = _one_line(damaged.stderr)
    assert "damaged" in message and "backup" in message
