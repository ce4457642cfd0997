"""Where people were taken after their arrest is not where they were arrested (issue #7, round 22; sentences invented
here, none from the dev set, the judges or the corpus): "arrested 23 people in Tampa and took them to the county jail
in Moore Haven" is Tampa's. Traps: a move in a relative clause of the people's past stays with its place; a count
whose sentence names only where they went keeps that place rather than none; people held are not touched."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_an_arrest_then_a_ride_to_a_jail_is_the_arrests_town() -> None:
    placed = _placed("Officers arrested 31 people in Lakeland and drove them to the county jail in Bartow on Friday.")
    assert placed == {31.0: ("Lakeland, Florida",)}


def test_people_arrested_somewhere_and_sent_elsewhere_are_the_arrests_towns() -> None:
    placed = _placed("Agents sent 18 men arrested in Tulsa to a detention center in Oklahoma City on Monday.")
    assert placed[18.0] and all(not p.startswith("Oklahoma City") for p in placed[18.0])
    assert placed[18.0][0].startswith("Tulsa")


def test_trap_a_move_in_a_relative_clause_stays_the_counts() -> None:
    placed = _placed("ICE arrested 22 workers who had been bused to a job site in Conroe on Tuesday.")
    assert any(p.startswith("Conroe") for p in placed[22.0])


def test_trap_only_the_destination_named_keeps_it() -> None:
    placed = _placed("Agents arrested 12 people and took them to the federal building in Portland.")
    assert placed[12.0]


def test_trap_taken_into_custody_is_the_arrest_not_a_move() -> None:
    placed = _placed(
        "Agents arrested 140 people across Ohio this week. Twelve of those arrested were taken into custody in Dayton."
    )
    assert placed[12.0][0].startswith("Dayton")
