"""A road's number after the word a road is travelled by is a label, not a quantity (issue #7, round 20; GUIDELINES
§2: a count is a number of people or incidents): "along U.S. 41", "on State Road 60", "off SR 528". Invented
sentences, written blind. Traps: "U.S." with no road word before it ("deported from the U.S. 3 times") leaves the
number a number, and the count of the same sentence stays."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

from tasks.analysis.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies arrested 23 people on immigration charges during a joint operation with ICE along U.S. 27.",
            {("arrests", 23, "people")},
        ),
        (
            "Troopers working with ICE on State Road 70 arrested 23 people in two days, the sheriff said.",
            {("arrests", 23, "people")},
        ),
    ],
)
def test_a_road_number_is_no_count(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The trooper stopped a van off County Road 12 near Arcadia.", []),
        ("He had been removed from the U.S. 3 times before his arrest.", [3.0]),
    ],
)
def test_road_word_before_a_number_reads_it_as_a_label(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(text)] == values
