"""A prosecution dropped against the people counted (issue #7, round 25; GUIDELINES §2 charged: people criminally
charged or prosecuted): "charges were dropped against 7 of the 30 workers detained" counts nobody prosecuted, and the
part it names is no more people the action touched; the whole stays. A charge brought against people stays charged.
(Invented here, none taken from the dev set, the judges or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Federal prosecutors dropped the smuggling charges against 7 of the 30 workers arrested at the farm.",
            {("arrests", 30, "people")},
        ),
        (
            "ICE agents arrested 52 people in the raid. Charges have been dismissed against 9 of them, court "
            "records show.",
            {("arrests", 52, "people")},
        ),
    ],
)
def test_a_part_a_charge_was_dropped_against_is_no_count(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_charges_brought_against_people_stay_charged() -> None:
    text = "Prosecutors filed illegal reentry charges against 23 of the men arrested in the sweep."
    assert ("charged", 23, "people") in counts(text)
