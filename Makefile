# The project's commands. `make run` and `make test` are the README's two setup commands.
# uv is installed into .tools/ at a pinned version so a fresh machine needs only python3 (3.11+).

UV_VERSION := 0.13.9
UV := .tools/bin/uv
export UV_PYTHON_DOWNLOADS := never
# installed packages are compiled to bytecode once, at install: with PYTHONDONTWRITEBYTECODE set (as on the
# project machine) every run otherwise compiled Prefect's server and client from source, about half of their
# import time (measured: importing prefect.server 6.6 -> 3.2 s CPU, the flow's modules 4.3 -> 1.9 s)
export UV_COMPILE_BYTECODE := 1

# two pytest-xdist workers, tests grouped by the fixtures they share (tests/conftest.py): most of the suite's
# time is waiting on Prefect servers and subprocesses, so a second worker runs beside it
PYTEST_WORKERS := --numprocesses 2 --dist loadgroup --no-loadscope-reorder

.PHONY: run test lint demo serve bench docs

.tools/bin/uv:
	python3 -m venv .tools
	.tools/bin/pip install --quiet "uv==$(UV_VERSION)"

.venv/.synced: pyproject.toml uv.lock Makefile $(UV)
	$(UV) sync --frozen --python python3 --compile-bytecode
	touch $@

run: .venv/.synced            ## one poll-and-process cycle over feeds.yaml into data/newsflow.duckdb
	.venv/bin/newsflow run

demo: .venv/.synced           ## the whole pipeline offline, against a fixture site served on loopback
	.venv/bin/newsflow demo

serve: .venv/.synced          ## background runs: local Prefect server, work pool, deployments, worker
	.venv/bin/newsflow serve

lint: .venv/.synced
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

test: lint                    ## lint, then the test suite (slow server/browser tests run with CI=true or --runslow)
	.venv/bin/pytest $(PYTEST_WORKERS) $(PYTEST_ARGS)

bench: .venv/.synced
	for script in bench/*.py; do .venv/bin/python $$script || exit 1; done

docs: .venv/.synced          ## regenerate docs/warehouse.md from the warehouse's own comments
	.venv/bin/python -m tasks.store.dictionary > docs/warehouse.md
