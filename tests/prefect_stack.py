"""A real newsflow deployment for the slow tests: server, pool, prefect.yaml deployments, worker, site.

`running_stack()` starts `prefect server start` on a free loopback port with a temporary PREFECT_HOME
(through flows/serve.py `serve_background`, the code `newsflow serve` runs), serves the demo site on
loopback, starts poll-feeds with `prefect deployment run`, and waits for it. On exit it stops the
worker (two signals), its flow-run children and the server, whatever happened in between.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from flows.demo import DEMO_SITE, write_demo_feed_list
from flows.serve import PREFECT, Background, serve_background, stop_background
from flows.site_server import serve_directory

REPO_DIR = Path(__file__).resolve().parent.parent
TERMINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}
#: how often a slow test asks the API again while it waits: a 1 s step added half a second on average to every
#: wait (runs, events, workers), and the asking costs the server little next to what the flow runs make it do
POLL_S = 0.25


class PrefectApi:
    """What a slow test asks of a running Prefect server: its REST API and its CLI. A subclass provides
    `api` (the API URL), `env` (the environment a `prefect` command runs in) and `log_tail()` (what to show
    when a run does not finish)."""

    api: str
    env: dict[str, str]

    def log_tail(self, lines: int = 40) -> str:
        raise NotImplementedError

    def post(self, path: str, body: dict[str, Any]) -> Any:
        response = httpx.post(f"{self.api}{path}", json=body, timeout=30)
        response.raise_for_status()
        return response.json()

    def get(self, path: str) -> Any:
        response = httpx.get(f"{self.api}{path}", timeout=30)
        response.raise_for_status()
        return response.json()

    def prefect(self, *args: str) -> str:
        done = subprocess.run([PREFECT, *args], env=self.env, cwd=REPO_DIR, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr + done.stdout
        return done.stdout

    def deployment(self, name: str) -> dict[str, Any]:
        return self.get(f"/deployments/name/{name}")

    def wait_for_run(self, flow_run_id: str, timeout_s: float = 240) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            run = self.get(f"/flow_runs/{flow_run_id}")
            if run["state_type"] in TERMINAL:
                return run
            time.sleep(POLL_S)
        raise AssertionError(f"flow run {flow_run_id} not finished after {timeout_s}s\n{self.log_tail()}")

    def runs_of(self, deployment: str) -> list[dict[str, Any]]:
        deployment_id = self.deployment(deployment)["id"]
        return self.post("/flow_runs/filter", {"flow_runs": {"deployment_id": {"any_": [deployment_id]}}})

    def start_run(self, deployment: str, **parameters: str) -> str:
        """`prefect deployment run [-p name=value ...]`, as a user would; returns the flow run id."""
        options = [arg for name, value in parameters.items() for arg in ("-p", f"{name}={value}")]
        out = self.prefect("deployment", "run", deployment, *options)
        return next(line.split("UUID:")[1].strip() for line in out.splitlines() if "UUID:" in line)


@dataclass(frozen=True)
class Stack(PrefectApi):
    background: Background
    env: dict[str, str]
    state_dir: Path
    db_path: Path
    poll_run: dict[str, Any]  # the poll-feeds flow run, as the API returned it when it finished
    timings: dict[str, float]

    @property
    def api(self) -> str:
        return self.background.api_url

    def log_tail(self, lines: int = 40) -> str:
        log = Path(self.background.worker_log)
        text = log.read_text(errors="replace") if log.exists() else ""
        return "worker log tail:\n" + "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_stack(tmp: Path) -> Iterator[Stack]:
    state_dir = tmp / "state"
    db_path = tmp / "warehouse.duckdb"
    timings: dict[str, float] = {}
    started = time.monotonic()
    with serve_directory(DEMO_SITE) as base_url:
        feeds_file = write_demo_feed_list(base_url, tmp)
        extra = {
            "PREFECT_HOME": str(tmp / "prefect-home"),
            "PREFECT_LOGGING_LEVEL": "INFO",
            "PREFECT_WORKER_QUERY_SECONDS": "1",  # the worker picks runs up within a second
            "NEWSFLOW_DB_PATH": str(db_path),
            "NEWSFLOW_STAGING_DIR": str(tmp / "staging"),
            "NEWSFLOW_FEEDS_FILE": str(feeds_file),
            "NEWSFLOW_ALLOW_PRIVATE_NETWORKS": "true",  # the demo site is on loopback
        }
        try:
            background = serve_background(project_dir=REPO_DIR, port=free_port(), state_dir=state_dir, env=extra)
            assert background.server_pid and background.worker_pid, "the test must own its server and worker"
            timings["serve_background_s"] = time.monotonic() - started
            env = {**os.environ, **extra, "PREFECT_API_URL": background.api_url}
            stack = Stack(background, env, state_dir, db_path, {}, timings)
            t = time.monotonic()
            poll_run = stack.wait_for_run(stack.start_run("poll-feeds/poll-feeds"))
            timings["poll_feeds_run_s"] = time.monotonic() - t
            yield Stack(background, env, state_dir, db_path, poll_run, timings)
        finally:
            stop_background(state_dir)
