"""A story that sends the Border Patrol inland and never to the border tells its placeless counts inland, the
agency's name included (issue #7, round 19; stories invented here, none from the dev set, the judges or the corpus):
"The Border Patrol said it had made 95 arrests" in a story of agents sent to Omaha are arrests (GUIDELINES §2
arrests: apprehended inside the country, whichever agency made them). The traps: a story told at a border town, and
one that names the border for its count, keep their apprehensions."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "story",
    [
        "OMAHA, Neb. — Border Patrol agents spent a second day in Omaha on Wednesday, stopping drivers near "
        "meatpacking plants.\n\nThe Border Patrol said it had made 95 arrests by Wednesday evening.",
        "Border Patrol agents arrived in Indianapolis on Monday.\n\nBy Friday, CBP said, agents had taken 140 people "
        "into custody.",
    ],
)
def test_an_interior_story_tells_the_agency_s_placeless_counts_inland(story: str) -> None:
    assert {t for t, _, _ in counts(story)} == {"arrests"}


@pytest.mark.parametrize(
    "story",
    [
        "YUMA, Ariz. — Border Patrol agents worked through the night along the Colorado River.\n\nThe Border Patrol "
        "said it had apprehended 95 migrants by Wednesday evening.",
        "DENVER — The Border Patrol released its monthly figures on Tuesday.\n\nAgents apprehended 8,400 migrants at "
        "the southern border in May, the agency said.",
    ],
)
def test_a_story_at_the_border_keeps_its_apprehensions(story: str) -> None:
    assert {t for t, _, _ in counts(story)} == {"border_apprehensions"}
