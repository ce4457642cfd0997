"""A held population named right before its number by "of" (issue #7, detentions; GUIDELINES §2: "a population"):
"closed the month with a detained population of 41,200" counts the people held whatever verb governs the noun phrase;
a place's "population of" and a change in the held population stay out. (Invented here, none taken from the dev set
or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The agency closed the month with a detained population of 41,200, its own data show.", 41200),
        ("By spring ICE was reporting a detained population of nearly 27,500 across the country.", 27500),
        ("A detainee population of about 3,100 was spread over the region's four centers.", 3100),
    ],
)
def test_a_held_population_of_n_is_detentions(sentence: str, value: int) -> None:
    assert counts(sentence) == {("detentions", value, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The county, with a population of 41,200, voted to end its contract with the agency.",
        "The detained population grew by 2,700 over the summer, the agency said.",
        "Lawmakers approved money for 41,200 detention beds this year.",
    ],
)
def test_a_places_population_a_change_and_beds_are_no_count(sentence: str) -> None:
    assert counts(sentence) == set()
