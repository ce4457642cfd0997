"""A compass region the text names with its article places a count (issue #7, round 25; sentences invented here, none
from the dev set, the judges or the corpus): "across the Southeast", "in the Northeast" as "across the Midwest"
already is. Traps: the bare word opening a longer name ("Southeast Asian", "the Northeast Corridor") is no place, and
a town's side stays the town."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts
from tasks.analysis.places import find_places


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def _names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_places(text)]


def test_count_across_the_southeast_is_placed_there() -> None:
    placed = _placed(
        "Deportation officers arrested 2,730 people across the Southeast during a ten-day sweep, ICE said."
    )
    assert any("Southeast" in p for p in placed[2730.0])


def test_count_in_the_northeast_is_placed_there() -> None:
    placed = _placed("Agents arrested 415 people in the Northeast last month, according to the agency.")
    assert any("Northeast" in p for p in placed[415.0])


def test_trap_a_longer_name_opened_by_the_word_is_no_region() -> None:
    assert _names("Volunteers from the Southeast Asian community rode the Northeast Corridor trains.") == []


def test_trap_a_towns_side_stays_the_town() -> None:
    names = _names("Agents arrested 19 people on the Southeast Side of Chicago.")
    assert names and "Chicago" in names[0]


def test_trap_a_sites_name_opened_by_the_region_word_is_not_the_region() -> None:
    assert "the Northeast" not in _names("ICE held 220 people at the Northeast holding facility on Sunday.")
