"""Each top-level name of the analysis modules is defined once.

Rules land as sections appended to the lexicons by several hands at once; a second `NAME = ...` further down silently
replaces the first for every reader, including the code written for the first (round 15 lost a breakdown pattern so
until a re-read found it). A class extended later is written into its first definition instead.
"""

from __future__ import annotations

import ast
from collections import Counter

import pytest
from conftest import REPO_DIR

MODULES = sorted((REPO_DIR / "tasks" / "analysis").glob("*.py")) + sorted(
    (REPO_DIR / "tasks" / "analysis" / "count_lexicon").glob("*.py")
)


def _defined_twice(source: str) -> list[str]:
    """Top-level names assigned, or functions and classes defined, more than once in a module's source."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, times in names.items() if times > 1)


def test_the_check_finds_a_name_redefined_further_down() -> None:
    source = 'A = "x"\nB = 1\n\n\ndef f() -> None: ...\n\n\nA = A + "y"\n'
    assert _defined_twice(source) == ["A"]


@pytest.mark.parametrize("module", MODULES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_each_top_level_name_is_defined_once(module) -> None:
    assert _defined_twice(module.read_text(encoding="utf-8")) == []


LEXICON_PACKAGE = REPO_DIR / "tasks" / "analysis" / "count_lexicon"


def test_each_name_of_the_count_lexicon_has_one_module() -> None:
    """The count lexicon is a package of modules by theme: a name defined in two of them would let two readers read
    two patterns under one name, which the check of each module alone does not see."""
    homes: Counter[str] = Counter()
    for module in sorted(LEXICON_PACKAGE.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        names = {
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        names |= {node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))}
        homes.update(names)
    assert sorted(name for name, times in homes.items() if times > 1) == []
