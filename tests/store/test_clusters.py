"""story_clusters and enforcement_events on real DuckDB files, real article text and the real analysis.

The wire story is the seed article (../shared/seed/operation-safe-city.txt); its copies carry what outlets
add to a wire text (a dateline, a byline, a footer). Batches go through staging and `load_pending`, the
loader the flows use, so clustering runs where it runs in production: after each load.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import require_shared

from tasks.analysis.analyze import analyze
from tasks.analysis.fingerprint import MAX_DISTANCE, bands, distance, fingerprint
from tasks.fetch.urls import article_id, feed_id
from tasks.store.clusters import assign_clusters, refresh_events
from tasks.store.digest_queries import CONFIDENT
from tasks.store.rows import analysis_rows
from tasks.store.staging import load_pending, stage_batch
from tasks.store.warehouse import connect

PUBLISHED = datetime(2026, 11, 19, 15, 30, tzinfo=UTC)
OTHER_STORY = (
    "Harbor County ends 287(g) agreement with ICE",
    "The Harbor County Board of Supervisors voted 4-1 on Thursday to end the sheriff's 287(g) agreement with "
    "Immigration and Customs Enforcement, which let jail deputies screen inmates for immigration status and hold "
    "them for federal agents. Supervisors who backed the change said the program had eroded trust between "
    "immigrant families and local police, and that the county could not justify the cost of jail space held for "
    "federal detainers. The sheriff, who opposed the vote, said his office would keep cooperating with federal "
    "authorities as state law allows. Dozens of residents spoke during a public comment period that ran past "
    "midnight, most of them in favour of ending the agreement after months of protests outside the county jail.",
)


@pytest.fixture(scope="module")
def wire() -> tuple[str, str]:
    text = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[1], "\n\n".join(lines[2:])  # line 0 is the masthead, line 1 the headline


def _copy(body: str, dateline: str, footer: str) -> str:
    """What an outlet makes of a wire story: its dateline before, its footer after."""
    return f"{dateline} — {body}\n\n{footer}"


def _stage(staging: Path, url: str, feed_url: str, title: str, text: str, published: datetime) -> str:
    aid = article_id(url)
    tables = analysis_rows(aid, analyze(title, text, published.date()), published)
    tables["articles"] = [
        {
            "article_id": aid,
            "url": url,
            "canonical_url": url,
            "feed_id": feed_id(feed_url),
            "title": title,
            "text": text,
            "published_at": published,
            "fetched_at": published,
        }
    ]
    tables["article_feeds"] = [{"article_id": aid, "feed_id": feed_id(feed_url), "entry_key": url}]
    stage_batch(staging, tables)
    return aid


def _clusters(db: Path) -> dict[str, str]:
    with connect(db, read_only=True) as con:
        return dict(con.execute("SELECT article_id, cluster_id FROM story_clusters").fetchall())


def _events(db: Path) -> list[dict]:
    with connect(db, read_only=True) as con:
        cursor = con.execute("SELECT * FROM enforcement_events ORDER BY fact_type, value")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_fingerprint_is_close_for_copies_and_far_for_another_story(wire: tuple[str, str]) -> None:
    _, body = wire
    a = fingerprint(_copy(body, "WASHINGTON (AP)", "Copyright 2026 The Associated Press."))
    b = fingerprint(_copy(body, "Washington", "Read more at the Daily Ledger."))
    other = fingerprint(OTHER_STORY[1])
    assert a is not None and b is not None and other is not None
    assert distance(a, b) <= MAX_DISTANCE < distance(a, other)
    assert any(x == y for x, y in zip(bands(a), bands(b), strict=True))  # what the store looks up
    assert fingerprint("ICE arrests 212 in Texas.") is None  # too short to fingerprint


def test_two_wire_copies_from_two_feeds_are_one_story_and_one_event(
    wire: tuple[str, str], tmp_path: Path, db_path: Path
) -> None:
    title, body = wire
    staging = tmp_path / "staging"
    first = _stage(
        staging,
        "https://ledger.example/2026/11/ice-operation",
        "https://ledger.example/feed.xml",
        title,
        _copy(body, "WASHINGTON (AP)", "Copyright 2026 The Associated Press."),
        PUBLISHED,
    )
    second = _stage(
        staging,
        "https://www.borderwire.example/news/ice-safe-city?id=9",
        "https://borderwire.example/atom.xml",
        title,
        _copy(body, "Washington", "Read more at Border Wire."),
        PUBLISHED + timedelta(hours=5),
    )
    other = _stage(
        staging,
        "https://ledger.example/2026/11/harbor-county",
        "https://ledger.example/feed.xml",
        *OTHER_STORY,
        PUBLISHED,
    )
    report = load_pending(staging, db_path)
    assert len(report.loaded) == 3

    clusters = _clusters(db_path)
    assert clusters[first] == clusters[second] != clusters[other]
    events = _events(db_path)
    assert events, "the seed story has enforcement counts"
    copied = [e for e in events if set(e["article_ids"]) == {first, second}]
    assert copied == events  # every count is reported by both copies, and only once
    for event in events:
        assert (event["article_count"], event["outlet_count"], event["story_count"], event["feed_count"]) == (
            2,
            2,
            1,
            2,
        )
        assert event["outlets"] == ["borderwire.example", "ledger.example"]
        assert event["first_reported_at"] == PUBLISHED
        assert event["first_url"] == "https://ledger.example/2026/11/ice-operation"
        assert event["evidence"] and all(isinstance(sentence, str) for sentence in event["evidence"])
    with connect(db_path, read_only=True) as con:
        facts = con.execute(
            f"SELECT count(*) FROM facts f WHERE article_id IN (?, ?) AND part_of_fact_id IS NULL AND {CONFIDENT}",
            [first, second],
        ).fetchall()[0][0]
        parts = con.execute(
            "SELECT count(*) FROM facts WHERE article_id = ? AND part_of_fact_id IS NOT NULL", [first]
        ).fetchall()[0][0]
    assert facts == 2 * len(events)  # each copy's confident total is merged, none dropped
    assert parts == 2  # the seed's 28 and 14 of the 498: parts stay out of events, which analysts sum


def test_a_later_copy_joins_the_stored_cluster_and_rerunning_changes_nothing(
    wire: tuple[str, str], tmp_path: Path, db_path: Path
) -> None:
    title, body = wire
    staging = tmp_path / "staging"
    first = _stage(
        staging,
        "https://ledger.example/a",
        "https://ledger.example/feed.xml",
        title,
        _copy(body, "WASHINGTON (AP)", "Copyright 2026 The Associated Press."),
        PUBLISHED,
    )
    load_pending(staging, db_path)
    later = _stage(
        staging,
        "https://thirdpaper.example/b",
        "https://thirdpaper.example/rss",
        title,
        _copy(body, "WASHINGTON", "Follow us for more news."),
        PUBLISHED + timedelta(days=1),
    )
    load_pending(staging, db_path)  # a later run: only the new article's text is read

    clusters = _clusters(db_path)
    assert clusters[later] == clusters[first]
    with connect(db_path, read_only=True) as con:
        matched = con.execute(
            "SELECT matched_article_id, distance FROM story_clusters WHERE article_id = ?", [later]
        ).fetchall()
        before = con.execute("SELECT * FROM story_clusters ORDER BY article_id").fetchall()
        events_before = con.execute(
            "SELECT * EXCLUDE (refreshed_at) FROM enforcement_events ORDER BY event_id"
        ).fetchall()
    assert matched[0][0] == first and 0 <= matched[0][1] <= MAX_DISTANCE
    assert all(count == 2 for count in (e["article_count"] for e in _events(db_path)))

    with connect(db_path) as con:
        assert assign_clusters(con) == 0
        refresh_events(con)
        assert con.execute("SELECT * FROM story_clusters ORDER BY article_id").fetchall() == before
        after = con.execute("SELECT * EXCLUDE (refreshed_at) FROM enforcement_events ORDER BY event_id").fetchall()
    assert after == events_before


def test_exact_copies_land_in_one_cluster_whichever_loads_first(wire: tuple[str, str], tmp_path: Path) -> None:
    title, body = wire
    urls = ["https://one.example/story", "https://two.example/story"]
    seen = []
    for order in (urls, urls[::-1]):
        db = tmp_path / f"{order[0].split('/')[2]}.duckdb"
        staging = tmp_path / f"staging-{order[0].split('/')[2]}"
        for url in order:
            _stage(staging, url, "https://feed.example/rss", title, body, PUBLISHED)
            load_pending(staging, db)
        clusters = _clusters(db)
        assert len(set(clusters.values())) == 1
        seen.append(set(clusters.values()))
    assert seen[0] == seen[1]  # the same cluster id, not only the same grouping


def test_a_copy_published_weeks_later_starts_its_own_story(
    wire: tuple[str, str], tmp_path: Path, db_path: Path
) -> None:
    title, body = wire
    staging = tmp_path / "staging"
    first = _stage(staging, "https://one.example/a", "https://feed.example/rss", title, body, PUBLISHED)
    later = _stage(
        staging,
        "https://two.example/b",
        "https://feed.example/rss",
        title,
        _copy(body, "WASHINGTON", "Republished."),
        PUBLISHED + timedelta(days=30),
    )
    load_pending(staging, db_path)
    clusters = _clusters(db_path)
    assert clusters[first] != clusters[later]


def test_story_clusters_and_events_describe_every_column(db_path: Path) -> None:
    with connect(db_path) as con:
        from tasks.store.warehouse import migrate

        migrate(con)
        missing = con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE table_name IN "
            "('story_clusters', 'enforcement_events') AND (comment IS NULL OR comment = '')"
        ).fetchall()
        tables = con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE table_name IN ('story_clusters', 'enforcement_events') "
            "AND comment IS NOT NULL AND comment <> ''"
        ).fetchall()
    assert missing == []
    assert sorted(tables) == [("enforcement_events",), ("story_clusters",)]


def test_banding_finds_every_fingerprint_within_the_threshold(db_path: Path) -> None:
    """Pigeonhole: fingerprints within MAX_DISTANCE bits share a band, so the equality join misses none."""
    base = 0x0123_4567_89AB_CDEF
    # flip MAX_DISTANCE bits spread over different bands: only one band is left intact
    near = base ^ (1 << 3) ^ (1 << 20) ^ (1 << 40)
    far = base ^ (1 << 3) ^ (1 << 20) ^ (1 << 40) ^ (1 << 60)
    assert distance(base, near) == MAX_DISTANCE and distance(base, far) == MAX_DISTANCE + 1
    assert sum(x == y for x, y in zip(bands(base), bands(near), strict=True)) == 1
