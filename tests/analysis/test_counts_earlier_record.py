"""An earlier record of the same measure as the subject of a level (issue #7, round 23; sentences invented here, none
from the dev set, the judges or the corpus): "The previous high, set in 2017, was just over 48,000" points back to the
count before it, as "that figure" does, and takes its type; an apposition may stand between the subject and its verb.
The traps: an earlier record told with no number, and a number with a noun of things (beds)."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The detained population reached 71,300 in October, agency data show. The previous high, set in "
            "August, was just over 64,000.",
            ("detentions", 64000.0, "people"),
        ),
        (
            "ICE was holding 58,200 people on Sunday. The prior record, from early 2019, was 55,600.",
            ("detentions", 55600.0, "people"),
        ),
    ],
)
def test_an_earlier_record_takes_the_type_of_the_count_before(text: str, expected: tuple) -> None:
    assert expected in counts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "ICE was holding 58,200 people on Sunday. The previous high came in 2019, when the agency paid for "
            "52,000 beds.",
            52000.0,
        ),
        ("The county jail held 412 ICE detainees on Friday. The previous high was in March.", 2019.0),
    ],
)
def test_an_earlier_record_of_things_or_no_number_is_no_count(text: str, value: float) -> None:
    assert value not in {c[1] for c in counts(text)}
