"""Near the northern border means at the line (issue #7, round 20; sentences invented here, none from the dev set,
the judges or the corpus): northern crossings are caught where people walk or drive across it, so a town tens of
miles inside ("Lewiston", "Bangor", "Burlington") is inside the country and Border Patrol's arrests there are arrests
(GUIDELINES §2 arrests: apprehended inside the country). The traps: a town on the line ("Champlain", "Bellingham")
and the southern border's 100-mile zone, which still holds ("Tucson")."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents arrested 27 people at a bus station in Bangor on Friday.",
        "Border Patrol agents arrested 40 people in Lewiston, Maine, over two days.",
        "Border Patrol agents arrested 9 dairy workers in Burlington, Vermont, last week.",
    ],
)
def test_border_patrol_inside_a_northern_state_arrests(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents apprehended 14 people who walked across from Quebec near Plattsburgh on Thursday.",
        "Border Patrol agents apprehended 11 people near Bellingham after they crossed from British Columbia.",
        "Border Patrol agents apprehended 45 migrants near Tucson on Sunday.",
    ],
)
def test_at_the_northern_line_or_in_the_southern_zone_stays_border(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"border_apprehensions"}
