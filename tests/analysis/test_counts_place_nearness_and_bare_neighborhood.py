"""A count's own place written away from a plain "in <Town>" (issue #7, round 23; sentences invented here, none from
the dev set, the judges or the corpus): a small town after a lowercase adjective of nearness ("in neighboring
Lynwood") is opened by the preposition before the adjective, as a lowercase direction already is ("in west
Phoenix"); a neighborhood named with no town after it ("in the Brighton Park neighborhood") is a place as narrow as
the text says. Traps: the adjective without a preposition opens nothing; a neighborhood named by who lives there
("the Hispanic neighborhood") is no place; a neighborhood written with its town keeps the town."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts
from tasks.analysis.places import find_places


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_a_small_town_after_neighboring_is_the_counts_place() -> None:
    placed = _placed(
        "Police in Compton said ICE agents arrested 12 people at a bus stop in neighboring Lynwood on Friday."
    )
    assert len(placed[12.0]) == 1
    assert placed[12.0][0].startswith("Lynwood")


def test_a_small_town_after_nearby_is_found() -> None:
    names = [m.place.name for m in find_places("Deputies handed nine men to Border Patrol agents in nearby Paramount.")]
    assert names == ["Paramount"]


def test_trap_nearness_adjective_without_a_preposition_opens_no_town() -> None:
    names = [m.place.name for m in find_places("The nearby Paramount lot was closed for filming.")]
    assert names == []


def test_a_neighborhood_with_no_town_after_it_is_the_counts_place() -> None:
    placed = _placed("Federal agents arrested 16 people Tuesday in the Brighton Park neighborhood, an alderman said.")
    assert placed == {16.0: ("Brighton Park",)}


def test_trap_a_neighborhood_named_by_who_lives_there_is_no_place() -> None:
    names = [m.place.name for m in find_places("Agents arrested six men in the Hispanic neighborhood near the plant.")]
    assert names == []


def test_a_neighborhood_written_with_its_town_keeps_the_town() -> None:
    found = find_places("Agents arrested 8 people in the Mission neighborhood of San Francisco.")
    assert [m.place.normalized for m in found] == ["Mission, San Francisco, California"]


def test_trap_a_neighborhood_of_a_town_the_gazetteer_does_not_know_is_no_bare_neighborhood() -> None:
    names = [m.place.name for m in find_places("Agents arrested 8 people in the Quux neighborhood of Blorpton.")]
    assert names == []
