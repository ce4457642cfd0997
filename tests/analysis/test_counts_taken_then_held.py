"""People an action took, counted as the subject of a predicate that holds them now (issue #7, round 17; sentences
invented here, none from the dev set, the judges or the corpus): "230 people rounded up in the sweep are still in
immigration detention" counts people held (GUIDELINES §2 detentions: a population), the participle only tells how
they were taken. The traps: the same subject released ("were released on Friday") stays the arrest, and so does the
whole of a partitive whose part is the one held ("Of the 120 people arrested, 70 remain in custody")."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Some 230 people rounded up in the sweep are still in immigration detention, advocates said.",
            {("detentions", 230, "people")},
        ),
        (
            "Thirty-one men arrested at the car wash were being held at the Stewart facility on Sunday.",
            {("detentions", 31, "people")},
        ),
    ],
)
def test_people_taken_and_held_now_are_detentions(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 64 workers arrested at the plant were released on Friday.", {("arrests", 64, "people")}),
        (
            "Of the 120 people arrested in the sweep, 70 remain in custody.",
            {("arrests", 120, "people"), ("detentions", 70, "people")},
        ),
    ],
)
def test_people_taken_and_released_or_a_held_part_leave_the_arrest(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected
