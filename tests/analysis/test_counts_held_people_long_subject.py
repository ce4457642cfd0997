"""Detainees or deportees opening a level's clause with a long place after them (issue #7, round 21; sentences
invented here, none from the dev set, the judges or the corpus): "Detainees at the Northeast Ohio Correctional Center
in Youngstown numbered 1,210" counts people held, "Deportees landing at the Soto Cano air base numbered 930" people
removed (GUIDELINES §2 detentions, deportations). The trap: a share of the people, no level."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Detainees at the Northeast Ohio Correctional Center in Youngstown numbered 1,210 on Friday.",
            ("detentions", 1210.0, "people"),
        ),
        (
            "Deportees landing at the Soto Cano air base outside Comayagua numbered about 930 in April.",
            ("deportations", 930.0, "people"),
        ),
        (
            "The number of detainees held at the Eloy Detention Center in Pinal County reached 1,480 this week.",
            ("detentions", 1480.0, "people"),
        ),
    ],
)
def test_a_long_placed_subject_of_held_people_types_its_level(text: str, expected: tuple) -> None:
    assert expected in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deportees at the Comayagua air base were about 35 percent children, a census found.",
    ],
)
def test_a_share_after_the_subject_is_no_level(text: str) -> None:
    assert counts(text) == set()
