"""A detention site's population told as a level (issue #7, detentions; GUIDELINES §2: "a facility's headcount"):
"the Glades center's population was 1,150", "the population of the Eloy detention center rose to 1,620" are people
held; a place's residents ("the city's population") and a shelter's or a jail's inmates stay out. (Invented here,
none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Glades detention center's population was 1,150 on Tuesday, a county official said.", 1150),
        ("The population of the Eloy detention center rose to 1,620 in July.", 1620),
        ("By Friday the processing center's population had climbed to 730, lawyers said.", 730),
    ],
)
def test_a_detention_sites_population_is_held(sentence: str, value: int) -> None:
    assert counts(sentence) == {("detentions", value, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The town's population was 1,150 in the last census, and most residents work at the prison.",
        "The population of Eloy rose to 16,000 in July, the census bureau said.",
        "The recreation center's population of members grew to 730 this year.",
    ],
)
def test_a_places_population_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()
