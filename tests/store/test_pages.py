"""tasks/store/pages.py: the loader keeps each batch's pages in a Parquet file beside the warehouse, once,
and stored_html reads them together with the pages article_html held before."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tasks.store import warehouse
from tasks.store.pages import page_files, pages_dir
from tasks.store.staging import load_pending, stage_batch

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def batch(article_id: str, html: bytes, outcome: str = "ok") -> dict[str, list[dict]]:
    url = f"https://news.example/{article_id}"
    return {
        "articles": [{"article_id": article_id, "url": url, "canonical_url": url, "title": f"Story {article_id}"}],
        "article_html": [
            {
                "article_id": article_id,
                "html_gzip": warehouse.compress_html(html),
                "html_bytes": len(html),
                "fetched_at": NOW,
            }
        ],
        "fetch_events": [
            {"event_id": f"e-{article_id}", "url": url, "kind": "article", "fetched_at": NOW, "outcome": outcome}
        ],
    }


def stored(db_path: Path) -> dict[str, tuple[str, bytes]]:
    with warehouse.connect(db_path, read_only=True) as con:
        return {p.article_id: (p.url, p.html) for p in warehouse.stored_html(con, batch_size=1)}


def test_pages_go_to_one_file_per_batch_not_into_the_warehouse(tmp_path: Path, db_path: Path) -> None:
    staging = tmp_path / "staging"
    first = stage_batch(staging, batch("a1", b"<p>one</p>"))
    second = stage_batch(staging, batch("a2", b"<p>two</p>"))
    report = load_pending(staging, db_path)
    assert report.rows["article_html"] == 2
    assert [p.name for p in page_files(db_path)] == [f"{first.name}.parquet", f"{second.name}.parquet"]
    assert pages_dir(db_path) == Path(f"{db_path}.pages")
    with warehouse.connect(db_path, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM article_html").fetchall() == [(0,)]
    assert stored(db_path) == {
        "a1": ("https://news.example/a1", b"<p>one</p>"),
        "a2": ("https://news.example/a2", b"<p>two</p>"),
    }


def test_a_page_staged_twice_is_stored_once(tmp_path: Path, db_path: Path) -> None:
    staging = tmp_path / "staging"
    stage_batch(staging, batch("a1", b"<p>first fetch</p>"))
    load_pending(staging, db_path)
    stage_batch(staging, batch("a1", b"<p>fetched again</p>"))  # an overlapping run fetched it too
    again = load_pending(staging, db_path)
    assert again.rows["article_html"] == 0 and again.rows["articles"] == 0
    assert len(page_files(db_path)) == 2
    assert stored(db_path) == {"a1": ("https://news.example/a1", b"<p>first fetch</p>")}


def test_pages_stored_in_article_html_before_the_files_are_still_read(tmp_path: Path, db_path: Path) -> None:
    warehouse.load_batch(db_path, batch("old", b"<p>kept in the table</p>"))  # as loads wrote it before
    staging = tmp_path / "staging"
    stage_batch(staging, batch("old", b"<p>refetched</p>"))
    stage_batch(staging, batch("new", b"<p>in a file</p>"))
    load_pending(staging, db_path)
    assert stored(db_path) == {
        "new": ("https://news.example/new", b"<p>in a file</p>"),
        "old": ("https://news.example/old", b"<p>kept in the table</p>"),
    }


def test_a_rejected_batch_leaves_no_page_file(tmp_path: Path, db_path: Path) -> None:
    staging = tmp_path / "staging"
    stage_batch(staging, batch("bad", b"<p>x</p>", outcome="no_such_outcome"))
    good = stage_batch(staging, batch("good", b"<p>y</p>"))
    report = load_pending(staging, db_path)
    assert len(report.failed) == 1
    assert [p.name for p in page_files(db_path)] == [f"{good.name}.parquet"]
    assert stored(db_path) == {"good": ("https://news.example/good", b"<p>y</p>")}
