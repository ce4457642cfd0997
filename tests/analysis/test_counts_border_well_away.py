"""A sentence that sets its people well away from the border (issue #7, round 23; sentences invented here, none from
the dev set, the judges or the corpus): "far from the border", "hundreds of miles from the border" put Border Patrol
agents' arrests inside the country (GUIDELINES §2 arrests: arrested inland, whichever agency made them). The traps:
a distance inside the 100-mile zone ("40 miles from the border") says nothing of the kind, and "far from" something
else leaves a count set at the border there."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents arrested 64 people at a flea market on Sunday, far from the border.",
        "Hundreds of miles from the southern border, Border Patrol agents arrested 37 day laborers.",
        "The Border Patrol, 1,400 miles from the border, arrested 52 people in two days.",
    ],
)
def test_agents_well_away_from_the_border_make_arrests(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents apprehended 64 migrants at the border, far from any town.",
        "Border Patrol agents apprehended 64 migrants crossing the border near Lukeville, far from help.",
    ],
)
def test_far_from_something_else_leaves_the_border(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"border_apprehensions"}
