"""Numbers beside a true count that count no one the story's enforcement touched (issue #7, round 24; sentences
invented here, none from the dev set, the judges or the corpus): an institution's own size after a verb of enrolling
or employing ("the college, which enrolls 9,200 students"), another country's removals set beside the story's in a
comparison ("By contrast, France expelled about 17,000 people"), and police arrests in an operation named by an
ordinary crime ("in a two-week narcotics operation") are no counts (GUIDELINES §1-2). The positives: the same shapes
with the story's own action, and a story that tells a foreign state's removals with no comparison."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ICE officers arrested three parents outside a high school in Aurora on Tuesday. The high school, which "
            "enrolls 2,900 students, sent a letter home.",
            {("arrests", 3.0, "people")},
        ),
        (
            "Agents arrested 52 workers at a bakery in Dayton on Monday. The bakery employs about 430 people.",
            {("arrests", 52.0, "people")},
        ),
        (
            "ICE removed 14,300 people to Central America in the spring. By contrast, France expelled about 17,000 "
            "people last year and Italy returned 3,100.",
            {("deportations", 14300.0, "people")},
        ),
        (
            "Sheriff's deputies arrested 48 people in a two-week narcotics operation in the county. ICE placed "
            "detainers on six of them.",
            {("detainers", 6.0, "requests")},
        ),
    ],
)
def test_size_other_state_and_other_crime_give_no_count(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada deported 15,800 people in the last fiscal year, the Canada Border Services Agency said.",
            ("deportations", 15800.0, "people"),
        ),
        (
            "By comparison, ICE deported 9,600 people from the region in the same months.",
            ("deportations", 9600.0, "people"),
        ),
        (
            "Agents arrested 61 people in a two-week operation in the county, ICE said.",
            ("arrests", 61.0, "people"),
        ),
    ],
)
def test_the_storys_own_action_still_counts(text: str, expected: tuple) -> None:
    assert expected in counts(text)
