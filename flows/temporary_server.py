"""The temporary Prefect server of `newsflow run` and `newsflow reprocess`, started in the background at once.

Left to itself, Prefect starts its temporary ("ephemeral") server at the first flow call: the CLI
process first imports the whole Prefect server (FastAPI, SQLAlchemy, every model) only to launch it
as a subprocess, then waits while that subprocess imports it all again, on one core. newsflow
launches the same subprocess (uvicorn on Prefect's app factory, UI off, in Prefect's ephemeral mode,
history in PREFECT_HOME) before Prefect is even imported, points PREFECT_API_URL at it, and waits for
it only just before the first flow call, so the server's start overlaps the CLI's own imports, its
checks and the start of the extraction workers. It is stopped when the process exits, after
Prefect's own exit handlers have sent the run's last events and logs.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tasks.errors import NewsflowError

#: what Prefect sets for its own temporary server (no UI, the ephemeral server's reduced services), and no
#: telemetry: a run on a machine without internet must not log an error for Prefect's usage ping
_SERVER_ENV = {
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "0",
}
#: the server subprocess's first lines: ask the kernel to SIGTERM it when newsflow's process dies, even by
#: SIGKILL, where `atexit` never runs (Linux's PR_SET_PDEATHSIG; a parent already gone means exit), then
#: hand over to uvicorn's own command line
_CHILD = """
import ctypes, os, signal, sys
if sys.platform == "linux":
    ctypes.CDLL(None).prctl(1, signal.SIGTERM)
    if os.getppid() != int(os.environ["NEWSFLOW_SERVER_PARENT"]):
        sys.exit(0)
from uvicorn.main import main
sys.argv[0] = "uvicorn"
main()
"""
#: uvicorn's exit status when the port was taken between choosing it and binding it
_PORT_IN_USE = 3
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class TemporaryServerError(NewsflowError):
    """The temporary Prefect server did not come up."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _app_dir() -> str:
    """The folder holding the `prefect` package, found without importing it."""
    spec = importlib.util.find_spec("prefect")
    assert spec is not None and spec.origin is not None, "prefect is installed"
    return str(Path(spec.origin).parent.parent)


class TemporaryServer:
    """One Prefect API server subprocess on a free loopback port, for the life of this process."""

    def __init__(self) -> None:
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._ready = False

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> None:
        """Launch the server and return at once; `wait_ready` waits for it."""
        self.port = _free_port()
        command = [
            sys.executable,
            "-c",
            _CHILD,
            "--app-dir",
            _app_dir(),
            "--factory",
            "prefect.server.api.server:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--log-level",
            "error",
            "--lifespan",
            "on",
        ]
        env = {**os.environ, **_SERVER_ENV, "NEWSFLOW_SERVER_PARENT": str(os.getpid())}
        self.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL)
        atexit.register(self.stop)  # before Prefect registers its handlers, so it runs after them

    def _healthy(self) -> bool:
        try:
            with _NO_PROXY.open(f"{self.api_url}/health", timeout=2) as response:
                return bool(response.status == 200)
        except (urllib.error.URLError, OSError):
            return False

    def wait_ready(self, timeout_s: float) -> None:
        """Block until the server answers its health check; restart it once on a port taken meanwhile."""
        assert self.process is not None, "start() first"
        deadline = time.monotonic() + timeout_s
        while not self._ready:
            if self._healthy():
                self._ready = True
                return
            if self.process.poll() is not None:
                if self.process.returncode != _PORT_IN_USE:
                    raise TemporaryServerError(f"the temporary Prefect server exited with {self.process.returncode}")
                self.start()
            if time.monotonic() > deadline:
                self.stop()
                raise TemporaryServerError(f"the temporary Prefect server did not answer within {timeout_s:.0f}s")
            time.sleep(0.1)

    def stop(self) -> None:
        """Terminate the server (kill it if it lingers past 5 s); safe to call twice."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
