"""The articles' raw pages, as Parquet files beside the warehouse rather than inside it.

Why not in DuckDB: a checkpoint rewrites the last row group of every table a transaction appended to,
holding that row group's values in memory, and the row group is the whole table until it reaches
122,880 rows. With ~30 KB of gzip per page, every checkpoint of the loader decoded every page stored so
far: `load_pending` over 129 staged batches (5,925 real pages) peaked at 590 MiB, climbing with the
table, and at 351 MiB, flat, with the pages in files. A page file is written once and never read
again by the loader, so its cost stays one batch.

Layout: `<warehouse>.pages/<batch_id>.parquet`, one file per loaded batch, with the columns of
article_html (schemas/tables.py). The file is written under a `.tmp` name, synced and renamed before
the batch's transaction commits, so a committed article always has its page; loading a batch again
rewrites the same file, so it never duplicates one. The article_html table keeps the pages loaded
before this layout; `stored_pages_sql` reads both.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.tables import to_arrow

#: beside `<warehouse>`, like its `.staging` folder and its read snapshot
SUFFIX = ".pages"


def pages_dir(db_path: Path | str) -> Path:
    """data/newsflow.duckdb -> data/newsflow.duckdb.pages"""
    return Path(f"{db_path}{SUFFIX}")


def page_file(db_path: Path | str, batch_id: str) -> Path:
    return pages_dir(db_path) / f"{batch_id}.parquet"


def fsync_path(path: Path) -> None:
    """Flush a file, or a folder after a rename into it, to disk: what makes a write-then-rename durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def keep_pages(db_path: Path | str, batch_id: str, pages: pa.Table) -> Path:
    """Write one batch's pages (article_html rows) durably; returns the file (call before the commit)."""
    final = page_file(db_path, batch_id)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(final.name + ".tmp")
    # no further compression: html_gzip is gzip already
    pq.write_table(to_arrow("article_html", pages), tmp, compression="none")
    fsync_path(tmp)
    os.replace(tmp, final)
    fsync_path(final.parent)
    return final


def drop_pages(db_path: Path | str, batch_id: str) -> None:
    """Remove a batch's page file (its transaction was rolled back, so no article refers to it)."""
    page_file(db_path, batch_id).unlink(missing_ok=True)


def page_files(db_path: Path | str) -> list[Path]:
    """Every complete page file, oldest batch first."""
    folder = pages_dir(db_path)
    return sorted(folder.glob("*.parquet")) if folder.is_dir() else []


def stored_pages_sql(db_path: Path | str) -> str:
    """A query over every stored page, one row per article: article_html plus the page files.

    An article staged twice (two overlapping runs) has its page in two files; the older batch's wins,
    and a page in article_html wins over both, as the article_html key kept the first page loaded.
    """
    columns = "article_id, html_gzip, html_bytes, encoding, fetched_at"
    if not page_files(db_path):
        return f"SELECT {columns} FROM article_html"
    pattern = str(pages_dir(db_path) / "*.parquet").replace("'", "''")  # `.parquet.tmp` files do not match
    return (
        f"SELECT {columns} FROM (SELECT {columns}, '' AS filename FROM article_html "
        f"UNION ALL SELECT {columns}, filename FROM read_parquet('{pattern}', filename = true)) "
        "QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY filename) = 1"
    )
