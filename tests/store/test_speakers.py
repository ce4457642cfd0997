"""One person however the stories name them: quotes.speaker_key (schemas/009) and the speaker_people view,
against real DuckDB files."""

from __future__ import annotations

from pathlib import Path

from stored_rows import NOW, article

from schemas.records import Analysis, Quote, TagResult
from schemas.tables import speaker_id
from tasks.analysis.quote_speakers import speaker_key
from tasks.analysis.quotes import find_quotes
from tasks.store import warehouse
from tasks.store.rows import analysis_rows
from tasks.store.warehouse import connect, load_batch, migrate

TAG = TagResult(True, 0.9, ("enforcement",), (), "t1")


def load_stories(db_path: Path, stories: dict[str, list[Quote]]) -> None:
    """Each story's quotes written as the pipeline writes them (analysis_rows), one batch."""
    batch: dict[str, list] = {"articles": [article(i) for i in stories]}
    for article_id, quotes in stories.items():
        for table, rows in analysis_rows(article_id, Analysis(tag=TAG, quotes=tuple(quotes)), NOW).items():
            batch.setdefault(table, []).extend(rows)
    load_batch(db_path, batch)


def people(db_path: Path) -> dict[str, str]:
    """Each stored speaker's name -> the name of the person speaker_people makes them."""
    with connect(db_path, read_only=True) as con:
        return dict(
            con.execute(
                """SELECT DISTINCT q.speaker, s.name
                   FROM quotes q
                   JOIN speaker_people p USING (speaker_id)
                   JOIN speakers s ON s.speaker_id = p.person_id"""
            ).fetchall()
        )


def test_the_analysis_key_is_stored_with_each_quote(db_path: Path) -> None:
    """find_quotes gives each quote its speaker_key; the row stores it and its hash as speaker_id."""
    quotes = find_quotes("Donald J. Trump spoke on Monday.\n“We will build the wall,” Trump said.")
    assert [(q.speaker, q.speaker_key) for q in quotes] == [("Donald J. Trump", "donald trump")]
    load_stories(db_path, {"a1": quotes, "a2": [Quote("Pedro Treviño Jr.", None, "We were never told.")]})
    with connect(db_path, read_only=True) as con:
        rows = con.execute("SELECT speaker, speaker_key, speaker_id FROM quotes ORDER BY speaker").fetchall()
    assert rows == [
        ("Donald J. Trump", "donald trump", speaker_id("donald trump")),
        ("Pedro Treviño Jr.", "pedro trevino", speaker_id("pedro trevino")),  # a hand-built quote: the store keys it
    ]


def test_speaker_people_merges_a_surname_by_the_stored_key(db_path: Path) -> None:
    """ "Trump" alone is the Donald J. Trump another story names in full; "Paul" alone stays apart while both
    "Rand Paul" and "Ron Paul" end in it; and the view reads the stored key, not the written name: the agency
    "U.S. Immigration and Customs Enforcement" is keyed "ice", so a speaker cut to "Enforcement" is no surname
    of it (recomputing surnames from the names, as 007 did, merged the two)."""
    load_stories(
        db_path,
        {
            "a1": [Quote("Donald J. Trump", "President", "We will deport them all.", confidence=0.9)],
            "a2": [Quote("Trump", None, "The wall is going up fast.", confidence=0.9)],
            "a3": [Quote("Rand Paul", "Senator", "Not this bill.", confidence=0.9)],
            "a4": [Quote("Ron Paul", None, "Liberty first.", confidence=0.9)],
            "a5": [Quote("Paul", None, "Who knows.", confidence=0.9)],
            "a6": [Quote("U.S. Immigration and Customs Enforcement", None, "Arrests rose.", confidence=0.9)],
            "a7": [Quote("Enforcement", None, "Nobody was hurt.", confidence=0.9)],
        },
    )
    merged = people(db_path)
    assert merged["Trump"] == merged["Donald J. Trump"] == "Donald J. Trump"
    assert merged["Rand Paul"] == "Rand Paul" and merged["Ron Paul"] == "Ron Paul" and merged["Paul"] == "Paul"
    assert merged["Enforcement"] == "Enforcement"
    with connect(db_path, read_only=True) as con:
        keys = dict(con.execute("SELECT speaker, speaker_key FROM quotes").fetchall())
    assert keys["U.S. Immigration and Customs Enforcement"] == "ice"


def test_a_second_full_name_ending_in_the_surname_splits_them_again(db_path: Path) -> None:
    """The view follows the warehouse: once another "... Trump" is quoted, a bare "Trump" is nobody's for sure."""
    load_stories(
        db_path,
        {
            "a1": [Quote("Donald J. Trump", None, "We will deport them all.", confidence=0.9)],
            "a2": [Quote("Trump", None, "The wall is going up fast.", confidence=0.9)],
        },
    )
    assert people(db_path)["Trump"] == "Donald J. Trump"
    load_stories(db_path, {"a3": [Quote("Melania Trump", None, "Children need their parents.", confidence=0.9)]})
    assert people(db_path)["Trump"] == "Trump"


def test_migration_009_backfills_the_key_of_rows_written_before_it(db_path: Path) -> None:
    """A warehouse at 007 with quotes but no speaker_key: 009 fills the key as speaker_key gives it for a
    person's name (accents, initials, "Jr." dropped), and the view then merges and keeps apart as before."""
    with connect(db_path) as con:
        for version, name, sql in warehouse.migrations():
            if version <= 7:
                con.execute(sql)
                con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
        names = ["Donald J. Trump", "Trump", "Rand Paul", "Ron Paul", "Paul", "José Ángel Núñez Jr.", "Ed O’Neil"]
        for i, name in enumerate(names):
            con.execute(
                "INSERT INTO quotes (quote_id, article_id, speaker, text, extractor_version, speaker_id)"
                " VALUES (?, ?, ?, ?, 'old', ?)",
                [f"q{i}", f"a{i}", name, f"Words number {i}.", speaker_id(speaker_key(name))],
            )
        assert migrate(con) == [v for v, _, _ in warehouse.migrations() if v > 7]
        keys = dict(con.execute("SELECT speaker, speaker_key FROM quotes").fetchall())
        person = dict(
            con.execute(
                "SELECT q.speaker, p.person_id FROM quotes q JOIN speaker_people p USING (speaker_id)"
            ).fetchall()
        )
    assert keys == {name: speaker_key(name) for name in names}
    assert person["Trump"] == person["Donald J. Trump"] == speaker_id("donald trump")
    assert len({person["Rand Paul"], person["Ron Paul"], person["Paul"]}) == 3
