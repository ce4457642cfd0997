"""People the Border Patrol processed, told with the Border Patrol as the active verb's subject (issue #7, round 25;
sentences invented here, none from the dev set, the judges or the corpus): "Border Patrol agents processed 640
migrants" counts people the agency took in at the border, as "were processed at the Border Patrol's station" does
(GUIDELINES §2 border_apprehensions: apprehended or encountered by CBP/Border Patrol). The traps: asylum seekers
processed by port officers, cases processed by a court, ICE processing its detainees (no border apprehension)."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "text",
    [
        "LAREDO, Texas — Border Patrol agents processed 640 migrants at the Laredo North station over the weekend.",
        "Border Patrol officials processed about 3,100 people in the Tucson Sector last week, the agency said.",
    ],
)
def test_the_border_patrol_processing_people_apprehends_them(text: str) -> None:
    assert {t for t, _, _ in counts(text)} == {"border_apprehensions"}


@pytest.mark.parametrize(
    "text",
    [
        "The immigration court in Harlingen processed 2,300 cases last year, a court clerk said.",
        "Port officers in San Ysidro processed 1,200 asylum appointments made through the app in June.",
    ],
)
def test_processing_by_others_is_no_border_apprehension(text: str) -> None:
    assert "border_apprehensions" not in {t for t, _, _ in counts(text)}
