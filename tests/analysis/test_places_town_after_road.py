"""A small town written after a road or street (issue #7, round 23; GUIDELINES §2 `places`, as written): "on Highway
61 near Postville", "along Interstate 10 west of Sierra Blanca", "on Elm Street in Tonopah" place the count at the
town, as "a checkpoint in ..." already did. The road is a location noun; the name after its preposition is a town,
only when the gazetteer or the small-town list knows it. The traps: the road's own name ("Washington Street",
"Denton Highway") is never a place, and an unknown capitalised name after a road stays no place. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tasks.analysis.places import find_places


def _names(text: str) -> list[str]:
    return [m.place.name for m in find_places(text)]


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Agents stopped a van on Highway 61 near Postville and arrested six men.", "Postville"),
        ("Troopers found 11 migrants in a trailer along Interstate 10 west of Sierra Blanca.", "Sierra Blanca"),
        ("ICE arrested four people at a diner on Elm Street in Tonopah on Friday.", "Tonopah"),
    ],
)
def test_a_small_town_after_a_road_is_a_place(sentence: str, town: str) -> None:
    assert town in _names(sentence)


def test_a_road_named_after_a_town_is_no_place() -> None:
    names = _names("Officers arrested nine people at a shop on Lancaster Avenue in Tonopah.")
    assert "Tonopah" in names
    assert "Lancaster" not in names


def test_an_unknown_name_after_a_road_stays_no_place() -> None:
    assert _names("Agents arrested five people at a farm on Route 9 in Quxbarrow.") == []
