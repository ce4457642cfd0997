"""`newsflow serve`: newsflow running in the background on one machine, the Prefect way.

`serve_background()` does the four steps of the README's short path, each only if needed:

1. a Prefect server: reuse the one at PREFECT_API_URL, or at http://HOST:PORT if it answers; else
   start `prefect server start` detached, its history in `state_dir/home` (PREFECT_HOME, unless the
   environment sets one), never in ~/.prefect;
2. the process work pool `newsflow-pool`, created if missing;
3. the deployments in prefect.yaml (`prefect deploy --all`, PROJECT_DIR set), with the poll-feeds
   interval replaced when `poll_every_s` is not the yaml's 900 s;
4. a process worker for the pool, started detached unless one is already online.

It returns at once, leaving the server and worker running, and records the process ids it started in
`state_dir/serve.json` as it goes, so `stop_background()` stops exactly what it started, even after a
later step failed (a reused server or worker is never stopped), and the server's API address, so
`newsflow run` reports to it while it answers (`served_api_url`). NEWSFLOW_* settings in the
environment (or `env`) are inherited by the worker and so by every flow run: that is how the
deployments' null parameters find the warehouse and the feed list.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

# The one HTTP client outside tasks/fetch/: it only talks to the local Prefect server this module starts
# (health, work pool, workers), never to the web, so netguard's refusal of loopback does not apply.
import httpx

from tasks.config import PROJECT_DIR, load_settings
from tasks.errors import NewsflowError

POOL = "newsflow-pool"
POLL_DEPLOYMENT = "poll-feeds/poll-feeds"
DEPLOYMENTS = ("poll-feeds", "poll-partition", "load-staged", "enforcement-alerts", "daily-digest", "reprocess")
YAML_POLL_EVERY_S = 900
PREFECT = str(Path(sys.executable).with_name("prefect"))


class ServeError(NewsflowError):
    """A step of `newsflow serve` failed; the message names the step and the log to read."""


@dataclass(frozen=True)
class Background:
    """What serve_background left running."""

    api_url: str
    ui_url: str
    server_pid: int | None  # None: an already-running server was reused
    worker_pid: int | None  # None: a worker was already polling the pool
    server_log: str
    worker_log: str

    def describe(self) -> str:
        """What `newsflow serve` prints: where the UI is, what runs, where the logs are."""
        started = [
            f"{what} pid {pid}" for what, pid in (("server", self.server_pid), ("worker", self.worker_pid)) if pid
        ]
        return "\n".join(
            [
                f"Prefect UI: {self.ui_url}  (API {self.api_url})",
                f"started: {', '.join(started) or 'nothing (server and worker were already running)'}",
                f"deployments: {', '.join(DEPLOYMENTS)} on work pool {POOL}",
                f"logs: {self.server_log}, {self.worker_log}",
                "run now: prefect deployment run poll-feeds/poll-feeds  (or `newsflow run`: it reports here too)",
                "stop: newsflow serve --stop",
            ]
        )


def _healthy(api_url: str) -> bool:
    try:
        return httpx.get(f"{api_url}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _run(args: list[str], env: Mapping[str, str], cwd: Path, what: str) -> str:
    done = subprocess.run(
        args, env=dict(env), cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300
    )
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise ServeError(f"{what} failed ({' '.join(args[1:])}): {' / '.join(tail)}")
    return done.stdout


def _spawn(args: list[str], env: Mapping[str, str], cwd: Path, log: Path) -> subprocess.Popen[bytes]:
    """Start a long-running process in its own session, so it outlives us and is stopped as a group."""
    with log.open("ab") as out:
        return subprocess.Popen(
            args, env=dict(env), cwd=cwd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip


def _wait_healthy(api_url: str, proc: subprocess.Popen[bytes], timeout_s: float, log: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if _healthy(api_url):
            return
        if proc.poll() is not None:
            raise ServeError(f"prefect server exited with {proc.returncode}; see {log}")
        time.sleep(0.3)
    raise ServeError(f"prefect server not healthy after {timeout_s:.0f}s; see {log}")


def _set_poll_interval(api_url: str, seconds: int) -> None:
    """Replace the poll-feeds schedule with one of `seconds` (the yaml says 900)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.schedules import IntervalSchedule
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(POLL_DEPLOYMENT)
        for schedule in client.read_deployment_schedules(deployment.id):
            client.delete_deployment_schedule(deployment.id, schedule.id)
        client.create_deployment_schedules(
            deployment.id, [(IntervalSchedule(interval=timedelta(seconds=seconds)), True)]
        )


def _worker_online(api_url: str, pool: str) -> bool:
    response = httpx.post(f"{api_url}/work_pools/{pool}/workers/filter", json={}, timeout=10)
    return response.status_code == 200 and any(w.get("status") == "ONLINE" for w in response.json())


def serve_background(
    project_dir: Path = PROJECT_DIR,
    host: str = "127.0.0.1",
    port: int = 4200,
    poll_every_s: int = YAML_POLL_EVERY_S,
    state_dir: Path | None = None,
    env: Mapping[str, str] | None = None,
    server_timeout_s: float = 120,
    worker_limit: int | None = None,
) -> Background:
    """Start (or reuse) server, pool, deployments and worker; see the module docstring.

    Args:
        project_dir: the directory holding prefect.yaml; flow runs execute there.
        host, port: where to start the server when none is configured or answering.
        poll_every_s: the poll-feeds interval schedule, in seconds.
        state_dir: logs, serve.json and the server's Prefect home (default: settings.prefect_dir).
        env: extra environment for server, deploy and worker (e.g. NEWSFLOW_DB_PATH).
        server_timeout_s: how long a fresh server may take to answer /api/health.
        worker_limit: flow runs the worker runs at once (`prefect worker start --limit`); None: no limit.
            With several workers on a pool (scale-out), a limit leaves runs for the others.
    """
    state_dir = state_dir or load_settings().prefect_dir
    (state_dir / "home").mkdir(parents=True, exist_ok=True)  # the server's SQLite file goes there
    base = {
        "PREFECT_HOME": str(state_dir / "home"),
        **os.environ,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        **(env or {}),
    }
    api_url = base.get("PREFECT_API_URL") or f"http://{host}:{port}/api"
    base.update(PREFECT_API_URL=api_url, PROJECT_DIR=str(project_dir), PREFECT_CLI_PROMPT="false")
    server_log, worker_log = state_dir / "server.log", state_dir / "worker.log"

    state_file = state_dir / "serve.json"
    # keep the pids of an earlier serve (a reused server is still ours to stop)
    state: dict[str, Any] = json.loads(state_file.read_text(encoding="utf-8")) if state_file.exists() else {}

    def save(kind: str, pid: int) -> None:  # after each start, so a failed later step can still be stopped
        state.setdefault(kind, []).append(pid)
        state["api_url"] = api_url
        state_file.write_text(json.dumps(state, indent=2), encoding="utf-8")

    server_pid = None
    if not _healthy(api_url):
        if "PREFECT_API_URL" in {**os.environ, **(env or {})}:
            raise ServeError(f"PREFECT_API_URL={api_url} does not answer; start that server or unset it")
        server = _spawn(
            [PREFECT, "server", "start", "--host", host, "--port", str(port)], base, project_dir, server_log
        )
        server_pid = server.pid
        save("servers", server_pid)
        _wait_healthy(api_url, server, server_timeout_s, server_log)

    if httpx.get(f"{api_url}/work_pools/{POOL}", timeout=10).status_code == 404:
        _run([PREFECT, "work-pool", "create", POOL, "--type", "process"], base, project_dir, "creating the pool")
    _run([PREFECT, "--no-prompt", "deploy", "--all"], base, project_dir, "deploying prefect.yaml")
    if poll_every_s != YAML_POLL_EVERY_S:
        _set_poll_interval(api_url, poll_every_s)

    worker_pid = None
    if not _worker_online(api_url, POOL):
        limit = ["--limit", str(worker_limit)] if worker_limit else []
        worker_pid = _spawn([PREFECT, "worker", "start", "--pool", POOL, *limit], base, project_dir, worker_log).pid
        save("workers", worker_pid)

    return Background(
        api_url=api_url,
        ui_url=api_url.removesuffix("/api"),
        server_pid=server_pid,
        worker_pid=worker_pid,
        server_log=str(server_log),
        worker_log=str(worker_log),
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z")


def _children(pid: int) -> list[int]:
    """Direct children (Linux /proc): flow runs a worker started live in sessions of their own."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _stop(pid: int, signals: int, grace_s: float = 15) -> None:
    """SIGTERM `signals` times (a Prefect worker needs two), then SIGKILL its group and its children."""
    children = _children(pid)
    for _ in range(signals):
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            break
        time.sleep(0.5)
    deadline = time.monotonic() + grace_s
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    for target in [pid, *children]:
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(target, signal.SIGKILL)  # each was started as a session (group) leader
    for _ in range(25):  # reap it if it is our child, so no zombie is left behind
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                break
        except ChildProcessError:  # not our child: its parent or init reaps it
            break
        time.sleep(0.2)


def _is_prefect(pid: int) -> bool:
    try:
        return b"prefect" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def served_api_url(state_dir: Path | None = None) -> str | None:
    """The API of the server `newsflow serve` started, if it still answers; else None."""
    state_file = (state_dir or load_settings().prefect_dir) / "serve.json"
    try:
        api_url = json.loads(state_file.read_text(encoding="utf-8")).get("api_url")
    except (OSError, ValueError):
        return None
    return api_url if api_url and _healthy(api_url) else None


def stop_background(state_dir: Path | None = None) -> list[int]:
    """Stop the workers (two signals each) and servers serve_background started; returns their pids."""
    state_file = (state_dir or load_settings().prefect_dir) / "serve.json"
    if not state_file.exists():
        return []
    state = json.loads(state_file.read_text(encoding="utf-8"))
    stopped = []
    for kind, signals in (("workers", 2), ("servers", 1)):  # workers first: they report to the server
        for pid in state.get(kind, []):
            if _alive(pid) and _is_prefect(pid):  # a stale file's pid may belong to someone else now
                _stop(pid, signals)
                stopped.append(pid)
    state_file.unlink()
    return stopped
