"""tasks/store/warehouse.py against real DuckDB files: migrations, idempotent loads, state reads, locks."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest
from duckdb_lock import hold_lock
from stored_rows import NOW, article

from schemas.records import FETCH_OUTCOMES, FeedSource, FeedState
from schemas.tables import TABLES, fact_id, quote_id
from tasks.fetch.urls import feed_id
from tasks.store import warehouse
from tasks.store.warehouse import WarehouseError, WarehouseLockedError, connect, load_batch, migrate


def count(db_path: Path, table: str, where: str = "true") -> int:
    with connect(db_path, read_only=True) as con:
        return con.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchall()[0][0]


def analysis(article_id: str, version: str, values: list[float]) -> dict[str, list[dict[str, Any]]]:
    """The derived rows one analysis of an article produces."""
    return {
        "article_tags": [
            {
                "article_id": article_id,
                "is_enforcement": True,
                "score": 0.9,
                "topics": ["arrests"],
                "evidence": ["arrested"],
                "tagger_version": version,
            }
        ],
        "facts": [
            {
                "article_id": article_id,
                "fact_type": "arrests",
                "value": value,
                "unit": "people",
                "char_start": i * 10,
                "char_end": i * 10 + 5,
                "evidence": "ICE arrested 12 people.",
                "places": ["Chicago, Illinois"],
                "extractor_version": version,
            }
            for i, value in enumerate(values)
        ],
        "quotes": [
            {
                "article_id": article_id,
                "speaker": "A spokesperson",
                "text": "We enforce the law.",
                "extractor_version": version,
            }
        ],
        "mentions": [
            {
                "article_id": article_id,
                "kind": "agency",
                "name": "ICE",
                "normalized": "ICE",
                "extractor_version": version,
            }
        ],
    }


def full_batch() -> dict[str, list[dict[str, Any]]]:
    return {
        "feeds": [{"feed_id": "f1", "url": "https://news.example/feed", "etag": '"v1"', "polls": 1}],
        "fetch_events": [
            {
                "event_id": "e1",
                "run_id": "r1",
                "feed_id": "f1",
                "url": "https://news.example/feed",
                "kind": "feed",
                "fetched_at": NOW,
                "status": 200,
                "outcome": "ok",
                "bytes": 1234,
                "elapsed_ms": 80,
            },
        ],
        "articles": [article("a1"), article("a2")],
        "article_html": [{"article_id": "a1", "html_gzip": warehouse.compress_html(b"<p>hi</p>"), "html_bytes": 9}],
        "article_feeds": [{"article_id": "a1", "feed_id": "f1", "entry_key": "guid-1"}],
        "alerts": [{"alert_id": "al1", "article_id": "a1", "sink": "ui"}],
        "runs": [{"run_id": "r1", "started_at": NOW, "feeds_polled": 1, "new_articles": 2}],
        **analysis("a1", "v1", [12, 3]),
    }


# --- migrations and the schema contract ------------------------------------------------------------


def test_migrations_ship_inside_the_schemas_package() -> None:
    found = warehouse.migrations()
    assert found[0][:2] == (1, "001_initial.sql")
    assert "CREATE TABLE feeds" in found[0][2]


def test_migrate_applies_once_and_records_the_version(db_path: Path) -> None:
    shipped = [(version, name) for version, name, _ in warehouse.migrations()]
    assert shipped[0] == (1, "001_initial.sql") and len(shipped) > 1
    with connect(db_path) as con:
        assert migrate(con) == [version for version, _ in shipped]
        assert migrate(con) == []
    with connect(db_path) as con:
        assert migrate(con) == []
        assert con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall() == shipped


def test_arrow_schemas_match_the_ddl(db_path: Path) -> None:
    with connect(db_path) as con:
        migrate(con)
        for name, spec in TABLES.items():
            columns = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall()]
            assert spec.schema.names == columns, name


def test_feeds_table_has_a_column_for_every_feed_state_field(db_path: Path) -> None:
    with connect(db_path) as con:
        migrate(con)
        columns = {r[0] for r in con.execute("DESCRIBE feeds").fetchall()}
    assert {f.name for f in fields(FeedState)} <= columns


def test_outcome_check_accepts_exactly_the_fetch_outcomes(db_path: Path) -> None:
    events = [
        {"event_id": o, "url": "https://x.example/", "kind": "feed", "fetched_at": NOW, "outcome": o}
        for o in FETCH_OUTCOMES
    ]
    assert load_batch(db_path, {"fetch_events": events})["fetch_events"] == len(FETCH_OUTCOMES)


def test_unknown_outcome_is_rejected_and_the_whole_batch_rolled_back(db_path: Path) -> None:
    bad = {
        "event_id": "e9",
        "url": "https://x.example/",
        "kind": "feed",
        "fetched_at": NOW,
        "outcome": "weird",
    }
    with pytest.raises(duckdb.ConstraintException, match="CHECK constraint"):
        load_batch(db_path, {"articles": [article("a1")], "fetch_events": [bad]})
    assert count(db_path, "articles") == 0


def test_unknown_table_or_column_fails_before_touching_the_database(db_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown column"):
        load_batch(db_path, {"articles": [{**article("a1"), "titel": "typo"}]})
    with pytest.raises(ValueError, match="unknown warehouse table"):
        load_batch(db_path, {"article": [article("a1")]})
    assert not db_path.exists()


# --- idempotent loading ---------------------------------------------------------------------------


def test_loading_the_same_batch_twice_adds_no_rows(db_path: Path) -> None:
    load_batch(db_path, full_batch())
    first = {name: count(db_path, name) for name in TABLES}
    written = load_batch(db_path, full_batch())
    assert {name: count(db_path, name) for name in TABLES} == first
    assert first["facts"] == 2 and first["articles"] == 2 and first["mentions"] == 1
    assert written["articles"] == written["fetch_events"] == written["alerts"] == 0


def test_new_version_replaces_an_articles_derived_rows_and_leaves_others(db_path: Path) -> None:
    load_batch(db_path, {"articles": [article("a1"), article("a2")], **analysis("a1", "v1", [12, 3])})
    load_batch(db_path, analysis("a2", "v1", [7]))
    load_batch(db_path, analysis("a1", "v2", [40]))
    with connect(db_path, read_only=True) as con:
        rows = con.execute("SELECT article_id, value, extractor_version FROM facts ORDER BY article_id").fetchall()
        tags = con.execute("SELECT article_id, tagger_version FROM article_tags ORDER BY 1").fetchall()
    assert rows == [("a1", 40.0, "v2"), ("a2", 7.0, "v1")]
    assert tags == [("a1", "v2"), ("a2", "v1")]
    assert count(db_path, "quotes") == count(db_path, "mentions") == 2


def test_reanalysis_without_facts_removes_the_old_facts(db_path: Path) -> None:
    load_batch(db_path, analysis("a1", "v1", [12, 3]))
    load_batch(db_path, {**analysis("a1", "v2", []), "quotes": [], "mentions": []})
    assert count(db_path, "facts") == count(db_path, "quotes") == count(db_path, "mentions") == 0
    assert count(db_path, "article_tags", "tagger_version = 'v2'") == 1


def test_ids_are_derived_from_content() -> None:
    assert fact_id("a1", "arrests", "people", 12, 5) == fact_id("a1", "arrests", "people", 12.0, 5)
    assert fact_id("a1", "arrests", "people", 12, 5) != fact_id("a1", "arrests", "people", 12, 6)
    assert quote_id("a1", "Mayor", "No.") != quote_id("a1", "Mayor", "No!")
    assert re.fullmatch(r"[0-9a-f]{16}", quote_id("a1", None, "x"))


def test_same_story_in_two_feeds_is_one_article_with_two_listings(db_path: Path) -> None:
    load_batch(db_path, {"articles": [article("a1")], "article_feeds": [{"article_id": "a1", "feed_id": "f1"}]})
    load_batch(db_path, {"articles": [article("a1")], "article_feeds": [{"article_id": "a1", "feed_id": "f2"}]})
    assert count(db_path, "articles") == 1
    assert count(db_path, "article_feeds") == 2


def test_articles_change_only_when_the_extractor_does(db_path: Path) -> None:
    load_batch(db_path, {"articles": [article("a1", text="old")]})
    load_batch(db_path, {"articles": [article("a1", text="same extractor, ignored")]})
    assert count(db_path, "articles", "text = 'old'") == 1
    load_batch(db_path, {"articles": [article("a1", extractor="trafilatura 2.4", text="new")]})
    assert count(db_path, "articles", "text = 'new' AND extractor = 'trafilatura 2.4'") == 1


def test_an_article_is_alerted_at_most_once(db_path: Path) -> None:
    load_batch(db_path, {"alerts": [{"alert_id": "x1", "article_id": "a1", "sink": "webhook"}]})
    load_batch(db_path, {"alerts": [{"alert_id": "x2", "article_id": "a1", "sink": "webhook"}]})
    assert count(db_path, "alerts") == 1


def test_feed_upsert_overwrites_state_but_keeps_added_at(db_path: Path) -> None:
    load_batch(db_path, {"feeds": [{"feed_id": "f1", "url": "https://a.example/feed", "added_at": NOW}]})
    load_batch(
        db_path,
        {"feeds": [{"feed_id": "f1", "url": "https://a.example/feed", "failures": 2, "last_error": "timeout"}]},
    )
    load_batch(db_path, {"runs": [{"run_id": "r1", "feeds_polled": 1}]})
    load_batch(db_path, {"runs": [{"run_id": "r1", "feeds_polled": 5}]})
    with connect(db_path, read_only=True) as con:
        row = con.execute("SELECT failures, last_error, added_at, status FROM feeds").fetchall()
        runs = con.execute("SELECT feeds_polled FROM runs").fetchall()
    assert row == [(2, "timeout", NOW, "active")]
    assert runs == [(5,)]


# --- state reads ----------------------------------------------------------------------------------


def test_feed_sources_are_added_without_clobbering_poll_state(db_path: Path) -> None:
    sources = [FeedSource("https://a.example/feed", "A"), FeedSource("https://b.example/rss")]
    with connect(db_path) as con:
        migrate(con)
        assert warehouse.upsert_feed_sources(con, sources) == 2
    fid = feed_id("https://a.example/feed")
    load_batch(
        db_path,
        {
            "feeds": [
                {
                    "feed_id": fid,
                    "url": "https://a.example/feed",
                    "title": "A",
                    "etag": '"e"',
                    "next_poll_at": NOW,
                    "failures": 1,
                }
            ]
        },
    )
    with connect(db_path) as con:
        assert warehouse.upsert_feed_sources(con, [*sources, FeedSource("https://c.example/atom")]) == 1
        states = {s.url: s for s in warehouse.feed_states(con)}
    assert states["https://a.example/feed"].etag == '"e"'
    assert states["https://a.example/feed"].failures == 1
    assert states["https://a.example/feed"].next_poll_at == NOW
    assert set(states) == {"https://a.example/feed", "https://b.example/rss", "https://c.example/atom"}
    # the never-polled feeds come first: they are the most overdue
    assert list(states)[-1] == "https://a.example/feed"


def test_removed_feed_is_not_polled_until_listed_again(db_path: Path) -> None:
    with connect(db_path) as con:
        migrate(con)
        warehouse.upsert_feed_sources(con, [FeedSource("https://a.example/feed")])
        assert warehouse.remove_feed(con, "https://a.example/feed") is True
        assert warehouse.remove_feed(con, "https://a.example/feed") is False
        assert warehouse.feed_states(con) == []
    # a run that polled it before the removal must not bring it back
    load_batch(db_path, {"feeds": [{"feed_id": feed_id("https://a.example/feed"), "url": "https://a.example/feed"}]})
    with connect(db_path) as con:
        assert warehouse.feed_states(con) == []
        warehouse.upsert_feed_sources(con, [FeedSource("https://a.example/feed")])
        assert [s.url for s in warehouse.feed_states(con)] == ["https://a.example/feed"]


def test_known_article_ids_and_stored_html(db_path: Path) -> None:
    html = "<html><p>Agents detained 40 people – café</p></html>".encode()
    load_batch(
        db_path,
        {
            "articles": [article("a1")],
            "article_html": [{"article_id": "a1", "html_gzip": warehouse.compress_html(html), "fetched_at": NOW}],
        },
    )
    with connect(db_path, read_only=True) as con:
        assert warehouse.known_article_ids(con, ["a1", "zz", "a1"]) == {"a1"}
        assert warehouse.known_article_ids(con, []) == set()
        pages = list(warehouse.stored_html(con, batch_size=1))
    assert pages == [warehouse.StoredPage("a1", "https://news.example/a1", html, NOW, NOW, "Story a1")]


def test_feed_health_shows_failures_and_recent_outcomes(db_path: Path) -> None:
    events = [
        {
            "event_id": f"e{i}",
            "feed_id": "f1",
            "url": "https://a.example/feed",
            "kind": "feed",
            "fetched_at": NOW.replace(minute=i),
            "outcome": outcome,
        }
        for i, outcome in enumerate(["ok", "timeout", "timeout"])
    ]
    load_batch(
        db_path,
        {
            "feeds": [{"feed_id": "f1", "url": "https://a.example/feed", "failures": 2, "last_error": "timeout"}],
            "fetch_events": events,
        },
    )
    with connect(db_path, read_only=True) as con:
        (row,) = warehouse.feed_health(con)
    assert row["failures_in_a_row"] == 2
    assert (row["last_outcome"], row["ok_last_20"], row["fetches_last_20"]) == ("timeout", 1, 3)


# --- opening the file -----------------------------------------------------------------------------


def test_connect_creates_the_folder_and_closes(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "w.duckdb"
    with connect(path) as con:
        migrate(con)
    with pytest.raises(duckdb.ConnectionException):
        con.execute("SELECT 1")
    assert path.exists()


def test_lock_held_by_another_process_is_retried_then_reported(db_path: Path) -> None:
    with hold_lock(db_path) as holder:
        started = datetime.now(UTC)
        with pytest.raises(WarehouseLockedError) as caught, connect(db_path, retries=3, base_delay_s=0.05):
            pass
        waited = (datetime.now(UTC) - started).total_seconds()
    message = str(caught.value)
    assert "\n" not in message
    assert f"PID {holder.pid}" in message and "4 attempts" in message
    # it really backed off before giving up: three delays of 0.05, 0.1 and 0.2 s, each jittered by 0.5-1.5x
    assert waited >= 0.5 * (0.05 + 0.1 + 0.2)
    with connect(db_path) as con:  # released: the next open works
        assert migrate(con) == [version for version, _, _ in warehouse.migrations()]


def test_unopenable_file_is_a_one_line_warehouse_error(tmp_path: Path) -> None:
    not_duckdb = tmp_path / "notes.duckdb"
    not_duckdb.write_text("this is not a database\n" * 100)
    with (
        pytest.raises(WarehouseError, match=r"cannot open warehouse .*notes\.duckdb") as caught,
        connect(not_duckdb),
    ):
        pass
    assert "\n" not in str(caught.value)
    with (
        pytest.raises(WarehouseError, match="cannot create the warehouse folder"),
        connect(not_duckdb / "w.duckdb"),
    ):
        pass


def test_one_speaker_across_articles_with_the_role_of_the_first_full_mention(db_path: Path) -> None:
    """Quotes written by analysis_rows: "Donald J. Trump" in one story and "Donald Trump" in another share a
    speaker_id; the speakers view names the person once, with the role the first story gave."""
    from schemas.records import Analysis, Quote, TagResult
    from tasks.analysis.quotes import find_quotes
    from tasks.store.rows import analysis_rows

    tag = TagResult(True, 0.9, ("enforcement",), (), "t1")
    first = find_quotes("President Donald J. Trump spoke.\n“We will deport them all,” Trump said.")
    later = (Quote("Donald Trump", None, "The wall is going up fast.", confidence=0.5),)
    batch: dict[str, list] = {"articles": [article("a1"), article("a2")]}
    for article_id, quotes in (("a1", tuple(first)), ("a2", later)):
        for table, rows in analysis_rows(article_id, Analysis(tag=tag, quotes=quotes), NOW).items():
            batch.setdefault(table, []).extend(rows)
    load_batch(db_path, batch)
    with connect(db_path, read_only=True) as con:
        speakers = con.execute("SELECT name, role, quotes, articles FROM speakers").fetchall()
        shown = con.execute("SELECT speaker, text, confidence FROM confident_quotes").fetchall()
    assert speakers == [("Donald J. Trump", "President", 2, 2)]
    assert [(s, t) for s, t, _ in shown] == [("Donald J. Trump", "We will deport them all")]  # 0.5 is not shown
    assert shown[0][2] >= 0.7


def test_a_surname_said_alone_is_the_one_person_the_warehouse_knows_by_it(db_path: Path) -> None:
    """A story that only says "Trump" is quoting the Donald J. Trump other stories name in full; "Paul" stays
    apart while two people end in it, and a one-word body ("ICE") is never taken for a surname."""
    from schemas.records import Analysis, Quote, TagResult
    from tasks.store.rows import analysis_rows

    tag = TagResult(True, 0.9, ("enforcement",), (), "t1")
    stories = {
        "a1": [Quote("Donald J. Trump", "President", "We will deport them all.", confidence=0.9)],
        "a2": [Quote("Trump", None, "The wall is going up fast.", confidence=0.9)],
        "a3": [Quote("Rand Paul", "Senator", "Not this bill.", confidence=0.9)],
        "a4": [Quote("Ron Paul", None, "Liberty first.", confidence=0.9)],
        "a5": [Quote("Paul", None, "Who knows.", confidence=0.9), Quote("ICE", None, "Arrests rose.", confidence=0.9)],
        "a6": [Quote("Ed Ice", None, "Stop.", confidence=0.9)],
    }
    batch: dict[str, list] = {"articles": [article(i) for i in stories]}
    for article_id, quotes in stories.items():
        for table, rows in analysis_rows(article_id, Analysis(tag=tag, quotes=tuple(quotes)), NOW).items():
            batch.setdefault(table, []).extend(rows)
    load_batch(db_path, batch)
    with connect(db_path, read_only=True) as con:
        people = dict(con.execute("SELECT name, quotes FROM speakers").fetchall())
        shown = dict(con.execute("SELECT text, speaker FROM confident_quotes").fetchall())
    assert people["Donald J. Trump"] == 2 and "Trump" not in people
    assert shown["The wall is going up fast."] == "Donald J. Trump"
    assert people["Rand Paul"] == people["Ron Paul"] == people["Paul"] == 1  # two people end in "Paul"
    assert people["ICE"] == 1 and people["Ed Ice"] == 1  # an acronym is a body, not a surname


def test_confident_views_use_the_count_models_threshold() -> None:
    """enforcement_facts, the digest and alerts hide facts below the count model's `confident_at`."""
    from tasks.analysis.count_model import count_model
    from tasks.store.digest_queries import CONFIDENT

    sql = [s for _, _, s in warehouse.migrations() if "VIEW enforcement_facts AS" in s][-1]  # the view in force
    threshold = f">= {count_model().confident_at}"
    assert threshold in sql and threshold in CONFIDENT


def load_analysed_story(db_path: Path, text: str) -> None:
    """One enforcement story analysed by the real fact engine and stored as the pipeline stores it."""
    from schemas.records import Analysis, TagResult
    from tasks.analysis.facts import extract_facts
    from tasks.store.rows import analysis_rows

    parts = extract_facts("", text, None)
    tag = TagResult(True, 0.9, ("enforcement",), (), "t1")
    analyzed = Analysis(tag=tag, facts=parts.facts, places=parts.places, facts_version="f")
    batch: dict[str, list] = {"articles": [article("a1", text=text)]}
    for table, rows in analysis_rows("a1", analyzed, NOW).items():
        batch.setdefault(table, []).extend(rows)
    load_batch(db_path, batch)


def test_a_facts_region_or_facility_place_shows_its_state_and_coordinates(db_path: Path) -> None:
    """enforcement_facts joins a fact's first place to the article's place mentions by normalized name: a metro
    area, a Border Patrol sector and a facility get the coordinates of their town; the border has none."""
    load_analysed_story(
        db_path,
        "ICE officers arrested 51 people in the Houston area last week.\n\n"
        "Agents in the Laredo sector apprehended 1,800 migrants in May.\n\n"
        "The agency is holding 1,300 detainees at the Adelanto ICE Processing Center.\n\n"
        "Agents apprehended 29,116 migrants along the southern border in January.",
    )
    with connect(db_path, read_only=True) as con:
        rows = con.execute("SELECT value, place, state, lat, lon FROM enforcement_facts_all").fetchall()
    got = {value: (place, state, lat is not None and lon is not None) for value, place, state, lat, lon in rows}
    assert got[51] == ("Houston area", "Texas", True)
    assert got[1800] == ("Laredo sector", "Texas", True)
    assert got[1300] == ("Adelanto ICE Processing Center", "California", True)
    assert got[29116] == ("southern border", None, False)


def test_a_facts_place_says_whether_the_text_states_it_or_the_story_stands_in(db_path: Path) -> None:
    """facts.place_source and the analyst views tell a place the sentence states from the story's main place
    standing in for a sentence that names none, so an analyst can sum stated places only."""
    load_analysed_story(
        db_path,
        "Agents raided a plant in Omaha. Omaha officials objected, and Omaha police stood by.\n\n"
        "ICE arrested 38 workers in Omaha on Tuesday.\n\n"
        "Agents detained 12 more people the next day.\n\n"
        "Of those arrested, 30 had criminal convictions.",
    )
    with connect(db_path, read_only=True) as con:
        stored = dict(con.execute("SELECT value, place_source FROM facts").fetchall())
        rows = con.execute("SELECT value, place, place_source FROM enforcement_facts_all").fetchall()
    assert stored == {38: "sentence", 12: "story", 30: None}
    shown = {value: (place, source) for value, place, source in rows}
    assert shown == {38: ("Omaha, Nebraska", "sentence"), 12: ("Omaha, Nebraska", "story"), 30: (None, None)}
