"""`reprocess` re-derives tags and facts from stored HTML: a no-op when nothing changed, a repair when it did."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from loopback import LoopbackSite

from flows.demo import DEMO_SITE
from flows.poll_feeds import poll_feeds
from flows.reprocess import reprocess
from tasks.analysis.tag import TAGGER_VERSION

pytestmark = pytest.mark.usefixtures("prefect_harness")

SNAPSHOT = {
    "tags": "SELECT article_id, is_enforcement, score, tagger_version FROM article_tags ORDER BY 1",
    "facts": "SELECT fact_id, fact_type, value, unit, evidence FROM facts ORDER BY 1",
    "quotes": "SELECT quote_id, speaker, text FROM quotes ORDER BY 1",
    "articles": "SELECT article_id, title, text FROM articles ORDER BY 1",
}


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: con.execute(sql).fetchall() for name, sql in SNAPSHOT.items()}


@pytest.fixture
def ingested(tmp_path: Path) -> Path:
    db = tmp_path / "w.duckdb"
    with LoopbackSite() as site:
        site.add_directory(DEMO_SITE)
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(
            f"feeds:\n  - url: {site.url('/feeds/ledger.xml')}\n  - url: {site.url('/feeds/border-wire.atom')}\n"
        )
        poll_feeds(feeds_file=str(feeds), db_path=str(db), allow_private_networks=True)
    return db


def test_reprocess_with_the_same_code_changes_nothing(ingested: Path) -> None:
    before = _snapshot(ingested)
    summary = reprocess(db_path=str(ingested))
    assert summary.articles == 5
    assert _snapshot(ingested) == before


def test_reprocess_rederives_what_an_older_version_left(ingested: Path) -> None:
    before = _snapshot(ingested)
    with duckdb.connect(str(ingested)) as con:  # what an older tagger and fact extractor might have left
        con.execute("UPDATE article_tags SET tagger_version = 'tag-0.9', score = 0.5")
        con.execute("DELETE FROM facts")
        con.execute("DELETE FROM quotes")
    reprocess(db_path=str(ingested))
    after = _snapshot(ingested)
    assert after == before
    assert {row[3] for row in after["tags"]} == {TAGGER_VERSION}
