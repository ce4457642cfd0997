"""A border tally told on in the next paragraph by its bare event noun (issue #7, round 21): "The month was still
above the 11,220 apprehensions logged in March 2017" after a paragraph whose count was Border Patrol apprehensions
counts the same border (GUIDELINES §2 border_apprehensions), not arrests inside the country. A sentence that names an
interior agency, police or a setting inside the country keeps its own type. (The sentences are invented here, none
taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

BORDER = "Border Patrol agents caught 9,310 migrants crossing from Mexico in October, CBP said Tuesday.\n"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The month was still above the 11,220 arrests logged in March 2017.", 11220),
        ("Apprehensions had reached 1.1 million in fiscal 2021.", 1100000),
    ],
)
def test_a_bare_tally_after_a_border_count_is_the_borders(sentence: str, value: float) -> None:
    assert ("border_apprehensions", value, "people") in counts(BORDER + sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("ICE made 4,100 arrests in Dallas during the same month.", 4100),
        ("Deportation officers made 2,300 arrests inside the country in October.", 2300),
    ],
)
def test_an_interior_tally_after_a_border_count_stays_arrests(sentence: str, value: float) -> None:
    assert ("arrests", value, "people") in counts(BORDER + sentence)
