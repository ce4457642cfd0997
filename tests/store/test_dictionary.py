"""The data dictionary: every table, view and column is explained in the file itself, and the doc is current."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from conftest import REPO_DIR

from tasks.store.dictionary import cookbook, generate
from tasks.store.warehouse import connect, migrate


def test_every_table_view_and_column_carries_a_comment(db_path: Path) -> None:
    with connect(db_path) as con:
        migrate(con)
        bare = con.execute(
            """
            SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND coalesce(comment, '') = ''
            UNION ALL SELECT view_name FROM duckdb_views()
                WHERE schema_name = 'main' AND NOT internal AND coalesce(comment, '') = ''
            UNION ALL SELECT table_name || '.' || column_name FROM duckdb_columns()
                WHERE schema_name = 'main' AND NOT internal AND coalesce(comment, '') = ''
            """
        ).fetchall()
    assert bare == [], "add these to schemas/comments.sql"


def test_docs_warehouse_md_is_generated_from_the_current_schema() -> None:
    committed = (REPO_DIR / "docs" / "warehouse.md").read_text(encoding="utf-8")
    assert committed == generate(), "docs/warehouse.md is stale: run `make docs`"


@pytest.fixture
def demo_warehouse(demo_run: tuple[Path, str]) -> Path:
    return demo_run[0]


@pytest.mark.parametrize(("title", "sql"), cookbook(), ids=[title for title, _ in cookbook()])
def test_each_cookbook_query_runs_on_a_filled_warehouse(demo_warehouse: Path, title: str, sql: str) -> None:
    with duckdb.connect(str(demo_warehouse), read_only=True) as con:
        rows = con.execute(sql).fetchall()
    if title.startswith(("Arrests", "Operations")):  # the demo's ICE operation story has both
        assert rows, f"{title}: no rows on the demo warehouse"


def test_arrests_by_place_count_a_breakdown_once(demo_warehouse: Path) -> None:
    """The demo story: 212 arrested across North Texas, "97 of the arrests in Dallas": 212, not 309."""
    sql = dict(cookbook())["Arrests by place and month"]
    with duckdb.connect(str(demo_warehouse), read_only=True) as con:
        rows = con.execute(sql).fetchall()
    assert [(place, arrests) for _, place, arrests, _ in rows] == [("North Texas", 212)]
