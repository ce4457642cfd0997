"""Shared test fixtures: real shared data from ../shared, an isolated Prefect home, fresh DuckDB files.

Prefect settings are fixed here, before any test imports prefect, so that no test talks to a
developer's own Prefect server or writes into ~/.prefect (see ../shared/notes/).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from prefect_stack import Stack

_PREFECT_HOME = tempfile.mkdtemp(prefix="newsflow-prefect-home-")
os.environ.pop("PREFECT_API_URL", None)
os.environ.update(
    {
        "PREFECT_HOME": _PREFECT_HOME,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
    }
)
for _name in [k for k in os.environ if k.startswith("NEWSFLOW_")]:
    del os.environ[_name]

REPO_DIR = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_DIR.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", help="run tests that start a Prefect server or a browser")
    parser.addoption("--screenshots", metavar="DIR", help="copy the UI test's screenshots here (docs/img)")


#: session fixtures that start processes or analyse the whole dev set: under `make test` (pytest-xdist, two
#: workers) the tests that share one run on one worker, so each is set up once, not once per worker
SHARED_SETUPS = ("newsflow_stack", "demo_run", "dev_set_evaluation")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups off the items
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not (config.getoption("--runslow") or os.environ.get("CI") == "true"):
        skip_slow = pytest.mark.skip(reason="slow: starts a real Prefect server or browser; use --runslow")
        for item in items:
            if "slow" in item.keywords:
                item.add_marker(skip_slow)
    if "PYTEST_XDIST_WORKER" in os.environ:  # set in each pytest-xdist worker
        group_for_workers(items)


def group_for_workers(items: list[pytest.Item]) -> None:
    """Give each test its pytest-xdist group, the pipeline's tests first.

    A group runs whole on one worker: the tests sharing an expensive session fixture are one group, every other
    module a group of its own (its module fixtures then start once). Workers take the groups in order as they
    free up, so the pipeline's tests (real servers and subprocesses, mostly waiting) go first, the slow ones
    first of all, and the many short, CPU-only analysis modules fill in beside them to the end.
    """
    for item in items:
        shared = next((name for name in SHARED_SETUPS if name in item.fixturenames), None)
        item.add_marker(pytest.mark.xdist_group(shared or item.nodeid.split("::")[0]))
    items.sort(key=lambda item: (item.nodeid.startswith("tests/analysis/"), "slow" not in item.keywords))


def require_shared(*parts: str) -> Path:
    """Path under ../shared; skip when it is absent, but fail under CI=true where it must exist."""
    path = SHARED_DIR.joinpath(*parts)
    if not path.exists():
        message = f"{path} is absent: the shared corpus must sit beside the repository as ../shared"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def dev_set_evaluation(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """bench/evaluate.py run once over the labelled dev set: its predictions file and its figures (--json).

    The counts and quotes floors read this one run: each run analyses every dev article, so a run per test
    cost a whole extra pass.
    """
    import json
    import subprocess
    import sys

    require_shared("gold", "facts-dev.jsonl")
    out = tmp_path_factory.mktemp("dev-set")
    predictions, figures = out / "pred.jsonl", out / "figures.json"
    args = [sys.executable, str(REPO_DIR / "bench" / "evaluate.py"), "--out", str(predictions), "--json", str(figures)]
    subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO_DIR)
    return predictions, json.loads(figures.read_text())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh DuckDB file per test."""
    return tmp_path / "warehouse.duckdb"


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for the session, only for tests that really run flows.

    Requested explicitly (not autouse), so the pure-function tests never pay its ~7 s start.
    """
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture
def harness_api_url(prefect_harness: None, monkeypatch: pytest.MonkeyPatch) -> str:
    """The session harness's API, set as PREFECT_API_URL for one test: a `newsflow` command (in process or a
    subprocess) then reports there instead of starting a temporary server of its own, which cost 10-30 s a
    command on this machine. For tests about something else; test_cli.py and test_temporary_server.py test
    the temporary server itself.
    """
    from prefect.settings import PREFECT_API_URL

    url = str(PREFECT_API_URL.value())
    monkeypatch.setenv("PREFECT_API_URL", url)
    return url


#: what stops the newsflow_stack fixture's processes: closed after the last test that uses it, else at session end
_NEWSFLOW_STACK_STOP = ExitStack()


@pytest.fixture(scope="session")
def newsflow_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A real server + pool + prefect.yaml deployments + worker, with one finished poll-feeds run.

    Shared by test_prefect_server.py and test_prefect_ui.py (starting it costs about a minute);
    every process it starts is stopped right after the last test that uses it (pytest_runtest_teardown),
    not at session end: left running, its worker ran the deployments' scheduled poll-feeds runs and its
    server took CPU during the later slow tests (tests/prefect_stack.py).
    """
    from prefect_stack import running_stack

    with _NEWSFLOW_STACK_STOP:
        yield _NEWSFLOW_STACK_STOP.enter_context(running_stack(tmp_path_factory.mktemp("newsflow-stack")))


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Stop the newsflow stack once no later test of the session uses it (closing twice does nothing)."""
    if "newsflow_stack" not in getattr(item, "fixturenames", ()):
        return
    later = item.session.items[item.session.items.index(item) + 1 :]
    if not any("newsflow_stack" in getattr(other, "fixturenames", ()) for other in later):
        _NEWSFLOW_STACK_STOP.close()


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A warehouse filled by `newsflow demo` (its own throwaway Prefect server), and what the demo printed.

    One per session: the warehouse, snapshot, SQL, export, report and cookbook tests all read it.
    """
    import subprocess
    import sys

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    done = subprocess.run(
        [sys.executable, "-c", f"from flows.cli import main; raise SystemExit(main(['demo', '--db', {str(db)!r}]))"],
        capture_output=True,
        text=True,
        cwd=REPO_DIR,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return db, done.stdout
