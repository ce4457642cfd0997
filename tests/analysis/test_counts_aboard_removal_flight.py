"""People on board a craft right after a sentence that names a removal flight (issue #7, round 21; sentences invented
here, none from the dev set, the judges or the corpus): "42 Ecuadorians were on the plane", "the 88 people aboard the
flight", and a craft whose verb stands after an apposition ("The charter, the sixth this month, carried 120
people") are removed (GUIDELINES §2 deportations). The traps: a plane after a sentence of no removal, officers
aboard, people waiting at the airport."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A removal flight from Louisiana touched down in Quito on Thursday. About 42 Ecuadorians were on the "
            "plane.",
            ("deportations", 42.0, "people"),
        ),
        (
            "ICE chartered a deportation flight to Lagos last week. The 88 people aboard the flight included 11 women.",
            ("deportations", 88.0, "people"),
        ),
        (
            "Another deportation flight left Harlingen on Monday. The charter, the sixth this month, carried 120 "
            "people to San Salvador.",
            ("deportations", 120.0, "people"),
        ),
    ],
)
def test_people_aboard_a_removal_flight_were_removed(text: str, expected: tuple) -> None:
    assert expected in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor flew to Washington on Tuesday. About 42 aides were on the plane.",
        "A removal flight left Mesa on Friday. Four ICE officers were on the plane.",
        "A deportation flight landed in Tegucigalpa on Monday. About 30 relatives waited at the airport for it.",
    ],
)
def test_no_removal_flight_or_no_one_removed_gives_no_count(text: str) -> None:
    assert counts(text) == set()
