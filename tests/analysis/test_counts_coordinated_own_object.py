"""A verb coordinated after a count that takes an object of its own acts on that object, not on the people counted
(issue #7: the governing predicate; GUIDELINES §2 types a count by what was done to those counted). Invented
sentences, written blind: "agents apprehended 27 migrants near Eagle Pass and charged the driver with smuggling" is 27
apprehensions, no charged count. Traps: an object that points back at the counted ("and charged them", "and
processed the group") leaves the second verb the count's, and so does a verb before the number."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

CAUGHT, ARRESTS, CHARGED = "border_apprehensions", "arrests", "charged"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Border Patrol agents apprehended 27 migrants in a box truck near Eagle Pass and charged the driver with"
            " human smuggling.",
            {(CAUGHT, 27, "people")},
        ),
        ("ICE officers arrested 33 workers at a Tulsa plant and questioned the owner.", {(ARRESTS, 33, "people")}),
    ],
)
def test_a_coordinated_verb_with_its_own_object_does_not_type_the_count(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors arrested and charged 14 men with illegal reentry in Tucson.", {(CHARGED, 14, "people")}),
        ("Federal prosecutors in Tucson charged 14 men with illegal reentry.", {(CHARGED, 14, "people")}),
    ],
)
def test_a_verb_that_governs_the_number_still_types_it(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_an_object_pointing_back_keeps_the_count() -> None:
    found = counts("Border Patrol agents apprehended 27 migrants near Eagle Pass and charged them with illegal entry.")
    assert any(value == 27 for _, value, _ in found)
