"""People local police hold with no immigration word in the sentence are held for a crime, not in immigration detention
(GUIDELINES §2 detentions: "people held in immigration detention"); police holding people for ICE, or immigrants, stay
detentions. (Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputies held 19 people overnight after a brawl at the county fair, the sheriff said.",
        "State troopers held six drivers at the scene of the crash for questioning.",
        "Nine men were held by police in Dayton after a shooting outside a nightclub.",
    ],
)
def test_people_police_hold_for_a_crime_are_no_detention(sentence: str) -> None:
    assert not any(t == "detentions" for t, _, _ in counts(sentence))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Deputies held 19 people overnight for ICE after a traffic checkpoint, the sheriff said.", 19),
        ("Police in Dayton held nine immigrants until federal agents arrived, lawyers said.", 9),
        ("Nine men were held at the Broadview detention facility, their lawyers said.", 9),
    ],
)
def test_people_held_for_immigration_stay_detentions(sentence: str, value: int) -> None:
    assert ("detentions", value, "people") in counts(sentence)
