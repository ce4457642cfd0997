"""docs/warehouse.md, generated from the warehouse's own COMMENT ONs, so the document cannot drift.

    .venv/bin/python -m tasks.store.dictionary > docs/warehouse.md      (or: make docs)

The cookbook (schemas/cookbook.sql) is part of the document: each query under its `-- name:` heading,
run by tests/store/test_dictionary.py against a warehouse filled by the demo.
"""

from __future__ import annotations

import re
import sys
from importlib import resources

import duckdb

from tasks.store.warehouse import migrate

INTRO = """# The newsflow warehouse: data dictionary and cookbook

Generated from the comments in the DuckDB file (`schemas/comments.sql`) by `make docs`; do not edit by
hand. Query the read snapshot `data/newsflow.read.duckdb` (`newsflow sql`), never the live file.
"""


def cookbook() -> list[tuple[str, str]]:
    """(title, SQL) of each cookbook query, in file order."""
    text = resources.files("schemas").joinpath("cookbook.sql").read_text(encoding="utf-8")
    parts = re.split(r"^-- name: (.+)$", text, flags=re.MULTILINE)[1:]
    return [(title.strip(), sql.strip()) for title, sql in zip(parts[::2], parts[1::2], strict=True)]


def dictionary_markdown(con: duckdb.DuckDBPyConnection) -> str:
    """Every table and view with its comment, then each column's type and comment; then the cookbook."""
    objects = con.execute(
        """
        SELECT table_name, 'table', comment FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal
        UNION ALL
        SELECT view_name, 'view', comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal
        ORDER BY 2 DESC, 1
        """
    ).fetchall()
    lines = [INTRO]
    for kind in ("view", "table"):
        lines += [f"## {kind.capitalize()}s", ""]
        for name, object_kind, comment in objects:
            if object_kind != kind:
                continue
            lines += [f"### `{name}`", "", comment or "", "", "| column | type | meaning |", "| --- | --- | --- |"]
            for column, data_type, column_comment in con.execute(
                "SELECT column_name, data_type, comment FROM duckdb_columns() "
                "WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index",
                [name],
            ).fetchall():
                meaning = (column_comment or "").replace("|", r"\|")
                lines.append(f"| `{column}` | {data_type} | {meaning} |")
            lines.append("")
    lines += ["## Cookbook", ""]
    for title, sql in cookbook():
        lines += [f"### {title}", "", "```sql", sql, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def generate() -> str:
    """The document for the schema this code ships (an empty in-memory warehouse, fully migrated)."""
    con = duckdb.connect()
    try:
        migrate(con)
        return dictionary_markdown(con)
    finally:
        con.close()


if __name__ == "__main__":
    sys.stdout.write(generate())
