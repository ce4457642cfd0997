"""A real second process holding a read-write DuckDB connection, for lock tests.

DuckDB's lock is per process (a second connection inside one process shares the instance), so
only another interpreter can reproduce what the pipeline meets when an analyst or a second run
has the warehouse open.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_HOLDER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
con.execute("SELECT 1").fetchall()
print("ready", flush=True)
sys.stdin.readline()  # hold the lock until the test writes a line or closes stdin
con.close()
"""


@contextmanager
def hold_lock(path: Path, read_only: bool = False, wait: float = 0.0) -> Iterator[subprocess.Popen[str]]:
    """Keep `path` open (read-write, or read-only as an analyst's reader) in another Python process
    until the block exits. `wait`: seconds to keep retrying while another process holds the file (an analyst
    who opens it mid-run retries until the run's load has let go of it); 0 fails at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "ro" if read_only else "rw"
    deadline = time.monotonic() + wait
    while True:
        proc = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(path), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL if wait else None,
            text=True,
        )
        assert proc.stdout is not None
        if proc.stdout.readline().strip() == "ready":
            break
        proc.wait(timeout=30)
        assert time.monotonic() < deadline, f"{path} stayed locked by another process for {wait} s"
        time.sleep(0.05)
    try:
        yield proc
    finally:
        if proc.stdin:
            proc.stdin.close()
        proc.wait(timeout=30)
