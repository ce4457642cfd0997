"""Round 21 (types21): an action where people live, work or report is an arrest even in a town near the land border
(GUIDELINES §2 arrests: apprehended inside the country, picked up in raids); a road, a stop or a store there, a
smugglers' house, or the border named in the sentence keep it a border apprehension. (Invented here, none taken from
the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents arrested 16 people at a meatpacking plant in Yuma on Thursday.",
        "Border Patrol agents arrested 14 people at their homes in Brownsville before dawn.",
        "Border Patrol agents detained 9 people outside the immigration court in El Paso after their hearings.",
        "Border Patrol agents arrested 23 workers at a construction site in Chula Vista.",
    ],
)
def test_an_action_where_people_live_or_work_near_the_line_is_an_arrest(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the traps: a road or a store near the line, a smugglers' house, the border itself named
        "Border Patrol agents arrested 16 people during traffic stops in Yuma on Thursday.",
        "Border Patrol agents apprehended 11 migrants at a gas station in Brownsville.",
        "Border Patrol agents apprehended 21 migrants at a stash house near an apartment complex in Eagle Pass.",
        "Border Patrol agents apprehended 18 migrants who crossed the border behind a factory in Calexico.",
    ],
)
def test_a_road_a_store_a_stash_house_or_the_border_near_the_line_stays_the_borders(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"border_apprehensions"}


def test_an_everyday_setting_inland_is_still_an_arrest() -> None:
    assert {t for t, _, _ in counts("Border Patrol agents arrested 16 people during traffic stops in Omaha.")} == {
        "arrests"
    }
