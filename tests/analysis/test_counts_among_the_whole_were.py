"""A part told after its whole the other way round, "Among the N <people> were M <kind>" (issue #7: sub-counts), is a
part of that whole and takes its type; a whole that is no count gives its part none. (Invented here, none taken from
the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Among the 430 detainees were 19 teenagers, a monitor said.", {("detentions", 430), ("detentions", 19)}),
        (
            "Among the 1,150 people arrested in the sweep in Tulsa were 85 women, police said.",
            {("arrests", 1150), ("arrests", 85)},
        ),
        (
            "Among the 760 people held at the Port Isabel Detention Center in Los Fresnos were 44 Cubans.",
            {("detentions", 760), ("detentions", 44)},
        ),
    ],
)
def test_a_part_after_among_the_whole_takes_its_type(sentence: str, expected: set) -> None:
    assert {(t, v) for t, v, _ in counts(sentence)} == expected


def test_a_part_of_a_whole_that_is_no_count_is_none() -> None:
    assert counts("Among the 2,000 residents of the town were 300 farmworkers, the census found.") == set()
