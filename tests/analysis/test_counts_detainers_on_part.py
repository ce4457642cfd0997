"""Detainers lodged on a part of the people an action touched, coordinated after the total (issue #7; GUIDELINES §2
`detainers` counts the requests, `arrests` the people arrested). Invented sentences, written blind: "Agents arrested
60 people and lodged detainers on 23 of them" is 60 arrests and 23 detainers, not 60 detainers. Traps: detainers
lodged with no total before them, and a total whose coordinated verb is another action, stay as they were."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

ARREST = "arrests"
DETAINER = "detainers"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Agents arrested 60 people in the county jail sweep and lodged detainers on 23 of them.",
            {(ARREST, 60, "people"), (DETAINER, 23, "requests")},
        ),
        ("ICE arrested 45 people and placed detainers on 30.", {(ARREST, 45, "people"), (DETAINER, 30, "requests")}),
        (
            "Officers arrested 120 immigrants last week and then issued immigration detainers for 85 of them.",
            {(ARREST, 120, "people"), (DETAINER, 85, "requests")},
        ),
        (
            "Deputies arrested 38 people during the traffic stops and also lodged ICE holds on 12 of them.",
            {(ARREST, 38, "people"), (DETAINER, 12, "requests")},
        ),
    ],
)
def test_detainers_on_a_part_leave_the_total_its_action(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE lodged detainers on 41 of the inmates.", {(DETAINER, 41, "requests")}),
        (
            "ICE arrested 300 people and deported 40 of them.",
            {(ARREST, 300, "people"), ("deportations", 40, "people")},
        ),
    ],
)
def test_detainers_alone_and_other_coordinated_actions_unchanged(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected
