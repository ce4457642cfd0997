"""A river named beside a count is no place of the count (issue #7, round 21; sentences invented here, none from the
dev set, the judges or the corpus): GUIDELINES §2 places are cities, counties, states and facilities, so "along the
Rio Grande" after the number gives way to the sector or town the count's subject names, and a town named with the
river is the count's place. The traps: the Rio Grande Valley is a region of towns and stays a place; a count with no
other place named keeps the river rather than none."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_the_subjects_sector_places_a_count_told_along_the_river() -> None:
    placed = _placed("Agents from the Laredo Sector apprehended 75 migrants along the Rio Grande on Friday.")
    assert placed == {75.0: ("Laredo sector",)}


def test_a_town_named_with_the_river_is_the_counts_place() -> None:
    placed = _placed("Border Patrol agents apprehended 410 migrants on the Rio Grande near Roma on Thursday.")
    assert placed[410.0] and all("Rio Grande" not in p for p in placed[410.0])
    assert placed[410.0][0].startswith("Roma")


def test_the_rio_grande_valley_is_a_region_and_stays_a_place() -> None:
    placed = _placed("Border Patrol agents apprehended 2,600 migrants in the Rio Grande Valley last week.")
    assert placed == {2600.0: ("Rio Grande Valley",)}


def test_a_count_with_only_the_river_named_keeps_it() -> None:
    placed = _placed("Agents apprehended 90 migrants along the Rio Grande on Friday.")
    assert placed == {90.0: ("Rio Grande",)}
