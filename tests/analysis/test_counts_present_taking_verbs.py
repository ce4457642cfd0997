"""A headline's verb of taking in the present governs the bare number after it as its past does ("netted 45",
"swept up 60"): "nets", "sweeps up", "scoops up" (GUIDELINES §2 arrests). (Invented here, none taken from the dev set
or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Weekend ICE operation nets 73 in Salt Lake City", 73),
        ("Federal agents sweep up 26 at Tulsa construction site", 26),
        ("ICE scoops up 41 at Fresno swap meet", 41),
    ],
)
def test_present_taking_verbs_make_arrests(sentence: str, value: int) -> None:
    assert counts(sentence) == {("arrests", value, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The shelter nets 45 dollars a week from the bake sale.",
        "Crews scoop up 30 tons of debris after the storm.",
    ],
)
def test_present_taking_verbs_of_things_are_no_count(sentence: str) -> None:
    assert counts(sentence) == set()
