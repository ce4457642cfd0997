"""A headcount told at a point in time after a verb of detaining (issue #7, round 21, precision): "ICE detained 47,300
people as of Saturday", "detained about 52,000 at the end of the month" count the people held on that date
(GUIDELINES §2 detentions: a population), not people taken in an action (arrests). The verb governs the number and
the date is in the number's own predicate; the end of an action ("at the end of the raid", "at the end of the
march") is no date of a headcount. (The sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE detained 47,300 people as of Saturday, according to the agency's website.", ("detentions", 47300)),
        ("The agency detained about 52,000 immigrants at the end of the month, records show.", ("detentions", 52000)),
        ("ICE detained more than 44,000 people at the end of fiscal 2019.", ("detentions", 44000)),
        ("Federal officials detained 3,150 people at the end of July in Arizona facilities.", ("detentions", 3150)),
    ],
)
def test_detained_as_of_a_date_is_a_population_held(sentence: str, expected: tuple) -> None:
    assert (*expected, "people") in counts(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Agents detained 64 people at the end of the march outside the federal building.", ("arrests", 64)),
        ("ICE officers detained 212 people at the end of a three-day operation in Denver.", ("arrests", 212)),
        ("Deputies detained 9 men in June, and ICE arrested 15 more as of Friday.", ("arrests", 9)),
    ],
)
def test_people_detained_in_an_action_stay_arrests(sentence: str, expected: tuple) -> None:
    assert (*expected, "people") in counts(sentence)
