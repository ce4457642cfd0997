"""Behaviour of tasks/analysis/places.py on a bare name a foreign town shares with a U.S. town: in this U.S. news
it is the U.S. town unless the story sets it abroad (GUIDELINES §2 `places`; issue #7: a wrong country is worse
than the name alone)."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts
from tasks.analysis.places import find_places


def _normalized(text: str) -> dict[str, str]:
    return {m.place.name: m.place.normalized for m in find_places(text)}


def test_a_bare_twin_town_is_the_us_town() -> None:
    assert _normalized("Agents caught 26 migrants near San Luis before dawn.")["San Luis"] == "San Luis, Arizona"
    assert _normalized("Officers stopped a truck at the Nogales crossing.")["Nogales"] == "Nogales, Arizona"
    # a nationality is where people come from, not where the count happened
    got = _normalized("Agents held 31 Mexican nationals in Nogales overnight.")
    assert got["Nogales"] == "Nogales, Arizona"
    counts = {f.value: f.places for f in extract_counts("Agents arrested 58 people in Soledad on Monday.", None)}
    assert counts[58] == ("Soledad, California",)


def test_a_twin_town_the_story_sets_abroad_stays_abroad() -> None:
    assert _normalized("Mexican soldiers detained 210 people in Nogales.")["Nogales"] == "Nogales, Mexico"
    assert _normalized("Troops held 95 migrants in Nogales, Sonora.")["Nogales"] == "Nogales, Mexico"
    assert _normalized("In Mexico, troops held 95 migrants in Nogales.")["Nogales"] == "Nogales, Mexico"
    text = "Troops held 95 migrants in Nogales on Sunday. The governor of Sonora praised them."
    assert _normalized(text)["Nogales"] == "Nogales, Mexico"
    assert _normalized("ICE flew 60 people to the Cuban city of Santa Clara.")["Santa Clara"] == "Santa Clara, Cuba"
    # a sentence with no U.S. enforcers acting tells no side: the gazetteer's largest town of the name stays
    assert _normalized("Shelters in Nogales filled up last week.")["Nogales"] == "Nogales, Mexico"


def test_a_known_capital_stays_and_a_name_several_states_share_keeps_no_state() -> None:
    assert _normalized("A removal flight with 88 people landed in Lima.")["Lima"] == "Lima, Peru"
    # a small capital abroad ("Douglas", Isle of Man) yields to the U.S. towns, which several states have
    assert _normalized("Deputies handed 14 people to agents near Douglas.")["Douglas"] == "Douglas"
    got = _normalized("Deputies in Arizona handed 14 people to agents near Douglas.")
    assert got["Douglas"] == "Douglas, Arizona"


def test_a_border_crossings_neighbourhood_is_its_citys_not_a_namesake_far_from_the_border() -> None:
    # San Ysidro is San Diego's, at the port of entry; the small-towns file holds only New Mexico's
    assert (
        _normalized("Officers stopped 19 people at the San Ysidro crossing.")["San Ysidro"] == "San Ysidro, California"
    )
    # the trap: the namesake written with its state stays there
    got = _normalized("Deputies arrested 3 people in San Ysidro, N.M., on Friday.")
    assert got["San Ysidro, N.M."] == "San Ysidro, New Mexico"


def test_a_facility_in_a_suburban_town_is_at_that_town() -> None:
    # "suburban" describes the town and is no part of the place's name
    found = find_places("Agents held 12 protesters outside the ICE facility in suburban Broadview.")
    assert [(m.place.normalized, m.place.state) for m in found] == [("ICE facility in Broadview", "Illinois")]
    # the trap: with no adjective the facility is placed as before
    found = find_places("Agents held 12 protesters outside the ICE facility in Broadview.")
    assert [(m.place.normalized, m.place.state) for m in found] == [("ICE facility in Broadview", "Illinois")]
