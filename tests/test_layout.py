"""The tree reads as the pipeline, and its rules hold in code, not only in docs/ARCHITECTURE.md.

fetch -> extract -> analysis -> store -> notify: a stage imports only from itself, earlier stages, and
the shared ground (config, errors, schemas). Only tasks/store/ imports duckdb; only tasks/fetch/ imports
httpx (flows/serve.py's health check of the local Prefect API is the one named exception).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO_DIR = Path(__file__).resolve().parent.parent
STAGES = ["fetch", "extract", "analysis", "store", "notify"]
HTTP_EXCEPTIONS = {"flows/serve.py"}  # talks to the local Prefect server it started, not to the web


def product_modules() -> list[Path]:
    return sorted(p for d in ("tasks", "flows", "schemas") for p in (REPO_DIR / d).rglob("*.py"))


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def stage_of(module: str) -> int | None:
    """tasks.fetch.http -> 0, tasks.extract -> 1, ...; None for the shared ground and the orchestrator."""
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "tasks" and parts[1] in STAGES:
        return STAGES.index(parts[1])
    return None


def test_no_stage_imports_a_later_one() -> None:
    upward = []
    for path in (REPO_DIR / "tasks").rglob("*.py"):
        module = ".".join(path.relative_to(REPO_DIR).with_suffix("").parts).removesuffix(".__init__")
        own = stage_of(module)
        imports = imported_modules(path)
        if own is None:
            continue
        assert "tasks.ingest" not in imports, f"{module} imports the orchestrator"
        upward += [f"{module} -> {name}" for name in imports if (s := stage_of(name)) is not None and s > own]
    assert upward == []


@pytest.mark.parametrize(
    ("library", "allowed_prefix", "exceptions"),
    [("duckdb", "tasks/store/", set()), ("httpx", "tasks/fetch/", HTTP_EXCEPTIONS)],
)
def test_only_one_package_uses_each_outside_library(library: str, allowed_prefix: str, exceptions: set[str]) -> None:
    users = {
        str(path.relative_to(REPO_DIR))
        for path in product_modules()
        if any(name == library or name.startswith(f"{library}.") for name in imported_modules(path))
    }
    outside = {u for u in users if not u.startswith(allowed_prefix)} - exceptions
    assert outside == set(), f"{library} imported outside {allowed_prefix}"
    assert any(u.startswith(allowed_prefix) for u in users), "the rule guards nothing: the owner stopped using it"


def test_the_stage_packages_say_what_they_own() -> None:
    for stage in ("fetch", "analysis", "store", "notify"):
        doc = ast.get_docstring(ast.parse((REPO_DIR / "tasks" / stage / "__init__.py").read_text()))
        assert doc and len(doc.splitlines()) >= 2, f"tasks/{stage}/__init__.py needs its two-line docstring"
