"""The temporary Prefect server `newsflow run` starts itself (flows/temporary_server.py): up, answering, stopped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from flows.temporary_server import TemporaryServer, TemporaryServerError


@pytest.mark.slow  # a real Prefect server subprocess: ~5-15 s on this machine
def test_the_server_answers_the_prefect_api_with_its_history_in_prefect_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    server = TemporaryServer()
    server.start()
    process = server.process
    assert process is not None
    try:
        server.wait_ready(90)
        with urllib.request.urlopen(f"{server.api_url}/health", timeout=5) as response:
            assert json.load(response) is True
        assert (tmp_path / "home" / "prefect.db").exists()
    finally:
        server.stop()
    assert process.poll() is not None  # stopped, not left behind
    server.stop()  # twice is harmless (it is also registered to run at exit)


def test_a_server_that_cannot_start_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PREFECT_SERVER_DATABASE_CONNECTION_URL", "nonsense://")  # the app factory fails
    server = TemporaryServer()
    server.start()
    try:
        with pytest.raises(TemporaryServerError, match="exited with|did not answer"):
            server.wait_ready(60)
    finally:
        server.stop()
    assert os.environ.get("PREFECT_API_URL") != server.api_url  # starting never changes the environment


@pytest.mark.slow  # a real Prefect server subprocess
def test_the_server_does_not_outlive_a_killed_run(tmp_path: Path) -> None:
    # a run killed by SIGKILL (the fault tests do it) never reaches its exit handlers: the kernel ends the server
    script = (
        "import os, signal\n"
        "from flows.temporary_server import TemporaryServer\n"
        "server = TemporaryServer()\n"
        "server.start()\n"
        "server.wait_ready(90)\n"
        "print(server.process.pid, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "home")}
    env.pop("PREFECT_API_URL", None)
    run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == -9, run.stderr
    server_pid = int(run.stdout.split()[0])
    deadline = time.monotonic() + 10
    while Path(f"/proc/{server_pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not Path(f"/proc/{server_pid}").exists() or "Z" in Path(f"/proc/{server_pid}/stat").read_text().split()[2]
