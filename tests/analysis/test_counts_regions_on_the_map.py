"""A region the gazetteer places on the map is a place like a town (issue #7, round 20; sentences invented here,
none from the dev set, the judges or the corpus): one far from any land border ("the Twin Cities", "the Bay Area",
"the Central Valley") is inside the country, so Border Patrol's arrests there stay arrests (GUIDELINES §2 arrests:
apprehended inside the country, whichever agency). The traps: a region on the line ("the Rio Grande Valley") and a
sector named for a border town, often the agents' home post, set nobody inland."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

from tasks.analysis.count_border import is_inland
from tasks.analysis.places import normalize_place


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents arrested 84 people in the Twin Cities over the weekend.",
        "Border Patrol agents apprehended 46 people across the Bay Area last week.",
        "Border Patrol agents arrested 29 farmworkers in the Central Valley on Tuesday.",
        # the trap: a sector named for a border town is the agents' home post, the city where they arrest is inland
        "Agents from the Border Patrol's Laredo Sector arrested 31 roofers at a job site in Omaha on Monday.",
    ],
)
def test_border_patrol_in_a_region_far_from_the_line_arrests(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents apprehended 640 migrants in the Rio Grande Valley over the weekend.",
        "Border Patrol agents apprehended 75 migrants near the river in the Big Bend region on Monday.",
    ],
)
def test_a_region_on_the_line_keeps_border_apprehensions(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"border_apprehensions"}


def test_a_region_near_the_line_stays_unknown() -> None:
    near = normalize_place("Rio Grande Valley")
    assert near is not None and near.lat is not None and is_inland(near) is None
    far = normalize_place("Twin Cities")
    assert far is not None and is_inland(far) is True
