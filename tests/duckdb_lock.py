"""A real second process holding a read-write DuckDB connection, for lock tests.

DuckDB's lock is per process (a second connection inside one process shares the instance), so
only another interpreter can reproduce what the pipeline meets when an analyst or a second run
has the warehouse open.
"""

from __future__ import annotations

import subprocess
import sys
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
def hold_lock(path: Path, read_only: bool = False) -> Iterator[subprocess.Popen[str]]:
    """Keep `path` open (read-write, or read-only as an analyst's reader) in another Python process
    until the block exits."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "ro" if read_only else "rw"
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield proc
    finally:
        if proc.stdin:
            proc.stdin.close()
        proc.wait(timeout=30)
