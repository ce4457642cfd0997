"""Peak RSS of the loader (`load_pending`) over repeated loads into one warehouse, in one long-lived process.

    .venv/bin/python bench/load_memory.py STAGED_DIR [--rounds 4]

STAGED_DIR holds staged batches made by a real run (e.g. a `newsflow run` whose warehouse was locked
by an open `newsflow sql` on the live file leaves all its batches staged). Each round copies them with
fresh ids (article, URL, entry and event ids get a `#r<round>` suffix, so every round adds new rows)
into a scratch staging folder and loads them into the same warehouse, sampling this process's RSS
every 3 ms. Prints per round: RSS before, peak during, and after the load. A loader whose memory
grows with the warehouse shows a rising peak.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR))

from tasks.store.staging import load_pending, pending_batches  # noqa: E402

RENAMED = ("article_id", "canonical_url", "url", "entry_key", "event_id")


def rss_mib() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))


class Peak:
    """The highest RSS of this process since `reset`, sampled by a thread every 3 ms."""

    def __init__(self) -> None:
        self.mib = 0
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while True:
            self.mib = max(self.mib, rss_mib())
            time.sleep(0.003)

    def reset(self) -> None:
        self.mib = rss_mib()


def copy_round(batches: list[Path], staging: Path, suffix: str) -> None:
    """The staged batches again under new ids, so loading them adds rows."""
    for batch in batches:
        folder = staging / batch.name
        folder.mkdir(parents=True)
        for path in batch.glob("*.parquet"):
            table = pq.read_table(path)
            for column in RENAMED:
                if column in table.column_names and pa.types.is_string(table.schema.field(column).type):
                    renamed = pc.binary_join_element_wise(table[column], pa.scalar(suffix), "")
                    table = table.set_column(table.column_names.index(column), column, renamed)
            pq.write_table(table, folder / path.name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("staged", type=Path, help="a folder of staged batches from a real run (left untouched)")
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    batches = [b for b in pending_batches(args.staged) if isinstance(b, Path)]
    if not batches:
        raise SystemExit(f"no staged batches in {args.staged}")
    peak = Peak()
    with tempfile.TemporaryDirectory(prefix="newsflow-load-memory-") as tmp:
        db, staging = Path(tmp) / "w.duckdb", Path(tmp) / "staging"
        for round_no in range(args.rounds):
            copy_round(batches, staging, f"#r{round_no}")
            peak.reset()
            before = peak.mib
            report = load_pending(staging, db)
            time.sleep(0.05)
            print(
                f"round {round_no}: {len(report.loaded)} batches, {report.rows.get('articles', 0)} new articles; "
                f"RSS before {before} MiB, peak {peak.mib} MiB, after {rss_mib()} MiB",
                flush=True,
            )
            shutil.rmtree(staging, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
